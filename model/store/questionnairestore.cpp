#include "questionnairestore.h"

#include "database.h"
#include "sqlsupport.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace flowdesk {

namespace {

constexpr auto kFindByHash = R"sql(SELECT id FROM questionnaires WHERE hash = ?)sql";
constexpr auto kInsertQuestionnaire = R"sql(
INSERT INTO questionnaires (form_id, version, title, hash, source_name, added_at)
VALUES (?, ?, ?, ?, ?, ?))sql";
constexpr auto kInsertFile = R"sql(
INSERT INTO questionnaire_files (questionnaire_id, name, bytes) VALUES (?, ?, ?))sql";
// Explicit ids keep one questionnaire's fields consecutive in item order, so an answer's item is
// field_id - first field id (no lookup table while loading millions of rows).
constexpr auto kNextFieldId = R"sql(SELECT COALESCE(MAX(id), 0) + 1 FROM fields)sql";
constexpr auto kInsertField = R"sql(
INSERT INTO fields (id, questionnaire_id, item_index, name, path, type) VALUES (?, ?, ?, ?, ?, ?))sql";
constexpr auto kMoveField = R"sql(UPDATE fields SET item_index = ? WHERE id = ?)sql";
constexpr auto kSelectAll = R"sql(
SELECT id, form_id, version, title, hash, source_name, added_at FROM questionnaires ORDER BY id)sql";
constexpr auto kSelectOne = R"sql(
SELECT id, form_id, version, title, hash, source_name, added_at FROM questionnaires WHERE id = ?)sql";
constexpr auto kSelectFiles = R"sql(
SELECT name, bytes FROM questionnaire_files WHERE questionnaire_id = ? ORDER BY name)sql";
constexpr auto kSelectFields = R"sql(
SELECT id, item_index, name, path, type FROM fields WHERE questionnaire_id = ? ORDER BY item_index)sql";

constexpr QStringView kReadQuestionnaires = u"Reading the stored questionnaires";
constexpr QStringView kReadSources = u"Reading a questionnaire's source files";
constexpr QStringView kReadFields = u"Reading a questionnaire's fields";

StoredQuestionnaire readStored(const QSqlQuery &q)
{
    StoredQuestionnaire s;
    s.id = q.value(0).toLongLong();
    s.formId = q.value(1).toString();
    s.version = q.value(2).toString();
    s.title = q.value(3).toString();
    s.hash = q.value(4).toString();
    s.sourceName = q.value(5).toString();
    s.addedAt = sql::fromStoredTime(q.value(6));
    return s;
}

} // namespace

QString QuestionnaireStore::hashSources(const SourceFiles &sources)
{
    // Name and length framing, so ("ab","c") and ("a","bc") differ.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[name, bytes] : sources) {
        const QByteArray utf8 = name.toUtf8();
        quint64 lengths[2] = {qToBigEndian(quint64(utf8.size())), qToBigEndian(quint64(bytes.size()))};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(lengths), sizeof lengths));
        hash.addData(utf8);
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QuestionnaireStore::QuestionnaireStore(Database &database) : m_db(database) {}

std::optional<qint64> QuestionnaireStore::add(const Workbook &workbook, const Questionnaire &questionnaire,
                                              QString *error)
{
    if (workbook.sources.empty()) {
        sql::fail(error,
                  QStringLiteral("Questionnaire '%1' has no source files to keep.").arg(workbook.sourceName));
        return std::nullopt;
    }
    const QString connection = m_db.connectionName();
    const QString hash = hashSources(workbook.sources);
    Transaction transaction(connection);
    if (!transaction.begin(error))
        return std::nullopt;

    QSqlQuery find = sql::query(connection, true);
    if (!sql::prepare(find, kFindByHash, error))
        return std::nullopt;
    find.addBindValue(hash);
    if (!sql::exec(find, u"Cannot look up the questionnaire", error))
        return std::nullopt;
    if (find.next())
        return find.value(0).toLongLong(); // the destructor ends the empty transaction
    if (!sql::endOfRows(find, u"Cannot look up the questionnaire", error))
        return std::nullopt;
    find.finish();

    QSqlQuery insert = sql::query(connection);
    if (!sql::prepare(insert, kInsertQuestionnaire, error))
        return std::nullopt;
    insert.addBindValue(sql::nonNull(questionnaire.formId));
    insert.addBindValue(sql::nonNull(questionnaire.version));
    insert.addBindValue(sql::nonNull(questionnaire.title));
    insert.addBindValue(hash);
    insert.addBindValue(sql::nonNull(workbook.sourceName));
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!sql::exec(insert, u"Cannot store the questionnaire", error))
        return std::nullopt;
    const qint64 id = insert.lastInsertId().toLongLong();

    QSqlQuery file = sql::query(connection);
    if (!sql::prepare(file, kInsertFile, error))
        return std::nullopt;
    for (const auto &[name, bytes] : workbook.sources) {
        file.bindValue(0, id);
        file.bindValue(1, name);
        // A null QByteArray binds as NULL; an empty file is still a file.
        file.bindValue(2, bytes.isNull() ? QByteArray("") : bytes);
        if (!sql::exec(file, QStringLiteral("Cannot store source file '%1'").arg(name), error))
            return std::nullopt;
    }

    QSqlQuery next = sql::query(connection, true);
    if (!sql::prepare(next, kNextFieldId, error) || !sql::exec(next, u"Cannot number the fields", error))
        return std::nullopt;
    if (!next.next()) {
        sql::endOfRows(next, u"Cannot number the fields", error);
        return std::nullopt;
    }
    const qint64 firstField = next.value(0).toLongLong();
    next.finish();

    QSqlQuery field = sql::query(connection);
    if (!sql::prepare(field, kInsertField, error))
        return std::nullopt;
    for (const Item &item : questionnaire.items) {
        field.bindValue(0, firstField + item.id);
        field.bindValue(1, id);
        field.bindValue(2, item.id);
        field.bindValue(3, sql::nonNull(item.name));
        field.bindValue(4, sql::nonNull(questionnaire.path(item.id)));
        field.bindValue(5, questionTypeName(item.type)); // the stored spelling exports and imports read
        if (!sql::exec(field, QStringLiteral("Cannot store field '%1'").arg(item.name), error))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return id;
}

