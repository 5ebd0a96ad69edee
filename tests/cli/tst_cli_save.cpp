// newsmark-cli save end to end: the built executable saves a page served on 127.0.0.1
// (tests/support/feed_server.py) through Readability in an off-screen QtWebEngine page.
#include "cli_runner.h"
#include "feed_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark::test;

class TestCliSave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FeedServer m_server;
    QString m_base;
    QString m_library;

    CliRun cli(QStringList arguments)
    {
        arguments << u"--library"_s << m_library;
        return runCli(arguments, m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.sqlite"_s);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_base = m_server.base();
    }

    // The article's text, without what the page wraps around it; nothing the page asks for is
    // fetched; saving it again stores nothing twice.
    void aPageBecomesAnArticle()
    {
        const CliRun saved = cli({u"save"_s, m_base + u"/pages/story.html"_s});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY2(saved.out.contains(u"saved as article 1: 바람에너지, 1200억 해상풍력 수주\n"_s),
                 qPrintable(saved.out));
        QVERIFY2(saved.err.isEmpty(), qPrintable(saved.err));
        const CliRun shown = cli({u"show"_s, u"1"_s});
        QVERIFY(shown.out.contains(u"1,200억 원에 수주했다고 4일 밝혔다."_s));
        QVERIFY(shown.out.contains(u"유럽 시장 진출에도 속도를 내겠다"_s));
        for (const QString &boilerplate :
             {u"관련기사"_s, u"무단전재"_s, u"공유하기"_s, u"changed by script"_s, u"<p>"_s})
            QVERIFY2(!shown.out.contains(boilerplate), qPrintable(boilerplate));
        // The canonical address is its source.
        QVERIFY(shown.out.contains(u"http://127.0.0.1/news/wind-1200"_s));
        const QString seen = m_server.get(u"/_control/requests"_s);
        QVERIFY(seen.contains(u"GET /pages/story.html"_s));
        QVERIFY2(!seen.contains(u"tracker"_s) && !seen.contains(u"photo"_s), qPrintable(seen));

        const CliRun again = cli({u"save"_s, m_base + u"/pages/story.html"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"already in the library as article 1"_s));
        QCOMPARE(QJsonDocument::fromJson(cli({u"list"_s, u"--json"_s}).rawOut).array().size(), 1);
    }

    // A feed of summaries: each new item's article is its web page's text, and the summary seen
    // again does not replace it; "never" keeps the summary.
    void summaryFeedsGetTheWholeText()
    {
        m_library = m_dir.filePath(u"feeds.sqlite"_s);
        const CliRun added = cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/summary.xml"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(u"1 new"_s), qPrintable(added.out));
        QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
        const CliRun shown = cli({u"show"_s, u"1"_s});
        QVERIFY2(shown.out.contains(u"유럽 시장 진출에도 속도를 내겠다"_s), qPrintable(shown.out));
        QVERIFY(!shown.out.contains(u"관련기사"_s));
        QVERIFY(shown.out.contains(u"가온경제 요약"_s)); // the feed is the outlet
        // Refreshed again (another subscription to the same feed URL is refused; refresh all):
        const CliRun again = cli({u"feeds"_s, u"refresh"_s, u"--all"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(cli({u"show"_s, u"1"_s}).out.contains(u"유럽 시장 진출에도"_s));

        m_library = m_dir.filePath(u"summaries.sqlite"_s);
        QCOMPARE(cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/summary.xml"_s, u"--full-text"_s,
                      u"never"_s})
                         .exitCode,
                 0);
        const CliRun summary = cli({u"show"_s, u"1"_s});
        QVERIFY(summary.out.contains(u"수주했다…"_s));
        QVERIFY(!summary.out.contains(u"유럽 시장"_s));
        m_library = m_dir.filePath(u"library.sqlite"_s);
    }

    void whatIsNoPageSaysWhy_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::addRow("a feed") << u"/feeds/main.xml"_s << u"is not a web page"_s;
        QTest::addRow("404") << u"/missing.html"_s << u"HTTP 404"_s;
    }

    void whatIsNoPageSaysWhy()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const CliRun run = cli({u"save"_s, m_base + path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSave)
#include "tst_cli_save.moc"
