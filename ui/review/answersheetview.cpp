#include "answersheetview.h"

#include "common/theme.h"

#include <QHeaderView>

namespace flowdesk {

AnswerSheetView::AnswerSheetView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("answerSheet"));
    setColumnCount(3);
    setHeaderLabels({tr("Question"), tr("Answer"), tr("Checks and comments")});
    setAlternatingRowColors(true);
    setUniformRowHeights(false);
    setWordWrap(true);
    setAllColumnsShowFocus(true);
    setIndentation(18);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QuestionColumn, QHeaderView::Interactive);
    setColumnWidth(QuestionColumn, 300);
    setColumnWidth(AnswerColumn, 200);
}

bool AnswerSheetView::matches(const AnswerLine &line, Filter filter) const
{
    if (line.kind != AnswerLine::Kind::Question)
        return false;
    switch (filter) {
    case Filter::All: return true;
    case Filter::Errors: return !line.errors.isEmpty();
    case Filter::Warnings: return !line.warnings.isEmpty();
    case Filter::Comments: return m_comments.value({line.item, line.instance}) > 0;
    case Filter::Flagged: return m_flagged.contains(line.item);
    case Filter::Unanswered: return !line.answered;
    }
    return false;
}

void AnswerSheetView::setLines(std::vector<AnswerLine> lines, const QHash<QPair<int, QString>, int> &comments,
                               const QHash<int, QString> &flagged)
{
    QTreeWidgetItem *current = currentItem();
    const QPair<int, QString> keep = current ? qMakePair(current->data(0, ItemRole).toInt(),
                                                         current->data(0, InstanceRole).toString())
                                             : qMakePair(-2, QString());
    clear();
    m_items.clear();
    m_lines = std::move(lines);
    m_comments = comments;
    m_flagged = flagged;
    m_counts.fill(0);

    QFont sectionFont = font();
    sectionFont.setWeight(QFont::DemiBold);
    std::vector<QTreeWidgetItem *> parents; // by depth
    QTreeWidgetItem *restore = nullptr;
    for (const AnswerLine &line : m_lines) {
        parents.resize(size_t(line.depth));
        QTreeWidgetItem *item = parents.empty() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(parents.back());
        m_items.push_back(item);
        item->setData(0, ItemRole, line.item);
        item->setData(0, InstanceRole, line.instance);
        item->setData(0, KindRole, int(line.kind));
        item->setText(QuestionColumn, line.label);
        if (line.kind != AnswerLine::Kind::Question) {
            item->setFont(QuestionColumn, sectionFont);
            item->setFirstColumnSpanned(true);
            parents.push_back(item);
            continue;
        }
        for (int f = 0; f < kFilterCount; ++f)
            m_counts[size_t(f)] += matches(line, Filter(f)) ? 1 : 0;
        item->setText(AnswerColumn, line.answered ? line.answer : tr("(no answer)"));
        if (!line.answered)
            item->setForeground(AnswerColumn, QColor(0x98, 0xA2, 0xB3));
        QStringList notes;
        for (const QString &e : line.errors)
            notes << tr("Error: %1").arg(e);
        for (const QString &w : line.warnings)
            notes << (line.acceptedReason.isEmpty() ? tr("Warning: %1").arg(w)
                                                    : tr("Warning accepted (%1): %2").arg(line.acceptedReason, w));
        if (m_flagged.contains(line.item))
            notes << m_flagged.value(line.item);
        const int commentCount = m_comments.value({line.item, line.instance});
        if (commentCount > 0)
            notes << tr("%1 comment(s)").arg(commentCount);
        item->setText(NotesColumn, notes.join(QStringLiteral(" · ")));
        item->setToolTip(NotesColumn, notes.join(QLatin1Char('\n')));
        QColor fill, ink;
        if (!line.errors.isEmpty()) {
            fill = theme::errorFill();
            ink = theme::errorColor();
        } else if (!line.warnings.isEmpty()) {
            fill = theme::warningFill();
            ink = theme::warningColor();
        } else if (m_flagged.contains(line.item)) {
            fill = theme::flagFill();
            ink = QColor(0x5B, 0x3A, 0x9A);
        } else if (commentCount > 0) {
            ink = theme::commentColor();
        }
        for (int c = 0; c < 3 && fill.isValid(); ++c)
            item->setBackground(c, fill);
        if (ink.isValid())
            item->setForeground(NotesColumn, ink);
        if (line.item == keep.first && line.instance == keep.second)
            restore = item;
    }
    expandAll();
    setFilter(m_filter);
    if (restore)
        setCurrentItem(restore);
}

void AnswerSheetView::setFilter(Filter filter)
{
    m_filter = filter;
    // Questions by the filter; a section or instance shows when any question under it does.
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i].kind == AnswerLine::Kind::Question)
            m_items[i]->setHidden(!matches(m_lines[i], filter));
    }
    for (size_t i = m_lines.size(); i-- > 0;) {
        if (m_lines[i].kind == AnswerLine::Kind::Question)
            continue;
        QTreeWidgetItem *item = m_items[i];
        bool any = false;
        for (int c = 0; c < item->childCount() && !any; ++c)
            any = !item->child(c)->isHidden();
        item->setHidden(!any);
    }
}

} // namespace flowdesk
