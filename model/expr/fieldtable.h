#pragma once

#include "evalcontext.h"
#include "expression.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace flowdesk::expr {

// Answers held in memory by field name: an EvalContext together with the FieldResolver that hands out
// its field ids. For the command line, conformance cases, benchmarks and tests; a live interview has its
// own context. A field with several values is a field inside a repeat seen from outside it (one node per
// instance). Not thread-safe while being modified; evaluation only reads.
class FieldTable : public EvalContext
{
public:
    // Adds a field answered once (an empty string is an unanswered question); returns its id.
    int addField(const QString &name, const QString &value = QString());
    // Adds a field with one value per repeat instance; returns its id.
    int addRepeatedField(const QString &name, const QStringList &values);
    void setValues(int fieldId, const QStringList &values);

    // The id of `reference` as an expression writes it: "name" (from ${name}), or a path whose last
    // step is the name ("/data/name", "../name"). -1 when there is no such field.
    int fieldId(QStringView reference) const;
    // Resolves through fieldId(); the table must outlive the parse.
    FieldResolver resolver() const;

    void setCurrentField(int fieldId) { m_current = fieldId; }
    void setPosition(int position) { m_position = position; }
    // Fixes the clock for today() and now(); without it they read the system clock.
    void setNow(const QDateTime &now) { m_now = now; }
    void setChoiceLabel(int fieldId, const QString &choice, const QString &label);

    int count(int fieldId) const override;
    QStringView value(int fieldId, int index) const override;
    int currentField() const override { return m_current; }
    int position() const override { return m_position; }
    QString choiceLabel(int fieldId, QStringView choiceName) const override;
    QDateTime now() const override;

private:
    std::vector<QStringList> m_values;
    QHash<QString, int> m_ids;
    QHash<int, QHash<QString, QString>> m_labels;
    int m_current = -1;
    int m_position = 0;
    std::optional<QDateTime> m_now;
};

} // namespace flowdesk::expr
