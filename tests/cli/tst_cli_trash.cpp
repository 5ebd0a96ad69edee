// newsmark-cli delete, restore and trash list|empty end to end: the built executable on its own,
// handed over to a process that holds the library as the window does (library_holder), and on a
// feed served by the scripted HTTP server on 127.0.0.1 (tests/support/feed_server.py): a deleted
// item stays in the Trash when the feed shows it again, and never comes back once purged.
#include "cli_runner.h"
#include "feed_server.h"
#include "library_holder_process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark::test;

class TestCliTrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FeedServer m_server;
    QString m_library;
    int m_count = 0;

    CliRun cli(QStringList arguments)
    {
        arguments << u"--library"_s << m_library;
        return runCli(arguments, m_dir.path());
    }

    QList<qint64> ids(const QStringList &command)
    {
        const CliRun run = cli(command);
        QList<qint64> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.rawOut).array())
            out.append(v[u"id"_s].toInteger());
        return out;
    }
    QList<qint64> listed() { return ids({u"list"_s, u"--json"_s}); }
    QList<qint64> trashed() { return ids({u"trash"_s, u"list"_s, u"--json"_s}); }

    qint64 articleId(const QString &headline, const QStringList &command = {u"list"_s, u"--json"_s})
    {
        const CliRun run = cli(command);
        for (const QJsonValue &v : QJsonDocument::fromJson(run.rawOut).array()) {
            if (v[u"headline"_s].toString() == headline)
                return v[u"id"_s].toInteger();
        }
        return 0;
    }

    void writeArticles()
    {
        const QStringList texts {
                u"Harbor cranes order tops $300 million\n\nPort operators ordered automated "
                u"cranes worth $300 million this year.\n"_s,
                u"Chip plant breaks ground in Texas\n\nThe plant will package advanced chips "
                u"from 2027.\n"_s,
                u"Cloud deal signed for five years\n\nThe two companies signed a cloud deal "
                u"worth about $1.1 billion.\n"_s,
        };
        for (int i = 0; i < texts.size(); ++i) {
            QFile file(m_dir.filePath(u"case-%1/article-%2.txt"_s.arg(m_count).arg(i + 1)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(texts.at(i).toUtf8());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void init()
    {
        ++m_count;
        QVERIFY(QDir(m_dir.path()).mkpath(u"case-%1"_s.arg(m_count)));
        m_library = m_dir.filePath(u"case-%1/library.sqlite"_s.arg(m_count));
        m_server.get(u"/_control/edition/1"_s);
    }

    void deleteRestoreListAndEmpty()
    {
        writeArticles();
        const CliRun imported = cli({u"import"_s, m_dir.filePath(u"case-%1"_s.arg(m_count))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QList<qint64> all = listed();
        QCOMPARE(all.size(), 3);
        const qint64 cranes = articleId(u"Harbor cranes order tops $300 million"_s);
        const qint64 chips = articleId(u"Chip plant breaks ground in Texas"_s);
        QVERIFY(cranes > 0 && chips > 0);
        const CliRun noted =
                cli({u"notes"_s, u"add"_s, QString::number(cranes), u"--quote"_s, u"cranes"_s});
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));

        const CliRun deleted = cli({u"delete"_s, QString::number(cranes), QString::number(chips)});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QVERIFY2(deleted.out.contains(
                         u"moved to the Trash: %1  Harbor cranes order tops $300 million"_s.arg(
                                 cranes)),
                 qPrintable(deleted.out));
        QVERIFY(deleted.out.contains(u"restore %1 %2"_s.arg(cranes).arg(chips)));
        QCOMPARE(listed().size(), 1);
        QVERIFY(!listed().contains(cranes));
        QVERIFY(!cli({u"list"_s}).out.contains(u"Harbor cranes"_s));
        QCOMPARE(trashed().size(), 2);
        const QJsonArray trash =
                QJsonDocument::fromJson(cli({u"trash"_s, u"list"_s, u"--json"_s}).rawOut).array();
        QVERIFY(!trash.at(0)[u"deleted_at"_s].toString().isEmpty());
        QVERIFY(cli({u"trash"_s, u"list"_s}).out.contains(u"Chip plant breaks ground"_s));
        // Its note waits with it.
        QCOMPARE(QJsonDocument::fromJson(cli({u"notes"_s, u"list"_s, u"--json"_s}).rawOut)
                         .array()
                         .size(),
                 0);
        QVERIFY(cli({u"show"_s, QString::number(cranes)}).out.contains(u"in the Trash"_s));

        // Unknown ids: named, nonzero exit, nothing moved.
        const qint64 cloud = all.at(0) == cranes || all.at(0) == chips
                ? (all.at(1) == cranes || all.at(1) == chips ? all.at(2) : all.at(1))
                : all.at(0);
        const CliRun unknown = cli({u"delete"_s, QString::number(cloud), u"999"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"there is no article 999"_s), qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(u"nothing was moved"_s));
        QVERIFY(listed().contains(cloud));
        const CliRun notAnId = cli({u"restore"_s, u"abc"_s});
        QCOMPARE(notAnId.exitCode, 2);
        QVERIFY(notAnId.err.contains(u"'abc' is not an article id"_s));
        const CliRun restoreUnknown = cli({u"restore"_s, u"777"_s});
        QCOMPARE(restoreUnknown.exitCode, 1);
        QVERIFY(restoreUnknown.err.contains(u"there is no article 777"_s));
        QCOMPARE(cli({u"delete"_s}).exitCode, 2);

        const CliRun restored = cli({u"restore"_s, QString::number(cranes)});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(u"restored: %1"_s.arg(cranes)));
        QVERIFY(listed().contains(cranes));
        QCOMPARE(QJsonDocument::fromJson(cli({u"notes"_s, u"list"_s, u"--json"_s}).rawOut)
                         .array()
                         .size(),
                 1);

        // Its file imported again: the article stays in the Trash, and the import says so.
        const CliRun reimported = cli({u"import"_s, m_dir.filePath(u"case-%1"_s.arg(m_count))});
        QVERIFY2(reimported.exitCode == 0, qPrintable(reimported.err));
        QVERIFY2(reimported.out.contains(u"in the Trash (article %1)"_s.arg(chips)),
                 qPrintable(reimported.out));
        QVERIFY(!listed().contains(chips));
        QCOMPARE(trashed(), QList<qint64> {chips});

        // Emptying asks for --yes first.
        const CliRun unconfirmed = cli({u"trash"_s, u"empty"_s});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY(unconfirmed.err.contains(u"--yes"_s));
        QCOMPARE(trashed().size(), 1);
        const CliRun emptied = cli({u"trash"_s, u"empty"_s, u"--yes"_s});
        QVERIFY2(emptied.exitCode == 0, qPrintable(emptied.err));
        QVERIFY(emptied.out.contains(u"Deleted 1 article(s)"_s));
        QVERIFY(cli({u"trash"_s, u"list"_s}).out.contains(u"The Trash is empty."_s));
        QCOMPARE(cli({u"show"_s, QString::number(chips)}).exitCode, 1);
        QCOMPARE(listed().size(), 2);
        QVERIFY(cli({u"--help"_s}).out.contains(u"trash list|empty"_s));
    }

    // While another process holds the library (as the window does), the commands run inside it
    // and it sees the change at once.
    void commandsRunInsideTheHolder()
    {
        writeArticles();
        QCOMPARE(cli({u"import"_s, m_dir.filePath(u"case-%1"_s.arg(m_count))}).exitCode, 0);
        const qint64 cranes = articleId(u"Harbor cranes order tops $300 million"_s);
        HolderProcess window({m_library}, m_dir.path());
        QCOMPARE(window.line(), u"ready"_s);
        QCOMPARE(window.ask(u"count"_s), u"notes 0 articles 3"_s);

        const CliRun deleted = cli({u"delete"_s, QString::number(cranes)});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QVERIFY(deleted.out.contains(u"moved to the Trash: %1"_s.arg(cranes)));
        QCOMPARE(window.ask(u"count"_s), u"notes 0 articles 2"_s);
        QCOMPARE(trashed(), QList<qint64> {cranes});
        const CliRun unknown = cli({u"delete"_s, u"4242"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"there is no article 4242"_s));
        QCOMPARE(cli({u"restore"_s, QString::number(cranes)}).exitCode, 0);
        QCOMPARE(window.ask(u"count"_s), u"notes 0 articles 3"_s);
        QCOMPARE(cli({u"delete"_s, QString::number(cranes)}).exitCode, 0);
        const CliRun emptied = cli({u"trash"_s, u"empty"_s, u"--yes"_s});
        QVERIFY2(emptied.exitCode == 0, qPrintable(emptied.err));
        QCOMPARE(window.ask(u"count"_s), u"notes 0 articles 2"_s);
        QVERIFY(trashed().isEmpty());
    }

    // A feed's item deleted by the user: in the Trash it stays there when the feed shows it
    // again (edited, even); purged, it does not come back.
    void aDeletedFeedItemNeverComesBack()
    {
        const QString feed = m_server.base() + u"/feeds/main.xml"_s;
        const CliRun added = cli({u"feeds"_s, u"add"_s, feed});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(listed().size(), 3);
        const qint64 bank = articleId(u"누리은행, 기준금리 동결 전망"_s);
        QVERIFY(bank > 0);
        QCOMPARE(cli({u"delete"_s, QString::number(bank)}).exitCode, 0);
        QCOMPARE(listed().size(), 2);

        // Edition 2 edits that very item and adds one: the feed is read again.
        m_server.get(u"/_control/edition/2"_s);
        const CliRun again = cli({u"feeds"_s, u"refresh"_s, u"--all"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"1 new, 0 updated, 1 deleted by you left out"_s),
                 qPrintable(again.out));
        QVERIFY(!listed().contains(bank));
        QCOMPARE(articleId(u"누리은행, 기준금리 인하 전망"_s), 0);
        QCOMPARE(listed().size(), 3);
        // Still in the Trash, with the feed's edit.
        QCOMPARE(articleId(u"누리은행, 기준금리 인하 전망"_s, {u"trash"_s, u"list"_s, u"--json"_s}),
                 bank);
        const QJsonArray feeds =
                QJsonDocument::fromJson(cli({u"feeds"_s, u"list"_s, u"--json"_s}).rawOut).array();
        QCOMPARE(feeds.at(0)[u"articles"_s].toInt(), 3);

        QCOMPARE(cli({u"trash"_s, u"empty"_s, u"--yes"_s}).exitCode, 0);
        m_server.get(u"/_control/edition/1"_s);
        const CliRun afterPurge = cli({u"feeds"_s, u"refresh"_s, u"--all"_s});
        QVERIFY2(afterPurge.exitCode == 0, qPrintable(afterPurge.err));
        QVERIFY2(afterPurge.out.contains(u"0 new, 0 updated, 1 deleted by you left out"_s),
                 qPrintable(afterPurge.out));
        QCOMPARE(listed().size(), 3);
        QCOMPARE(articleId(u"누리은행, 기준금리 동결 전망"_s), 0);
        QVERIFY(trashed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTrash)
#include "tst_cli_trash.moc"
