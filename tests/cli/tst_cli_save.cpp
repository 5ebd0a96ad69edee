// newsmark-cli save end to end: the built executable saves a page served on 127.0.0.1
// (tests/support/feed_server.py) through Readability in an off-screen QtWebEngine page.
#include "cli_runner.h"
#include "feed_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        // The page's figure is kept with it; a tracking pixel, a missing image and a related
        // article's thumbnail are not. The page itself loads nothing: its script never runs.
        QVERIFY2(saved.out.contains(u"with 1 image\n"_s), qPrintable(saved.out));
        const QString seen = m_server.get(u"/_control/requests"_s);
        QVERIFY(seen.contains(u"GET /pages/story.html"_s));
        QVERIFY(seen.contains(u"GET /img/wind.png"_s));
        QVERIFY2(!seen.contains(u"tracker"_s) && !seen.contains(u"related.png"_s),
                 qPrintable(seen));
        QVERIFY(shown.out.contains(u"[image: 해상풍력 단지, 640×360]\n\n전남 신안 앞바다"_s));
        QVERIFY(shown.out.contains(u"  • 공급 기간: 2년\n"_s));
        QVERIFY(shown.out.contains(u"  > 해상풍력은 앞으로 10년"_s));
        const QJsonObject json =
                QJsonDocument::fromJson(cli({u"show"_s, u"1"_s, u"--json"_s}).rawOut).object();
        const QJsonArray paragraphs = json.value(u"paragraphs"_s).toArray();
        const QJsonArray kinds = json.value(u"paragraph_kinds"_s).toArray();
        QCOMPARE(kinds.size(), paragraphs.size());
        const auto kindOf = [&](const QString &start) {
            for (qsizetype i = 0; i < paragraphs.size(); ++i) {
                if (paragraphs.at(i).toString().startsWith(start))
                    return kinds.at(i).toString();
            }
            return QString();
        };
        QCOMPARE(kindOf(u"전남 신안 앞바다"_s), u"caption"_s);
        QCOMPARE(kindOf(u"유럽 시장을 겨냥한"_s), u"heading"_s);
        QCOMPARE(kindOf(u"해상풍력은 앞으로"_s), u"quote"_s);
        QCOMPARE(kindOf(u"공급 시작"_s), u"list_item"_s);
        QCOMPARE(kindOf(u"바람에너지가"_s), u"paragraph"_s);
        const QJsonArray figures = json.value(u"figures"_s).toArray();
        QCOMPARE(figures.size(), 1);
        const QJsonObject figure = figures.first().toObject();
        QCOMPARE(figure.value(u"mime_type"_s).toString(), u"image/png"_s);
        QCOMPARE(figure.value(u"width"_s).toInt(), 640);
        QCOMPARE(figure.value(u"height"_s).toInt(), 360);
        QCOMPARE(figure.value(u"alt"_s).toString(), u"해상풍력 단지"_s);
        QCOMPARE(paragraphs.at(figure.value(u"before_paragraph"_s).toInt()).toString(),
                 u"전남 신안 앞바다 해상풍력 단지 조감도. 바람에너지 제공"_s);
        QVERIFY(figure.value(u"source_url"_s).toString().endsWith(u"/img/wind.png"_s));

        const CliRun again = cli({u"save"_s, m_base + u"/pages/story.html"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"already in the library as article 1"_s));
        // Its images are in the library already: not fetched again.
        QCOMPARE(m_server.get(u"/_control/requests"_s).count(u"GET /img/wind.png"_s), 1);
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
        // The page's layout and figure come with its text.
        QVERIFY2(shown.out.contains(u"[image: 해상풍력 단지, 640×360]"_s), qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"  • 공급 기간: 2년\n"_s));
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

    // A feed that carries its whole text keeps its new items' images; refreshed again, the
    // known item asks for none of them.
    void aWholeTextFeedKeepsItsImages()
    {
        m_library = m_dir.filePath(u"pictures.sqlite"_s);
        const CliRun added = cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/pictures.xml"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CliRun shown = cli({u"show"_s, u"1"_s});
        QVERIFY2(shown.out.contains(u"[image: 새벽 항구, 640×360]\n\n새벽 다섯 시의 항구"_s),
                 qPrintable(shown.out));
        QVERIFY(shown.out.contains(u"상인들은 얼음을 채운 상자를 나르며 값을 흥정한다."_s));
        QCOMPARE(shown.out.count(u"[image"_s), 1); // the emoji and the missing image are not kept
        const QString before = m_server.get(u"/_control/requests"_s);
        QVERIFY(before.contains(u"GET /img/gone.jpg"_s));
        QVERIFY(!before.contains(u"GET /photos/1"_s)); // the whole text is in the feed
        QCOMPARE(cli({u"feeds"_s, u"refresh"_s, u"--all"_s}).exitCode, 0);
        const QString after = m_server.get(u"/_control/requests"_s);
        QCOMPARE(after.count(u"GET /img/wind.png"_s), before.count(u"GET /img/wind.png"_s));
        QVERIFY(cli({u"show"_s, u"1"_s}).out.contains(u"[image: 새벽 항구, 640×360]"_s));
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
