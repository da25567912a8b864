#pragma once

// Shared by the workflow tests: a database file with the bundled questionnaire and one account per role (made
// once per suite, copied per test), the logged-in sessions, a valid and an invalid generated interview, and a
// dump of every table to show that a refusal changed nothing.

#include "accounts/accounts.h"
#include "demo/demogenerator.h"
#include "questionnaire/questionnaireloader.h"
#include "store/database.h"
#include "store/questionnairestore.h"
#include "workflow/interviewworkflow.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace flowdesk::testing {

class WorkflowFixture : public ::testing::Test
{
protected:
    struct Shared
    {
        QTemporaryDir dir;
        QString templatePath;
        LoadedForm form;
        qint64 questionnaireId = 0;
        std::optional<Session> admin, enumerator, otherEnumerator, reviewer, supervisor;
        Interview valid, invalid;
    };
    static Shared &shared()
    {
        static Shared *s = nullptr;
        if (!s) {
            s = new Shared;
            build(*s);
        }
        return *s;
    }

    static void build(Shared &s)
    {
        s.templatePath = s.dir.filePath(QStringLiteral("template.flowdesk"));
        s.form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
        ASSERT_TRUE(s.form.ok());
        QString error;
        auto db = Database::open(s.templatePath, &error);
        ASSERT_TRUE(db) << error.toStdString();
        s.questionnaireId = QuestionnaireStore(*db).add(s.form.workbook, *s.form.questionnaire, &error).value_or(0);
        ASSERT_NE(s.questionnaireId, 0) << error.toStdString();
        Accounts accounts(*db);
        s.admin = accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("admin-pass"), &error);
        ASSERT_TRUE(s.admin) << error.toStdString();
        const std::pair<const char *, Role> others[] = {{"enum1", Role::Enumerator}, {"enum2", Role::Enumerator},
                                                        {"reviewer", Role::Reviewer}, {"supervisor", Role::Supervisor}};
        for (const auto &[name, role] : others)
            ASSERT_TRUE(accounts.add(*s.admin, QString::fromLatin1(name), QString(), role, QStringLiteral("pass"), &error))
                << error.toStdString();
        s.enumerator = accounts.login(QStringLiteral("enum1"), QStringLiteral("pass"), &error);
        s.otherEnumerator = accounts.login(QStringLiteral("enum2"), QStringLiteral("pass"), &error);
        s.reviewer = accounts.login(QStringLiteral("reviewer"), QStringLiteral("pass"), &error);
        s.supervisor = accounts.login(QStringLiteral("supervisor"), QStringLiteral("pass"), &error);
        ASSERT_TRUE(s.enumerator && s.otherEnumerator && s.reviewer && s.supervisor) << error.toStdString();

        // A generated interview the validator passes, and one it does not.
        CaseSummaryBuilder builder(*s.form.questionnaire, CaseListSpec::read(s.form.workbook, *s.form.questionnaire));
        DemoGenerator generator(*s.form.questionnaire, 7);
        bool haveValid = false, haveInvalid = false;
        for (int i = 0; i < 2000 && !(haveValid && haveInvalid); ++i) {
            Interview interview = generator.next();
            const int errors = builder.facts(interview).errors;
            if (errors == 0 && !haveValid) {
                s.valid = interview;
                haveValid = true;
            } else if (errors > 0 && !haveInvalid) {
                s.invalid = interview;
                haveInvalid = true;
            }
        }
        ASSERT_TRUE(haveValid && haveInvalid);
        for (Interview *i : {&s.valid, &s.invalid}) {
            i->id = 0;
            i->uuid = QUuid();
            i->questionnaireId = 0;
        }
    }

    void SetUp() override
    {
        Shared &s = shared();
        ASSERT_FALSE(s.templatePath.isEmpty());
        m_path = m_dir.filePath(QStringLiteral("test.flowdesk"));
        ASSERT_TRUE(QFile::copy(s.templatePath, m_path));
        QString error;
        m_db = Database::open(m_path, &error);
        ASSERT_TRUE(m_db) << error.toStdString();
        m_workflow = makeWorkflow(*m_db);
    }

    std::unique_ptr<InterviewWorkflow> makeWorkflow(Database &db)
    {
        Shared &s = shared();
        return std::make_unique<InterviewWorkflow>(db, s.questionnaireId, *s.form.questionnaire,
                                                   CaseListSpec::read(s.form.workbook, *s.form.questionnaire));
    }

    const Session &admin() { return *shared().admin; }
    const Session &enumerator() { return *shared().enumerator; }
    const Session &otherEnumerator() { return *shared().otherEnumerator; }
    const Session &reviewer() { return *shared().reviewer; }
    const Session &supervisor() { return *shared().supervisor; }

    InterviewCopy draft(bool valid = true)
    {
        QString error;
        auto copy = m_workflow->create(enumerator(), valid ? shared().valid : shared().invalid, &error);
        EXPECT_TRUE(copy) << error.toStdString();
        return copy.value_or(InterviewCopy{});
    }
    InterviewCopy completed()
    {
        InterviewCopy copy = draft();
        QString error;
        EXPECT_TRUE(m_workflow->complete(enumerator(), copy.interview.id, copy.version, &error)) << error.toStdString();
        return copy;
    }
    InterviewCopy approved()
    {
        InterviewCopy copy = completed();
        QString error;
        EXPECT_TRUE(m_workflow->approve(reviewer(), copy.interview.id, copy.version, QString(), &error))
            << error.toStdString();
        return copy;
    }

    // Every row of every table, sorted: equal before and after means nothing changed.
    QStringList dump()
    {
        QStringList rows;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
            raw.setDatabaseName(m_path);
            EXPECT_TRUE(raw.open());
            QSqlQuery tables(raw);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &name : names) {
                QSqlQuery q(raw);
                q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
                while (q.next()) {
                    QStringList cells{name};
                    for (int c = 0; c < q.record().count(); ++c)
                        cells << q.value(c).toString();
                    rows << cells.join(u'|');
                }
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump"));
        rows.sort();
        return rows;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InterviewWorkflow> m_workflow;
};

} // namespace flowdesk::testing
