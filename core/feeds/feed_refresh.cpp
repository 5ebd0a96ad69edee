#include "feeds/feed_refresh.h"

#include "i18n/ui_language.h"

#include "feeds/feed_article.h"
#include "feeds/feed_discovery.h"
#include "feeds/html_text.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <memory>

namespace newsmark {

namespace {

constexpr qint64 kDaySeconds = 24 * 60 * 60;
constexpr qsizetype kMaxPagesPerRefresh = 50; // per feed and refresh: a big feed's first one
constexpr qsizetype kSummaryLength = 200; // shorter plain text is a summary (Korean: ~2 lines)

QString bodyHash(const QByteArray &body)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(body, QCryptographicHash::Blake2b_256).toHex());
}

FeedParseOptions parseOptions(const FetchResponse &response, const QByteArray &encodingOverride)
{
    FeedParseOptions options;
    options.httpCharset = response.charset;
    options.encodingOverride = encodingOverride;
    options.documentUrl = response.finalUrl.isValid() ? response.finalUrl : response.requestedUrl;
    options.now = QDateTime::currentDateTimeUtc();
    return options;
}

} // namespace

bool needsFullText(FullText mode, const FeedItem &item)
{
    if (mode == FullText::Never || !item.link.isValid() || item.link.isEmpty())
        return false;
    if (mode == FullText::Always)
        return true;
    // Auto: a feed that carries the whole text puts it in content; a summary is short, or
    // says it goes on ("…", "[...]", "Read more", "더보기").
    if (!item.content.trimmed().isEmpty())
        return false;
    const QString summary = htmlToPlainText(item.summary);
    static const QStringList goesOn = {QStringLiteral("…"),         QStringLiteral("..."),
                                       QStringLiteral("[…]"),       QStringLiteral("[...]"),
                                       QStringLiteral("Read more"), QStringLiteral("더보기"),
                                       QStringLiteral("기사 전문")};
    for (const QString &tail : goesOn) {
        if (summary.endsWith(tail, Qt::CaseInsensitive))
            return true;
    }
    return summary.size() < kSummaryLength;
}

QDateTime nextFetchTime(const FeedRecord &feed, const FetchResponse &response,
                        std::optional<int> ttlMinutes, bool failed, const QDateTime &now)
{
    const qint64 interval = qint64(qMax(1, feed.intervalMinutes)) * 60;
    qint64 wait = interval;
    if (failed) {
        const int failures = qMin(feed.errorCount + 1, 12);
        wait = qMin(kDaySeconds, interval << (failures - 1));
        if (response.retryAfter)
            wait = qBound<qint64>(60, *response.retryAfter, kDaySeconds);
        const double jitter = 0.9 + 0.2 * QRandomGenerator::global()->generateDouble();
        wait = qint64(double(wait) * jitter);
    } else {
        if (ttlMinutes && *ttlMinutes > 0)
            wait = qMax(wait, qint64(*ttlMinutes) * 60);
        if (response.freshFor)
            wait = qMax(wait, *response.freshFor);
        if (response.retryAfter)
            wait = qMax(wait, *response.retryAfter);
        wait = qMin(wait, qMax(interval, kDaySeconds));
    }
    return now.addSecs(wait);
}

