// Nothing accepted is lost: a child process keys an interview through an EntrySession and is killed (SIGKILL) at
// several points; the reopened draft holds every answer it reported accepted, and the file is intact.
//
// The child is this test program itself, run with a filter that selects EntryKillChild and the database in the
// environment, so no extra executable is needed.
#include "entry_fixture.h"

#include "entry/entrysession.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

struct ScriptedAnswer
{
    const char *name;
    std::vector<int> instance;
    QString value;
};

std::vector<ScriptedAnswer> script()
{
    return {
        {"enumerator_id", {}, "E7"},       {"survey_date", {}, QDate::currentDate().toString(Qt::ISODate)},
        {"survey_country", {}, "NER"},     {"fmp", {}, "NER_arlit"},
        {"flow_direction", {}, "outgoing"}, {"interviewed_before", {}, "no"},
        {"consent", {}, "yes"},            {"sex", {}, "female"},
        {"age", {}, "30"},                 {"nationality", {}, "NER"},
        {"country_of_birth", {}, "NER"},   {"origin_country", {}, "NER"},
        {"origin_admin1", {}, "NER_agadez"}, {"travelling_with", {}, "family"},
        {"group_size", {}, "3"},           {"member_sex", {1}, "male"},
        {"member_age", {1}, "5"},          {"member_sex", {2}, "female"},
        {"member_age", {2}, "7"},          {"reasons", {}, "economic conflict"},
    };
}

constexpr auto kChildDatabase = "FLOWDESK_ENTRY_KILL_DB";
constexpr auto kChildQuestionnaire = "FLOWDESK_ENTRY_KILL_QUESTIONNAIRE";

// Starts this program as the keying child; returns its pid and the read end of its stdout.
pid_t startChild(const QString &database, qint64 questionnaireId, int *output)
{
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0)
        return -1;
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeEnds[1], STDOUT_FILENO);
        close(pipeEnds[0]);
        setenv(kChildDatabase, database.toLocal8Bit().constData(), 1);
        setenv(kChildQuestionnaire, std::to_string(questionnaireId).c_str(), 1);
        execl(self.c_str(), self.c_str(), "--gtest_filter=EntryKillChild.*", static_cast<char *>(nullptr));
        _exit(127);
    }
    close(pipeEnds[1]);
    *output = pipeEnds[0];
    return pid;
}

// Reads the child's lines until it reported `accepted` answers; returns the interview id it reported.
qint64 waitForAccepted(int output, int accepted)
{
    std::string buffer;
    char chunk[256];
    int seen = 0;
    qint64 id = 0;
    while (seen < accepted) {
        const ssize_t n = read(output, chunk, sizeof chunk);
        if (n <= 0)
            break;
        buffer.append(chunk, size_t(n));
        size_t end;
        while ((end = buffer.find('\n')) != std::string::npos) {
            const std::string line = buffer.substr(0, end);
            buffer.erase(0, end + 1);
            long long reported = 0;
            if (std::sscanf(line.c_str(), "accepted %lld", &reported) == 1) {
                ++seen;
                id = reported;
            }
        }
    }
    return seen == accepted ? id : -1;
}

} // namespace

// The child's part: keys the script, reporting each answer once the session has saved it, then waits to be killed.
TEST(EntryKillChild, KeysUntilKilled)
{
    const QString path = qEnvironmentVariable(kChildDatabase);
    if (path.isEmpty())
        GTEST_SKIP() << "run by EntryDurability as its child process";
    EntryFixture f;
    f.path = path;
    f.questionnaireId = qEnvironmentVariable(kChildQuestionnaire).toLongLong();
    QString error;
    ASSERT_TRUE(f.open(&error)) << error.toStdString();
    EntrySession session(f.q(), EntrySession::newInterview(f.q(), f.questionnaireId, "enum1"), f.db->storage());
    for (const ScriptedAnswer &answer : script()) {
        ASSERT_TRUE(session.setAnswer(f.ref(answer.name, answer.instance), answer.value).ok);
        std::printf("accepted %lld\n", static_cast<long long>(session.interview().id));
        std::fflush(stdout);
    }
    std::this_thread::sleep_for(std::chrono::minutes(1));
}

TEST(EntryDurability, EveryAnswerAcceptedBeforeAKillIsInTheReopenedDraft)
{
    const std::vector<ScriptedAnswer> answers = script();
    for (int killAfter : {1, 4, 9, 16, int(answers.size())}) {
        EntryFixture f;
        QString error;
        ASSERT_TRUE(f.setUp(&error)) << error.toStdString();
        f.db.reset(); // the child writes; this process only reads afterwards
        int output = -1;
        const pid_t child = startChild(f.path, f.questionnaireId, &output);
        ASSERT_GT(child, 0);
        const qint64 id = waitForAccepted(output, killAfter);
        // Killed while it goes on keying the next answer (or, at the end, while it waits).
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        close(output);
        ASSERT_GT(id, 0) << "the child reported " << killAfter << " answers";
        EXPECT_TRUE(WIFSIGNALED(status));

        ASSERT_TRUE(f.open(&error)) << error.toStdString();
        const auto draft = f.db->load(id);
        ASSERT_TRUE(draft) << "after " << killAfter;
        EXPECT_EQ(draft->status, InterviewStatus::Draft);
        EntrySession reopened(f.q(), *draft, f.db->storage());
        for (int k = 0; k < killAfter; ++k) {
            const ScriptedAnswer &answer = answers[size_t(k)];
            const int field = reopened.fieldIndex(f.ref(answer.name, answer.instance));
            ASSERT_GE(field, 0) << answer.name << " after " << killAfter;
            EXPECT_EQ(reopened.fields()[size_t(field)].value, answer.value)
                << answer.name << " after a kill at " << killAfter;
        }
        f.db.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill-check"));
            db.setDatabaseName(f.path);
            ASSERT_TRUE(db.open());
            QSqlQuery check(db);
            ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")));
            ASSERT_TRUE(check.next());
            EXPECT_EQ(check.value(0).toString().toStdString(), "ok");
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kill-check"));
    }
}
