#include "export/exportlayout.h"
#include "export/statisticalnames.h"
#include "export/sheetname.h"
#include "table_export_fixture.h"

#include <set>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

QString sharedForms()
{
    const QString dir = QStringLiteral(FLOWDESK_SHARED_DIR "/xlsforms/valid");
    return QDir(dir).exists() ? dir : QString();
}

TableExportOptions formats(std::initializer_list<ExportFormat> list)
{
    TableExportOptions options;
    options.formats = list;
    return options;
}

int column(const QStringList &header, const QString &name)
{
    return int(header.indexOf(name));
}

// Every file of a folder with its SHA-256.
QMap<QString, QByteArray> digests(const QString &folder)
{
    QMap<QString, QByteArray> result;
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        file.open(QIODevice::ReadOnly);
        result.insert(name, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return result;
}

class TableExport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_data = new ExportDatabase;
        QString error;
        ASSERT_TRUE(s_data->makeBundled(120, &error)) << error.toStdString();
        s_folder = s_data->dir.filePath(QStringLiteral("all"));
        s_result = new TableExportResult;
        ASSERT_TRUE(s_data->exportTo(s_folder,
                                     formats({ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Stata,
                                              ExportFormat::Spss}),
                                     *s_result, &error))
            << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_result;
        delete s_data;
        s_data = nullptr;
    }

    static ExportDatabase *s_data;
    static TableExportResult *s_result;
    static QString s_folder;
};

ExportDatabase *TableExport::s_data = nullptr;
TableExportResult *TableExport::s_result = nullptr;
QString TableExport::s_folder;

} // namespace

TEST(StatisticalNames, ValidUniqueAndDeterministic)
{
    const QStringList names{QStringLiteral("reasons/other"), QStringLiteral("if"), QStringLiteral("_id"),
                            QStringLiteral("1st_visit"), QStringLiteral("a_very_long_question_name_that_goes_on_and_on"),
                            QStringLiteral("a_very_long_question_name_that_goes_on_and_on_too"), QStringLiteral("Age"),
                            QStringLiteral("age"), QStringLiteral("str12"), QStringLiteral("WITH"),
                            QStringLiteral("ends.")};
    const QStringList stata = stataNames(names);
    const QStringList spss = spssNames(names);
    EXPECT_EQ(stata, stataNames(names));
    EXPECT_EQ(stata[0], QStringLiteral("reasons_other"));
    EXPECT_EQ(stata[1], QStringLiteral("v_if"));
    EXPECT_EQ(stata[2], QStringLiteral("_id"));
    EXPECT_EQ(stata[3], QStringLiteral("v1st_visit"));
    EXPECT_EQ(stata[8], QStringLiteral("v_str12"));
    EXPECT_EQ(spss[2], QStringLiteral("v_id"));          // SPSS names start with a letter
    EXPECT_EQ(spss[9], QStringLiteral("v_WITH"));        // a reserved word
    EXPECT_EQ(spss[10], QStringLiteral("ends_"));        // never ending in '.'
    EXPECT_EQ(spss[7], QStringLiteral("age_2"));         // SPSS ignores case: Age and age clash
    EXPECT_EQ(stata[7], QStringLiteral("age"));          // Stata does not
    const QRegularExpression stataRule(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,31}$"));
    const QRegularExpression spssRule(QStringLiteral("^[A-Za-z][A-Za-z0-9_.]{0,63}$"));
    QSet<QString> seenStata, seenSpss;
    for (int k = 0; k < names.size(); ++k) {
        EXPECT_TRUE(stataRule.match(stata[k]).hasMatch()) << stata[k].toStdString();
        EXPECT_TRUE(spssRule.match(spss[k]).hasMatch()) << spss[k].toStdString();
        EXPECT_FALSE(seenStata.contains(stata[k]));
        EXPECT_FALSE(seenSpss.contains(spss[k].toUpper()));
        seenStata.insert(stata[k]);
        seenSpss.insert(spss[k].toUpper());
    }
    EXPECT_NE(stata[4], stata[5]);
    EXPECT_LE(stata[5].size(), 32);
}

