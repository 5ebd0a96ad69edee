// The GUI and any number of newsmark-cli processes on one library, as real processes: the window
// (or library_holder standing in for it) writes and opens the library's files behind SQLite's
// back while command lines read and write; nothing committed is ever lost, the file stays a
// database, and whoever cannot go on says who holds the library.

#include "cli_runner.h"
#include "library_holder_process.h"
#include "storage/library_lock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace newsmark;
using newsmark::test::CliRun;

using newsmark::test::HolderProcess;

namespace {

QString article(int n)
{
    return u"경제\n가온전자, 제%1공장 착공\n투자 규모 %1조원\n"
           u"[가온경제 = 이나래 기자] 가온전자가 제%1공장을 착공한다고 밝혔다. 투자 규모는 "
           u"%1조원이다.\n이나래 기자 nr@gaon.example\n"_s.arg(n);
}

// What a separate program sees in the file once every process is done with it.
struct Inspection
{
    QString integrity;
    QSet<QString> notes;
    int articles = -1;
};

Inspection inspect(const QString &path)
{
    Inspection result;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        result.integrity = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return result;
    }
    const auto each = [db](const char *sql, const std::function<void(sqlite3_stmt *)> &row) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            row(stmt);
        sqlite3_finalize(stmt);
        return true;
    };
    const auto text = [](sqlite3_stmt *stmt, int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
    };
    if (!each("PRAGMA integrity_check", [&](sqlite3_stmt *s) { result.integrity += text(s, 0); }))
        result.integrity = QString::fromUtf8(sqlite3_errmsg(db));
    each("SELECT id FROM notes", [&](sqlite3_stmt *s) { result.notes.insert(text(s, 0)); });
    each("SELECT count(*) FROM articles",
         [&](sqlite3_stmt *s) { result.articles = sqlite3_column_int(s, 0); });
    sqlite3_close(db);
    return result;
}

} // namespace

class TestLibrarySharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (int n = 1; n <= 6; ++n) {
            QFile file(m_dir.filePath(u"article-%1.txt"_s.arg(n)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(article(n).toUtf8());
        }
    }

    void init()
    {
        m_library = m_dir.filePath(u"case-%1/library.sqlite"_s.arg(++m_case));
        const CliRun made = cli({u"import"_s, u"--library"_s, m_library, file(1)});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    // The sequence of the report: the window's process has a live connection and opens and
    // closes the library's files (its save dialog sniffing them); a command line reads and
    // writes; the window writes again, and is killed. Before the lock, the command line deleted
    // the WAL under the window, and what the window wrote after that was lost.
    void theWindowAndTheCommandLineTogetherLoseNothing()
    {
        HolderProcess window({m_library}, m_dir.path());
        QCOMPARE(window.line(), u"ready"_s);
        const QString first = window.ask(u"note 1 가온전자"_s);
        QVERIFY2(first.startsWith(u"saved "_s), qPrintable(first));
        QCOMPARE(window.ask(u"touch"_s), u"touched"_s);

        // The command line's read runs inside the window's process and shows the window's note.
        const CliRun listed = cli({u"notes"_s, u"list"_s, u"--json"_s, u"--library"_s, m_library});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(first.mid(6)));
        const CliRun added = cli(
                {u"notes"_s, u"add"_s, u"1"_s, u"--quote"_s, u"착공"_s, u"--library"_s, m_library});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString second = added.out.trimmed().section(u' ', 0, 0);
        QVERIFY(!second.isEmpty());
        // Relative paths are the command line's own, not the window's.
        QProcess importing;
        importing.setWorkingDirectory(m_dir.path());
        importing.start(QStringLiteral(NEWSMARK_CLI),
                        {u"import"_s, u"article-2.txt"_s, u"--library"_s, m_library});
        QVERIFY(importing.waitForFinished(60000));
        QVERIFY2(importing.exitCode() == 0, importing.readAllStandardError().constData());

        QCOMPARE(window.ask(u"touch"_s), u"touched"_s);
        const QString third = window.ask(u"note 1 투자 규모"_s);
        QVERIFY2(third.startsWith(u"saved "_s), qPrintable(third));
        QCOMPARE(window.ask(u"import "_s + file(3)), u"imported 1 failed 0"_s);
        QCOMPARE(window.ask(u"count"_s), u"notes 3 articles 3"_s);
        // The window dies without closing anything. (Without the lock, the command line had
        // deleted the WAL the window went on writing to: its later notes were lost here.)
        window.kill();

        const Inspection after = inspect(m_library);
        QCOMPARE(after.integrity, u"ok"_s);
        QCOMPARE(after.articles, 3);
        QCOMPARE(after.notes.size(), 3);
        for (const QString &id : {first.mid(6), second, third.mid(6)})
            QVERIFY2(after.notes.contains(id), qPrintable(id));
    }