FeedRefresher::FeedRefresher(FeedStore &store, HttpFetcher &fetcher, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_fetcher(fetcher)
{ }

void FeedRefresher::refresh(const QList<FeedRecord> &feeds)
{
    if (feeds.isEmpty()) {
        QMetaObject::invokeMethod(this, &FeedRefresher::finished, Qt::QueuedConnection);
        return;
    }
    m_pending += int(feeds.size());
    for (const FeedRecord &feed : feeds) {
        m_fetcher.fetch(
                {QUrl(feed.url), feed.etag, feed.lastModified},
                [this, feed](const FetchResponse &response) { onResponse(feed, response); });
    }
}

void FeedRefresher::cancel()
{
    m_fetcher.cancelAll();
    // The web reader's image fetchers are the refresher's children (its context): their
    // images end as "cancelled" too, so that Stop does not wait for pictures.
    for (HttpFetcher *images : findChildren<HttpFetcher *>(Qt::FindDirectChildrenOnly)) {
        if (images != &m_fetcher)
            images->cancelAll();
    }
}

void FeedRefresher::done(const FeedRefreshReport &report)
{
    Q_EMIT feedRefreshed(report);
    if (--m_pending == 0)
        Q_EMIT finished();
}

void FeedRefresher::onResponse(const FeedRecord &feed, const FetchResponse &response)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FeedRefreshReport report;
    report.id = feed.id;
    report.title = feed.title;
    report.url = feed.url;
    FeedFetchState state;
    state.fetchedAt = now;
    state.etag = response.etag.isEmpty() ? feed.etag : response.etag;
    state.lastModified =
            response.lastModified.isEmpty() ? feed.lastModified : response.lastModified;
    state.malformed = feed.malformed;
    if (response.permanentlyMoved && response.finalUrl.isValid()) {
        const QString moved = response.finalUrl.toString(QUrl::FullyEncoded);
        // Another subscription may have that address already: then this one keeps its own.
        if (moved != feed.url && !m_store.findByUrl(moved)) {
            state.url = moved;
            report.movedTo = moved;
        }
    }

    auto fail = [&](const QString &error) {
        if (error == u"cancelled") {
            report.error = error;
            done(report);
            return;
        }
        state.error = error;
        state.nextFetchAt = nextFetchTime(feed, response, std::nullopt, true, now);
        report.error = error;
        if (auto stored = m_store.storeState(feed.id, state); !stored)
            report.error = stored.error();
        done(report);
    };

    if (!response.ok())
        return fail(response.error);
    const QString hash = response.notModified ? QString() : bodyHash(response.body);
    if (response.notModified || hash == feed.bodyHash) {
        report.notModified = true;
        state.nextFetchAt = nextFetchTime(feed, response, std::nullopt, false, now);
        if (auto stored = m_store.storeState(feed.id, state); !stored)
            report.error = stored.error();
        done(report);
        return;
    }
    auto parsed = parseFeed(response.body, parseOptions(response, feed.encoding.toLatin1()));
    if (!parsed)
        return fail(CoreText::tr("not a feed: %1").arg(parsed.error()));
    state.bodyHash = hash;
    state.title = parsed->title;
    state.siteUrl = parsed->siteLink.toString(QUrl::FullyEncoded);
    // Items that share a guid or a link are told apart by what else they have, from now on.
    const ItemIdentity identity =
            itemIdentityOf(parsed->items, {feed.guidsTrusted, feed.linksTrusted});
    state.guidsTrusted = identity.guidsTrusted;
    state.linksTrusted = identity.linksTrusted;
    QStringList malformed = parsed->malformed;
    if (!identity.guidsTrusted)
        malformed << CoreText::tr("different items share a guid: they are told apart by their "
                                  "links");
    if (!identity.linksTrusted)
        malformed << CoreText::tr("different items share a link: each is kept as an article "
                                  "of its own, without its web page");
    if (identity.guidsTrusted != feed.guidsTrusted || identity.linksTrusted != feed.linksTrusted)
        qCInfo(lcFeeds) << feed.url << "guids trusted:" << identity.guidsTrusted
                        << "links trusted:" << identity.linksTrusted;
    state.malformed = malformed.join(QLatin1Char('\n'));
    state.nextFetchAt = nextFetchTime(feed, response, parsed->ttlMinutes, false, now);
    report.malformed = malformed;
    if (!parsed->title.isEmpty())
        report.title = parsed->title;
    const QString outlet = parsed->title.isEmpty() ? feed.title : parsed->title;
    QList<FeedArticle> items;
    QList<qsizetype> needPage; // indexes into items
    QList<QUrl> links;
    items.reserve(parsed->items.size());
    QList<qsizetype> needFigures; // indexes into items
    for (const FeedItem &item : parsed->items) {
        const QString key = feedItemKey(item, identity);
        Article article = feedItemArticle(
                item, outlet, now, QStringLiteral("feed:%1#%2").arg(feed.id).arg(key), identity);
        if (article.headline.isEmpty() && article.paragraphs.isEmpty())
            continue;
        // Only new items: a page once read is kept (feed_items.from_page), and so are images
        // once fetched (an item seen again brings none, which keeps the stored ones).
        // A link that items share leads to no one item's page.
        const bool wantsPage = m_web.readPage && identity.linksTrusted
                && needsFullText(feed.fullText, item) && needPage.size() < kMaxPagesPerRefresh;
        const bool wantsFigures = m_web.fetchFigures && !article.figures.isEmpty();
        const bool isNew = (wantsPage || wantsFigures) && !m_store.knowsItem(feed.id, key);
        if (wantsPage && isNew) {
            needPage.append(items.size());
            links.append(item.link);
            article.figures.clear(); // the page's own come with its text
        } else if (wantsFigures && isNew) {
            needFigures.append(items.size());
        } else {
            article.figures.clear();
        }
        items.append({key, std::move(article), false});
    }
    if (!needPage.isEmpty() || !needFigures.isEmpty())
        return completeAndStore(feed, state, report, std::move(items), needPage, links,
                                needFigures);
    auto stored = m_store.storeRefresh(feed.id, state, items);
    if (!stored)
        report.error = stored.error();
    else
        report.stored = *stored;
    qCInfo(lcFeeds) << feed.url << ":" << report.stored.added << "new," << report.stored.updated
                    << "updated";
    done(report);
}

