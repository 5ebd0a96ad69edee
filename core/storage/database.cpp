#include "storage/database.h"

#include "i18n/ui_language.h"

#include "logging.h"
#include "resources.h"
#include "search/search_tokenizer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <map>

namespace newsmark {

namespace {

// "NEWS" in ASCII: marks a file as a Newsmark library for `file` and for our own open().
constexpr int kApplicationId = 0x4E455753;

// Migrations are resources/sql/NNNN_name.sql, applied in order; the number is the schema version.
std::map<int, QString> migrationFiles()
{
    ensureCoreResources();
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

// Under QT_LOGGING_RULES="newsmark.sql.debug=true": every statement with the time it took, to
// find what a slow start-up or command spends its time on.
int traceStatement(unsigned int, void *, void *statement, void *nanoseconds)
{
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    qCDebug(lcSql).noquote() << QStringLiteral("%1 ms").arg(
            double(*static_cast<sqlite3_int64 *>(nanoseconds)) / 1e6, 8, 'f', 3)
                             << QString::fromUtf8(sql).left(300);
    sqlite3_free(sql);
    return 0;
}

QString sqliteMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

} // namespace

// --- Statement -----------------------------------------------------------------------------------

Statement::Statement(Database &db, const char *sql)
    : m_db(&db)
{
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStorage) << "cannot prepare" << sql << ":" << db.lastError();
        m_stmt = nullptr;
        m_ok = false;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_ok(other.m_ok)
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_ok = other.m_ok;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_ok = false;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8)
        != SQLITE_OK)
        m_ok = false;
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (m_stmt
        && sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()),
                               SQLITE_TRANSIENT)
                != SQLITE_OK)
        m_ok = false;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt && sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_ok = false;
    return *this;
}

bool Statement::step()
{
    if (!m_stmt || !m_ok)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_ok = false;
        qCWarning(lcStorage) << "statement failed:" << sqlite3_sql(m_stmt) << ":"
                             << m_db->lastError();
    }
    return false;
}

bool Statement::exec()
{
    while (step()) { }
    const bool ok = m_ok;
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_ok = m_stmt != nullptr;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char *>(
            static_cast<const void *>(sqlite3_column_text(m_stmt, column)));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// --- Database ------------------------------------------------------------------------------------

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!options.readOnly && path != QLatin1String(":memory:")) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return Error {CoreText::tr("%1: cannot create the folder %2").arg(name, dir)};
    }
    sqlite3 *raw = nullptr;
    const int flags =
            (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return Error {CoreText::tr("%1: cannot open: %2").arg(name, sqliteMessage(raw))};
    sqlite3_extended_result_codes(raw, 1);
    // The search index's triggers need the tokenizer for any write to articles or notes.
    if (QString error; !search::registerTokenizer(raw, &error))
        return Error {QStringLiteral("%1: %2").arg(name, error)};
    sqlite3_busy_timeout(raw, 5000);
    if (lcSql().isDebugEnabled())
        sqlite3_trace_v2(raw, SQLITE_TRACE_PROFILE, traceStatement, nullptr);

    // Read what the file is before writing anything to it: an alien or newer file stays as it was.
    Statement probe(*db,
                    "SELECT (SELECT user_version FROM pragma_user_version),"
                    " (SELECT application_id FROM pragma_application_id),"
                    " (SELECT count(*) FROM sqlite_schema)");
    if (!probe.isValid() || !probe.step()) {
        return Error {CoreText::tr("%1: not a Newsmark library (%2)").arg(name, db->lastError())};
    }
    const int version = int(probe.int64(0));
    const int appId = int(probe.int64(1));
    const qint64 objects = probe.int64(2);
    probe = Statement();
    const int latest = latestSchemaVersion();
    if (appId != kApplicationId && (appId != 0 || objects > 0)) {
        return Error {CoreText::tr("%1: an SQLite database, but not a Newsmark library; "
                                   "nothing was changed")
                              .arg(name)};
    }
    if (version > latest) {
        return Error {CoreText::tr("%1 was made by a newer version of Newsmark (library format "
                                   "%2; this version reads up to %3). Nothing was changed: "
                                   "open it with a newer Newsmark.")
                              .arg(name)
                              .arg(version)
                              .arg(latest)};
    }
    if (options.readOnly) {
        if (version < latest)
            return Error {CoreText::tr("%1: the library needs an upgrade, which a read-only "
                                       "open cannot do")
                                  .arg(name)};
        db->exec("PRAGMA foreign_keys = ON");
        return db;
    }

    if (!db->exec("PRAGMA journal_mode = WAL") || !db->exec("PRAGMA synchronous = NORMAL")
        || !db->exec("PRAGMA foreign_keys = ON")) {
        return Error {CoreText::tr("%1: cannot configure: %2").arg(name, db->lastError())};
    }
    const Status migrated = db->migrate(options.migrateTo);
    if (!migrated)
        return Error {migrated.error()};
    return db;
}

