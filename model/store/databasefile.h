#pragma once

#include <QString>

namespace flowdesk {

// What a path holds, looked at before SQLite touches it: SQLite would block on a pipe, turn an empty file into
// a database, and read a truncated file as if the missing pages had never held rows. Reads the first 100 bytes
// only: cheap enough for every open, whatever the file's size.
class DatabaseFile
{
public:
    enum class Kind { Missing, Empty, Regular, Folder, Special };

    static DatabaseFile inspect(const QString &path);

    QString path() const { return m_path; }
    QString folder() const { return m_folder; }
    Kind kind() const { return m_kind; }
    qint64 size() const { return m_size; }
    bool fileWritable() const { return m_fileWritable; }
    bool folderWritable() const { return m_folderWritable; }
    bool folderExists() const { return m_folderExists; }
    // A -wal file with content lies beside it: another connection has it open, or a crash left commits there.
    bool walHasContent() const { return m_walHasContent; }
    // For a Regular file: empty when its header is an SQLite header consistent with the file's size; otherwise
    // the complete message for the user (not an SQLite file, or damaged or truncated).
    QString headerProblem() const { return m_headerProblem; }
    // The header starts as SQLite's does (whatever else is wrong).
    bool isSqlite() const { return m_sqliteMagic; }

    // "The database file X is damaged or truncated (detail)." with what to do about it: the one wording every
    // damage report uses.
    static QString damagedMessage(const QString &path, const QString &detail);

private:
    void readHeader();

    QString m_path;
    QString m_folder;
    Kind m_kind = Kind::Missing;
    qint64 m_size = 0;
    bool m_fileWritable = false;
    bool m_folderWritable = false;
    bool m_folderExists = false;
    bool m_walHasContent = false;
    bool m_sqliteMagic = false;
    QString m_headerProblem;
};

} // namespace flowdesk