std::vector<StoredQuestionnaire> QuestionnaireStore::list(QString *error) const
{
    std::vector<StoredQuestionnaire> result;
    QSqlQuery q = sql::query(m_db.connectionName(), true);
    if (!sql::prepare(q, kSelectAll, error) || !sql::exec(q, kReadQuestionnaires, error))
        return result;
    while (q.next())
        result.push_back(readStored(q));
    if (!sql::endOfRows(q, kReadQuestionnaires, error))
        return {};
    return result;
}

std::optional<StoredQuestionnaire> QuestionnaireStore::find(qint64 id, QString *error) const
{
    QSqlQuery q = sql::query(m_db.connectionName(), true);
    if (!sql::prepare(q, kSelectOne, error))
        return std::nullopt;
    q.addBindValue(id);
    if (!sql::exec(q, kReadQuestionnaires, error))
        return std::nullopt;
    if (!q.next()) {
        sql::endOfRows(q, kReadQuestionnaires, error);
        return std::nullopt;
    }
    return readStored(q);
}

std::optional<SourceFiles> QuestionnaireStore::sources(qint64 id, QString *error) const
{
    if (!find(id, error))
        return std::nullopt;
    QSqlQuery q = sql::query(m_db.connectionName(), true);
    if (!sql::prepare(q, kSelectFiles, error))
        return std::nullopt;
    q.addBindValue(id);
    if (!sql::exec(q, kReadSources, error))
        return std::nullopt;
    SourceFiles files;
    while (q.next())
        files.emplace(q.value(0).toString(), q.value(1).toByteArray());
    if (!sql::endOfRows(q, kReadSources, error))
        return std::nullopt;
    return files;
}

std::vector<qint64> QuestionnaireStore::fieldIds(qint64 id, QString *error) const
{
    std::vector<qint64> ids;
    for (const StoredField &field : fields(id, error))
        ids.push_back(field.id);
    return ids;
}

std::vector<StoredField> QuestionnaireStore::fields(qint64 id, QString *error) const
{
    std::vector<StoredField> result;
    QSqlQuery q = sql::query(m_db.connectionName(), true);
    if (!sql::prepare(q, kSelectFields, error))
        return result;
    q.addBindValue(id);
    if (!sql::exec(q, kReadFields, error))
        return result;
    while (q.next()) {
        StoredField field{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
        if (field.itemIndex != int(result.size()))
            return {}; // gaps mean a damaged field table; callers treat it as unknown
        result.push_back(std::move(field));
    }
    if (!sql::endOfRows(q, kReadFields, error))
        return {};
    return result;
}

bool QuestionnaireStore::addGeneratedFields(qint64 id, const Questionnaire &questionnaire, QString *error)
{
    const std::vector<StoredField> stored = fields(id, error);
    if (stored.empty() || stored.size() >= questionnaire.items.size())
        return true;
    // Where each stored field goes: the items in order, skipping the generated ones the store lacks.
    std::vector<int> newIndex;
    std::vector<int> missing;
    for (const Item &item : questionnaire.items) {
        const size_t next = newIndex.size();
        if (next < stored.size() && stored[next].name == item.name)
            newIndex.push_back(item.id);
        else if (item.otherFor >= 0)
            missing.push_back(item.id);
        else
            return true; // another difference: not ours to mend
    }
    if (newIndex.size() != stored.size() || missing.empty())
        return true;

    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    if (!transaction.begin(error))
        return false;
    QSqlQuery next = sql::query(connection, true);
    if (!sql::prepare(next, kNextFieldId, error) || !sql::exec(next, u"Cannot number the fields", error))
        return false;
    if (!next.next()) {
        sql::endOfRows(next, u"Cannot number the fields", error);
        return false;
    }
    const qint64 firstField = next.value(0).toLongLong();
    next.finish();
    QSqlQuery move = sql::query(connection);
    if (!sql::prepare(move, kMoveField, error))
        return false;
    // From the end, so no two fields ever share an item_index.
    for (size_t i = stored.size(); i-- > 0;) {
        if (newIndex[i] == stored[i].itemIndex)
            continue;
        move.bindValue(0, newIndex[i]);
        move.bindValue(1, stored[i].id);
        if (!sql::exec(move, QStringLiteral("Cannot renumber field '%1'").arg(stored[i].name), error))
            return false;
    }
    QSqlQuery field = sql::query(connection);
    if (!sql::prepare(field, kInsertField, error))
        return false;
    for (size_t k = 0; k < missing.size(); ++k) {
        const Item &item = questionnaire.item(missing[k]);
        field.bindValue(0, firstField + qint64(k));
        field.bindValue(1, id);
        field.bindValue(2, item.id);
        field.bindValue(3, item.name);
        field.bindValue(4, questionnaire.path(item.id));
        field.bindValue(5, questionTypeName(item.type));
        if (!sql::exec(field, QStringLiteral("Cannot store field '%1'").arg(item.name), error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace flowdesk
