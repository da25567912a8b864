#pragma once

#include "accounts/session.h"
#include "workflow/caselistquery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace flowdesk {

class Database;

// Counts a case-list filter on a worker thread with a read-only connection of its own, so a text search's first
// rows show before the pass over every match that its counts need (CaseListQuery::countsTakeLong). Only the
// newest request is counted: one typed while another counts replaces it. The worker opens the file by path
// (SQLite connections belong to one thread); when it cannot, `counted` says so and the caller counts itself.
class CaseCounter : public QObject
{
    Q_OBJECT

public:
    CaseCounter(const QString &databasePath, const Session &session, QObject *parent = nullptr);
    ~CaseCounter() override;

    // Counts `filter` (the CaseListQuery rules: an enumerator sees only their own); `counted` follows with the
    // same `request`.
    void count(const CaseFilter &filter, int request);

signals:
    // `ok` false: the worker could not open the file (then `counts` is empty).
    void counted(int request, bool ok, const flowdesk::CaseCounts &counts);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<int>> m_latest;
};

} // namespace flowdesk