TEST(SheetNames, KoboRules)
{
    EXPECT_EQ(uniqueSheetName(QStringLiteral("a/b:c"), {}), QStringLiteral("a_b_c"));
    EXPECT_EQ(uniqueSheetName(QStringLiteral("This string has more than 31 characters!"), {}),
              QStringLiteral("This string has more than 31..."));
    EXPECT_EQ(uniqueSheetName(QStringLiteral("This string has more than 31 characters!"),
                              {QStringLiteral("This string has more than 31...")}),
              QStringLiteral("This string has more tha... (1)"));
    EXPECT_EQ(uniqueSheetName(QStringLiteral("Main"), {QStringLiteral("main")}), QStringLiteral("Main (1)"));
}

TEST_F(TableExport, CsvReadByPythonHoldsTheStoredAnswers)
{
    const QString python = tool(QStringLiteral("python3"));
    if (python.isEmpty())
        GTEST_SKIP() << "python3 is not installed (installer/install-deps.sh installs it)";
    const QJsonObject files = readCsvWithPython(s_folder, python);
    const QJsonArray main = files.value(QStringLiteral("main.csv")).toArray();
    ASSERT_EQ(main.size(), 121); // header + one row per interview
    const QStringList header = row(main, 0);
    for (const char *meta : {"_id", "_uuid", "_submission_time", "_validation_status", "_index", "KEY"})
        EXPECT_GE(column(header, QString::fromLatin1(meta)), 0) << meta;
    EXPECT_LT(column(header, QStringLiteral("_id")), column(header, QStringLiteral("_uuid")));
    const Questionnaire &q = *s_data->questionnaire;
    InterviewStore store(*s_data->db, s_data->questionnaireId, q);
    int compared = 0, choiceColumns = 0;
    for (int r = 1; r < main.size(); ++r) {
        const QStringList cells = row(main, r);
        const auto interview = store.load(cells[column(header, QStringLiteral("_id"))].toLongLong());
        ASSERT_TRUE(interview);
        EXPECT_EQ(cells[column(header, QStringLiteral("_uuid"))], interview->uuid.toString(QUuid::WithoutBraces));
        EXPECT_EQ(cells[column(header, QStringLiteral("KEY"))],
                  QStringLiteral("uuid:") + interview->uuid.toString(QUuid::WithoutBraces));
        for (const Item &item : q.items) {
            if (item.repeat >= 0 || item.type == QuestionType::Group || item.type == QuestionType::Repeat
                || item.type == QuestionType::Note || item.pii)
                continue;
            const int c = column(header, item.name);
            ASSERT_GE(c, 0) << item.name.toStdString();
            const QString stored = interview->answers.value(item.id);
            if (!cells[c].isEmpty()) {
                EXPECT_EQ(cells[c], stored) << item.name.toStdString();
                ++compared;
            }
            if (item.type == QuestionType::SelectMultiple) {
                // One 0/1 column per choice of the list, blank when unanswered.
                for (const Choice &choice : q.choiceList(item)->choices) {
                    const int k = column(header, item.name + u'/' + choice.name);
                    ASSERT_GE(k, 0);
                    ++choiceColumns;
                    if (cells[c].isEmpty())
                        EXPECT_EQ(cells[k], QString());
                    else
                        EXPECT_EQ(cells[k], stored.split(u' ').contains(choice.name) ? QStringLiteral("1")
                                                                                    : QStringLiteral("0"));
                }
            }
        }
    }
    EXPECT_GT(compared, 120 * 10);
    EXPECT_GT(choiceColumns, 0);
    // Personal data is left out by default.
    EXPECT_EQ(column(header, QStringLiteral("respondent_name")), -1);

    // Repeat rows link to their interview by _parent_index and PARENT_KEY, and KEY extends PARENT_KEY.
    const QJsonArray members = files.value(QStringLiteral("group_member.csv")).toArray();
    ASSERT_GT(members.size(), 1);
    const QStringList mh = row(members, 0);
    QHash<QString, QString> mainKeyByIndex;
    for (int r = 1; r < main.size(); ++r)
        mainKeyByIndex.insert(row(main, r)[column(header, QStringLiteral("_index"))],
                              row(main, r)[column(header, QStringLiteral("KEY"))]);
    for (int r = 1; r < members.size(); ++r) {
        const QStringList cells = row(members, r);
        EXPECT_EQ(cells[column(mh, QStringLiteral("_parent_table_name"))], QStringLiteral("main"));
        const QString parentKey = cells[column(mh, QStringLiteral("PARENT_KEY"))];
        EXPECT_EQ(mainKeyByIndex.value(cells[column(mh, QStringLiteral("_parent_index"))]), parentKey);
        EXPECT_TRUE(cells[column(mh, QStringLiteral("KEY"))].startsWith(parentKey + QStringLiteral("/")))
            << cells[column(mh, QStringLiteral("KEY"))].toStdString();
    }
    // The workflow tables: every interview has a status history.
    const QJsonArray history = files.value(QStringLiteral("_status_history.csv")).toArray();
    EXPECT_GT(history.size(), 1);
}

