// `flowdesk-cli user` acts as an administrator with the same permissions as the model.
#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

struct CliRun
{
    int code = -1;
    QString output;
};

CliRun cli(const QStringList &args, const QString &password, const QString &newPassword = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLOWDESK_PASSWORD"), password);
    env.insert(QStringLiteral("FLOWDESK_NEW_PASSWORD"), newPassword);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FLOWDESK_CLI), args);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

TEST(CliUser, AdministratorsManageAccountsAndOthersAreRefused)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.flowdesk"));
    const QStringList base{QStringLiteral("--db"), db};
    // The first account of a new database is its administrator.
    CliRun r = cli(QStringList{QStringLiteral("user"), QStringLiteral("add")} + base +
                    QStringList{QStringLiteral("--name"), QStringLiteral("boss"), QStringLiteral("--role"),
                                QStringLiteral("administrator")},
                QString(), QStringLiteral("boss-pass"));
    ASSERT_EQ(r.code, 0) << r.output.toStdString();
    r = cli(QStringList{QStringLiteral("user"), QStringLiteral("add")} + base +
                QStringList{QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--name"),
                            QStringLiteral("rev"), QStringLiteral("--role"), QStringLiteral("reviewer")},
            QStringLiteral("boss-pass"), QStringLiteral("rev-pass"));
    ASSERT_EQ(r.code, 0) << r.output.toStdString();
    r = cli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + base +
                QStringList{QStringLiteral("--user"), QStringLiteral("boss")},
            QStringLiteral("boss-pass"));
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.output.contains(u"rev\treviewer")) << r.output.toStdString();
    // A reviewer cannot manage accounts; a wrong password is refused.
    r = cli(QStringList{QStringLiteral("user"), QStringLiteral("disable")} + base +
                QStringList{QStringLiteral("--user"), QStringLiteral("rev"), QStringLiteral("--name"), QStringLiteral("boss")},
            QStringLiteral("rev-pass"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.output.contains(u"cannot manage accounts")) << r.output.toStdString();
    r = cli(QStringList{QStringLiteral("user"), QStringLiteral("list")} + base +
                QStringList{QStringLiteral("--user"), QStringLiteral("boss")},
            QStringLiteral("wrong"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.output.contains(u"Wrong account name or password")) << r.output.toStdString();
    r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}, QString());
    EXPECT_EQ(r.code, 0) << r.output.toStdString();
}

} // namespace
