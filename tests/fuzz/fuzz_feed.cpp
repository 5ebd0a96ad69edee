// libFuzzer target: arbitrary bytes as a feed body (feeds/feed_parser.h) and as a web page
// (feeds/feed_discovery.h). Nothing crashes or hangs, a refusal says why, and what the fetcher
// and the store rely on holds: links are absolute and never scripts, dates are valid UTC.
#include "feeds/feed_article.h"
#include "feeds/feed_discovery.h"
#include "feeds/feed_parser.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace newsmark;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_feed: %s\n", what);
    std::abort();
}

void checkLink(const QUrl &url)
{
    if (url.isEmpty())
        return;
    if (url.isRelative())
        fail("a relative link");
    if (url.scheme().compare(QLatin1String("javascript"), Qt::CaseInsensitive) == 0)
        fail("a javascript: link");
}

void checkDate(const std::optional<QDateTime> &date)
{
    if (date && (!date->isValid() || date->timeSpec() != Qt::UTC))
        fail("a date that is not valid UTC");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("newsmark.*.debug=false"));
        return true;
    }();
    (void)quiet;
    const auto bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    FeedParseOptions options;
    options.documentUrl = QUrl(QStringLiteral("https://feeds.example/a/feed.xml"));
    options.now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
    const Result<ParsedFeed> feed = parseFeed(bytes, options);
    if (!feed) {
        if (feed.error().isEmpty())
            fail("a refusal without a reason");
    } else {
        checkLink(feed->siteLink);
        // Keys tell the items apart as the refresher stores them, whatever the feed's guids.
        const ItemIdentity identity = itemIdentityOf(feed->items, {});
        for (const FeedItem &item : feed->items) {
            if (feedItemKey(item, identity).isEmpty())
                fail("an item without a key");
        }
        for (const FeedItem &item : feed->items) {
            checkLink(item.link);
            checkDate(item.published);
            checkDate(item.updated);
            // The item as the library stores it: its images are web addresses standing before
            // a paragraph it has (or after the last).
            const Article article = feedItemArticle(item, feed->title, options.now,
                                                    QStringLiteral("feed:1#x"), identity);
            for (const Figure &figure : article.figures) {
                checkLink(QUrl(figure.sourceUrl));
                if (!figure.sourceUrl.startsWith(QLatin1String("http")))
                    fail("an image that is not http(s)");
                if (figure.beforeParagraph < 0
                    || figure.beforeParagraph > article.paragraphs.size())
                    fail("an image outside the text");
            }
        }
        for (const QString &reason : feed->malformed) {
            if (reason.isEmpty())
                fail("an empty malformed reason");
        }
    }
    for (const FeedCandidate &candidate : discoverFeeds(bytes, options.documentUrl)) {
        if (!candidate.url.scheme().startsWith(QLatin1String("http")))
            fail("a candidate that is not http(s)");
    }
    (void)looksLikeFeed(bytes);
    return 0;
}