TEST_F(TableExport, XlsxReadByOpenpyxlEqualsTheCsv)
{
    const QString python = tool(QStringLiteral("python3"));
    if (python.isEmpty() || runTool(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")}).code != 0)
        GTEST_SKIP() << "python3-openpyxl is not installed (installer/install-deps.sh installs it)";
    const QByteArray script = R"py(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = []
for ws in wb.worksheets:
    rows = [['' if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
    out.append([ws.title, rows])
print(json.dumps(out))
)py";
    const ToolRun run = runTool(python, {QStringLiteral("-c"), QString::fromUtf8(script),
                                         QDir(s_folder).filePath(QStringLiteral("main.xlsx"))});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonArray sheets = QJsonDocument::fromJson(run.out.toUtf8()).array();
    const QJsonObject csv = readCsvWithPython(s_folder, python);
    ASSERT_EQ(sheets.size(), qsizetype(s_result->tables.size()));
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const QString table = s_result->tables[size_t(s)].name;
        EXPECT_EQ(sheets[s].toArray()[0].toString(), table.left(31));
        const QJsonArray rows = sheets[s].toArray()[1].toArray();
        const QJsonArray expected = csv.value(s_result->tables[size_t(s)].files.first()).toArray();
        ASSERT_EQ(rows.size(), expected.size()) << table.toStdString();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList got = row(rows, int(r));
            const QStringList want = row(expected, int(r));
            while (got.size() < want.size())
                got << QString(); // openpyxl stops a row at its last value
            ASSERT_EQ(got, want) << table.toStdString() << " row " << r;
        }
    }
}

TEST_F(TableExport, StataReadByHavenHasLabelsCodesAndTwoMissingValues)
{
    const QString rscript = tool(QStringLiteral("Rscript"));
    if (rscript.isEmpty() || runTool(rscript, {QStringLiteral("-e"), QStringLiteral("library(haven)")}).code != 0)
        GTEST_SKIP() << "R with haven (r-cran-haven) is not installed (installer/install-deps.sh installs it)";
    // Per variable: name, label, value labels; then the select_one `sex` and the integer `age` per row with
    // their missing tags.
    const QByteArray script = R"r(
suppressMessages(library(haven))
d <- read_dta(commandArgs(TRUE)[1])
cat("rows", nrow(d), "\n", sep = "\t")
for (n in names(d)) {
  x <- d[[n]]
  l <- attr(x, "labels")
  ls <- if (is.null(l)) "" else paste(paste0(ifelse(is_tagged_na(l), paste0(".", na_tag(l)), format(unclass(l), scientific = FALSE, trim = TRUE)), "=", names(l)), collapse = "|")
  cat("var", n, gsub("\t", " ", attr(x, "label")), ls, "\n", sep = "\t")
}
for (n in c("sex", "age")) {
  x <- d[[n]]
  v <- ifelse(is_tagged_na(x), paste0(".", na_tag(x)), format(unclass(x), scientific = FALSE, trim = TRUE))
  cat("values", n, paste(v, collapse = "|"), "\n", sep = "\t")
}
)r";
    const ToolRun run = runTool(rscript, {QStringLiteral("-e"), QString::fromUtf8(script),
                                          QDir(s_folder).filePath(QStringLiteral("main.dta"))});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    QHash<QString, QStringList> vars, values;
    int rows = -1;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        if (f[0] == u"rows")
            rows = f[1].toInt();
        else if (f[0] == u"var")
            vars.insert(f[1], f.mid(2));
        else if (f[0] == u"values")
            values.insert(f[1], f[2].split(u'|'));
    }
    EXPECT_EQ(rows, 120);
    const ExportedTable &main = s_result->tables.front();
    for (const ExportField &field : main.fields) {
        ASSERT_TRUE(vars.contains(field.stataName)) << field.stataName.toStdString();
        EXPECT_EQ(vars[field.stataName][0], QString::fromUtf8(field.title.toUtf8().left(320)))
            << field.stataName.toStdString();
    }
    // select_one `sex`: codes 1..n in list order with the choice labels, plus the two missing values.
    const Questionnaire &q = *s_data->questionnaire;
    const ChoiceList &sexes = *q.choiceList(q.item(q.itemByName(u"sex")));
    const QString labels = vars[QStringLiteral("sex")][1];
    for (size_t k = 0; k < sexes.choices.size(); ++k) {
        EXPECT_TRUE(labels.contains(QStringLiteral("%1=%2").arg(k + 1).arg(sexes.choices[k].label.text(0))))
            << labels.toStdString();
    }
    EXPECT_TRUE(labels.contains(QStringLiteral(".a=skipped (not relevant)"))) << labels.toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral(".b=not answered"))) << labels.toStdString();
    // Values follow the CSV: the code of the choice, `.a` where the question did not apply.
    const QString python = tool(QStringLiteral("python3"));
    if (python.isEmpty())
        return;
    const QJsonArray csv = readCsvWithPython(s_folder, python).value(QStringLiteral("main.csv")).toArray();
    const QStringList header = row(csv, 0);
    int skipped = 0;
    for (int r = 1; r < csv.size(); ++r) {
        const QString sex = row(csv, r)[column(header, QStringLiteral("sex"))];
        const QString code = values[QStringLiteral("sex")][r - 1];
        if (sex.isEmpty()) {
            EXPECT_TRUE(code == u".a" || code == u".b") << code.toStdString();
            skipped += code == u".a";
        } else {
            EXPECT_EQ(code, QString::number(sexes.indexOf(sex) + 1));
        }
        const QString age = row(csv, r)[column(header, QStringLiteral("age"))];
        if (!age.isEmpty()) {
            EXPECT_EQ(values[QStringLiteral("age")][r - 1], age);
        }
    }
    EXPECT_GT(skipped, 0); // the demo has interviews that end before the profile (no consent)
}

