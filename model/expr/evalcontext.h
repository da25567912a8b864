#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace flowdesk::expr {

// Supplies answers to an evaluation. Field ids are the ones the FieldResolver handed out at parse time.
//
// XPath sees a reference as a node-set: a field answered once in scope is one node (its value may be
// empty: an unanswered or irrelevant question is the empty string); a field inside a repeat referenced from
// outside that repeat is one node per repeat instance. The context decides what "in scope" means.
// Implementations must be cheap: they are called on the evaluation hot path.
class EvalContext
{
public:
    virtual ~EvalContext() = default;

    // Answers that are one node each, kept in one array: the evaluator reads these directly instead of through
    // count() and value(), which most reads in a form would otherwise be. A context whose answers outside repeats
    // sit that way fills it in; every other field goes through the virtual calls.
    struct FlatAnswers
    {
        const QString *values = nullptr;          // values[k] answers field first + k
        int first = 0;
        int end = 0;                              // fields [first, end) are covered where `single` says so
        const unsigned char *single = nullptr;    // by field id: 1 when the field is one node here
        const unsigned char *relevant = nullptr;  // by field id: 0 when the answer does not apply (reads as empty)
        // Inside a repeat instance, its own fields [instanceFirst, instanceEnd) are read from the instance instead
        // (where `single` says so): a repeat's questions mostly test each other.
        const QString *instanceValues = nullptr;  // instanceValues[k] answers field instanceFirst + k
        int instanceFirst = 0;
        int instanceEnd = 0;
        const unsigned char *instanceRelevant = nullptr; // by field id, as `relevant`
    };
    const FlatAnswers &flatAnswers() const { return m_flat; }

    // Number of nodes the reference to `fieldId` stands for here (normally 1).
    virtual int count(int fieldId) const = 0;
    // Value of node `index` (0-based, < count(fieldId)). The view must stay valid while the evaluation runs.
    virtual QStringView value(int fieldId, int index) const = 0;

    // The field '.' refers to, or -1 where there is none (then '.' is the empty string).
    virtual int currentField() const { return -1; }
    // 1-based position of the current repeat instance for position(..); 0 outside repeats.
    virtual int position() const { return 0; }
    // indexed-repeat(field, repeat, index): value of `fieldId` in instance `index` (1-based) of `repeatId`.
    virtual QString indexedValue(int fieldId, int repeatId, int index) const
    {
        Q_UNUSED(repeatId);
        return index >= 1 && index <= count(fieldId) ? value(fieldId, index - 1).toString() : QString();
    }
    // jr:choice-name(value, '${field}'): the label of choice `choiceName` in field `fieldId`'s list.
    virtual QString choiceLabel(int fieldId, QStringView choiceName) const
    {
        Q_UNUSED(fieldId);
        return choiceName.toString();
    }
    // pulldata('file', 'column', 'key_column', key): `column` of the first row of file.csv whose `key_column` is
    // `key`; empty where the context has no such file.
    virtual QString pulldata(QStringView file, QStringView column, QStringView keyColumn, QStringView key) const
    {
        Q_UNUSED(file);
        Q_UNUSED(column);
        Q_UNUSED(keyColumn);
        Q_UNUSED(key);
        return QString();
    }
    // The clock for today() and now(); local time.
    virtual QDateTime now() const { return QDateTime::currentDateTime(); }
    // now() as a day number (see xpathdate.h). Contexts that evaluate many expressions against one clock
    // answer it from a value worked out once: the conversion to local calendar parts is slow.
    virtual double nowDayNumber() const;

protected:
    FlatAnswers m_flat; // empty: every read goes through count() and value()
};

} // namespace flowdesk::expr
