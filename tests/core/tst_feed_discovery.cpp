#include "feeds/feed_discovery.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace newsmark;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(NEWSMARK_TEST_DATA "/feeds/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return f.readAll();
}

QStringList urls(const QList<FeedCandidate> &candidates)
{
    QStringList out;
    for (const FeedCandidate &c : candidates)
        out << c.url.toString();
    return out;
}

} // namespace

class TestFeedDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void declaredThenConventional()
    {
        const auto found = discoverFeeds(fixture("page-with-alternates.html"),
                                         QUrl(QStringLiteral("https://nuri.example/index.html")));
        const QStringList expected = {
                // Declared, in document order, resolved against <base href>, without duplicates.
                QStringLiteral("https://nuri.example/rss/allArticle.xml"),
                QStringLiteral("https://nuri.example/news/atom.xml?sec=1&lang=ko"),
                QStringLiteral("https://nuri.example/feed.json"),
                // Conventional paths on the site.
                QStringLiteral("https://nuri.example/feed"),
                QStringLiteral("https://nuri.example/rss"),
                QStringLiteral("https://nuri.example/atom.xml"),
                QStringLiteral("https://nuri.example/rss.xml"),
                QStringLiteral("https://nuri.example/feed.xml"),
                QStringLiteral("https://nuri.example/index.xml"),
                QStringLiteral("https://nuri.example/feeds/posts/default"),
                QStringLiteral("https://nuri.example/atom"),
                QStringLiteral("https://nuri.example/index.rss"),
                QStringLiteral("https://nuri.example/?feed=rss2"),
        };
        QCOMPARE(urls(found), expected);
        QCOMPARE(found[0].title, QStringLiteral("누리경제 전체기사"));
        QCOMPARE(found[0].source, FeedCandidate::Source::Declared);
        QCOMPARE(found[2].title, QStringLiteral("JSON"));
        QCOMPARE(found[3].source, FeedCandidate::Source::Conventional);
    }

    void withoutBaseTheDocumentUrlResolves()
    {
        const QByteArray page = "<html><head><LINK REL=alternate TYPE=application/rss+xml "
                                "HREF=feeds/main.rss></head></html>";
        const auto found =
                discoverFeeds(page, QUrl(QStringLiteral("http://blog.example/2026/post")));
        QVERIFY(!found.isEmpty());
        QCOMPARE(found[0].url, QUrl(QStringLiteral("http://blog.example/2026/feeds/main.rss")));
        QCOMPARE(found[1].url, QUrl(QStringLiteral("http://blog.example/feed")));
    }

    void noPageUrlNoConventionalPaths()
    {
        QVERIFY(discoverFeeds("<html></html>", QUrl()).isEmpty());
        // Scripts cannot be candidates.
        const QByteArray page =
                "<link rel=alternate type=application/rss+xml href='javascript:x()'>";
        QVERIFY(urls(discoverFeeds(page, QUrl(QStringLiteral("https://a.example/"))))
                        .filter(QStringLiteral("javascript"))
                        .isEmpty());
    }

    void looksLikeFeed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("feed");
        QTest::newRow("rss") << fixture("korean-cp949.xml") << true;
        QTest::newRow("atom") << fixture("atom-english.xml") << true;
        QTest::newRow("json feed") << fixture("json-feed.json") << true;
        QTest::newRow("truncated rss") << fixture("truncated.xml") << true;
        QTest::newRow("rdf") << QByteArray(
                "<?xml version='1.0'?><!-- c --><rdf:RDF xmlns:rdf='x'/>")
                             << true;
        QTest::newRow("bom + doctype")
                << QByteArray("\xEF\xBB\xBF<!DOCTYPE rss><rss version='2.0'>") << true;
        QTest::newRow("html") << fixture("page-with-alternates.html") << false;
        QTest::newRow("other html") << fixture("not-a-feed.html") << false;
        QTest::newRow("opml") << fixture("subscriptions.opml") << false;
        QTest::newRow("json") << QByteArray("{\"a\": 1}") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("text") << QByteArray("rss") << false;
    }

    void looksLikeFeed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, feed);
        QCOMPARE(newsmark::looksLikeFeed(bytes), feed);
    }
};

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feed_discovery.moc"