TEST_F(TableExport, ReadstatToolReadsEveryDtaAndSav)
{
    const QString readstat = tool(QStringLiteral("readstat"));
    const QString python = tool(QStringLiteral("python3"));
    if (readstat.isEmpty() || python.isEmpty())
        GTEST_SKIP() << "the readstat command or python3 is not installed (installer/install-deps.sh installs them)";
    const QJsonObject csv = readCsvWithPython(s_folder, python);
    QTemporaryDir out;
    for (const ExportedTable &table : s_result->tables) {
        const QJsonArray expected = csv.value(table.files.first()).toArray();
        for (const QString &file : table.files) {
            if (!file.endsWith(QStringLiteral(".dta")) && !file.endsWith(QStringLiteral(".sav")))
                continue;
            const QString converted = out.filePath(file + QStringLiteral(".csv"));
            const ToolRun run = runTool(readstat, {QDir(s_folder).filePath(file), converted});
            ASSERT_EQ(run.code, 0) << file.toStdString() << ": " << run.err.toStdString() << run.out.toStdString();
            QFile f(converted);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            const qsizetype lines = f.readAll().count('\n');
            EXPECT_EQ(lines, expected.size()) << file.toStdString();
            // The header names are the .dta / .sav names of the fields.
            const ToolRun info = runTool(readstat, {QDir(s_folder).filePath(file)});
            EXPECT_TRUE(info.out.contains(QStringLiteral("Columns: %1").arg(table.fields.size())))
                << info.out.toStdString();
        }
    }
}

