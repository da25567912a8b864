#include "command.h"

#include "clisession.h"

#include "accounts/permissions.h"
#include "profile/profilereport.h"
#include "statistics/profilecsv.h"
#include "statistics/profilexlsx.h"
#include "workflow/officepolicy.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace flowdesk::cli {

namespace {

const char *const kUsage =
    "Usage: flowdesk-cli report --db PATH --user NAME --pdf FILE [--csv DIR] [--xlsx FILE]\n"
    "       [--from DATE] [--to DATE]\n"
    "       [--status LIST] [--point NAME] [--nationality NAME] [--sex NAME] [--age-group 0-17|GROUP]\n"
    "       [--split none|sex|age_group] [--language CODE] [--office TEXT]\n";

bool parseFilter(const QCommandLineParser &parser, const ProfileDefinition &definition, ProfileFilter &filter)
{
    auto date = [&](const QString &option, QDate &into) {
        if (!parser.isSet(option))
            return true;
        into = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!into.isValid())
            err() << "flowdesk-cli report: --" << option << " is a date like 2026-05-31, not '" << parser.value(option)
                  << "'.\n";
        return into.isValid();
    };
    if (!date(QStringLiteral("from"), filter.from) || !date(QStringLiteral("to"), filter.to))
        return false;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.statuses = 0;
        for (const QString &name : parser.value(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const InterviewStatus status = statusFromName(name.trimmed(), &ok);
            if (!ok) {
                err() << "flowdesk-cli report: unknown status '" << name
                      << "' (draft, completed, approved, rejected, exported).\n";
                return false;
            }
            filter.statuses |= 1u << int(status);
        }
    }
    filter.point = parser.value(QStringLiteral("point"));
    filter.nationality = parser.value(QStringLiteral("nationality"));
    filter.sex = parser.value(QStringLiteral("sex"));
    if (parser.isSet(QStringLiteral("age-group"))) {
        const QString group = parser.value(QStringLiteral("age-group"));
        filter.ageGroup = group == u"0-17" ? ProfileFilter::kChildren
                                           : int(definition.ageGroups.labels().indexOf(group));
        if (filter.ageGroup == -1) {
            err() << "flowdesk-cli report: unknown age group '" << group << "' (0-17, "
                  << definition.ageGroups.text() << ").\n";
            return false;
        }
    }
    return true;
}

} // namespace