Status Database::backupBeforeUpgrade(int fromVersion)
{
    if (m_path == QLatin1String(":memory:"))
        return Done {};
    QString target = m_path + QStringLiteral(".v%1.bak").arg(fromVersion);
    if (QFileInfo::exists(target)) {
        target = m_path
                + QStringLiteral(".v%1-%2.bak")
                          .arg(fromVersion)
                          .arg(QDateTime::currentDateTimeUtc().toString(
                                  QStringLiteral("yyyyMMddTHHmmss")));
    }
    Statement vacuum(*this, "VACUUM INTO ?1");
    vacuum.bind(1, target);
    if (!vacuum.exec()) {
        return Error {CoreText::tr("%1: could not keep a copy before upgrading, so nothing was "
                                   "upgraded: %2")
                              .arg(QDir::toNativeSeparators(m_path), lastError())};
    }
    m_backupPath = target;
    qCInfo(lcStorage) << "kept a copy of the version" << fromVersion << "library at" << target;
    return Done {};
}

Status Database::migrate(std::optional<int> target)
{
    const int from = schemaVersion();
    const auto files = migrationFiles();
    const int to = target.value_or(latestSchemaVersion());
    if (from >= to)
        return Done {};
    if (from > 0) {
        if (Status kept = backupBeforeUpgrade(from); !kept)
            return kept;
    }
    for (const auto &[version, file] : files) {
        if (version <= from || version > to)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error {CoreText::tr("cannot read migration %1").arg(file)};
        const QByteArray sql = f.readAll();
        Transaction tx(*this);
        if (!tx.isActive())
            return Error {
                    CoreText::tr("%1: cannot start the upgrade: %2").arg(m_path, lastError())};
        const QByteArray stamp = "PRAGMA user_version = " + QByteArray::number(version)
                + "; PRAGMA application_id = " + QByteArray::number(kApplicationId) + ";";
        if (!exec(sql.constData()) || !exec(stamp.constData()) || !tx.commit()) {
            return Error {CoreText::tr("%1: upgrade to library format %2 failed: %3")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(version)
                                  .arg(lastError())};
        }
        qCInfo(lcStorage) << "library" << m_path << "now at format" << version;
    }
    return Done {};
}

int Database::schemaVersion()
{
    Statement s(*this, "PRAGMA user_version");
    return s.step() ? int(s.int64(0)) : -1;
}

QString Database::lastError() const
{
    return sqliteMessage(m_db);
}

bool Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qCWarning(lcStorage) << "failed:" << sql << ":" << message;
        sqlite3_free(message);
        return false;
    }
    return true;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 Database::dataVersion()
{
    Statement s(*this, "PRAGMA data_version");
    return s.step() ? s.int64(0) : -1;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// --- Library files ------------------------------------------------------------------------------

bool isLibraryFile(const QString &libraryPath, const QString &path)
{
    // Names first: an import asks this for every file, and only a name like the library's (or
    // a link) needs the file system.
    const QFileInfo library(libraryPath);
    const QFileInfo candidate(path);
    const QString base = library.fileName();
    const QString name = candidate.fileName();
    bool named = name == base
            || (name.startsWith(base + QLatin1Char('.'))
                && name.endsWith(QLatin1StringView(".bak")));
    for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"})
        named = named || name == base + QLatin1StringView(suffix);
    if (named) {
        // The same folder, however it is written: the file itself may not exist yet.
        const QString libraryDir = library.absoluteDir().canonicalPath();
        return !libraryDir.isEmpty() && libraryDir == candidate.absoluteDir().canonicalPath();
    }
    // A link to the library under another name is the library too.
    if (!candidate.isSymLink())
        return false;
    const QString target = candidate.canonicalFilePath();
    return !target.isEmpty() && target == library.canonicalFilePath();
}

// --- Transaction ---------------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_active(db.exec("BEGIN IMMEDIATE"))
{ }

Transaction::~Transaction()
{
    if (m_active)
        m_db.exec("ROLLBACK");
}

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
    , m_began(sqlite3_get_autocommit(db.handle()) != 0 && db.exec("BEGIN"))
{ }

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written: COMMIT only ends the read; ROLLBACK if even that fails.
    if (m_began && !m_db.exec("COMMIT"))
        m_db.exec("ROLLBACK");
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec("COMMIT"))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

} // namespace newsmark
