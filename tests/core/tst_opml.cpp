#include "feeds/opml.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace newsmark;

namespace {

QString fixturePath()
{
    return QStringLiteral(NEWSMARK_TEST_DATA "/feeds/subscriptions.opml");
}

template<typename T>
QString whyNot(const Result<T> &result)
{
    return result ? QString() : result.error();
}

OpmlFeed feed(QStringList path, const char *title, const char *xml, const char *html = "")
{
    return OpmlFeed {std::move(path), QString::fromUtf8(title), QUrl(QString::fromLatin1(xml)),
                     QUrl(QString::fromLatin1(html))};
}

} // namespace

class TestOpml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsNestedFolders()
    {
        const auto doc = readOpmlFile(fixturePath());
        QVERIFY2(doc, qPrintable(whyNot(doc)));
        QCOMPARE(doc->title, QStringLiteral("My reading & listening"));
        const QString news = QStringLiteral("뉴스");
        const QList<OpmlFeed> expected = {
                feed({}, "Top-level blog", "https://blog.example.org/atom.xml",
                     "https://blog.example.org/"),
                feed({news}, "누리경제", "https://nuri.example/rss/allArticle.xml",
                     "https://nuri.example/"),
                feed({news, QStringLiteral("Economy")}, "Harbour Log",
                     "https://harbour.example.net/feed.json"),
                feed({QStringLiteral("Tech")}, "Café & Code",
                     "https://cafe.example.com/feed?a=1&b=2"),
        };
        QCOMPARE(doc->feeds, expected);
        const QList<QStringList> folders = {{news},
                                            {news, QStringLiteral("Economy")},
                                            {news, QStringLiteral("Empty folder")},
                                            {QStringLiteral("Tech")}};
        QCOMPARE(doc->folders, folders);
        // The relative xmlUrl is skipped and said so; the HTML entity is repaired and said so.
        const QString reasons = doc->malformed.join(u'\n');
        QVERIFY2(reasons.contains(QStringLiteral("'/feed.xml'")), qPrintable(reasons));
        QVERIFY(reasons.contains(QStringLiteral("HTML named entities")));
    }

    void writesAndReadsBack()
    {
        const auto doc = readOpmlFile(fixturePath());
        QVERIFY(doc);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.opml"));
        QVERIFY(writeOpmlFile(path, *doc));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("<opml version=\"2.0\">"));
        QVERIFY(bytes.contains("xmlUrl=\"https://cafe.example.com/feed?a=1&amp;b=2\""));
        const auto again = readOpml(bytes, QStringLiteral("out.opml"));
        QVERIFY2(again, qPrintable(whyNot(again)));
        QCOMPARE(again->feeds, doc->feeds);
        QCOMPARE(again->folders, doc->folders);
        QCOMPARE(again->title, doc->title);
        QVERIFY2(again->malformed.isEmpty(), qPrintable(again->malformed.join(u'\n')));
    }

    void writingIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("subs.opml"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        // A directory that does not exist: nothing is written, the message names the file.
        const Status failed =
                writeOpmlFile(dir.filePath(QStringLiteral("missing/subs.opml")), OpmlDocument {});
        QVERIFY(!failed);
        QVERIFY2(failed.error().startsWith(QStringLiteral("subs.opml: ")),
                 qPrintable(failed.error()));
        OpmlDocument doc;
        doc.feeds = {
                feed({QStringLiteral("A"), QStringLiteral("B")}, "x", "https://x.example/rss")};
        QVERIFY(writeOpmlFile(path, doc));
        const auto back = readOpmlFile(path);
        QVERIFY(back);
        QCOMPARE(back->feeds, doc.feeds);
        QCOMPARE(back->folders,
                 (QList<QStringList> {{QStringLiteral("A")},
                                      {QStringLiteral("A"), QStringLiteral("B")}}));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList {QStringLiteral("subs.opml")});
    }

    void sloppyFiles()
    {
        // OPML 1.0 without a body, upper-case attributes, "url" for type="rss", no XML declaration.
        const QByteArray sloppy =
                "<OPML version='1.0'><outline TEXT='Folder'>"
                "<outline text='a' type='rss' url='http://a.example/rss'/>"
                "<outline text='b' XMLURL='http://b.example/atom'/></outline></OPML>";
        const auto doc = readOpml(sloppy, QStringLiteral("sloppy.opml"));
        QVERIFY2(doc, qPrintable(whyNot(doc)));
        QCOMPARE(doc->feeds.size(), 2);
        QCOMPARE(doc->feeds[1].xmlUrl, QUrl(QStringLiteral("http://b.example/atom")));
        QCOMPARE(doc->feeds[1].folderPath, QStringList {QStringLiteral("Folder")});
        // Truncated: the complete outlines are kept.
        const QByteArray cut = "<opml><body><outline text='x' xmlUrl='http://x.example/rss'/>"
                               "<outline text='F'><outline text='y' xmlUrl='http://y.example/r";
        const auto partial = readOpml(cut, QStringLiteral("cut.opml"));
        QVERIFY2(partial, qPrintable(whyNot(partial)));
        QCOMPARE(partial->feeds.size(), 1);
        QVERIFY(partial->malformed.join(u'\n').contains(QStringLiteral("truncated")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("list.opml: the file is empty");
        QTest::newRow("html") << QByteArray("<html><body>hi</body></html>")
                              << QStringLiteral(
                                         "list.opml: not an OPML file: its root element is <html>");
        QTest::newRow("text") << QByteArray("just words")
                              << QStringLiteral("list.opml: not an OPML file: not XML");
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto doc = readOpml(bytes, QStringLiteral("list.opml"));
        QVERIFY(!doc);
        QVERIFY2(doc.error().startsWith(message), qPrintable(doc.error()));
    }

    void missingFile()
    {
        const auto doc = readOpmlFile(QStringLiteral("/nonexistent/dir/feeds.opml"));
        QVERIFY(!doc);
        QVERIFY2(doc.error().startsWith(QStringLiteral("feeds.opml: ")), qPrintable(doc.error()));
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
