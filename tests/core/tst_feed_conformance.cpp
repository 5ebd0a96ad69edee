// feedparser's test feeds (../shared/data/feedparser-tests, README there): every file parses
// without a crash or a hang, and where a file's Expect: line states the feed's title, its link
// or the number of entries, we agree for at least 95% of those files.
//
// How the figure is counted: a file is *checked* when its Expect: expression contains at least
// one clause `feed['title'] == '…'` (or feed.title), `feed['link'] == '…'` or
// `len(entries) == N`; other clauses (bozo, details, entries' fields) are not evaluated. A
// checked file *agrees* when every such clause holds; a title agrees when it equals the expected
// one, or the expected one read as plain text (htmlToPlainText), because feedparser keeps a
// title's (sanitised) HTML and our titles are plain text by contract. The exact-string figure
// is printed too. The files under illformed/ are counted
// apart and do not enter the 95%: they are not well-formed, and feedparser's answer for them
// is one recovery among several.
#include "feeds/feed_parser.h"
#include "feeds/html_text.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace newsmark;

namespace {

QString testsDir()
{
    return QStringLiteral(NEWSMARK_SHARED_DIR "/data/feedparser-tests/tests");
}

// A Python string literal's body ('\u00e9', '\xe9', '\'') as text.
QString unescapePython(QStringView body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != u'\\' || i + 1 >= body.size()) {
            out += body[i];
            continue;
        }
        const QChar c = body[++i];
        const auto hex = [&](int digits) {
            bool ok = false;
            const uint v = body.sliced(i + 1, std::min<qsizetype>(digits, body.size() - i - 1))
                                   .toUInt(&ok, 16);
            i += digits;
            out += QStringView(QChar::fromUcs4(ok ? char32_t(v) : U'\uFFFD'));
        };
        switch (c.unicode()) {
        case u'u': hex(4); break;
        case u'U': hex(8); break;
        case u'x': hex(2); break;
        case u'n': out += u'\n'; break;
        case u't': out += u'\t'; break;
        case u'r': out += u'\r'; break;
        default: out += c;
        }
    }
    return out;
}

struct Expectation
{
    std::optional<QString> title;
    std::optional<QString> link;
    std::optional<int> entries;
    QString contentLocation;
    QByteArray charset;
    bool checked() const { return title || link || entries; }
};

