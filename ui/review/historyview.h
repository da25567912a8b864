#pragma once

#include "audit/auditentry.h"

#include <QTreeWidget>

#include <vector>

namespace flowdesk {

// An interview's audit events, oldest first: when, who, what, and the details (answers old -> new, reasons).
class HistoryView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);
    void setEntries(const std::vector<AuditEntry> &entries);
};

} // namespace flowdesk
