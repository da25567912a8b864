#pragma once

// Shared by the entry tests (model and UI) and the entry benchmarks: a database file holding the bundled
// questionnaire, opened for entry.
#include "demo/demodatabase.h"
#include "entry/entrydatabase.h"
#include "entry/fieldref.h"
#include "questionnaire/questionnaire.h"
#include "questionnaire/questionnaireloader.h"

#include <QTemporaryDir>

#include <memory>

namespace flowdesk::testing {

struct EntryFixture
{
    QTemporaryDir dir;
    QString path;
    LoadedForm form;
    qint64 questionnaireId = 0;
    std::unique_ptr<EntryDatabase> db;

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
        db = EntryDatabase::open(path, questionnaireId, *form.questionnaire, error);
        return db != nullptr;
    }
    const Questionnaire &q() const { return *form.questionnaire; }
    FieldRef ref(const char *name, std::vector<int> instance = {}) const
    {
        return FieldRef{q().itemByName(QString::fromLatin1(name)), std::move(instance)};
    }
};

} // namespace flowdesk::testing
