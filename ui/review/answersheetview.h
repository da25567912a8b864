#pragma once

#include "review/answersheet.h"

#include <QTreeWidget>

#include <QSet>
#include <array>

namespace flowdesk {

// The interview's answers by section as a tree (sections and repeat instances hold their questions): errors in
// red, warnings in amber (with the reason when accepted), flagged answers in violet, and the number of comments
// on each question. A filter shows only the questions with errors, warnings, comments, flags or no answer.
class AnswerSheetView : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Filter { All, Errors, Warnings, Comments, Flagged, Unanswered };
    static constexpr int kFilterCount = int(Filter::Unanswered) + 1;
    enum Column { QuestionColumn, AnswerColumn, NotesColumn };
    enum Role { ItemRole = Qt::UserRole + 1, InstanceRole, KindRole };

    explicit AnswerSheetView(QWidget *parent = nullptr);

    // `comments` and `flagged` are keyed by (item, instance); flagged carries each flag's explanation.
    void setLines(std::vector<AnswerLine> lines, const QHash<QPair<int, QString>, int> &comments,
                  const QHash<int, QString> &flagged);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // How many questions each filter shows.
    std::array<int, kFilterCount> counts() const { return m_counts; }

private:
    bool matches(const AnswerLine &line, Filter filter) const;

    std::vector<AnswerLine> m_lines;
    QHash<QPair<int, QString>, int> m_comments;
    QHash<int, QString> m_flagged;
    std::vector<QTreeWidgetItem *> m_items; // one per line
    Filter m_filter = Filter::All;
    std::array<int, kFilterCount> m_counts{};
};

} // namespace flowdesk
