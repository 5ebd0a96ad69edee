#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace newsmark {

class Database;

// A prepared statement that finalizes itself. Bind by 1-based index; step() until it says no row.
class Statement final
{
public:
    Statement() = default;
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const QByteArray &value);

    // True while there is a row to read; false when done or on error (see ok()).
    bool step();
    // Runs to completion; false on error, with the reason logged and in Database::lastError().
    bool exec();
    void reset();
    [[nodiscard]] bool ok() const { return m_ok; }

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
};

// One SQLite connection. Opening applies the migrations in resources/sql; a library made by a
// newer Newsmark is refused before anything is written to it.
class Database final
{
public:
    struct Options
    {
        bool readOnly = false;
        // Stop migrating at this schema version (tests build fixtures of older versions with it).
        std::optional<int> migrateTo;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options {});
    }
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static int latestSchemaVersion();
    [[nodiscard]] int schemaVersion();
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] QString lastError() const;
    // Where the copy taken before the last upgrade went; empty when there was none.
    [[nodiscard]] const QString &backupPath() const { return m_backupPath; }

    bool exec(const char *sql);
    [[nodiscard]] qint64 lastInsertId() const;
    [[nodiscard]] int changes() const;
    // PRAGMA data_version: changes when another connection (another thread's, another
    // process's) commits, never for this connection's own writes.
    [[nodiscard]] qint64 dataVersion();

private:
    Database(sqlite3 *db, QString path);
    Status migrate(std::optional<int> target);
    Status backupBeforeUpgrade(int fromVersion);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_backupPath;
};

// True when `path` is the library file at `libraryPath` or one of the files SQLite and Newsmark
// keep beside it (-wal, -shm, -journal, .lock, .vN.bak): nothing may open them as articles (a
// foreign open and close drops SQLite's locks, see LibraryLock) or write an export over them.
bool isLibraryFile(const QString &libraryPath, const QString &path);

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

// One consistent view for a read made of several statements: a deferred BEGIN on construction,
// ended on destruction, so that another connection's commit in between (a batch of the search
// index's build, an import) is seen by all of them or by none. Inside a transaction that is
// open already it does nothing: that one is the view.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    Database &m_db;
    bool m_began = false;
};

} // namespace newsmark