TEST_F(TableExport, SpssReadByPsppHasLabelsAndUserMissingValues)
{
    const QString pspp = tool(QStringLiteral("pspp"));
    const QString python = tool(QStringLiteral("python3"));
    if (pspp.isEmpty() || python.isEmpty())
        GTEST_SKIP() << "pspp or python3 is not installed (installer/install-deps.sh installs them)";
    QTemporaryDir out;
    const QString syntax = QStringLiteral(
        "GET FILE='%1'.\n"
        "SAVE TRANSLATE /OUTFILE='%2' /TYPE=CSV /FIELDNAMES /CELLS=LABELS /REPLACE.\n"
        "DISPLAY DICTIONARY.\n")
                               .arg(QDir(s_folder).filePath(QStringLiteral("main.sav")),
                                    out.filePath(QStringLiteral("labels.csv")));
    QFile file(out.filePath(QStringLiteral("read.sps")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(syntax.toUtf8());
    file.close();
    const ToolRun run = runTool(pspp, {QStringLiteral("-O"), QStringLiteral("format=txt"), file.fileName()});
    ASSERT_EQ(run.code, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("error"), Qt::CaseInsensitive)) << run.out.toStdString();
    // Variable labels and the user-missing codes are in the dictionary.
    const ExportedTable &main = s_result->tables.front();
    for (const ExportField &field : main.fields) {
        if (field.question == u"sex") {
            EXPECT_TRUE(run.out.contains(field.title)) << field.title.toStdString();
        }
    }
    EXPECT_TRUE(run.out.contains(QStringLiteral("-999999999"))) << run.out.toStdString();
    // PSPP's labelled values are the choice labels of the values in the CSV.
    const QJsonObject back = readCsvWithPython(out.path(), python);
    const QJsonArray labelled = back.value(QStringLiteral("labels.csv")).toArray();
    const QJsonArray csv = readCsvWithPython(s_folder, python).value(QStringLiteral("main.csv")).toArray();
    ASSERT_EQ(labelled.size(), csv.size());
    const QStringList header = row(csv, 0), spssHeader = row(labelled, 0);
    const Questionnaire &q = *s_data->questionnaire;
    const ChoiceList &sexes = *q.choiceList(q.item(q.itemByName(u"sex")));
    int checked = 0;
    for (int r = 1; r < csv.size(); ++r) {
        const QString sex = row(csv, r)[column(header, QStringLiteral("sex"))];
        const QString label = row(labelled, r)[column(spssHeader, QStringLiteral("sex"))];
        if (sex.isEmpty()) {
            EXPECT_TRUE(label == u"skipped (not relevant)" || label == u"not answered") << label.toStdString();
        } else {
            EXPECT_EQ(label, sexes.choices[size_t(sexes.indexOf(sex))].label.text(0));
            ++checked;
        }
        EXPECT_EQ(row(labelled, r)[column(spssHeader, QStringLiteral("v_uuid"))],
                  row(csv, r)[column(header, QStringLiteral("_uuid"))]);
    }
    EXPECT_GT(checked, 50);
}

TEST_F(TableExport, SameInterviewsGiveTheSameBytes)
{
    const QString again = s_data->dir.filePath(QStringLiteral("again"));
    TableExportResult result;
    QString error;
    ASSERT_TRUE(s_data->exportTo(again,
                                 formats({ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Stata,
                                          ExportFormat::Spss}),
                                 result, &error))
        << error.toStdString();
    const auto first = digests(s_folder), second = digests(again);
    EXPECT_EQ(first.keys(), second.keys());
    for (const QString &name : first.keys())
        EXPECT_EQ(first.value(name), second.value(name)) << name.toStdString();
    EXPECT_FALSE(first.keys().filter(QStringLiteral(".spool")).size()) << "temporary files left behind";
}

TEST_F(TableExport, DescribesEveryTableForTheBatch)
{
    ASSERT_GE(s_result->tables.size(), 5u);
    EXPECT_EQ(s_result->interviews, 120);
    EXPECT_EQ(s_result->tables.front().name, QStringLiteral("main"));
    EXPECT_EQ(s_result->tables.front().rows, 120);
    EXPECT_EQ(s_result->tables.front().primaryKey, QStringLiteral("KEY"));
    bool sawCategories = false;
    for (const ExportedTable &table : s_result->tables) {
        EXPECT_EQ(table.files.size(), 4) << table.name.toStdString(); // csv, xlsx, dta, sav
        for (const ExportField &field : table.fields) {
            EXPECT_FALSE(field.stataName.isEmpty());
            EXPECT_FALSE(field.spssName.isEmpty());
            sawCategories = sawCategories || !field.categories.empty();
        }
        if (table.name != u"main") {
            EXPECT_EQ(table.parentKey, QStringLiteral("PARENT_KEY"));
        }
    }
    EXPECT_TRUE(sawCategories);
    EXPECT_TRUE(s_result->extraFiles.contains(QStringLiteral("codebook.csv")));
    EXPECT_TRUE(s_result->extraFiles.contains(QStringLiteral("labels.do")));
    EXPECT_TRUE(s_result->extraFiles.contains(QStringLiteral("labels.sps")));
}

TEST_F(TableExport, PsppRunsTheLabelSyntaxOnTheCsv)
{
    const QString pspp = tool(QStringLiteral("pspp"));
    if (pspp.isEmpty())
        GTEST_SKIP() << "pspp is not installed (installer/install-deps.sh installs it)";
    const ToolRun run = runTool(pspp, {QStringLiteral("-O"), QStringLiteral("format=txt"), QStringLiteral("labels.sps")},
                                s_folder);
    EXPECT_EQ(run.code, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("error"), Qt::CaseInsensitive)) << run.out.toStdString();
    EXPECT_TRUE(QFile::exists(QDir(s_folder).filePath(QStringLiteral("main_csv.sav"))));
    for (const QString &name : {QStringLiteral("main_csv.sav"), QStringLiteral("group_member_csv.sav"),
                                QStringLiteral("transit_stay_csv.sav"), QStringLiteral("_comments_csv.sav"),
                                QStringLiteral("_status_history_csv.sav"), QStringLiteral("_accepted_warnings_csv.sav")})
        QFile::remove(QDir(s_folder).filePath(name)); // not part of the export
}