Expectation readExpectation(const QByteArray &bytes)
{
    Expectation e;
    const QString head = QString::fromLatin1(bytes.left(4096));
    static const QRegularExpression expectLine(QStringLiteral(R"(Expect:\s*(.*))"));
    const QString expect = expectLine.match(head).captured(1);
    static const QRegularExpression literal(
            QStringLiteral(R"re(u?(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"))re"));
    const auto stringAfter = [&](const QRegularExpression &key) -> std::optional<QString> {
        const auto m = key.match(expect);
        if (!m.hasMatch())
            return std::nullopt;
        // 'a' + 'b' concatenates.
        static const QRegularExpression plus(QStringLiteral(R"(\s*\+\s*)"));
        QString value;
        qsizetype at = m.capturedEnd();
        for (;;) {
            const auto lit = literal.match(expect, at, QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
            if (!lit.hasMatch())
                return std::nullopt;
            value += unescapePython(lit.capturedLength(1) ? lit.capturedView(1)
                                                          : lit.capturedView(2));
            const auto more = plus.match(expect, lit.capturedEnd(), QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
            if (!more.hasMatch())
                return value;
            at = more.capturedEnd();
        }
    };
    static const QRegularExpression title(QStringLiteral(R"(feed(?:\['title'\]|\.title)\s*==\s*)"));
    static const QRegularExpression link(QStringLiteral(R"(feed(?:\['link'\]|\.link)\s*==\s*)"));
    static const QRegularExpression count(QStringLiteral(R"(len\(entries\)\s*==\s*(\d+))"));
    e.title = stringAfter(title);
    e.link = stringAfter(link);
    if (const auto m = count.match(expect); m.hasMatch())
        e.entries = m.captured(1).toInt();
    static const QRegularExpression location(
            QStringLiteral(R"(Header:\s*Content-Location:\s*(\S+))"),
            QRegularExpression::CaseInsensitiveOption);
    e.contentLocation = location.match(head).captured(1);
    static const QRegularExpression charset(
            QStringLiteral(R"(Header:\s*Content-type:[^\n]*charset=["']?([A-Za-z0-9_.:\-]+))"),
            QRegularExpression::CaseInsensitiveOption);
    e.charset = charset.match(head).captured(1).toLatin1();
    return e;
}

} // namespace

class TestFeedConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo(testsDir()).isDir())
            QSKIP("../shared/data/feedparser-tests is absent");
    }

    void everyFileParsesAndAgrees()
    {
        int files = 0;
        int checked = 0;
        int agreed = 0;
        int illformedChecked = 0;
        int illformedAgreed = 0;
        int agreedExactly = 0;
        int refused = 0;
        int flagged = 0;
        QStringList plainTitles;
        qint64 slowestMs = 0;
        QString slowest;
        QStringList disagreements;
        QDirIterator it(testsDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".py")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const Expectation expect = readExpectation(bytes);
            FeedParseOptions options;
            // As feedparser's test server serves them; Content-Location as a client reads it.
            const QString relative = path.mid(testsDir().size() + 1);
            options.documentUrl = QUrl(QStringLiteral("http://127.0.0.1:8097/tests/") + relative);
            const QUrl location = options.documentUrl.resolved(QUrl(expect.contentLocation));
            if (!expect.contentLocation.isEmpty() && location.scheme().startsWith(u"http"))
                options.documentUrl = location;
            options.httpCharset = expect.charset;
            options.now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
            QElapsedTimer timer;
            timer.start();
            const Result<ParsedFeed> feed = parseFeed(bytes, options);
            const qint64 ms = timer.elapsed();
            ++files;
            if (!feed) {
                ++refused;
                qInfo().noquote() << "refused:" << path.mid(testsDir().size() + 1) << feed.error();
            } else if (feed->isMalformed())
                ++flagged;
            if (ms > slowestMs) {
                slowestMs = ms;
                slowest = path;
            }
            if (!expect.checked())
                continue;
            QStringList why;
            bool titleOnlyInForm = false;
            if (!feed) {
                why << QStringLiteral("refused: ") + feed.error();
            } else {
                // Our titles are plain text by contract; feedparser's are sanitised HTML when
                // the feed's are. Its value as plain text is what ours should be.
                if (expect.title && feed->title != *expect.title) {
                    if (feed->title == htmlToPlainText(*expect.title))
                        titleOnlyInForm = true;
                    else
                        why << QStringLiteral("title %1, expected %2")
                                        .arg(feed->title, *expect.title);
                }
                if (expect.link && feed->siteLink.toString() != *expect.link)
                    why << QStringLiteral("link %1, expected %2")
                                    .arg(feed->siteLink.toString(), *expect.link);
                if (expect.entries && feed->items.size() != *expect.entries)
                    why << QStringLiteral("%1 entries, expected %2")
                                    .arg(feed->items.size())
                                    .arg(*expect.entries);
            }
            if (relative.startsWith(QLatin1String("illformed/"))) {
                ++illformedChecked;
                illformedAgreed += why.isEmpty() ? 1 : 0;
                continue;
            }
            ++checked;
            if (why.isEmpty())
                ++agreed;
            if (why.isEmpty() && !titleOnlyInForm)
                ++agreedExactly;
            if (why.isEmpty() && titleOnlyInForm)
                plainTitles << relative;
            if (!why.isEmpty())
                disagreements << relative + QLatin1String(": ") + why.join(QLatin1String("; "));
        }
        for (const QString &d : std::as_const(disagreements))
            qInfo().noquote() << "disagrees:" << d;
        for (const QString &d : std::as_const(plainTitles))
            qInfo().noquote() << "agrees as plain text (feedparser keeps the title's HTML):" << d;
        qInfo().noquote() << QStringLiteral("parsed %1 files (%2 refused as no feed, %3 read "
                                            "with malformed reasons); the slowest took %4 ms (%5)")
                                     .arg(files)
                                     .arg(refused)
                                     .arg(flagged)
                                     .arg(slowestMs)
                                     .arg(slowest.mid(testsDir().size() + 1));
        qInfo().noquote() << QStringLiteral("title/link/entry count agree for %1 of %2 checked "
                                            "files (%3%), %4 (%5%) with the title character for "
                                            "character; illformed/: %6 of %7")
                                     .arg(agreed)
                                     .arg(checked)
                                     .arg(checked ? 100.0 * agreed / checked : 0.0, 0, 'f', 1)
                                     .arg(agreedExactly)
                                     .arg(checked ? 100.0 * agreedExactly / checked : 0.0, 0, 'f',
                                          1)
                                     .arg(illformedAgreed)
                                     .arg(illformedChecked);
        QVERIFY(files > 2000);
        QVERIFY(checked > 0);
        QVERIFY2(agreed * 100 >= checked * 95, "fewer than 95% of the checked files agree");
        QVERIFY2(slowestMs < 2000, qPrintable(slowest));
    }
};

QTEST_GUILESS_MAIN(TestFeedConformance)
#include "tst_feed_conformance.moc"
