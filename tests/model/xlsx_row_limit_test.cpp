// An XLSX export that an Excel sheet cannot hold is refused before anything is written, and the counts behind
// that decision are the rows the export really writes.

#include "export/exportlayout.h"
#include "export/xlsxrowlimit.h"
#include "table_export_fixture.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

TableExportOptions formats(std::initializer_list<ExportFormat> list)
{
    TableExportOptions options;
    options.formats = list;
    return options;
}

void expectCountsMatchTheExport(ExportDatabase &data, const std::vector<qint64> &ids, const QString &folder)
{
    data.ids = ids;
    const TableExportOptions options = formats({ExportFormat::Csv});
    TableExportResult result;
    QString error;
    ASSERT_TRUE(data.exportTo(folder, options, result, &error)) << error.toStdString();
    const ExportLayout layout(*data.questionnaire, options);
    const auto counts = countTableRows(*data.db, data.questionnaireId, layout, ids, &error);
    ASSERT_TRUE(counts) << error.toStdString();
    ASSERT_EQ(counts->size(), result.tables.size());
    qint64 repeatRows = 0;
    for (size_t t = 0; t < counts->size(); ++t) {
        EXPECT_EQ((*counts)[t], result.tables[t].rows) << result.tables[t].name.toStdString();
        if (t > 0 && layout.tables()[t].repeat >= 0)
            repeatRows += (*counts)[t];
    }
    EXPECT_GT(repeatRows, 0) << "the bundled questionnaire's repeats should have rows";
}

} // namespace

TEST(XlsxRowLimit, CountsAreTheRowsTheExportWrites)
{
    ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(150, &error)) << error.toStdString();
    const std::vector<qint64> all = data.ids;
    // One run of ids (counted by the indexes) and every other one (counted by a pass over the ids).
    expectCountsMatchTheExport(data, all, data.dir.filePath(QStringLiteral("all")));
    std::vector<qint64> alternate;
    for (size_t k = 0; k < all.size(); k += 2)
        alternate.push_back(all[k]);
    expectCountsMatchTheExport(data, alternate, data.dir.filePath(QStringLiteral("alternate")));
}

TEST(XlsxRowLimit, TheMessageNamesTheTableAndHowManyInterviewsFit)
{
    QString error;
    EXPECT_TRUE(fitsXlsxSheet(QStringLiteral("group_member"), 1048575, 500000, &error));
    EXPECT_FALSE(fitsXlsxSheet(QStringLiteral("group_member"), 2000000, 1000000, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'group_member'"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("2,000,000 rows"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("1,048,575"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("about 524,000 interviews"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("CSV"))) << error.toStdString();
}

TEST(XlsxRowLimit, AnExportPastTheLimitIsRefusedBeforeAnyFileIsWritten)
{
    ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(3, &error)) << error.toStdString();
    // One more comment than an Excel sheet holds, on the first interview.
    QSqlQuery q(QSqlDatabase::database(data.db->connectionName()));
    ASSERT_TRUE(q.prepare(QStringLiteral(
        "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 1048576) "
        "INSERT INTO comments (interview_id, author_id, at, text) "
        "SELECT ?, (SELECT MIN(id) FROM accounts), 0, 'note ' || k FROM n")));
    q.addBindValue(data.ids.front());
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();

    const QString folder = data.dir.filePath(QStringLiteral("big"));
    TableExportResult result;
    EXPECT_FALSE(data.exportTo(folder, formats({ExportFormat::Csv, ExportFormat::Xlsx}), result, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("'_comments'")) && error.contains(QStringLiteral("at most 1,048,575")))
        << error.toStdString();
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files).isEmpty()) << "nothing is written before the refusal";
    // Without XLSX the same interviews export (CSV has no row limit).
    EXPECT_TRUE(data.exportTo(data.dir.filePath(QStringLiteral("csv")), formats({ExportFormat::Csv}), result, &error))
        << error.toStdString();
    const auto comments = std::find_if(result.tables.begin(), result.tables.end(),
                                       [](const ExportedTable &t) { return t.name == QStringLiteral("_comments"); });
    ASSERT_NE(comments, result.tables.end());
    EXPECT_GE(comments->rows, 1048576);
}