TEST(TableExportOptions, OdkCentralProfileUsesDashPathsAndKeys)
{
    ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(10, &error)) << error.toStdString();
    TableExportOptions options = formats({ExportFormat::Csv});
    options.profile = ExportProfile::OdkCentral;
    options.includePii = true;
    TableExportResult result;
    const QString folder = data.dir.filePath(QStringLiteral("central"));
    ASSERT_TRUE(data.exportTo(folder, options, result, &error)) << error.toStdString();
    const QString form = data.questionnaire->formId;
    QFile main(QDir(folder).filePath(form + QStringLiteral(".csv")));
    ASSERT_TRUE(main.open(QIODevice::ReadOnly)) << main.fileName().toStdString();
    const QString header = QString::fromUtf8(main.readLine());
    EXPECT_TRUE(header.startsWith(QStringLiteral("SubmissionDate,"))) << header.toStdString();
    EXPECT_TRUE(header.contains(QStringLiteral(",grp_profile-sex,")));
    EXPECT_TRUE(header.contains(QStringLiteral("grp_profile-respondent_name"))); // includePii
    EXPECT_TRUE(header.contains(QStringLiteral(",meta-instanceID,KEY,")));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(form + QStringLiteral("-group_member.csv"))));
}

TEST(TableExportOptions, LabelsAndGroupPathsAsHeaders)
{
    ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(5, &error)) << error.toStdString();
    TableExportOptions options = formats({ExportFormat::Csv});
    options.presentation.labelLanguage = QStringLiteral("fr");
    options.presentation.groupPaths = true;
    options.presentation.csvSeparator = u';';
    options.presentation.csvBom = true;
    TableExportResult result;
    const QString folder = data.dir.filePath(QStringLiteral("fr"));
    ASSERT_TRUE(data.exportTo(folder, options, result, &error)) << error.toStdString();
    QFile main(QDir(folder).filePath(QStringLiteral("main.csv")));
    ASSERT_TRUE(main.open(QIODevice::ReadOnly));
    const QByteArray header = main.readLine();
    EXPECT_TRUE(header.startsWith("\xEF\xBB\xBF"));
    const Questionnaire &q = *data.questionnaire;
    const int sex = q.itemByName(u"sex");
    const int fr = q.languageIndex(u"fr");
    const QString expected = q.item(q.item(sex).parent).label.text(fr) + u'/' + q.item(sex).label.text(fr);
    EXPECT_TRUE(QString::fromUtf8(header).split(u';').contains(expected)) << header.toStdString();

    options.presentation.labelLanguage = QStringLiteral("tlh");
    EXPECT_FALSE(data.exportTo(data.dir.filePath(QStringLiteral("tlh")), options, result, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("tlh")));
}