void FeedRefresher::completeAndStore(const FeedRecord &feed, const FeedFetchState &state,
                                     FeedRefreshReport report, QList<FeedArticle> items,
                                     const QList<qsizetype> &needPage, const QList<QUrl> &links,
                                     const QList<qsizetype> &needFigures)
{
    struct Pending
    {
        FeedFetchState state;
        FeedRefreshReport report;
        QList<FeedArticle> items;
        int left = 0;
    };
    auto pending = std::make_shared<Pending>(Pending {state, std::move(report), std::move(items),
                                                      int(needPage.size() + needFigures.size())});
    auto finishOne = [this, pending, id = feed.id] {
        if (--pending->left > 0)
            return;
        auto stored = m_store.storeRefresh(id, pending->state, pending->items);
        if (!stored)
            pending->report.error = stored.error();
        else
            pending->report.stored = *stored;
        done(pending->report);
    };
    for (qsizetype n = 0; n < needPage.size(); ++n) {
        const qsizetype index = needPage.at(n);
        m_fetcher.fetch(
                {links.at(n), {}, {}},
                [this, pending, index, finishOne](const FetchResponse &page) {
                    if (!page.ok() || !page.contentType.contains("html")) {
                        finishOne(); // the summary stays
                        return;
                    }
                    m_web.readPage(
                            page, this, [pending, index, finishOne](const Result<Article> &read) {
                                FeedArticle &item = pending->items[index];
                                if (read && !read->paragraphs.isEmpty()) {
                                    // The feed's headline, date, outlet and link stay;
                                    // the text is the page's.
                                    item.article.subheadlines = read->subheadlines;
                                    item.article.paragraphs = read->paragraphs;
                                    item.article.paragraphKinds = read->paragraphKinds;
                                    item.article.figures = read->figures;
                                    if (item.article.reporter.isEmpty())
                                        item.article.reporter = read->reporter;
                                    item.article.email = read->email;
                                    item.article.copyright = read->copyright;
                                    item.article.contentHash = item.article.computeContentHash();
                                    item.fromPage = true;
                                }
                                finishOne();
                            });
                });
    }
    for (const qsizetype index : needFigures) {
        m_web.fetchFigures(pending->items.at(index).article, this,
                           [pending, index, finishOne](Article fetched) {
                               pending->items[index].article.figures = std::move(fetched.figures);
                               finishOne();
                           });
    }
}

void findFeed(HttpFetcher &fetcher, const QUrl &address,
              std::function<void(const Result<FoundFeed> &)> done)
{
    struct Search
    {
        QList<FeedCandidate> candidates;
        qsizetype next = 0;
        std::function<void(const Result<FoundFeed> &)> done;
        QString firstError;
    };
    auto search = std::make_shared<Search>();
    search->done = std::move(done);
    // Tries the candidates one after another until one parses as a feed.
    auto tryNext = std::make_shared<std::function<void()>>();
    *tryNext = [&fetcher, search, tryNext] {
        if (search->next >= search->candidates.size()) {
            search->done(Error {search->firstError.isEmpty() ? CoreText::tr("no feed found there")
                                                             : search->firstError});
            *tryNext = nullptr; // breaks the cycle
            return;
        }
        const QUrl url = search->candidates.at(search->next++).url;
        fetcher.fetch({url, {}, {}}, [search, tryNext, url](const FetchResponse &r) {
            if (r.ok()) {
                auto parsed = parseFeed(r.body, parseOptions(r, {}));
                if (parsed) {
                    const QUrl found = r.permanentlyMoved ? r.finalUrl : url;
                    search->done(FoundFeed {found, std::move(parsed).value()});
                    *tryNext = nullptr;
                    return;
                }
            }
            (*tryNext)();
        });
    };
    fetcher.fetch({address, {}, {}}, [search, tryNext, address](const FetchResponse &r) {
        if (!r.ok()) {
            search->done(Error {QStringLiteral("%1: %2").arg(address.toDisplayString(), r.error)});
            *tryNext = nullptr;
            return;
        }
        const QUrl url = r.permanentlyMoved ? r.finalUrl : address;
        if (looksLikeFeed(r.body)) {
            auto parsed = parseFeed(r.body, parseOptions(r, {}));
            if (parsed) {
                search->done(FoundFeed {url, std::move(parsed).value()});
                *tryNext = nullptr;
                return;
            }
            search->firstError = CoreText::tr("%1 is not a feed that can be read: %2")
                                         .arg(address.toDisplayString(), parsed.error());
        }
        search->candidates = discoverFeeds(r.body, r.finalUrl, r.charset);
        if (search->firstError.isEmpty())
            search->firstError = CoreText::tr("%1 is a page without a feed (none declared, "
                                              "none at the usual addresses)")
                                         .arg(address.toDisplayString());
        (*tryNext)();
    });
}

} // namespace newsmark
