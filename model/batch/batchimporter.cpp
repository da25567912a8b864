#include "batchimporter.h"

#include "accounts/accounts.h"
#include "batchsignature.h"
#include "batchzip.h"
#include "interviewinterchange.h"
#include "officekey.h"
#include "questionnaire/questionnaireloader.h"
#include "store/batchstore.h"
#include "store/database.h"
#include "store/questionnairestore.h"
#include "workflow/questionnairecatalog.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace flowdesk {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString manifestPath(const QString &folder)
{
    return QDir(folder).filePath(QLatin1String(datapackage::kManifest));
}

// The questionnaire a batch was entered with: the stored one with its hash, else the batch's own sources.
struct BatchQuestionnaire
{
    LoadedForm form;
    std::optional<StoredQuestionnaire> stored;
};

std::optional<BatchQuestionnaire> questionnaireOf(Database &db, const QString &folder, const BatchDescription &batch,
                                                  QString *error)
{
    QuestionnaireStore store(db);
    QString readError;
    for (const StoredQuestionnaire &stored : store.list(&readError)) {
        if (stored.hash != batch.questionnaireHash)
            continue;
        BatchQuestionnaire result{Workspace::loadStored(store, stored, error), stored};
        if (!result.form.ok())
            return std::nullopt;
        return result;
    }
    if (!readError.isEmpty())
        return fail(error, readError), std::nullopt;
    SourceFiles sources;
    const QDir dir(QDir(folder).filePath(QLatin1String(datapackage::kQuestionnaireFolder)));
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, QStringLiteral("Cannot read the batch's questionnaire file %1.").arg(info.fileName())),
                   std::nullopt;
        sources[info.fileName()] = file.readAll();
    }
    if (sources.empty())
        return fail(error, QStringLiteral("The batch was entered with questionnaire %1 version %2, which this database "
                                          "does not have, and it carries no questionnaire sources.")
                               .arg(batch.formId, batch.formVersion)),
               std::nullopt;
    if (QuestionnaireStore::hashSources(sources) != batch.questionnaireHash)
        return fail(error, QStringLiteral("The batch's questionnaire files do not match the questionnaire hash in its "
                                          "manifest.")),
               std::nullopt;
    BatchQuestionnaire result{QuestionnaireLoader::fromSources(sources, batch.formId), std::nullopt};
    if (!result.form.ok())
        return fail(error, QStringLiteral("The batch's questionnaire %1 version %2 does not load: %3")
                               .arg(batch.formId, batch.formVersion,
                                    result.form.diagnostics.items.empty()
                                        ? QString()
                                        : result.form.diagnostics.items.front().toString())),
               std::nullopt;
    return result;
}

// Fields for reading interviews.jsonl before the questionnaire is stored: item order, as the store would number them.
std::vector<StoredField> provisionalFields(const Questionnaire &q)
{
    std::vector<StoredField> fields;
    for (const Item &item : q.items)
        fields.push_back({qint64(item.id) + 1, item.id, item.name, q.path(item.id), item.typeText});
    return fields;
}

// Reads interviews.jsonl a line at a time: memory stays flat whatever the batch's size.
class LineReader
{
public:
    explicit LineReader(const QString &path) : m_file(path) {}
    bool open(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(error, QStringLiteral("Cannot read interviews.jsonl: %1").arg(m_file.errorString()));
        return true;
    }
    // 1 a line, 0 the end, -1 an error.
    int next(QByteArray *line, QString *error)
    {
        if (m_file.atEnd())
            return 0;
        *line = m_file.readLine();
        ++m_number;
        if (!line->endsWith('\n'))
            return fail(error, QStringLiteral("interviews.jsonl line %1 is cut short.").arg(m_number)) ? 1 : -1;
        line->chop(1);
        return 1;
    }
    qint64 number() const { return m_number; }
    qint64 position() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

private:
    QFile m_file;
    qint64 m_number = 0;
};

} // namespace

BatchImporter::BatchImporter(Database &database) : m_db(database) {}
BatchImporter::~BatchImporter() = default;