// Two questions of the bundled form share a French label; as headers they would be two equal columns, which
// pandas renames and R's read.csv mangles. Each gets its name after it instead; names and paths never repeat.
TEST(TableExportOptions, ARepeatedLabelHeaderIsToldApartByTheColumnsName)
{
    ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(1, &error)) << error.toStdString();
    TableExportOptions options = formats({ExportFormat::Csv});
    options.presentation.labelLanguage = QStringLiteral("fr");
    int toldApart = 0;
    const ExportLayout labels(*data.questionnaire, options);
    for (const ExportTableLayout &table : labels.tables()) {
        std::set<QString> headers;
        for (const ExportColumn &column : table.columns) {
            EXPECT_TRUE(headers.insert(column.header).second)
                << table.name.toStdString() << ": " << column.header.toStdString();
            if (column.header.endsWith(QStringLiteral(" [%1]").arg(column.name)))
                ++toldApart;
        }
    }
    EXPECT_GE(toldApart, 2);
    options.presentation.labelLanguage.clear();
    const ExportLayout names(*data.questionnaire, options);
    for (const ExportTableLayout &table : names.tables()) {
        for (const ExportColumn &column : table.columns)
            EXPECT_FALSE(column.header.contains(u'[')) << column.header.toStdString();
    }
}

TEST(TableExportLimits, RefusesAnSpssTextLongerThanSpssHolds)
{
    ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(3, &error)) << error.toStdString();
    InterviewStore store(*data.db, data.questionnaireId, *data.questionnaire);
    auto interview = store.load(data.ids.front());
    ASSERT_TRUE(interview);
    interview->answers.setValue(data.questionnaire->itemByName(u"enumerator_id"), QString(40000, u'x'));
    ASSERT_TRUE(store.save(*interview, &error)) << error.toStdString();
    TableExportResult result;
    const QString folder = data.dir.filePath(QStringLiteral("long"));
    EXPECT_FALSE(data.exportTo(folder, formats({ExportFormat::Spss}), result, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("enumerator_id")) && error.contains(QStringLiteral("SPSS")))
        << error.toStdString();
    EXPECT_FALSE(QFile::exists(QDir(folder).filePath(QStringLiteral("main.sav"))));
    // Stata keeps it as a strL.
    const QString stata = data.dir.filePath(QStringLiteral("long-stata"));
    EXPECT_TRUE(data.exportTo(stata, formats({ExportFormat::Stata}), result, &error)) << error.toStdString();
    const QString rscript = tool(QStringLiteral("Rscript"));
    if (rscript.isEmpty())
        return;
    const ToolRun run = runTool(rscript, {QStringLiteral("-e"),
                                          QStringLiteral("suppressMessages(library(haven)); d <- read_dta('%1'); "
                                                         "cat(max(nchar(d$enumerator_id)))")
                                              .arg(QDir(stata).filePath(QStringLiteral("main.dta")))});
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("40000")) << run.err.toStdString();
}

