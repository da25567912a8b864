#include "command.h"

#include "clisession.h"

#include "workflow/caselistquery.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace flowdesk::cli {

namespace {

const char *const kUsage =
    "Usage: flowdesk-cli review list|approve|reject|reopen|comment --db PATH --user NAME [options]\n"
    "  list     [--status STATUS] [--enumerator NAME] [--search TEXT] [--limit N]\n"
    "  approve  --id N [--version V] [--note TEXT]\n"
    "  reject   --id N --reason TEXT [--version V]\n"
    "  reopen   --id N --reason TEXT [--version V]\n"
    "  comment  --id N --text TEXT [--question NAME] [--instance PATH]\n";

int list(const Session &session, Workspace &workspace, const QCommandLineParser &parser,
         const QCommandLineOption &status, const QCommandLineOption &enumerator, const QCommandLineOption &search,
         const QCommandLineOption &limitOption)
{
    CaseFilter filter;
    filter.questionnaireId = workspace.storedQuestionnaire().id;
    if (parser.isSet(status)) {
        bool ok = false;
        filter.statuses = {statusFromName(parser.value(status), &ok)};
        if (!ok) {
            err() << "flowdesk-cli review list: unknown status '" << parser.value(status)
                  << "' (draft, completed, approved, rejected, exported).\n";
            return 2;
        }
    }
    filter.enumerator = parser.value(enumerator);
    filter.text = parser.value(search);
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        err() << "flowdesk-cli review list: --limit takes a whole number above 0.\n";
        return 2;
    }
    CaseListQuery query(workspace.database(), session);
    query.setFilter(filter);
    query.setSort({CaseColumn::Modified, true});
    out() << "id\tversion\tstatus\tdate\tenumerator\terrors\twarnings\tcomments\tlabel\n";
    std::optional<CaseKey> after;
    int shown = 0;
    while (shown < limit) {
        const std::vector<CaseSummary> rows = query.page(after, std::min(limit - shown, 500));
        for (const CaseSummary &row : rows) {
            out() << row.interviewId << "\t" << row.version << "\t" << statusName(row.status) << "\t"
                  << row.date.toLocalTime().toString(Qt::ISODate) << "\t" << row.enumerator << "\t" << row.errors
                  << "\t" << row.warnings << "\t" << row.comments << "\t" << row.label << "\n";
        }
        shown += int(rows.size());
        if (rows.empty())
            break;
        after = query.keyAfter(rows.back());
    }
    err() << shown << " of " << query.counts().total << " interviews shown (newest change first).\n";
    return 0;
}

} // namespace

// The reviewer's decisions from a script or a terminal, as an account: the same InterviewWorkflow calls the
// review screens make, so the same permissions, versions and audit entries (which name the account).
int review(const QStringList &args)
{
    if (args.isEmpty()) {
        err() << kUsage;
        return 2;
    }
    const QString verb = args.first();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists interviews for review and approves, rejects, reopens or comments on one, acting as --user\n"
        "(password from FLOWDESK_PASSWORD, else asked). Without --version the change applies to the interview as it\n"
        "is now; with it, only if nobody changed the interview since that version (as 'list' showed it).\n"
        "Exit code 0: done; 1: refused (the reason printed) or the database cannot be used; 2: bad arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The account acting."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption idOption(QStringLiteral("id"), QStringLiteral("The interview."), QStringLiteral("N"));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QStringLiteral("The version the decision is about (see 'list')."),
                                           QStringLiteral("V"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QStringLiteral("Why (reject, reopen)."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QStringLiteral("A note kept with an approval."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("The comment."), QStringLiteral("TEXT"));
    const QCommandLineOption questionOption(QStringLiteral("question"),
                                            QStringLiteral("Comment on this question (its XLSForm name)."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption instanceOption(QStringLiteral("instance"),
                                            QStringLiteral("Repeat instance of the question (\"2\", \"2.1\")."),
                                            QStringLiteral("PATH"));
    const QCommandLineOption statusOption(QStringLiteral("status"), QStringLiteral("list: only this status."),
                                          QStringLiteral("STATUS"));
    const QCommandLineOption enumeratorOption(QStringLiteral("enumerator"),
                                              QStringLiteral("list: only this enumerator's."), QStringLiteral("NAME"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("list: label, enumerator or case-list answers containing TEXT."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("list: at most N rows (100)."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({dbOption, userOption, idOption, versionOption, reasonOption, noteOption, textOption,
                       questionOption, instanceOption, statusOption, enumeratorOption, searchOption, limitOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli review ") + verb} + args.mid(1));

    const QStringList verbs{QStringLiteral("list"), QStringLiteral("approve"), QStringLiteral("reject"),
                            QStringLiteral("reopen"), QStringLiteral("comment")};
    const QString path = parser.value(dbOption);
    bool idOk = false;
    const qint64 id = parser.value(idOption).toLongLong(&idOk);
    if (!verbs.contains(verb) || path.isEmpty() || (verb != u"list" && (!idOk || id <= 0))) {
        err() << kUsage;
        return 2;
    }
    const QByteArray who = "review " + verb.toUtf8();
    if (!QFileInfo::exists(path)) {
        err() << "flowdesk-cli " << who << ": " << path << " does not exist.\n";
        return 1;
    }
    QString error;
    auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
    if (!workspace || !workspace->workflow()) {
        err() << "flowdesk-cli " << who << ": "
              << (workspace ? QStringLiteral("the database has no questionnaire.") : error) << "\n";
        return 1;
    }
    const auto session = logIn(workspace->database(), parser.value(userOption), who.constData());
    if (!session)
        return 1;
    if (verb == u"list")
        return list(*session, *workspace, parser, statusOption, enumeratorOption, searchOption, limitOption);

    InterviewWorkflow &workflow = *workspace->workflow();
    bool ok = false;
    if (verb == u"comment") {
        int item = -1;
        if (parser.isSet(questionOption)) {
            item = workspace->questionnaire()->itemByName(parser.value(questionOption));
            if (item < 0) {
                err() << "flowdesk-cli review comment: the questionnaire has no question '"
                      << parser.value(questionOption) << "'.\n";
                return 2;
            }
        }
        ok = workflow.comment(*session, id, item, parser.value(instanceOption), parser.value(textOption), &error) > 0;
    } else {
        qint64 version = 0;
        if (parser.isSet(versionOption)) {
            bool versionOk = false;
            version = parser.value(versionOption).toLongLong(&versionOk);
            if (!versionOk) {
                err() << "flowdesk-cli " << who << ": --version takes a whole number.\n";
                return 2;
            }
        } else if (const auto copy = workflow.open(*session, id, &error)) {
            version = copy->version;
        } else {
            err() << "flowdesk-cli " << who << ": " << error << "\n";
            return 1;
        }
        if (verb == u"approve")
            ok = workflow.approve(*session, id, version, parser.value(noteOption), &error);
        else if (verb == u"reject")
            ok = workflow.reject(*session, id, version, parser.value(reasonOption), &error);
        else
            ok = workflow.reopen(*session, id, version, parser.value(reasonOption), &error);
        if (ok)
            out() << "Interview " << id << " "
                  << (verb == u"approve" ? "approved" : verb == u"reject" ? "rejected" : "reopened")
                  << " (now version " << version << ").\n";
    }
    if (!ok) {
        err() << "flowdesk-cli " << who << ": " << error << "\n";
        return 1;
    }
    if (verb == u"comment")
        out() << "Comment added to interview " << id << ".\n";
    return 0;
}

} // namespace flowdesk::cli
