#pragma once

// Shared by the table export tests: a database of generated interviews (the bundled questionnaire, or a form
// of ../shared/xlsforms), an export of it into a folder, and the outside tools that read the files back.

#include "demo/demodatabase.h"
#include "demo/demogenerator.h"
#include "export/tableexport.h"
#include "questionnaire/questionnaireloader.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace flowdesk::testing {

struct ExportDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::shared_ptr<const Questionnaire> questionnaire;
    qint64 questionnaireId = 0;
    std::vector<qint64> ids;

    // The bundled questionnaire with `count` demo interviews (accounts, history, comments included).
    bool makeBundled(int count, QString *error)
    {
        const QString path = dir.filePath(QStringLiteral("demo.flowdesk"));
        const auto report = DemoDatabase::fill(path, count, 11, error);
        if (!report)
            return false;
        questionnaireId = report->questionnaireId;
        questionnaire = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath()).questionnaire;
        db = Database::open(path, OpenMode::ReadWrite, error);
        return db && questionnaire && collectIds(count, error);
    }

    // A form of ../shared/xlsforms with `count` generated interviews.
    bool makeFromForm(const QString &formPath, int count, QString *error)
    {
        const LoadedForm form = QuestionnaireLoader::load(formPath);
        if (!form.ok()) {
            *error = QStringLiteral("cannot load ") + formPath;
            return false;
        }
        questionnaire = form.questionnaire;
        db = Database::open(dir.filePath(QStringLiteral("form.flowdesk")), error);
        if (!db)
            return false;
        const auto id = QuestionnaireStore(*db).add(form.workbook, *questionnaire, error);
        if (!id)
            return false;
        questionnaireId = *id;
        DemoGenerator generator(*questionnaire, 5);
        generator.setQuestionnaireId(questionnaireId);
        std::vector<Interview> interviews;
        for (int i = 0; i < count; ++i)
            interviews.push_back(generator.next());
        InterviewStore store(*db, questionnaireId, *questionnaire);
        return store.insertMany(interviews, error) && collectIds(count, error);
    }

    bool collectIds(int count, QString *error)
    {
        InterviewStore store(*db, questionnaireId, *questionnaire);
        for (const InterviewSummary &s : store.summaries(0, count, error))
            ids.push_back(s.id);
        return int(ids.size()) == count;
    }

    bool exportTo(const QString &folder, const TableExportOptions &options, TableExportResult &result,
                  QString *error)
    {
        QDir().mkpath(folder);
        return exportTables(*db, *questionnaire, questionnaireId, ids, options, folder, result, {}, error);
    }
};

struct ToolRun
{
    int code = -1;
    QString out;
    QString err;
};

// The path of an outside tool, or empty (the test then skips, saying which tool is missing).
inline QString tool(const QString &name)
{
    // Debian's python3 carries the Debian packages (openpyxl); a pyenv shim ahead in PATH would not.
    if (name == u"python3" && QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(name);
}

inline ToolRun runTool(const QString &program, const QStringList &args, const QString &workingDir = {},
                       const QByteArray &input = {})
{
    QProcess process;
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Every CSV file of `folder` read by Python's csv module: {file name: [[cell, ...], ...]} (header row first).
inline QJsonObject readCsvWithPython(const QString &folder, const QString &python)
{
    const QByteArray script = R"py(
import csv, json, os, sys
folder = sys.argv[1]
out = {}
for name in sorted(os.listdir(folder)):
    if name.endswith('.csv'):
        with open(os.path.join(folder, name), newline='', encoding='utf-8-sig') as f:
            out[name] = list(csv.reader(f))
print(json.dumps(out))
)py";
    const ToolRun run = runTool(python, {QStringLiteral("-c"), QString::fromUtf8(script), folder});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

inline QStringList row(const QJsonArray &rows, int r)
{
    QStringList cells;
    for (const QJsonValue &v : rows.at(r).toArray())
        cells << v.toString();
    return cells;
}

} // namespace flowdesk::testing