    // The lock is not one of the POSIX locks a close() drops: after this process opened and
    // closed the lock file and the library, a command line still finds the library held, and
    // says by whom instead of opening it.
    void theLockSurvivesForeignClosesAndTheHolderIsNamed()
    {
        auto attempt =
                LibraryLock::tryAcquire(m_library, LibraryLock::Mode::Exclusive, u"Newsmark"_s);
        QVERIFY(attempt.lock);
        for (const QString &name : {LibraryLock::lockFilePath(m_library), m_library}) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            file.readAll();
            file.close();
        }
        const CliRun refused = cli({u"list"_s, u"--library"_s, m_library});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(
                         u"is open in Newsmark (pid %1)"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(refused.err));
        attempt.lock.reset();
        QCOMPARE(cli({u"list"_s, u"--library"_s, m_library}).exitCode, 0);

        // A window that is closing: the command line keeps trying, and runs once it is gone.
        attempt = LibraryLock::tryAcquire(m_library, LibraryLock::Mode::Exclusive, u"Newsmark"_s);
        QVERIFY(attempt.lock);
        QProcess waiting;
        waiting.start(QStringLiteral(NEWSMARK_CLI), {u"list"_s, u"--library"_s, m_library});
        QVERIFY(waiting.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(waiting.state(), QProcess::Running);
        attempt.lock.reset();
        QVERIFY(waiting.waitForFinished(10000));
        QCOMPARE(waiting.exitCode(), 0);
        QVERIFY(waiting.readAllStandardOutput().contains("가온전자"));
    }

    // Command lines hold the lock shared: they run side by side, and SQLite's own locking keeps
    // their writes whole.
    void commandLinesRunSideBySide()
    {
        QList<QProcess *> processes;
        for (int n = 2; n <= 5; ++n) {
            processes << start({u"import"_s, u"--library"_s, m_library, file(n)});
            processes << start({u"notes"_s, u"add"_s, u"1"_s, u"--quote"_s, u"가온전자"_s,
                                u"--text"_s, u"note %1"_s.arg(n), u"--library"_s, m_library});
        }
        for (QProcess *process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            delete process;
        }
        const Inspection after = inspect(m_library);
        QCOMPARE(after.integrity, u"ok"_s);
        QCOMPARE(after.articles, 5);
        QCOMPARE(after.notes.size(), 4);
    }

