#pragma once

// Shared by the batch tests: the workflow fixture's office (bundled questionnaire, one account per role) with
// approved interviews, a workspace on it, a destination folder, and a second office ("B") made from the same
// template with a key of its own.

#include "batch/batchexporter.h"
#include "batch/batchimporter.h"
#include "batch/datapackage.h"
#include "batch/officekey.h"
#include "workflowfixture.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace flowdesk::testing {

class BatchFixture : public WorkflowFixture
{
protected:
    // `n` approved interviews in the fixture's database (the workflow's door), returned by id.
    std::vector<qint64> approve(int n)
    {
        std::vector<qint64> ids;
        for (int i = 0; i < n; ++i)
            ids.push_back(approved().interview.id);
        return ids;
    }

    // The fixture's database, reopened as a workspace (the exporter works on one), after the fixture closes its own.
    Workspace &workspace()
    {
        if (!m_workspace) {
            m_workflow.reset();
            m_db.reset();
            QString error;
            m_workspace = Workspace::open(m_path, OpenMode::ReadWrite, &error);
            EXPECT_TRUE(m_workspace) << error.toStdString();
        }
        return *m_workspace;
    }
    void closeWorkspace() { m_workspace.reset(); }
    // Back to the workflow fixture's own database and workflow (after workspace()), to make more interviews.
    void backToWorkflow()
    {
        m_workspace.reset();
        QString error;
        m_db = Database::open(m_path, &error);
        ASSERT_TRUE(m_db) << error.toStdString();
        m_workflow = makeWorkflow(*m_db);
    }

    std::optional<BatchExportResult> exportBatch(const Session &session, BatchExportRequest request,
                                                 QString *error = nullptr,
                                                 const BatchExporter::Progress &progress = {})
    {
        if (request.outDir.isEmpty())
            request.outDir = m_out.path();
        BatchExporter exporter(workspace());
        QString why;
        auto result = exporter.run(session, request, progress, &why);
        if (error)
            *error = why;
        return result;
    }

    // Office B: the template (same accounts and questionnaire, no interviews) with its own key.
    QString makeOfficeB(bool trustA)
    {
        const QString path = m_dir.filePath(QStringLiteral("office-b.flowdesk"));
        EXPECT_TRUE(QFile::copy(shared().templatePath, path));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rekey"));
            raw.setDatabaseName(path);
            EXPECT_TRUE(raw.open());
            QSqlQuery q(raw);
            EXPECT_TRUE(q.exec(QStringLiteral("UPDATE office_key SET seed = randomblob(32), office = 'B'")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rekey"));
        if (trustA) {
            QString error;
            auto a = Database::open(shared().templatePath, OpenMode::ReadOnly, &error);
            auto b = Database::open(path, &error);
            const auto keyA = OfficeKey::load(*a, &error);
            EXPECT_TRUE(keyA) << error.toStdString();
            EXPECT_TRUE(KeyRing(*b).trust(admin(), keyA->publicKey(), QStringLiteral("A"), &error))
                << error.toStdString();
        }
        return path;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    static QJsonObject manifest(const QString &folder)
    {
        return QJsonDocument::fromJson(readFile(QDir(folder).filePath(QStringLiteral("datapackage.json")))).object();
    }

    // Every row of `table` in the database at `path`, sorted.
    static QStringList rows(const QString &path, const QString &statement)
    {
        QStringList out;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
            raw.setDatabaseName(path);
            EXPECT_TRUE(raw.open());
            QSqlQuery q(raw);
            EXPECT_TRUE(q.exec(statement)) << statement.toStdString();
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < q.record().count(); ++c)
                    cells << q.value(c).toString();
                out << cells.join(u'|');
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rows"));
        out.sort();
        return out;
    }

    void TearDown() override { m_workspace.reset(); }

    QTemporaryDir m_out;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace flowdesk::testing
