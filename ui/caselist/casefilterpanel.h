#pragma once

#include "store/casesummarystore.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace flowdesk {

struct CaseCounts;

// The case list's filters: a quick search, statuses, enumerator, date range and has errors / warnings /
// comments, each status and flag with the count it would give (setCounts). Emits filterChanged() with the
// whole filter whenever one changes; typing in the search waits for a pause (or Enter).
class CaseFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterPanel(QWidget *parent = nullptr);

    // (login, interviews) of each enumerator; an empty list hides the enumerator filter (enumerators see their own).
    void setEnumerators(const std::vector<std::pair<QString, qint64>> &enumerators);
    void setCounts(const CaseCounts &counts);
    CaseFilter filter() const;

    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *statusBox(InterviewStatus status) const { return m_status[size_t(status)]; }
    QCheckBox *errorsBox() const { return m_errors; }
    QCheckBox *warningsBox() const { return m_warnings; }
    QCheckBox *commentsBox() const { return m_comments; }
    QComboBox *enumeratorBox() const { return m_enumerator; }
    QCheckBox *fromBox() const { return m_fromBox; }
    QCheckBox *toBox() const { return m_toBox; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

signals:
    void filterChanged();

public slots:
    void clear();

private:
    QLineEdit *m_search;
    QTimer *m_searchPause;
    std::array<QCheckBox *, 5> m_status{};
    QComboBox *m_enumerator;
    QLabel *m_enumeratorLabel;
    QCheckBox *m_fromBox;
    QCheckBox *m_toBox;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_errors;
    QCheckBox *m_warnings;
    QCheckBox *m_comments;
    bool m_quiet = false; // while clear() resets several boxes: one filterChanged at the end
};

} // namespace flowdesk