// The profile report for a supervisor's scheduled job: the same numbers as the Profile screen, always with small
// cells protected (the office's threshold), as a PDF and optionally CSV tables.
int report(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the flow monitoring profile (charts disaggregated by sex and age, small cells protected) as a\n"
        "PDF report, and its tables as CSV or XLSX. Password from FLOWDESK_PASSWORD or asked on the terminal.\n"
        "Default filter: approved interviews."));
    parser.addHelpOption();
    auto option = [](const char *name, const char *help, const char *value) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value));
    };
    parser.addOptions({option("db", "Database file.", "PATH"),
                       option("user", "The account acting (reviewers, supervisors, administrators).", "NAME"),
                       option("pdf", "The PDF report to write.", "FILE"),
                       option("csv", "A folder for the tables as CSV files.", "DIR"),
                       option("xlsx", "A workbook for the tables, a sheet per chart.", "FILE"),
                       option("from", "First interview date (yyyy-MM-dd).", "DATE"),
                       option("to", "Last interview date (yyyy-MM-dd).", "DATE"),
                       option("status", "Statuses, comma separated (default: approved).", "LIST"),
                       option("point", "Flow monitoring point (choice name).", "NAME"),
                       option("nationality", "Nationality (choice name).", "NAME"),
                       option("sex", "Sex (choice name).", "NAME"),
                       option("age-group", "0-17, or one of the profile's age groups (\"25-59\").", "GROUP"),
                       option("split", "none, sex or age_group for every chart (default: each chart's own).", "SPLIT"),
                       option("language", "Label language (code or name, e.g. fr, ar).", "CODE"),
                       option("office", "Office named on the report.", "TEXT")});
    parser.process(QStringList{QStringLiteral("flowdesk-cli report")} + args);
    const QString path = parser.value(QStringLiteral("db"));
    const QString pdf = parser.value(QStringLiteral("pdf"));
    const QString csv = parser.value(QStringLiteral("csv"));
    const QString xlsx = parser.value(QStringLiteral("xlsx"));
    if (path.isEmpty() || parser.value(QStringLiteral("user")).isEmpty() ||
        (pdf.isEmpty() && csv.isEmpty() && xlsx.isEmpty())) {
        err() << kUsage;
        return 2;
    }
    SplitChoice split = SplitChoice::AsDefined;
    if (parser.isSet(QStringLiteral("split"))) {
        const QString s = parser.value(QStringLiteral("split"));
        if (s == u"none")
            split = SplitChoice::None;
        else if (s == u"sex")
            split = SplitChoice::Sex;
        else if (s == u"age_group")
            split = SplitChoice::AgeGroup;
        else {
            err() << "flowdesk-cli report: --split is none, sex or age_group.\n";
            return 2;
        }
    }
    QString error;
    auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
    if (!workspace) {
        err() << "flowdesk-cli report: " << error << "\n";
        return 1;
    }
    const Questionnaire *questionnaire = workspace->questionnaire();
    if (!questionnaire) {
        err() << "flowdesk-cli report: " << path << " holds no questionnaire.\n";
        return 1;
    }
    const auto session = logIn(workspace->database(), parser.value(QStringLiteral("user")), "report");
    if (!session)
        return 1;
    if (!permits(*session, Action::ViewReports, &error)) {
        err() << "flowdesk-cli report: " << error << "\n";
        return 1;
    }
    int language = questionnaire->defaultLanguage;
    if (parser.isSet(QStringLiteral("language"))) {
        language = questionnaire->languageIndex(parser.value(QStringLiteral("language")));
        if (language < 0) {
            err() << "flowdesk-cli report: the questionnaire has no language '" << parser.value(QStringLiteral("language"))
                  << "' (" << questionnaire->languages.join(QStringLiteral(", ")) << ").\n";
            return 2;
        }
    }
    const qint64 questionnaireId = workspace->storedQuestionnaire().id;
    const ProfileDefinition definition = ProfileDefinition::load(workspace->database(), questionnaireId, *questionnaire);
    ProfileFilter filter;
    if (!parseFilter(parser, definition, filter))
        return 2;
    const int threshold = OfficePolicy::load(workspace->database()).smallCellThreshold;

    QElapsedTimer timer;
    timer.start();
    auto data = ProfileData::load(
        path, questionnaireId, *questionnaire, ProfileAggregator::itemsNeeded(*questionnaire, definition),
        [](int done, int total) { err() << "\rReading answers: " << done << "/" << total << Qt::flush; }, &error);
    err() << "\n";
    if (!data) {
        err() << "flowdesk-cli report: " << error << "\n";
        return 1;
    }
    // Exports are always protected: the threshold is never 0 here, whoever asks.
    const ProfileResult result = ProfileAggregator(*data, definition, language).compute(filter, split, threshold);
    if (!csv.isEmpty() && !ProfileCsv::write(result, csv, &error)) {
        err() << "flowdesk-cli report: " << error << "\n";
        return 1;
    }
    if (!xlsx.isEmpty() && !ProfileXlsx::write(result, xlsx, &error)) {
        err() << "flowdesk-cli report: " << error << "\n";
        return 1;
    }
    if (!pdf.isEmpty()) {
        ProfileReportInfo info;
        info.questionnaire = QStringLiteral("%1 (version %2)").arg(questionnaire->title, questionnaire->version);
        info.office = parser.value(QStringLiteral("office"));
        info.preparedBy = session->displayName().isEmpty() ? session->name() : session->displayName();
        info.rightToLeft = questionnaire->languages.value(language).contains(QStringLiteral("(ar)"));
        if (!ProfileReport::writePdf(result, info, pdf, &error)) {
            err() << "flowdesk-cli report: " << error << "\n";
            return 1;
        }
    }
    out() << "Profile of " << result.interviews << " interviews (" << result.filterText << "): "
          << result.tables.size() << " charts, small cells below " << threshold << " suppressed, in "
          << timer.elapsed() << " ms.";
    if (!pdf.isEmpty())
        out() << " Report: " << pdf << ".";
    if (!csv.isEmpty())
        out() << " Tables: " << csv << ".";
    if (!xlsx.isEmpty())
        out() << " Workbook: " << xlsx << ".";
    out() << "\n";
    return 0;
}

} // namespace flowdesk::cli
