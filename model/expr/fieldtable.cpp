#include "fieldtable.h"

namespace flowdesk::expr {

int FieldTable::addField(const QString &name, const QString &value)
{
    return addRepeatedField(name, QStringList{value});
}

int FieldTable::addRepeatedField(const QString &name, const QStringList &values)
{
    const int id = int(m_values.size());
    m_values.push_back(values);
    m_ids.insert(name, id);
    return id;
}

void FieldTable::setValues(int fieldId, const QStringList &values)
{
    m_values[std::size_t(fieldId)] = values;
}

int FieldTable::fieldId(QStringView reference) const
{
    const qsizetype slash = reference.lastIndexOf(u'/');
    const QStringView name = slash < 0 ? reference : reference.sliced(slash + 1);
    return m_ids.value(name.toString(), -1);
}

FieldResolver FieldTable::resolver() const
{
    return [this](QStringView reference) { return fieldId(reference); };
}

void FieldTable::setChoiceLabel(int fieldId, const QString &choice, const QString &label)
{
    m_labels[fieldId].insert(choice, label);
}

int FieldTable::count(int fieldId) const
{
    return int(m_values[std::size_t(fieldId)].size());
}

QStringView FieldTable::value(int fieldId, int index) const
{
    return m_values[std::size_t(fieldId)][index];
}

QString FieldTable::choiceLabel(int fieldId, QStringView choiceName) const
{
    const auto labels = m_labels.constFind(fieldId);
    if (labels == m_labels.constEnd())
        return EvalContext::choiceLabel(fieldId, choiceName);
    return labels->value(choiceName.toString(), choiceName.toString());
}

QDateTime FieldTable::now() const
{
    return m_now ? *m_now : EvalContext::now();
}

} // namespace flowdesk::expr
