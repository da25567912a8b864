#pragma once

// Helpers for tests of damaged and read-only database files: files the tests make and break themselves.
#include "demo/demodatabase.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

#include <unistd.h>

namespace flowdesk::testing {

// A closed demo database (its -wal checkpointed away) with `interviews` interviews.
inline void makeDemo(const QString &path, qint64 interviews)
{
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, interviews, 7, &error)) << error.toStdString();
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

// Overwrites the pages between 30% and 70% of the file with zeros, as a failing disk or a bad copy does; the
// header and the first pages stay intact, so the file still opens.
inline void zeroMiddlePages(const QString &path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    constexpr qint64 kPage = 8192;
    const qint64 pages = file.size() / kPage;
    ASSERT_GT(pages, 20);
    for (qint64 page = pages * 3 / 10; page < pages * 7 / 10; ++page) {
        ASSERT_TRUE(file.seek(page * kPage));
        ASSERT_EQ(file.write(QByteArray(kPage, '\0')), kPage);
    }
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Every interview's uuid and top-level answers, in id order: what "nothing lost" compares. Fails the test on
// a read error.
inline std::vector<std::pair<QString, QStringList>> contentOf(const QString &path)
{
    QString error;
    auto workspace = Workspace::open(path, OpenMode::ReadOnly, &error);
    EXPECT_TRUE(workspace && workspace->interviews()) << error.toStdString();
    std::vector<std::pair<QString, QStringList>> content;
    if (!workspace || !workspace->interviews())
        return content;
    const qint64 n = workspace->interviews()->forEach(
        [&](const Interview &interview) {
            QStringList answers;
            interview.answers.forEachSlot([&answers](int, const QString &value) { answers.append(value); });
            content.emplace_back(interview.uuid.toString(), answers);
            return true;
        },
        &error);
    EXPECT_GE(n, 0) << error.toStdString();
    return content;
}

// Root ignores permission bits, so read-only files and folders cannot be tested as root.
inline bool runningAsRoot()
{
    return geteuid() == 0;
}

} // namespace flowdesk::testing