    void readingAMistypedLibraryFailsAndCreatesNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("list") << QStringList {u"list"_s};
        QTest::newRow("show") << QStringList {u"show"_s, u"1"_s};
        QTest::newRow("notes list") << QStringList {u"notes"_s, u"list"_s};
        QTest::newRow("notes add")
                << QStringList {u"notes"_s, u"add"_s, u"1"_s, u"--quote"_s, u"a"_s};
        QTest::newRow("entities list") << QStringList {u"entities"_s, u"list"_s};
    }
    void readingAMistypedLibraryFailsAndCreatesNothing()
    {
        QFETCH(QStringList, command);
        const QString typo = m_dir.filePath(u"no-such-folder/libary.sqlite"_s);
        const CliRun run = cli(command + QStringList {u"--library"_s, typo});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no library at "_s + typo), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no-such-folder"_s)));
    }

    // Only import and init make a library, and nobody but the window's first start of the
    // default library puts sample articles in it.
    void initAndImportMakeLibrariesWithoutSamples()
    {
        const QString made = m_dir.filePath(u"made/new.sqlite"_s);
        const CliRun init = cli({u"init"_s, made});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(u"with 0 article(s)"_s));
        QCOMPARE(inspect(made).articles, 0);
        const CliRun again = cli({u"init"_s, made, u"--samples"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"is a library already"_s));
        QVERIFY(inspect(made).articles >= 5);
        QCOMPARE(inspect(m_library).articles, 1); // init() imported one file into a new library
    }

    // Nothing reads the library's own files as articles or writes an export over them: a foreign
    // open and close would drop the locks, an export would replace the library.
    void theLibrarysOwnFilesAreNeverReadOrOverwritten()
    {
        const CliRun imported = cli({u"import"_s, u"--library"_s, m_library, m_library});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(u"is this library's own file"_s), qPrintable(imported.err));
        const CliRun exported = cli({u"notes"_s, u"export"_s, u"--format"_s, u"md"_s, u"--all"_s,
                                     u"-o"_s, m_library + u"-wal"_s, u"--library"_s, m_library});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains(u"library's own files"_s), qPrintable(exported.err));
        const Inspection after = inspect(m_library);
        QCOMPARE(after.integrity, u"ok"_s);
        QCOMPARE(after.articles, 1);
    }

#ifdef NEWSMARK_GUI
    // The real window: it waits for a running command line instead of opening the library
    // under it, then takes the library and runs the next command line's command itself.
    void theWindowWaitsForCommandLinesThenServesThem()
    {
        auto commandLine = LibraryLock::tryAcquire(m_library, LibraryLock::Mode::Shared, u"test"_s);
        QVERIFY(commandLine.lock);
        QProcess gui;
        startGui(gui, {u"--library"_s, m_library});
        QTest::qWait(1500);
        QVERIFY(gui.state() == QProcess::Running);
        // Still waiting: nobody holds the library exclusively.
        QVERIFY(LibraryLock::tryAcquire(m_library, LibraryLock::Mode::Shared, u"probe"_s).lock);
        commandLine.lock.reset();
        QTRY_VERIFY_WITH_TIMEOUT(heldByPid(gui.processId()), 30000);

        const CliRun imported = cli({u"import"_s, u"--library"_s, m_library, file(4)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(u"Imported 1 article"_s));

        // A second start on the same library hands its file to the first and leaves.
        QProcess second;
        startGui(second, {u"--library"_s, m_library, file(5)});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(second.readAllStandardError().contains("showed that window"));
        QTRY_VERIFY_WITH_TIMEOUT(
                cli({u"list"_s, u"--library"_s, m_library}).out.contains(u"제5공장"_s), 30000);

        gui.terminate();
        QVERIFY(gui.waitForFinished(30000));
        const Inspection after = inspect(m_library);
        QCOMPARE(after.integrity, u"ok"_s);
        QCOMPARE(after.articles, 3);
    }
#endif

private:
    QString file(int n) const
    {
        return m_dir.filePath(u"article-%1.txt"_s.arg(n));
    }
    CliRun cli(const QStringList &arguments) const
    {
        return newsmark::test::runCli(arguments, m_dir.path());
    }
    QProcess *start(const QStringList &arguments) const
    {
        auto *process = new QProcess;
        process->start(QStringLiteral(NEWSMARK_CLI), arguments);
        return process;
    }
    bool heldByPid(qint64 pid) const
    {
        const auto probe =
                LibraryLock::tryAcquire(m_library, LibraryLock::Mode::Shared, u"probe"_s);
        return !probe.lock && probe.heldExclusively && !probe.holders.isEmpty()
                && probe.holders.constFirst().pid == pid;
    }
#ifdef NEWSMARK_GUI
    void startGui(QProcess &process, const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(NEWSMARK_GUI), arguments);
        QVERIFY(process.waitForStarted());
    }
#endif

    QTemporaryDir m_dir;
    QString m_library;
    int m_case = 0;
};

QTEST_GUILESS_MAIN(TestLibrarySharing)
#include "tst_library_sharing.moc"
