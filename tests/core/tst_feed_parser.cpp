#include "feeds/feed_article.h"
#include "feeds/feed_dates.h"
#include "feeds/feed_encoding.h"
#include "feeds/feed_parser.h"
#include "feeds/html_text.h"

#include <QFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

using namespace newsmark;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(NEWSMARK_TEST_DATA "/feeds/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return f.readAll();
}

FeedParseOptions optionsFor(const char *url)
{
    FeedParseOptions options;
    options.documentUrl = QUrl(QString::fromLatin1(url));
    options.now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
    return options;
}

template<typename T>
QString whyNot(const Result<T> &result)
{
    return result ? QString() : result.error();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void koreanCp949Feed()
    {
        const auto feed = parseFeed(fixture("korean-cp949.xml"),
                                    optionsFor("https://nuri.example/rss/allArticle.xml"));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->format, FeedFormat::Rss);
        QCOMPARE(feed->version, QStringLiteral("2.0"));
        QCOMPARE(feed->encoding, QStringLiteral("windows-949"));
        QVERIFY2(!feed->isMalformed(), qPrintable(feed->malformed.join(u'\n')));
        QCOMPARE(feed->title, QStringLiteral("누리경제 - 전체기사"));
        QCOMPARE(feed->siteLink, QUrl(QStringLiteral("https://nuri.example/")));
        QCOMPARE(feed->ttlMinutes, std::optional<int>(20));
        QCOMPARE(feed->items.size(), 3);
        const FeedItem &first = feed->items[0];
        // Syllables outside EUC-KR's 2,350: a plain EUC-KR decoder loses them.
        QCOMPARE(first.title, QStringLiteral("똠방각하와 햏자, 시장에 가다"));
        QVERIFY(first.content.contains(QStringLiteral("햏자는")));
        QCOMPARE(first.summary, QStringLiteral("<p>똠얌꿍 가격이 <b>3%</b> 올랐다.</p>"));
        QCOMPARE(first.id, QStringLiteral("nuri-1001"));
        QCOMPARE(first.link,
                 QUrl(QStringLiteral("https://nuri.example/news/articleView.html?idxno=1001")));
        QCOMPARE(first.author, QStringLiteral("김하늘 기자"));
        QCOMPARE(first.published, std::optional(utc(2026, 12, 4, 0, 30)));
        QCOMPARE(first.imageUrl, QUrl(QStringLiteral("https://img.nuri.example/1001.jpg")));
        // No zone: Korean time.
        QCOMPARE(feed->items[1].published, std::optional(utc(2026, 12, 3, 23, 15)));
        QCOMPARE(feed->items[2].published, std::optional(utc(2026, 12, 3, 9, 5)));
    }

    void koreanLabelsAllMeanWindows949_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::newRow("euc-kr") << QByteArray("euc-kr");
        QTest::newRow("EUC-KR") << QByteArray("EUC-KR");
        QTest::newRow("ks_c_5601-1987") << QByteArray("ks_c_5601-1987");
        QTest::newRow("cp949") << QByteArray("cp949");
        QTest::newRow("windows-949") << QByteArray("windows-949");
    }

    void koreanLabelsAllMeanWindows949()
    {
        QFETCH(QByteArray, label);
        QCOMPARE(canonicalEncodingName(label), QStringLiteral("windows-949"));
        // 똠 = 8C 63, 햏 = C1 64 in windows-949; neither exists in EUC-KR proper.
        const QByteArray bytes = "<rss><channel><title>\x8c\x63\xc1\x64</title></channel></rss>";
        FeedParseOptions options = optionsFor("https://nuri.example/rss");
        options.httpCharset = label;
        const auto feed = parseFeed(bytes, options);
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->title, QStringLiteral("똠햏"));
        QVERIFY(!feed->isMalformed());
    }

    void encodingOrder()
    {
        const QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel>"
                                  "<title>Caf\xe9</title></channel></rss>";
        QCOMPARE(parseFeed(latin1, optionsFor(""))->title, QStringLiteral("Café"));
        // The user's override wins over the declaration.
        FeedParseOptions forced = optionsFor("");
        forced.encodingOverride = "cp949";
        const QByteArray declaredWrong = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss>"
                                         "<channel><title>\x8c\x63</title></channel></rss>";
        QCOMPARE(parseFeed(declaredWrong, forced)->title, QStringLiteral("똠"));
        // A BOM beats the HTTP header.
        FeedParseOptions http = optionsFor("");
        http.httpCharset = "euc-kr";
        QCOMPARE(
                parseFeed("\xEF\xBB\xBF<rss><channel><title>\xC3\xA9</title></channel></rss>", http)
                        ->title,
                QStringLiteral("é"));
    }

    void utf16And32_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::newRow("utf-16le bom") << int(QStringConverter::Utf16LE) << true;
        QTest::newRow("utf-16be") << int(QStringConverter::Utf16BE) << false;
        QTest::newRow("utf-32le bom") << int(QStringConverter::Utf32LE) << true;
        QTest::newRow("utf-32be") << int(QStringConverter::Utf32BE) << false;
    }

    void utf16And32()
    {
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QStringEncoder encoder(QStringConverter::Encoding(encoding),
                               bom ? QStringConverter::Flag::WriteBom
                                   : QStringConverter::Flag::Default);
        const QByteArray body =
                encoder.encode(QStringLiteral("<rss><channel><title>똠 é</title></channel></rss>"));
        const auto feed = parseFeed(body, optionsFor(""));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->title, QStringLiteral("똠 é"));
    }

    void wrongDeclaredEncoding()
    {
        const auto feed = parseFeed(fixture("wrong-encoding.xml"), optionsFor(""));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->items.value(0).title, QStringLiteral("Café crème"));
        QVERIFY(feed->malformed.join(u'\n').contains(QStringLiteral("declared utf-8")));
    }

    void atomFeed()
    {
        const auto feed = parseFeed(fixture("atom-english.xml"),
                                    optionsFor("https://blog.example.org/atom.xml"));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->format, FeedFormat::Atom10);
        QVERIFY(!feed->isMalformed());
        QCOMPARE(feed->title, QStringLiteral("Field Notes & Sketches"));
        QCOMPARE(feed->siteLink, QUrl(QStringLiteral("https://blog.example.org/")));
        QCOMPARE(feed->description, QStringLiteral("Short pieces on maps, rivers and old trains"));
        QCOMPARE(feed->items.size(), 2);
        const FeedItem &river = feed->items[0];
        QCOMPARE(river.link, QUrl(QStringLiteral("https://blog.example.org/posts/river.html")));
        QCOMPARE(river.author, QStringLiteral("Ada Fieldwright"));
        QCOMPARE(river.published, std::optional(utc(2026, 12, 3, 14, 0)));
        QCOMPARE(river.updated, std::optional(utc(2026, 12, 3, 15, 30)));
        QCOMPARE(river.summary, QStringLiteral("A river moved 3 km in one winter &lt;really&gt;."));
        QCOMPARE(river.content, QStringLiteral("<p>The <em>Brook</em> moved.</p>"));
        QCOMPARE(river.enclosureUrl, QUrl(QStringLiteral("https://cdn.example.org/river.mp3")));
        QCOMPARE(river.enclosureType, QStringLiteral("audio/mpeg"));
        const FeedItem &night = feed->items[1];
        QCOMPARE(night.title, QStringLiteral("Night trains"));
        QCOMPARE(night.link, QUrl(QStringLiteral("https://blog.example.org/trains/night.html")));
        QCOMPARE(night.published, std::nullopt);
        QCOMPARE(night.updated, std::optional(utc(2026, 12, 2, 21, 15)));
        QCOMPARE(night.content, QStringLiteral("<p>Sleeper cars are back.</p>"));
    }

    void jsonFeed()
    {
        const auto feed = parseFeed(fixture("json-feed.json"),
                                    optionsFor("https://harbour.example.net/feed.json"));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->format, FeedFormat::JsonFeed);
        QCOMPARE(feed->version, QStringLiteral("1.1"));
        QCOMPARE(feed->title, QStringLiteral("Harbour Log"));
        QCOMPARE(feed->siteLink, QUrl(QStringLiteral("https://harbour.example.net/")));
        QCOMPARE(feed->items.size(), 2);
        const FeedItem &ferry = feed->items[0];
        QCOMPARE(ferry.author, QStringLiteral("Mina Seo"));
        QCOMPARE(ferry.summary, QStringLiteral("Fog &amp; delays"));
        QCOMPARE(ferry.imageUrl, QUrl(QStringLiteral("https://harbour.example.net/img/ferry.jpg")));
        QCOMPARE(ferry.published, std::optional(utc(2026, 12, 3, 22, 10)));
        const FeedItem &cranes = feed->items[1];
        QCOMPARE(cranes.id, QStringLiteral("42"));
        QCOMPARE(cranes.link,
                 QUrl(QStringLiteral("https://harbour.example.net/2026/12/03/cranes")));
        QCOMPARE(cranes.author, QStringLiteral("Jae Park"));
        QCOMPARE(cranes.content, QStringLiteral("Two new cranes &lt;arrived&gt;."));
        QCOMPARE(cranes.enclosureType, QStringLiteral("video/mp4"));
    }

    void truncatedJsonFeed()
    {
        QByteArray body = fixture("json-feed.json");
        body.truncate(body.indexOf("Cranes"));
        const auto feed = parseFeed(body, optionsFor("https://harbour.example.net/feed.json"));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->items.size(), 1);
        QCOMPARE(feed->items[0].title, QStringLiteral("The morning ferry is late again"));
        QVERIFY(feed->malformed.join(u'\n').contains(QStringLiteral("truncated")));
    }

    void malformedEntitiesAndControls()
    {
        const auto feed = parseFeed(fixture("malformed-entities.xml"), optionsFor(""));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->title, QStringLiteral("Tom & Jerry\u00a0News"));
        QCOMPARE(feed->items.size(), 2);
        QCOMPARE(feed->items[0].title, QStringLiteral("Café opens — at last"));
        QCOMPARE(feed->items[0].link,
                 QUrl(QStringLiteral("http://toons.example.com/cafe?a=1&b=2")));
        QCOMPARE(feed->items[0].summary, QStringLiteral("Prices £3 & up … – &unknownthing; ok"));
        QCOMPARE(feed->items[0].published, std::optional(utc(2026, 12, 3, 19, 0)));
        QCOMPARE(feed->items[1].title, QStringLiteral("Bell rings"));
        QCOMPARE(feed->items[1].published, std::nullopt);
        const QString reasons = feed->malformed.join(u'\n');
        QVERIFY2(reasons.contains(QStringLiteral("bare '&'")), qPrintable(reasons));
        QVERIFY(reasons.contains(QStringLiteral("HTML named entities")));
        QVERIFY(reasons.contains(QStringLiteral("control characters")));
        QVERIFY(reasons.contains(QStringLiteral("unreadable dates such as 'not a date at all'")));
    }

    void truncatedKeepsCompletedItems()
    {
        const auto feed = parseFeed(fixture("truncated.xml"), optionsFor(""));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->title, QStringLiteral("Cut Short"));
        QCOMPARE(feed->items.size(), 2);
        // A permalink guid stands in for a missing link.
        QCOMPARE(feed->items[1].link, QUrl(QStringLiteral("https://cut.example.com/2")));
        QVERIFY(feed->malformed.join(u'\n').contains(QStringLiteral("truncated")));
    }

    void brokenItemCostsOnlyItself()
    {
        const QByteArray body =
                "<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'><channel>"
                "<title>T</title><item><title>before</title></item>"
                "<item><title>broken</title><description>a <br> b</description></item>"
                "<item><title>after</title><dc:creator>Kim</dc:creator></item>"
                "<item><title>cut off";
        const auto feed = parseFeed(body, optionsFor(""));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->items.size(), 2);
        QCOMPARE(feed->items[0].title, QStringLiteral("before"));
        QCOMPARE(feed->items[1].title, QStringLiteral("after"));
        QCOMPARE(feed->items[1].author, QStringLiteral("Kim"));
        const QString reasons = feed->malformed.join(u'\n');
        QVERIFY2(reasons.contains(QStringLiteral("not well-formed")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("1 items after the damage read one by one, 2 "
                                                 "unreadable")),
                 qPrintable(reasons));
    }

    void brokenAtomEntry()
    {
        const QByteArray body = "<feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
                                "<entry><title>one</title></entry>"
                                "<entry><title>two</title><summary>x</summ></entry>"
                                "<entry><title>three</title><link href='/3'/></entry></feed>";
        const auto feed = parseFeed(body, optionsFor("https://a.example/feed"));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->items.size(), 2);
        QCOMPARE(feed->items[1].title, QStringLiteral("three"));
        QCOMPARE(feed->items[1].link, QUrl(QStringLiteral("https://a.example/3")));
    }

    void blankLinesBeforeTheDeclaration()
    {
        const QByteArray body = "\n\n<!-- generator -->\n<?xml version=\"1.0\"?><rss><channel>"
                                "<title>PHP</title></channel></rss>";
        const auto feed = parseFeed(body, optionsFor(""));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->title, QStringLiteral("PHP"));
        QCOMPARE(feed->malformed,
                 QStringList {QStringLiteral("content before the XML declaration")});
    }

    // A feed item that carries its whole text keeps its images' addresses in place (the
    // refresher fetches them); its paragraphs are exactly what they were without images, so
    // that no stored item reads as edited.
    void itemImagesStandBeforeTheirParagraph()
    {
        const QString html = QStringLiteral(
                "<p>첫 문단 &amp; 끝.</p>"
                "<figure><img src=\"/img/a.png?w=640&amp;h=360\" alt=\"항만 &quot;전경&quot;\">"
                "<figcaption>사진 설명</figcaption></figure>"
                "<p>둘째<img src=\"/emoji.png\" width=\"16\" height=\"16\" alt=\"😀\"> 문단"
                "<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"https://cdn.example/b.jpg\">"
                "</p><p>셋째 &#31; 문단<img src='//cdn.example/c.webp'></p>");
        const HtmlText text = htmlToText(html);
        QCOMPARE(text.paragraphs, htmlToParagraphs(html));
        QCOMPARE(text.paragraphs,
                 (QStringList {QStringLiteral("첫 문단 & 끝."), QStringLiteral("사진 설명"),
                               QStringLiteral("둘째 문단"), QStringLiteral("셋째 \x1f 문단")}));
        QCOMPARE(text.images.size(), 3); // the 16-pixel emoji is no figure
        QCOMPARE(text.images.at(0).src, QStringLiteral("/img/a.png?w=640&h=360"));
        QCOMPARE(text.images.at(0).alt, QStringLiteral("항만 \"전경\""));
        QCOMPARE(text.images.at(0).beforeParagraph, 1);
        QCOMPARE(text.images.at(1).src, QStringLiteral("https://cdn.example/b.jpg"));
        QCOMPARE(text.images.at(1).beforeParagraph, 2);
        QCOMPARE(text.images.at(2).beforeParagraph, 3);

        FeedItem item;
        item.title = QStringLiteral("첫 문단 & 끝."); // repeated at the top of the content
        item.link = QUrl(QStringLiteral("https://news.example/a/1.html"));
        item.content = html;
        const Article article = feedItemArticle(item, QStringLiteral("항구일보"),
                                                QDateTime::currentDateTimeUtc(), {});
        QCOMPARE(article.paragraphs.first(), QStringLiteral("사진 설명"));
        QCOMPARE(article.figures.size(), 3);
        QCOMPARE(article.figures.at(0).sourceUrl,
                 QStringLiteral("https://news.example/img/a.png?w=640&h=360"));
        QCOMPARE(article.figures.at(0).beforeParagraph, 0); // before its caption
        QCOMPARE(article.figures.at(2).sourceUrl, QStringLiteral("https://cdn.example/c.webp"));
        QCOMPARE(article.figures.at(2).beforeParagraph, 2);
        QVERIFY(article.figures.at(0).data.isEmpty()); // not fetched here
    }

    void linksAreAbsoluteOrEmpty()
    {
        // fuzz_feed found a relative link coming out when xml:base was no URL.
        const QByteArray body = "<feed xmlns='http://www.w3.org/2005/Atom' xml:base='\x0e:x'>"
                                "<entry><link href='a/b'/></entry>"
                                "<entry xml:base='https://ok.example/d/'><link href='e'/></entry>"
                                "<entry><link href='javascript:alert(1)'/></entry></feed>";
        const auto feed = parseFeed(body, optionsFor(""));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->items.size(), 3);
        QCOMPARE(feed->items[0].link, QUrl());
        QCOMPARE(feed->items[1].link, QUrl(QStringLiteral("https://ok.example/d/e")));
        QCOMPARE(feed->items[2].link, QUrl());
    }

    void notAFeed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("html") << fixture("not-a-feed.html") << QStringLiteral("HTML page");
        QTest::newRow("empty") << QByteArray(" \n") << QStringLiteral("empty");
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << QStringLiteral("neither");
        QTest::newRow("other xml") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>")
                                   << QStringLiteral("root is <svg>");
        QTest::newRow("other json") << QByteArray("{\"a\": 1}") << QStringLiteral("JSON Feed");
        QTest::newRow("broken json") << QByteArray("{\"version\": ") << QStringLiteral("JSON");
    }

    void notAFeed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const auto feed = parseFeed(body, optionsFor(""));
        QVERIFY(!feed);
        QVERIFY2(feed.error().contains(reason), qPrintable(feed.error()));
    }

    void rdfFeed()
    {
        const QByteArray body =
                "<?xml version=\"1.0\"?>"
                "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                "xmlns=\"http://purl.org/rss/1.0/\""
                "         xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                "<channel rdf:about=\"http://rdf.example/\"><title>RDF "
                "site</title><link>http://rdf.example/</link></channel>"
                "<item "
                "rdf:about=\"http://rdf.example/a\"><title>A</title><link>http://rdf.example/a</"
                "link>"
                "<dc:date>2026-12-01T10:00+09:00</dc:date><dc:creator>Kim</dc:creator></item>"
                "</rdf:RDF>";
        const auto feed = parseFeed(body, optionsFor(""));
        QVERIFY2(feed, qPrintable(whyNot(feed)));
        QCOMPARE(feed->format, FeedFormat::RssRdf);
        QCOMPARE(feed->version, QStringLiteral("1.0"));
        QCOMPARE(feed->title, QStringLiteral("RDF site"));
        QCOMPARE(feed->items.size(), 1);
        QCOMPARE(feed->items[0].id, QStringLiteral("http://rdf.example/a"));
        QCOMPARE(feed->items[0].author, QStringLiteral("Kim"));
        QCOMPARE(feed->items[0].published, std::optional(utc(2026, 12, 1, 1, 0)));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime none;
        QTest::newRow("rfc822") << QStringLiteral("Fri, 04 Dec 2026 09:30:00 +0900")
                                << utc(2026, 12, 4, 0, 30);
        QTest::newRow("rfc822 gmt")
                << QStringLiteral("Fri, 04 Dec 2026 09:30:00 GMT") << utc(2026, 12, 4, 9, 30);
        QTest::newRow("no seconds")
                << QStringLiteral("Fri, 4 Dec 2026 09:30 EST") << utc(2026, 12, 4, 14, 30);
        QTest::newRow("no weekday")
                << QStringLiteral("4 Dec 2026 09:30:00 Z") << utc(2026, 12, 4, 9, 30);
        QTest::newRow("two-digit year")
                << QStringLiteral("Fri, 04 Dec 26 09:30:00 KST") << utc(2026, 12, 4, 0, 30);
        QTest::newRow("old two-digit year")
                << QStringLiteral("Thu, 01 Jan 98 00:00:00 GMT") << utc(1998, 1, 1, 0, 0);
        QTest::newRow("rfc822 no zone")
                << QStringLiteral("Fri, 04 Dec 2026 09:30:00") << utc(2026, 12, 4, 0, 30);
        QTest::newRow("full month")
                << QStringLiteral("04 December 2026 09:30 +09:00") << utc(2026, 12, 4, 0, 30);
        QTest::newRow("iso z") << QStringLiteral("2026-12-04T09:30:00Z") << utc(2026, 12, 4, 9, 30);
        QTest::newRow("iso offset") << QStringLiteral("2026-12-04T09:30:00.250+09:00")
                                    << utc(2026, 12, 4, 0, 30).addMSecs(250);
        QTest::newRow("iso no seconds")
                << QStringLiteral("2026-12-04T09:30-05:00") << utc(2026, 12, 4, 14, 30);
        QTest::newRow("iso date only") << QStringLiteral("2026-12-04") << utc(2026, 12, 3, 15, 0);
        QTest::newRow("korean space")
                << QStringLiteral("2026-12-04 09:30:00") << utc(2026, 12, 4, 0, 30);
        QTest::newRow("korean dots")
                << QStringLiteral("2026.12.04 09:30") << utc(2026, 12, 4, 0, 30);
        QTest::newRow("korean slashes")
                << QStringLiteral("2026/12/04 09:30:15") << utc(2026, 12, 4, 0, 30, 15);
        QTest::newRow("korean words")
                << QStringLiteral("2026년 12월 4일 09:30") << utc(2026, 12, 4, 0, 30);
        QTest::newRow("compact") << QStringLiteral("20261204T093000Z") << utc(2026, 12, 4, 9, 30);
        QTest::newRow("offset comment") << QStringLiteral("Fri, 04 Dec 2026 09:30:00 +0900 (KST)")
                                        << utc(2026, 12, 4, 0, 30);
        QTest::newRow("month first")
                << QStringLiteral("Dec 4, 2026 09:30:00 PST") << utc(2026, 12, 4, 17, 30);
        QTest::newRow("asctime") << QStringLiteral("Fri Dec  4 09:30:00 2026")
                                 << utc(2026, 12, 4, 0, 30);
        QTest::newRow("empty") << QString() << none;
        QTest::newRow("words") << QStringLiteral("yesterday") << none;
        QTest::newRow("bad month") << QStringLiteral("2026-13-04") << none;
        QTest::newRow("bad day") << QStringLiteral("31 Feb 2026") << none;
        QTest::newRow("bad hour") << QStringLiteral("2026-12-04 25:00") << none;
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = parseFeedDate(text, utc(2026, 12, 4, 12, 0));
        if (!expected.isValid()) {
            QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
        QCOMPARE(*parsed, expected);
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feed_parser.moc"
