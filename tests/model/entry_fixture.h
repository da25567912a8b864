#pragma once

// Shared by the entry tests (model and UI) and the entry benchmarks: a database file holding the bundled
// questionnaire, opened for entry.
#include "accounts/accounts.h"
#include "demo/demodatabase.h"
#include "demo/demogenerator.h"
#include "demo/demoreview.h"
#include "entry/entrydatabase.h"
#include "entry/workflowentrystorage.h"
#include "store/database.h"
#include "entry/fieldref.h"
#include "questionnaire/questionnaire.h"
#include "questionnaire/questionnaireloader.h"

#include <QTemporaryDir>

#include <map>
#include <memory>
#include <optional>

namespace flowdesk::testing {

struct EntryFixture
{
    QTemporaryDir dir;
    QString path;
    LoadedForm form;
    qint64 questionnaireId = 0;
    std::unique_ptr<EntryDatabase> db;
    std::optional<Session> session; // the enumerator keying (a demo account)

    // Makes the database (in `folder` when given, else a temporary one) and opens it for entry.
    bool setUp(QString *error, const QString &folder = {})
    {
        path = (folder.isEmpty() ? dir.path() : folder) + QStringLiteral("/entry.flowdesk");
        const auto report = DemoDatabase::fill(path, 0, 1, error);
        if (!report)
            return false;
        questionnaireId = report->questionnaireId;
        return open(error);
    }
    // Opens an existing database made by setUp().
    bool open(QString *error)
    {
        if (!form.ok())
            form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
        if (!session && !(session = logIn(path, enumeratorLogin(), error)))
            return false;
        db = EntryDatabase::open(path, questionnaireId, *form.questionnaire,
                                 CaseListSpec::read(form.workbook, *form.questionnaire), *session, error);
        return db != nullptr;
    }
    static QString enumeratorLogin(int n = 0)
    {
        return DemoReview::loginFor(DemoGenerator::enumeratorNames().at(n));
    }
    // Logs in to the database at `path` (remembered per path and login: a password hash takes a while).
    static std::optional<Session> logIn(const QString &path, const QString &login, QString *error)
    {
        static std::map<std::pair<QString, QString>, Session> known;
        const auto it = known.find({path, login});
        if (it != known.end())
            return it->second;
        auto database = Database::open(path, error);
        if (!database)
            return std::nullopt;
        auto session = Accounts(*database).login(login, QString::fromLatin1(DemoReview::kPassword), error);
        if (session)
            known.emplace(std::make_pair(path, login), *session);
        return session;
    }
    const Questionnaire &q() const { return *form.questionnaire; }
    FieldRef ref(const char *name, std::vector<int> instance = {}) const
    {
        return FieldRef{q().itemByName(QString::fromLatin1(name)), std::move(instance)};
    }
};

} // namespace flowdesk::testing
