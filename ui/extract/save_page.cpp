#include "save_page.h"

#include "i18n/ui_language.h"

#include "extract_logging.h"
#include "figure_fetch.h"
#include "main_thread_wait.h"
#include "page_extractor.h"

#include "feeds/http_fetcher.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QPointer>

#include <memory>

namespace newsmark::extract {

namespace {

FetchResponse fetchPage(const QUrl &url)
{
    HttpFetcher fetcher;
    std::optional<FetchResponse> response;
    QEventLoop loop;
    fetcher.fetch({url, {}, {}}, [&](const FetchResponse &r) {
        response = r;
        loop.quit();
    });
    if (!response)
        loop.exec();
    return *response;
}

// One extractor on the main thread for every page of the process (Save Page, feeds' full
// text): one off-screen page and profile, made when first needed; pages wait their turn.
class SharedExtractor final : public QObject
{
public:
    using Done = std::function<void(const Result<ExtractedPage> &)>;

    // On the main thread; `done` runs there.
    static void read(const FetchResponse &page, Done done)
    {
        static QPointer<SharedExtractor> shared;
        if (!shared)
            shared = new SharedExtractor(QCoreApplication::instance());
        const quint64 ticket = shared->m_extractor->extract(page.body, page.finalUrl, page.charset);
        shared->m_waiting.insert(ticket, std::move(done));
    }

private:
    explicit SharedExtractor(QObject *parent)
        : QObject(parent)
    {
        // Pages come chosen (Save Page) or linked from a feed: a short article (Readability's
        // 500-character threshold is a long Korean paragraph) is kept rather than refused.
        ExtractionLimits limits;
        limits.acceptNonArticles = true;
        m_extractor = new PageExtractor(limits, this);
        connect(m_extractor, &PageExtractor::finished, this,
                [this](quint64 ticket, const Result<ExtractedPage> &page) {
                    if (const Done done = m_waiting.take(ticket))
                        done(page);
                });
    }

    PageExtractor *m_extractor = nullptr;
    QHash<quint64, Done> m_waiting;
};

// The page's article, waiting for it: on the main thread by running its event loop, from
// another thread by posting the page there.
Result<ExtractedPage> extract(const FetchResponse &page)
{
    return waitForMainThread<Result<ExtractedPage>>(
            [page](const std::function<void(const Result<ExtractedPage> &)> &done) {
                SharedExtractor::read(page, done);
            });
}

} // namespace

void readPageArticle(const FetchResponse &page, QObject *context,
                     std::function<void(const Result<Article> &)> done)
{
    QPointer<QObject> guarded(context);
    QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, guarded, done = std::move(done)] {
                SharedExtractor::read(page, [guarded, done](const Result<ExtractedPage> &read) {
                    if (!guarded)
                        return; // the refresh is gone
                    const Result<Article> article = read ? Result<Article>(read->article)
                                                         : Result<Article>(Error {read.error()});
                    // The images load on the refresh's thread, as its pages do.
                    QMetaObject::invokeMethod(
                            guarded,
                            [guarded, done, article] {
                                if (!article) {
                                    done(article);
                                    return;
                                }
                                fetchFigures(*article, guarded, [done](Article withImages) {
                                    done(Result<Article>(std::move(withImages)));
                                });
                            },
                            Qt::QueuedConnection);
                });
            },
            Qt::QueuedConnection);
}

FeedRefresher::WebReader feedWebReader()
{
    return {readPageArticle,
            [](Article article, QObject *context, std::function<void(Article)> done) {
                fetchFigures(std::move(article), context, std::move(done));
            }};
}

Result<SavedPage> savePage(Library &library, const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https"))
        return Error {CoreText::tr("'%1' is not a web address").arg(url.toDisplayString())};
    const FetchResponse page = fetchPage(url);
    if (!page.ok())
        return Error {QStringLiteral("%1: %2").arg(url.toDisplayString(), page.error)};
    if (!page.contentType.isEmpty() && !page.contentType.contains("html"))
        return Error {CoreText::tr("%1 is not a web page (%2)")
                              .arg(url.toDisplayString(), QString::fromLatin1(page.contentType))};
    auto extracted = extract(page);
    if (!extracted)
        return Error {QStringLiteral("%1: %2").arg(url.toDisplayString(), extracted.error())};
    Article article = extracted->article;
    // "Headline | Site" as pages title themselves: the site is the outlet, not the headline.
    for (const QString &separator : {QStringLiteral(" | "), QStringLiteral(" - "),
                                     QStringLiteral(" :: "), QStringLiteral(" – ")}) {
        const QString site = extracted->siteName.trimmed();
        if (!site.isEmpty() && article.headline.endsWith(separator + site))
            article.headline.chop(separator.size() + site.size());
    }
    const QUrl source = extracted->canonicalUrl.isValid() ? extracted->canonicalUrl : page.finalUrl;
    article.sourcePath = source.toString(QUrl::FullyEncoded);
    if (article.published.isEmpty())
        article.published = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    article.contentHash = article.computeContentHash();
    // The same text saved before with its images has them: they are not fetched again.
    const std::optional<ArticleId> saved = library.articles().findByHash(article.contentHash);
    if (saved && library.articles().hasFigures(*saved))
        article.figures.clear();
    else
        article = fetchFiguresNow(std::move(article));
    auto stored = library.articles().insertMany({article}, SamePath::UpdateInPlace);
    if (!stored)
        return Error {stored.error()};
    const InsertOutcome outcome = stored->constFirst();
    if (outcome.updated)
        (void)library.notes().reanchor(outcome.id);
    qCInfo(lcExtract) << "saved" << source << "as article" << outcome.id;
    return SavedPage {outcome.id,      article.headline,  source,
                      outcome.updated, outcome.duplicate, int(article.figures.size())};
}

} // namespace newsmark::extract
