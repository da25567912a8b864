#include "command.h"

#include "clisession.h"

#include "batch/batchimporter.h"
#include "batch/importconflicts.h"
#include "store/database.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace flowdesk::cli {

// A batch from another office: checked whole (signature, trusted key, every file's hash, questionnaire,
// interviews), then merged in one transaction; or --check-only.
int importBatch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a batch (folder or .zip) from another office (administrators). A batch that is unsigned, signed\n"
        "with an untrusted key, truncated or changed is refused whole. Interviews already here with the same\n"
        "answers are skipped; with other answers they go to the conflict list ('flowdesk-cli conflicts')."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The administrator acting."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption checkOption(QStringLiteral("check-only"), QStringLiteral("Verify, import nothing."));
    parser.addOptions({dbOption, userOption, checkOption});
    parser.addPositionalArgument(QStringLiteral("BATCH"), QStringLiteral("Batch folder or .zip."));
    parser.process(QStringList{QStringLiteral("flowdesk-cli import")} + args);
    if (parser.value(dbOption).isEmpty() || parser.positionalArguments().size() != 1) {
        err() << "Usage: flowdesk-cli import --db PATH --user NAME [--check-only] BATCH\n";
        return 2;
    }
    const QString batchPath = parser.positionalArguments().first();
    QString error;
    auto db = Database::open(parser.value(dbOption), OpenMode::ReadWrite, &error);
    if (!db) {
        err() << "flowdesk-cli import: " << error << "\n";
        return 1;
    }
    BatchImporter importer(*db);
    if (parser.isSet(checkOption)) {
        const BatchCheck check = importer.check(batchPath);
        if (!check.ok) {
            err() << "flowdesk-cli import: refused: " << check.problem << "\n";
            return 1;
        }
        out() << "Batch " << check.batch.batchId << " from " << check.batch.office << ": " << check.batch.interviews
              << " interview(s), " << check.files << " file(s) verified, signed by key " << check.keyId << ".\n";
        return 0;
    }
    const auto session = logIn(*db, parser.value(userOption), "import");
    if (!session)
        return 1;
    QElapsedTimer timer;
    timer.start();
    qint64 lastShown = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (percent != lastShown) {
            err() << "\r" << "importing: " << percent << "%   ";
            err().flush();
            lastShown = percent;
        }
        return true;
    };
    const auto result = importer.run(*session, batchPath, progress, &error);
    err() << "\n";
    if (!result) {
        err() << "flowdesk-cli import: refused, nothing imported: " << error << "\n";
        return 1;
    }
    out() << "Batch " << result->check.batch.batchId << " from " << result->check.batch.office << " in "
          << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s: " << result->merge.added
          << " added, " << result->merge.skipped << " already here (skipped), " << result->merge.conflicts
          << " conflict(s) for review" << (result->questionnaireAdded ? "; questionnaire version added" : "")
          << ".\n";
    return 0;
}

// The import conflict list: show the differences, keep ours or take theirs.
int conflicts(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists open import conflicts (--all: decided ones too, with who decided and when; --batch: one batch's);\n"
        "--show ID prints one field by field; --keep ours|theirs --id ID decides it (reviewers, supervisors,\n"
        "administrators; audited)."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The reviewer acting."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption showOption(QStringLiteral("show"), QStringLiteral("Show conflict ID."),
                                        QStringLiteral("ID"));
    const QCommandLineOption idOption(QStringLiteral("id"), QStringLiteral("The conflict decided."),
                                      QStringLiteral("ID"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("ours or theirs."),
                                        QStringLiteral("WHICH"));
    const QCommandLineOption allOption(QStringLiteral("all"), QStringLiteral("List decided conflicts too."));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("List one batch's conflicts."),
                                         QStringLiteral("ID"));
    parser.addOptions({dbOption, userOption, showOption, idOption, keepOption, allOption, batchOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli conflicts")} + args);
    QString error;
    auto workspace = Workspace::open(parser.value(dbOption), OpenMode::ReadWrite, &error);
    if (!workspace) {
        err() << "flowdesk-cli conflicts: " << error << "\n";
        return 1;
    }
    ImportConflicts list(*workspace);
    if (parser.isSet(keepOption)) {
        const QString keep = parser.value(keepOption);
        if (keep != u"ours" && keep != u"theirs") {
            err() << "flowdesk-cli conflicts: --keep takes ours or theirs.\n";
            return 2;
        }
        const auto session = logIn(workspace->database(), parser.value(userOption), "conflicts");
        if (!session)
            return 1;
        const qint64 id = parser.value(idOption).toLongLong();
        const bool ok = keep == u"ours" ? list.keepOurs(*session, id, &error) : list.takeTheirs(*session, id, &error);
        if (!ok) {
            err() << "flowdesk-cli conflicts: " << error << "\n";
            return 1;
        }
        out() << "Conflict " << id << ": kept " << keep << ".\n";
        return 0;
    }
    if (parser.isSet(showOption)) {
        const auto view = list.view(parser.value(showOption).toLongLong(), &error);
        if (!view) {
            err() << "flowdesk-cli conflicts: " << error << "\n";
            return 1;
        }
        out() << "Conflict " << view->conflict.id << ", interview " << view->conflict.interviewId << " (" << view->uuid
              << "), batch " << view->conflict.batchId << ":\n";
        for (const AnswerDifference &d : view->differences)
            out() << "  " << d.path << (d.instance.isEmpty() ? QString() : QStringLiteral("[%1]").arg(d.instance))
                  << ": ours '" << d.ours << "', theirs '" << d.theirs << "'\n";
        return 0;
    }
    // Page by page, so a batch that brought a hundred thousand conflicts lists them all in little memory.
    constexpr int kPage = 1000;
    const ConflictFilter filter{parser.isSet(allOption), parser.value(batchOption)};
    const auto time = [](const QDateTime &t) { return t.toLocalTime().toString(Qt::ISODate); };
    qint64 listed = 0;
    for (qint64 after = 0;;) {
        const auto page = list.page(filter, after, kPage, &error);
        if (!error.isEmpty()) {
            err() << "flowdesk-cli conflicts: " << error << "\n";
            return 1;
        }
        for (const ConflictSummary &c : page) {
            out() << c.id << "\tinterview " << c.interviewId << "\t" << c.uuid << "\tbatch " << c.batchId
                  << "\treceived " << time(c.receivedAt);
            if (c.resolution.isEmpty())
                out() << "\topen";
            else
                out() << "\tkept " << c.resolution << " by " << c.resolvedBy << " at " << time(c.resolvedAt);
            out() << "\n";
        }
        listed += qint64(page.size());
        if (int(page.size()) < kPage)
            break;
        after = page.back().id;
    }
    if (listed == 0)
        out() << (filter.includeResolved ? "No import conflicts.\n" : "No open import conflicts.\n");
    return 0;
}

} // namespace flowdesk::cli
