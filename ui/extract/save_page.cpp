#include "save_page.h"

#include "extract_logging.h"
#include "page_extractor.h"

#include "feeds/http_fetcher.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QPointer>
#include <QSemaphore>
#include <QThread>

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

// Runs the extraction on the main thread; `done` is called there.
void extractOnMainThread(const FetchResponse &page,
                         std::function<void(const Result<ExtractedPage> &)> done)
{
    // The user chose this page: a short article (Readability's 500-character threshold is a
    // long Korean paragraph) is kept rather than refused.
    ExtractionLimits limits;
    limits.acceptNonArticles = true;
    auto *extractor = new PageExtractor(limits, QCoreApplication::instance());
    QObject::connect(
            extractor, &PageExtractor::finished, extractor,
            [extractor, done = std::move(done)](quint64, const Result<ExtractedPage> &result) {
                done(result);
                extractor->deleteLater();
            });
    extractor->extract(page.body, page.finalUrl, page.charset);
}

Result<ExtractedPage> extract(const FetchResponse &page)
{
    auto result = std::make_shared<std::optional<Result<ExtractedPage>>>();
    QCoreApplication *app = QCoreApplication::instance();
    if (QThread::currentThread() == app->thread()) {
        QEventLoop loop;
        extractOnMainThread(page, [result, &loop](const Result<ExtractedPage> &r) {
            *result = r;
            loop.quit();
        });
        if (!result->has_value())
            loop.exec();
        return **result;
    }
    auto ready = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
            app,
            [page, result, ready] {
                extractOnMainThread(page, [result, ready](const Result<ExtractedPage> &r) {
                    *result = r;
                    ready->release();
                });
            },
            Qt::QueuedConnection);
    ready->acquire();
    return **result;
}

// One extractor for the feeds' pages, on the main thread, made when first needed.
class SharedExtractor final : public QObject
{
public:
    static SharedExtractor &instance()
    {
        static QPointer<SharedExtractor> shared;
        if (!shared)
            shared = new SharedExtractor(QCoreApplication::instance());
        return *shared;
    }

    void read(const FetchResponse &page, QPointer<QObject> context,
              std::function<void(const Result<Article> &)> done)
    {
        const quint64 ticket = m_extractor->extract(page.body, page.finalUrl, page.charset);
        m_waiting.insert(ticket, {std::move(context), std::move(done)});
    }

private:
    explicit SharedExtractor(QObject *parent)
        : QObject(parent)
    {
        ExtractionLimits limits;
        limits.acceptNonArticles = true; // short Korean articles fall under Readability's bar
        m_extractor = new PageExtractor(limits, this);
        connect(m_extractor, &PageExtractor::finished, this,
                [this](quint64 ticket, const Result<ExtractedPage> &page) {
                    const auto waiting = m_waiting.take(ticket);
                    if (!waiting.context)
                        return; // the refresh is gone
                    Result<Article> article = page ? Result<Article>(page->article)
                                                   : Result<Article>(Error {page.error()});
                    QMetaObject::invokeMethod(
                            waiting.context, [done = waiting.done, article] { done(article); },
                            Qt::QueuedConnection);
                });
    }

    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void(const Result<Article> &)> done;
    };
    PageExtractor *m_extractor = nullptr;
    QHash<quint64, Waiting> m_waiting;
};

} // namespace

void readPageArticle(const FetchResponse &page, QObject *context,
                     std::function<void(const Result<Article> &)> done)
{
    QPointer<QObject> guarded(context);
    QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, guarded, done = std::move(done)] {
                SharedExtractor::instance().read(page, guarded, done);
            },
            Qt::QueuedConnection);
}

Result<SavedPage> savePage(Library &library, const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https"))
        return Error {QStringLiteral("'%1' is not a web address").arg(url.toDisplayString())};
    const FetchResponse page = fetchPage(url);
    if (!page.ok())
        return Error {QStringLiteral("%1: %2").arg(url.toDisplayString(), page.error)};
    if (!page.contentType.isEmpty() && !page.contentType.contains("html"))
        return Error {QStringLiteral("%1 is not a web page (%2)")
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
    auto stored = library.articles().insertMany({article}, SamePath::UpdateInPlace);
    if (!stored)
        return Error {stored.error()};
    const InsertOutcome outcome = stored->constFirst();
    if (outcome.updated)
        (void)library.notes().reanchor(outcome.id);
    qCInfo(lcExtract) << "saved" << source << "as article" << outcome.id;
    return SavedPage {outcome.id, article.headline, source, outcome.updated, outcome.duplicate};
}

} // namespace newsmark::extract
