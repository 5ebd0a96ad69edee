// newsmark-cli feeds end to end: the built executable against a scripted HTTP server on
// 127.0.0.1 (tests/support/feed_server.py), with original fixtures only.
#include "cli_runner.h"
#include "feed_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark::test;

class TestCliFeeds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FeedServer m_server;
    QString m_base; // http://127.0.0.1:PORT
    QString m_library;
    int m_count = 0;

    CliRun cli(QStringList arguments)
    {
        arguments << u"--library"_s << m_library;
        return runCli(arguments, m_dir.path());
    }

    QJsonArray feeds()
    {
        const CliRun run = cli({u"feeds"_s, u"list"_s, u"--json"_s});
        return QJsonDocument::fromJson(run.rawOut).array();
    }

    // The id of the article whose headline is `headline`, from `list --json`.
    qint64 articleId(const QString &headline)
    {
        const CliRun run = cli({u"list"_s, u"--json"_s});
        for (const QJsonValue &v : QJsonDocument::fromJson(run.rawOut).array()) {
            if (v[u"headline"_s].toString() == headline)
                return v[u"id"_s].toInteger();
        }
        return 0;
    }

    // The ids `newsmark-cli search --json` finds for `query`.
    QList<qint64> searched(const QString &query)
    {
        const CliRun run = cli({u"search"_s, u"--json"_s, u"--limit"_s, u"0"_s, query});
        QList<qint64> ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.rawOut)[u"results"_s].toArray())
            ids.append(v[u"id"_s].toInteger());
        return ids;
    }

    int articleCount()
    {
        return int(QJsonDocument::fromJson(cli({u"list"_s, u"--json"_s}).rawOut).array().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_base = m_server.base();
    }

    void init()
    {
        m_library = m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_count));
        m_server.get(u"/_control/edition/1"_s);
        m_server.get(u"/_control/rootfeed/0"_s);
    }

    // A site's page: its declared feed is found, subscribed and fetched at once; the items
    // are articles with their text, date and outlet.
    void aSitePageLeadsToItsFeedAndItsItems()
    {
        const CliRun added = cli({u"feeds"_s, u"add"_s, m_base + u"/site/"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(u"3 new, 0 updated"_s), qPrintable(added.out));
        const QJsonArray list = feeds();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[u"url"_s].toString(), m_base + u"/feeds/main.xml"_s);
        QCOMPARE(list.at(0)[u"title"_s].toString(), u"가온경제 속보"_s);
        QCOMPARE(list.at(0)[u"articles"_s].toInt(), 3);
        const qint64 id = articleId(u"한빛전자, 평택에 3조원 투자"_s);
        QVERIFY(id > 0);
        const CliRun shown = cli({u"show"_s, QString::number(id)});
        QVERIFY(shown.out.contains(u"김하늘 한빛전자 사장은 \"공급망을 다시 짠다\"고 말했다."_s));
        QVERIFY(shown.out.contains(u"2026-12-04T00:30:00Z"_s)); // 09:30 KST
        QVERIFY(!shown.out.contains(u"<p>"_s));
        // A page without a declared feed: the usual addresses on its site are tried.
        m_server.get(u"/_control/rootfeed/1"_s);
        const CliRun plain = cli({u"feeds"_s, u"add"_s, m_base + u"/plain/"_s});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(feeds().size(), 2);
    }

    // The second refresh asks with the ETag and stores nothing; an item edited at the source
    // updates its article in place, a new one is added.
    void refreshesAreConditionalAndEditsUpdateInPlace()
    {
        QCOMPARE(cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/main.xml"_s}).exitCode, 0);
        const qint64 bank = articleId(u"누리은행, 기준금리 동결 전망"_s);
        QVERIFY(bank > 0);
        // A feed's articles are searchable at once, by their words and by the feed.
        QCOMPARE(searched(u"동결"_s), QList<qint64> {bank});
        QCOMPARE(searched(u"3.25 feed:main.xml"_s), QList<qint64> {bank});
        const CliRun again = cli({u"feeds"_s, u"refresh"_s, u"--all"_s});
        QVERIFY2(again.out.contains(u"no change"_s), qPrintable(again.out));
        QVERIFY(m_server.get(u"/_control/requests"_s)
                        .contains(u"GET /feeds/main.xml \"main-1\""_s));

        m_server.get(u"/_control/edition/2"_s);
        const CliRun edited = cli({u"feeds"_s, u"refresh"_s, u"--all"_s});
        QVERIFY2(edited.out.contains(u"1 new, 1 updated"_s), qPrintable(edited.out));
        QCOMPARE(articleCount(), 4);
        QCOMPARE(articleId(u"누리은행, 기준금리 인하 전망"_s), bank); // same article, new text
        QVERIFY(cli({u"show"_s, QString::number(bank)}).out.contains(u"연 3.00%"_s));
        // The refresh's new text replaced the old one in the search index too.
        QCOMPARE(searched(u"동결"_s), QList<qint64> {});
        QCOMPARE(searched(u"3.25"_s), QList<qint64> {});
        QCOMPARE(searched(u"인하 3.00"_s), QList<qint64> {bank});
        // Nothing is due right after a refresh.
        QVERIFY(cli({u"feeds"_s, u"refresh"_s}).out.contains(u"No feed is due"_s));
    }

    // Korean in CP949, declared only by the HTTP header as euc-kr: no syllable is lost.
    void aKoreanLegacyFeedKeepsEverySyllable()
    {
        const CliRun added = cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/korean.xml"_s,
                                  u"--folder"_s, u"한국/경제"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const qint64 id = articleId(u"똠양꿍 가게, 햏자 손님 늘어"_s);
        QVERIFY(id > 0);
        QVERIFY(cli({u"show"_s, QString::number(id)})
                        .out.contains(u"똠양꿍을 파는 가게에 햏자 손님이 늘었다."_s));
        QCOMPARE(feeds().at(0)[u"folder"_s].toString(), u"한국/경제"_s);
    }

    void itemsThatShareAGuidOrALinkAreAllKept_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::addRow("one guid") << u"/feeds/sameguid.xml"_s << u"share a guid"_s;
        QTest::addRow("one link") << u"/feeds/samelink.xml"_s << u"share a link"_s;
    }

    // A feed that gives three different items one guid, or links them all to its home page:
    // each is an article of its own (none dropped as "seen", none overwriting another in
    // place), the feed says why it distrusts them, and a refresh stores nothing twice.
    void itemsThatShareAGuidOrALinkAreAllKept()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const CliRun added = cli({u"feeds"_s, u"add"_s, m_base + path});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(u"3 new"_s), qPrintable(added.out));
        for (const QString &headline :
             {u"항만공사, 신항 2단계 착공"_s, u"누리은행, 청년 적금 출시"_s,
              u"바다시, 여름 해변 열차 운행"_s})
            QVERIFY2(articleId(headline) > 0, qPrintable(headline));
        QCOMPARE(articleCount(), 3);
        QVERIFY2(feeds().at(0)[u"malformed"_s].toString().contains(reason),
                 qPrintable(feeds().at(0)[u"malformed"_s].toString()));
        // Refreshed (the server changes a comment in the body, so it is parsed again): the
        // same three items are recognised.
        const CliRun again = cli({u"feeds"_s, u"refresh"_s, u"--all"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"0 new"_s), qPrintable(again.out));
        QCOMPARE(articleCount(), 3);
    }

    // A malformed feed keeps its readable items and says why; a permanent redirect moves the
    // subscription; gzip is read.
    void damagedMovedAndCompressedFeeds()
    {
        const CliRun broken = cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/broken.xml"_s});
        QCOMPARE(broken.exitCode, 0);
        QVERIFY2(broken.out.contains(u"1 new"_s) && broken.out.contains(u"malformed"_s),
                 qPrintable(broken.out));
        QVERIFY(articleId(u"Chips & more\u00a0news"_s) > 0);
        const CliRun moved = cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/moved.xml"_s});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        const QJsonArray list = feeds();
        QCOMPARE(list.size(), 2);
        bool atom = false;
        for (const QJsonValue &f : list)
            atom = atom || f[u"url"_s].toString() == m_base + u"/feeds/atom.xml"_s;
        QVERIFY(atom);
        QVERIFY(articleId(u"Harbor bank raises $300 million"_s) > 0);
    }

    // What cannot be subscribed says why, names the address, and leaves no subscription.
    void failuresAreClearAndSubscribeNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::addRow("429") << u"/feeds/busy.xml"_s << u"HTTP 429"_s;
        QTest::addRow("50 MB") << u"/feeds/huge.xml"_s << u"larger than 20 MB"_s;
        QTest::addRow("no feed") << u"/nofeed/"_s << u"page without a feed"_s;
        QTest::addRow("404") << u"/gone.xml"_s << u"HTTP 404"_s;
    }

    void failuresAreClearAndSubscribeNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const CliRun run = cli({u"feeds"_s, u"add"_s, m_base + path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(reason) && run.err.contains(u"127.0.0.1"_s), qPrintable(run.err));
        QCOMPARE(feeds().size(), 0);
    }

    // OPML out and in: the same feeds in the same folders.
    void opmlRoundTrip()
    {
        QCOMPARE(cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/main.xml"_s}).exitCode, 0);
        QCOMPARE(cli({u"feeds"_s, u"add"_s, m_base + u"/feeds/korean.xml"_s, u"--folder"_s,
                      u"한국/경제"_s})
                         .exitCode,
                 0);
        const QString opml = m_dir.filePath(u"subscriptions-%1.opml"_s.arg(m_count));
        QCOMPARE(cli({u"feeds"_s, u"export"_s, u"-o"_s, opml}).exitCode, 0);
        m_library = m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_count));
        const CliRun imported = cli({u"feeds"_s, u"import"_s, opml});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonArray list = feeds();
        QCOMPARE(list.size(), 2);
        QStringList seen;
        for (const QJsonValue &f : list)
            seen << f[u"folder"_s].toString() + u'|' + f[u"url"_s].toString();
        seen.sort();
        QCOMPARE(seen,
                 (QStringList {u"|"_s + m_base + u"/feeds/main.xml"_s,
                               u"한국/경제|"_s + m_base + u"/feeds/korean.xml"_s}));
        // Importing it again subscribes nothing twice.
        QVERIFY(cli({u"feeds"_s, u"import"_s, opml}).out.contains(u"2 were subscribed already"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliFeeds)
#include "tst_cli_feeds.moc"
