#pragma once

#include "accounts/session.h"
#include "datapackage.h"
#include "workflow/interviewworkflow.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace flowdesk {

class Database;
class InterviewInterchange;

// What checking a batch found, before anything is imported: shown by the Import dialog, printed by the CLI.
struct BatchCheck
{
    bool ok = false;
    QString problem;         // what is wrong, when not ok
    BatchDescription batch;  // from the manifest (when it could be read)
    QString keyId, fingerprint;
    bool keyKnown = false;   // own or trusted
    bool questionnaireKnown = false;
    qint64 files = 0;
};

struct BatchImportResult
{
    BatchCheck check;
    ImportMerge merge;
    bool questionnaireAdded = false;
};

// Reads a batch from another office (folder or .zip, see BatchExporter). check() verifies it whole without
// writing: the signature over datapackage.json (missing: refused as unsigned), the signing key (our own or one
// an administrator trusted, else refused with its fingerprint), every file's bytes and sha256, no file left
// unlisted, the questionnaire sources against the manifest's hash, and every line of interviews.jsonl. run()
// checks the same but reads interviews.jsonl once: it adds the questionnaire version if it is new
// (QuestionnaireCatalog) and merges the interviews in ONE transaction (InterviewWorkflow::importInterviews:
// added, skipped (same content), conflicts (kept aside)) while hashing the lines it reads; a bad line, a wrong
// count or a hash that does not match the manifest rolls the transaction back. A batch that fails any check
// is refused whole; nothing is imported.
class BatchImporter
{
public:
    explicit BatchImporter(Database &database);
    ~BatchImporter();

    // `progress(done, total)` over interviews.jsonl's bytes; may return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    BatchCheck check(const QString &path, const Progress &progress = {});
    std::optional<BatchImportResult> run(const Session &session, const QString &path, const Progress &progress,
                                         QString *error);

    // The public key that signed the batch at `path` (for `key trust --from`); empty with `error` when unsigned.
    static QByteArray signingKey(const QString &path, QString *error);

private:
    bool open(const QString &path, QString *folder, QString *error);
    // check(), leaving the reading of interviews.jsonl (its lines and its hash) to `readInterviews` false's caller:
    // run(), which reads it once, inside the merge's transaction. `folder`: where the batch was opened.
    BatchCheck check(const QString &path, const Progress &progress, bool readInterviews, QString *folder);
    bool checkInterviews(const QString &folder, const InterviewInterchange &interchange, const Progress &progress,
                         qint64 *count, QString *error) const;

    Database &m_db;
    std::unique_ptr<QTemporaryDir> m_unpacked;
    QString m_interviewsHash; // the manifest's, for run()'s one pass
};

} // namespace flowdesk
