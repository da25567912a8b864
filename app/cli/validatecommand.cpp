#include "command.h"

#include "questionnaire/questionnaireloader.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"
#include "validation/storevalidation.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>

namespace flowdesk::cli {

int validate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validates every interview in a database against the questionnaire version it was entered with, and prints\n"
        "the counts and the first problems. Exit code 0 when it ran (use --strict to exit 1 when errors exist)."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Language of the messages: a code or name (e.g. fr)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("How many problems to list (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption strictOption(QStringLiteral("strict"), QStringLiteral("Exit 1 when any interview has errors."));
    parser.addOptions({dbOption, languageOption, limitOption, strictOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli validate")} + args);

    const QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        err() << "flowdesk-cli validate: --db PATH is required.\n";
        return 2;
    }
    QString error;
    // Validating only reads: the file is opened read-only, so an empty or foreign file stays as it was.
    std::unique_ptr<Database> db = Database::open(path, OpenMode::ReadOnly, &error);
    if (!db) {
        err() << "flowdesk-cli validate: " << error << "\n";
        return 1;
    }
    QuestionnaireStore questionnaires(*db);
    const std::vector<StoredQuestionnaire> list = questionnaires.list(&error);
    if (!error.isEmpty()) {
        err() << "flowdesk-cli validate: " << error << "\n";
        return 1;
    }
    qint64 totalErrors = 0;
    bool readFailed = false;
    for (const StoredQuestionnaire &stored : list) {
        QString problem;
        const LoadedForm form = Workspace::loadStored(questionnaires, stored, &problem);
        if (!form.ok()) {
            err() << problem << "; its interviews are skipped.\n";
            readFailed |= !db->damage().isEmpty();
            continue;
        }
        const int language = parser.isSet(languageOption) ? form.questionnaire->languageIndex(parser.value(languageOption)) : -1;
        InterviewStore store(*db, stored.id, *form.questionnaire);
        const StoreValidationReport report =
            StoreValidation::run(store, *form.questionnaire, language, parser.value(limitOption).toInt());
        totalErrors += report.withErrors;
        out() << "Questionnaire " << stored.formId << " version " << stored.version << ": " << report.interviews
              << " interviews validated in " << QString::number(report.seconds, 'f', 2) << " s ("
              << QString::number(report.interviews / std::max(report.seconds, 1e-9), 'f', 0) << " interviews/s)\n"
              << "  with errors:   " << report.withErrors << "\n"
              << "  with warnings: " << report.withWarnings << "\n";
        for (const auto &[kind, n] : report.byKind)
            out() << "  " << issueKindName(kind) << ": " << n << "\n";
        if (!report.firstProblems.empty())
            out() << "First problems:\n";
        for (const StoreValidationReport::Problem &p : report.firstProblems) {
            out() << "  " << p.uuid.toString(QUuid::WithoutBraces) << "  " << p.issue.path << "  "
                  << severityName(p.issue.severity) << ": " << p.issue.message << "\n";
        }
        if (!report.readError.isEmpty()) {
            // The counts above cover only the interviews read before the error: never a result to trust.
            err() << "flowdesk-cli validate: " << report.readError << "\n";
            readFailed = true;
        }
    }
    if (readFailed)
        return 1;
    return parser.isSet(strictOption) && totalErrors > 0 ? 1 : 0;
}

} // namespace flowdesk::cli