TEST(TableExportLimits, CancelStopsTheExport)
{
    ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(600, &error)) << error.toStdString();
    TableExportResult result;
    const QString folder = data.dir.filePath(QStringLiteral("cancel"));
    QDir().mkpath(folder);
    qint64 calls = 0;
    EXPECT_FALSE(exportTables(*data.db, *data.questionnaire, data.questionnaireId, data.ids,
                              formats({ExportFormat::Csv, ExportFormat::Stata}), folder, result,
                              [&](qint64, qint64) { return ++calls < 2; }, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cancelled")));
    EXPECT_EQ(calls, 2);
}

TEST(TableExportShared, FormsWithRepeatsExportAndReadBack)
{
    const QString forms = sharedForms();
    if (forms.isEmpty())
        GTEST_SKIP() << "no ../shared/xlsforms (FLOWDESK_SHARED_DIR)";
    const QString python = tool(QStringLiteral("python3"));
    const QString readstat = tool(QStringLiteral("readstat"));
    if (python.isEmpty() || readstat.isEmpty())
        GTEST_SKIP() << "python3 or the readstat command is not installed (installer/install-deps.sh installs them)";
    int withRepeats = 0;
    for (const QString &name : QDir(forms).entryList({QStringLiteral("*.xlsx")})) {
        SCOPED_TRACE(name.toStdString());
        ExportDatabase data;
        QString error;
        if (!data.makeFromForm(QDir(forms).filePath(name), 25, &error)) {
            ADD_FAILURE() << error.toStdString();
            continue;
        }
        TableExportResult result;
        const QString folder = data.dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(data.exportTo(folder,
                                  formats({ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Stata,
                                           ExportFormat::Spss}),
                                  result, &error))
            << error.toStdString();
        const QJsonObject csv = readCsvWithPython(folder, python);
        QHash<QString, QSet<QString>> keys; // table -> its KEYs
        for (const ExportedTable &table : result.tables) {
            const QJsonArray rows = csv.value(table.files.first()).toArray();
            EXPECT_EQ(rows.size(), table.rows + 1) << table.name.toStdString();
            const QStringList header = row(rows, 0);
            const int key = column(header, QStringLiteral("KEY"));
            const int parentKey = column(header, QStringLiteral("PARENT_KEY"));
            for (int r = 1; r < rows.size(); ++r) {
                if (key >= 0)
                    keys[table.name].insert(row(rows, r)[key]);
                if (parentKey >= 0 && !table.name.startsWith(u'_')) {
                    EXPECT_TRUE(keys[table.parentTable].contains(row(rows, r)[parentKey])) << table.name.toStdString();
                }
            }
            if (!table.parentTable.isEmpty() && !table.name.startsWith(u'_') && table.rows > 0)
                ++withRepeats;
            for (const QString &file : table.files) {
                if (!file.endsWith(QStringLiteral(".dta")) && !file.endsWith(QStringLiteral(".sav")))
                    continue;
                const ToolRun info = runTool(readstat, {QDir(folder).filePath(file)});
                EXPECT_EQ(info.code, 0) << file.toStdString() << info.err.toStdString();
                EXPECT_TRUE(info.out.contains(QStringLiteral("Rows: %1").arg(table.rows))) << info.out.toStdString();
            }
        }
    }
    EXPECT_GT(withRepeats, 0);
}