bool BatchImporter::open(const QString &path, QString *folder, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, QStringLiteral("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    QString root = path;
    if (info.isFile()) {
        m_unpacked = std::make_unique<QTemporaryDir>();
        if (!m_unpacked->isValid())
            return fail(error, QStringLiteral("Cannot make a temporary folder to unpack the batch."));
        if (!batchzip::extract(path, m_unpacked->path(), error))
            return false;
        root = m_unpacked->path();
    }
    // The zip holds one folder (the batch id); a folder given may be the batch or hold it.
    if (!QFileInfo::exists(manifestPath(root))) {
        const QStringList children = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (children.size() == 1 && QFileInfo::exists(manifestPath(QDir(root).filePath(children.first()))))
            root = QDir(root).filePath(children.first());
        else
            return fail(error, QStringLiteral("%1 is not a FlowDesk batch: it has no datapackage.json.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    *folder = root;
    return true;
}

QByteArray BatchImporter::signingKey(const QString &path, QString *error)
{
    QTemporaryDir unpacked;
    QString folder = path;
    if (QFileInfo(path).isFile()) {
        if (!batchzip::extract(path, unpacked.path(), error))
            return {};
        folder = unpacked.path();
    }
    QString signature = QDir(folder).filePath(QLatin1String(datapackage::kSignature));
    if (!QFileInfo::exists(signature)) {
        const QStringList children = QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (children.size() == 1)
            signature = QDir(QDir(folder).filePath(children.first())).filePath(QLatin1String(datapackage::kSignature));
    }
    QFile file(signature);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("%1 is not signed (no datapackage.json.sig).").arg(path)), QByteArray();
    const auto parsed = BatchSignature::parse(file.readAll(), error);
    return parsed ? parsed->publicKey : QByteArray();
}

bool BatchImporter::checkInterviews(const QString &folder, const InterviewInterchange &interchange,
                                    const Progress &progress, qint64 *count, QString *error) const
{
    LineReader reader(QDir(folder).filePath(QLatin1String(datapackage::kInterviews)));
    if (!reader.open(error))
        return false;
    QByteArray line;
    Interview interview;
    int got = 0;
    QString why;
    while ((got = reader.next(&line, error)) == 1) {
        if (!interchange.read(line, &interview, &why))
            return fail(error, QStringLiteral("interviews.jsonl line %1: %2.").arg(reader.number()).arg(why));
        if (reader.number() % 1000 == 0 && progress && !progress(reader.position(), reader.size()))
            return fail(error, QStringLiteral("Import cancelled: nothing was imported."));
    }
    *count = reader.number();
    return got == 0;
}

BatchCheck BatchImporter::check(const QString &path, const Progress &progress)
{
    QString folder;
    return check(path, progress, true, &folder);
}

BatchCheck BatchImporter::check(const QString &path, const Progress &progress, bool readInterviews, QString *openedAt)
{
    BatchCheck result;
    QString &folder = *openedAt;
    if (!open(path, &folder, &result.problem))
        return result;
    QFile manifestFile(manifestPath(folder));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        result.problem = QStringLiteral("Cannot read datapackage.json: %1").arg(manifestFile.errorString());
        return result;
    }
    const QByteArray manifestBytes = manifestFile.readAll();
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    result.batch = datapackage::describe(manifest);
    QFile signatureFile(QDir(folder).filePath(QLatin1String(datapackage::kSignature)));
    if (!signatureFile.open(QIODevice::ReadOnly)) {
        result.problem = QStringLiteral("The batch is not signed (datapackage.json.sig is missing): refused.");
        return result;
    }
    const auto signature = BatchSignature::parse(signatureFile.readAll(), &result.problem);
    if (!signature)
        return result;
    result.keyId = signature->keyId;
    result.fingerprint = ed25519::fingerprint(signature->publicKey);
    if (!signature->verifies(manifestBytes)) {
        result.problem = QStringLiteral("The signature does not match datapackage.json: the manifest was changed "
                                        "after it was signed, or the signature belongs to another batch.");
        return result;
    }
    QString why;
    result.keyKnown = KeyRing(m_db).isTrusted(signature->publicKey, &why);
    if (!result.keyKnown) {
        result.problem = !why.isEmpty() ? why
                                        : QStringLiteral("The batch is signed by a key this office does not trust (key "
                                                         "%1, fingerprint %2, office '%3'). Check the fingerprint with "
                                                         "that office; an administrator can then trust it: "
                                                         "flowdesk-cli key trust --from BATCH.")
                                              .arg(result.keyId, result.fingerprint, result.batch.office);
        return result;
    }
    if (manifest.isEmpty() || result.batch.batchId.isEmpty() || result.batch.questionnaireHash.isEmpty()) {
        result.problem = QStringLiteral("datapackage.json is not a FlowDesk batch manifest.");
        return result;
    }
    const QString interviewsFile = QLatin1String(datapackage::kInterviews);
    if (!datapackage::verifyFiles(folder, manifest, &result.problem, readInterviews ? QString() : interviewsFile))
        return result;
    m_interviewsHash = datapackage::listedHash(manifest, interviewsFile);
    if (!readInterviews && m_interviewsHash.isEmpty()) {
        result.problem = QStringLiteral("datapackage.json does not list %1.").arg(interviewsFile);
        return result;
    }
    result.files = manifest.value(u"resources").toArray().size();
    if (const auto earlier = BatchStore(m_db.connectionName()).batch(result.batch.batchId, false, &why)) {
        result.problem = QStringLiteral("Batch %1 was already imported here on %2 by %3.")
                             .arg(result.batch.batchId, earlier->at.toLocalTime().toString(Qt::ISODate),
                                  earlier->accountName);
        return result;
    }
    const auto questionnaire = questionnaireOf(m_db, folder, result.batch, &result.problem);
    if (!questionnaire)
        return result;
    result.questionnaireKnown = questionnaire->stored.has_value();
    if (!readInterviews) {
        // A new questionnaire version is stored before the merge, in a transaction of its own: only for a batch
        // whose interviews match the signed manifest (a hash, no parsing), so a tampered batch adds nothing.
        if (!result.questionnaireKnown
            && datapackage::fileHash(QDir(folder).filePath(interviewsFile)) != m_interviewsHash) {
            result.problem = QStringLiteral("%1 does not match its checksum in the manifest (changed after it was "
                                            "signed).")
                                 .arg(interviewsFile);
            return result;
        }
        result.ok = true;
        return result;
    }
    const std::vector<StoredField> fields = questionnaire->stored
                                                ? QuestionnaireStore(m_db).fields(questionnaire->stored->id)
                                                : provisionalFields(*questionnaire->form.questionnaire);
    const InterviewInterchange interchange(*questionnaire->form.questionnaire, fields, result.batch.questionnaireHash);
    qint64 count = 0;
    if (!checkInterviews(folder, interchange, progress, &count, &result.problem))
        return result;
    if (count != result.batch.interviews) {
        result.problem = QStringLiteral("interviews.jsonl holds %1 interviews; the manifest says %2.")
                             .arg(count)
                             .arg(result.batch.interviews);
        return result;
    }
    result.ok = true;
    return result;
}

std::optional<BatchImportResult> BatchImporter::run(const Session &session, const QString &path,
                                                    const Progress &progress, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::Import, error))
        return std::nullopt;
    BatchImportResult result;
    QString folder;
    result.check = check(path, progress, false, &folder);
    if (!result.check.ok)
        return fail(error, result.check.problem), std::nullopt;
    const BatchDescription &batch = result.check.batch;
    auto questionnaire = questionnaireOf(m_db, folder, batch, error);
    if (!questionnaire)
        return std::nullopt;
    qint64 questionnaireId = questionnaire->stored ? questionnaire->stored->id : 0;
    if (!questionnaire->stored) {
        // Its own transaction, before the merge: a merge that then fails leaves a questionnaire version and no
        // interviews, which is harmless (and the retry finds it).
        const auto added = QuestionnaireCatalog::add(m_db, session, questionnaire->form, error);
        if (!added)
            return std::nullopt;
        questionnaireId = *added;
        result.questionnaireAdded = true;
    }
    const Questionnaire &q = *questionnaire->form.questionnaire;
    InterviewWorkflow workflow(m_db, questionnaireId, q, CaseListSpec::read(questionnaire->form.workbook, q));
    const InterviewInterchange interchange(q, QuestionnaireStore(m_db).fields(questionnaireId), batch.questionnaireHash);
    LineReader reader(QDir(folder).filePath(QLatin1String(datapackage::kInterviews)));
    if (!reader.open(error))
        return std::nullopt;
    // The one pass over interviews.jsonl: what it holds is trusted only once its hash matched the signed
    // manifest and it held as many interviews as the manifest says; until then the merge is uncommitted.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString expectedHash = m_interviewsHash;
    const auto next = [&](Interview &interview, QByteArray &line, QString *why) {
        const int got = reader.next(&line, why);
        if (got == 0) {
            if (QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex()) != expectedHash)
                return fail(why, QStringLiteral("interviews.jsonl does not match its checksum in the manifest "
                                                "(changed after it was signed): nothing was imported.")) ? 0 : -1;
            if (reader.number() != batch.interviews)
                return fail(why, QStringLiteral("interviews.jsonl holds %1 interviews; the manifest says %2: nothing "
                                                "was imported.")
                                     .arg(reader.number())
                                     .arg(batch.interviews)) ? 0 : -1;
            return 0;
        }
        if (got != 1)
            return got;
        hash.addData(line);
        hash.addData(QByteArrayView("\n", 1));
        QString problem;
        if (!interchange.read(line, &interview, &problem))
            return fail(why, QStringLiteral("interviews.jsonl line %1: %2.").arg(reader.number()).arg(problem)) ? 1 : -1;
        if (reader.number() % 1000 == 0 && progress && !progress(reader.position(), reader.size()))
            return fail(why, QStringLiteral("Import cancelled: nothing was imported.")) ? 1 : -1;
        return 1;
    };
    const auto record = [&](QString *why) {
        const BatchRecord row{batch.batchId, false, batch.office, batch.keyId, questionnaireId, batch.interviews,
                              session.name(), QDateTime::currentDateTimeUtc(), batch.includePii, QStringLiteral("{}")};
        return BatchStore(m_db.connectionName()).addBatch(row, why);
    };
    const auto merge = workflow.importInterviews(session, batch.batchId, next, record, error);
    if (!merge)
        return std::nullopt;
    result.merge = *merge;
    return result;
}

} // namespace flowdesk
