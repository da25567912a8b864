#pragma once

#include "questionnaire/questionnaire.h"
#include "xlsform/workbook.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace flowdesk {

class Database;

struct StoredQuestionnaire
{
    qint64 id = 0;
    QString formId;
    QString version;
    QString title;
    QString hash; // SHA-256 (hex) over the source files, names and bytes
    QString sourceName;
    QDateTime addedAt;
};

// One stored questionnaire item: what answers are stored under, and what exports name and type columns by.
struct StoredField
{
    qint64 id = 0;
    int itemIndex = 0;
    QString name;
    QString path;
    QString type; // "integer", "select_multiple", "repeat"...
};

// Keeps questionnaires with their exact source bytes, and the field table that maps each questionnaire
// item to the field id answers are stored under.
class QuestionnaireStore
{
public:
    explicit QuestionnaireStore(Database &database);

    // Stores the workbook's sources and one field row per item, in one transaction. When a questionnaire
    // with the same hash is already stored, returns its id and writes nothing.
    std::optional<qint64> add(const Workbook &workbook, const Questionnaire &questionnaire, QString *error);

    // Readers: a read error (a damaged file) sets `error` and returns nothing; "not found" leaves `error` as
    // it was. Check `error` (or Database::damage()) when an empty result matters.
    std::vector<StoredQuestionnaire> list(QString *error = nullptr) const;
    std::optional<StoredQuestionnaire> find(qint64 id, QString *error = nullptr) const;
    std::optional<SourceFiles> sources(qint64 id, QString *error = nullptr) const;

    // Field ids indexed by item id, for the questionnaire stored as `id` (empty if unknown).
    std::vector<qint64> fieldIds(qint64 id, QString *error = nullptr) const;
    // The stored fields in item order (empty if unknown or damaged).
    std::vector<StoredField> fields(qint64 id, QString *error = nullptr) const;

    // Questionnaires stored before FlowDesk added the text question of an `or_other` select (Item::otherFor) have
    // no field for it. Adds those fields (ids after every stored one) and moves the later fields' item_index up,
    // in one transaction; stored answers keep their field ids. Writes nothing when no such field is missing, or
    // when the fields differ otherwise (the answer layout then says how).
    bool addGeneratedFields(qint64 id, const Questionnaire &questionnaire, QString *error);

    // The `hash` of a set of source files (what add() compares): SHA-256 over each file's name and bytes.
    static QString hashSources(const SourceFiles &sources);

private:
    Database &m_db;
};

} // namespace flowdesk
