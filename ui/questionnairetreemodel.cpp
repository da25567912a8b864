#include "questionnairetreemodel.h"

#include <QFont>

namespace flowdesk {

QuestionnaireTreeModel::QuestionnaireTreeModel(const Questionnaire *questionnaire, QObject *parent)
    : QAbstractItemModel(parent), m_q(questionnaire), m_language(questionnaire ? questionnaire->defaultLanguage : 0)
{
}

void QuestionnaireTreeModel::setLanguage(int language)
{
    if (language == m_language)
        return;
    beginResetModel();
    m_language = language;
    endResetModel();
}

const std::vector<int> &QuestionnaireTreeModel::childrenOf(int item) const
{
    if (!m_q)
        return m_none;
    return item < 0 ? m_q->topLevel : m_q->item(item).children;
}

int QuestionnaireTreeModel::rowOf(int item) const
{
    const std::vector<int> &siblings = childrenOf(m_q->item(item).parent);
    const auto it = std::find(siblings.begin(), siblings.end(), item);
    return it == siblings.end() ? -1 : static_cast<int>(it - siblings.begin());
}

QModelIndex QuestionnaireTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int parentItem = parent.isValid() ? static_cast<int>(parent.internalId()) : -1;
    const std::vector<int> &children = childrenOf(parentItem);
    if (row < 0 || static_cast<size_t>(row) >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[static_cast<size_t>(row)]));
}

QModelIndex QuestionnaireTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_q)
        return {};
    const int parentItem = m_q->item(static_cast<int>(child.internalId())).parent;
    if (parentItem < 0)
        return {};
    return createIndex(rowOf(parentItem), 0, static_cast<quintptr>(parentItem));
}

int QuestionnaireTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(childrenOf(parent.isValid() ? static_cast<int>(parent.internalId()) : -1).size());
}

int QuestionnaireTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant QuestionnaireTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_q)
        return {};
    const Item &item = m_q->item(static_cast<int>(index.internalId()));
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::FontRole && (item.type == QuestionType::Group || item.type == QuestionType::Repeat)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        const QString hint = item.hint.text(m_language, m_q->defaultLanguage);
        return hint.isEmpty() ? QVariant() : QVariant(hint);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LabelColumn: {
        const QString label = item.label.text(m_language, m_q->defaultLanguage);
        return label.isEmpty() ? item.name : label;
    }
    case NameColumn: return item.name;
    case TypeColumn: {
        QString type = questionTypeName(item.type);
        if (const ChoiceList *list = m_q->choiceList(item))
            type += u' ' + list->name;
        if (item.type == QuestionType::Metadata)
            type = item.metadataKind;
        return type;
    }
    case LogicColumn: {
        QStringList flags;
        if (item.required.isSet())
            flags << tr("required");
        if (!item.relevant.isNull())
            flags << tr("skip logic");
        if (!item.constraint.isNull())
            flags << tr("constraint");
        if (!item.warning.isNull())
            flags << tr("warning");
        if (!item.calculation.isNull())
            flags << tr("calculated");
        if (!item.choiceFilter.isNull())
            flags << tr("filtered choices");
        if (!item.repeatCount.isNull())
            flags << tr("counted");
        if (item.pii)
            flags << tr("personal data");
        if (item.type == QuestionType::Unsupported)
            flags << tr("not captured on desktop");
        return flags.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

QVariant QuestionnaireTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Question");
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case LogicColumn: return tr("Logic");
    default: return {};
    }
}

} // namespace flowdesk
