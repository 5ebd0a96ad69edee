#include "feeds/feed_actions.h"

#include "i18n/ui_language.h"

#include "library/library.h"

#include <QEventLoop>

namespace newsmark {

QUrl feedAddressFromUserInput(const QString &typed, bool *guessedScheme)
{
    QString text = typed.trimmed();
    const bool guessed = !text.contains(QLatin1String("://"));
    if (guessed)
        text.prepend(QLatin1String("https://"));
    if (guessedScheme)
        *guessedScheme = guessed;
    QUrl url = QUrl::fromUserInput(text);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url;
}

Result<FeedId> subscribeToFeed(Library &library, const QString &typed, const FeedRecord &options)
{
    bool guessed = false;
    const QUrl address = feedAddressFromUserInput(typed, &guessed);
    if (!address.isValid())
        return Error {CoreText::tr("'%1' is not a web address").arg(typed.trimmed())};
    HttpFetcher fetcher;
    auto find = [&fetcher](const QUrl &url) {
        std::optional<Result<FoundFeed>> found;
        QEventLoop loop;
        findFeed(fetcher, url, [&](const Result<FoundFeed> &result) {
            found = result;
            loop.quit();
        });
        if (!found)
            loop.exec();
        return *found;
    };
    Result<FoundFeed> found = find(address);
    if (!found && guessed) {
        QUrl plain = address;
        plain.setScheme(QStringLiteral("http"));
        if (auto second = find(plain))
            found = second;
    }
    if (!found)
        return Error {found.error()};
    FeedRecord record = options;
    record.url = found.value().url.toString(QUrl::FullyEncoded);
    record.title = found.value().feed.title;
    record.siteUrl = found.value().feed.siteLink.toString(QUrl::FullyEncoded);
    return library.feeds().add(record);
}

QList<FeedRefreshReport>
refreshFeeds(Library &library, const QList<FeedRecord> &feeds,
             const std::function<bool(const FeedRefreshReport &, int done, int total)> &progress,
             const FeedRefresher::WebReader &web)
{
    QList<FeedRefreshReport> reports;
    if (feeds.isEmpty())
        return reports;
    HttpFetcher fetcher;
    FeedRefresher refresher(library.feeds(), fetcher);
    refresher.setWebReader(web);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&refresher, &FeedRefresher::feedRefreshed, &refresher,
                     [&](const FeedRefreshReport &report) {
                         // Items edited at the source: their notes go where the quote now is,
                         // as after a re-import.
                         for (const ArticleId id : report.stored.updatedIds)
                             (void)library.notes().reanchor(id);
                         reports.append(report);
                         if (progress && !progress(report, int(reports.size()), int(feeds.size())))
                             refresher.cancel();
                     });
    QObject::connect(&refresher, &FeedRefresher::finished, &refresher, [&] {
        finished = true;
        loop.quit();
    });
    refresher.refresh(feeds);
    if (!finished)
        loop.exec();
    return reports;
}

OpmlDocument subscriptionsAsOpml(FeedStore &store, const QString &title)
{
    OpmlDocument document;
    document.title = title;
    for (const FeedRecord &f : store.list()) {
        OpmlFeed feed;
        feed.folderPath = f.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        feed.title = f.title;
        feed.xmlUrl = QUrl(f.url);
        feed.htmlUrl = QUrl(f.siteUrl);
        document.feeds.append(feed);
    }
    return document;
}

Result<OpmlSubscribed> subscribeFromOpml(FeedStore &store, const OpmlDocument &document)
{
    OpmlSubscribed outcome;
    for (const OpmlFeed &feed : document.feeds) {
        FeedRecord record;
        record.url = feed.xmlUrl.toString(QUrl::FullyEncoded);
        if (store.findByUrl(record.url)) {
            ++outcome.known;
            continue;
        }
        record.title = feed.title;
        record.siteUrl = feed.htmlUrl.toString(QUrl::FullyEncoded);
        record.folder = feed.folderPath.join(QLatin1Char('/'));
        if (auto added = store.add(record); !added)
            return Error {added.error()};
        ++outcome.added;
    }
    return outcome;
}

} // namespace newsmark
