#pragma once

#include "extracted_page.h"
#include "result.h"

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QWebEngineProfile;
class QWebEngineLoadingInfo;
class QWebEnginePage;

namespace newsmark::extract {

class PageSchemeHandler;
class PageRequestInterceptor;

struct ExtractionLimits
{
    qsizetype maxBytes = 16 * 1024 * 1024; // a larger page is refused unread
    std::chrono::milliseconds timeout {30'000}; // from the start of the load to the article
    bool acceptNonArticles = false; // else a page Readability deems no article is an error
};

// Extracts the article from web pages with Mozilla's Readability.js in an off-screen
// QWebEnginePage, one page at a time, on a profile of its own: off the record, the page's own
// JavaScript disabled (Readability runs in the isolated ApplicationWorld, which that setting
// does not reach), every sub-resource and navigation refused, with a size and a time limit.
// Pages wait in a queue; each extract() is answered by exactly one finished(), always
// asynchronously, cancelled ones included. Lives on the GUI thread, as WebEngine requires.
class PageExtractor final : public QObject
{
    Q_OBJECT

public:
    explicit PageExtractor(QObject *parent = nullptr);
    explicit PageExtractor(ExtractionLimits limits, QObject *parent = nullptr);
    ~PageExtractor() override;
    Q_DISABLE_COPY_MOVE(PageExtractor)

    // Queues the page fetched from `url` (its bytes as received, and the charset its HTTP
    // response declared, if any) and returns the ticket finished() will carry.
    quint64 extract(const QByteArray &bytes, const QUrl &url, const QByteArray &httpCharset = {});
    // Answers the page with "cancelled" unless it is finished already.
    void cancel(quint64 ticket);
    void cancelAll();
    [[nodiscard]] qsizetype pendingCount() const;
    [[nodiscard]] int blockedRequestCount() const { return m_blockedRequests; }

Q_SIGNALS:
    void finished(quint64 ticket, const newsmark::Result<newsmark::extract::ExtractedPage> &result);
    // A request the page made and the extractor refused (an image, a script, a frame ...).
    void requestBlocked(const QUrl &url);

private:
    struct Job
    {
        quint64 ticket = 0;
        QByteArray bytes;
        QUrl url;
        QByteArray charset;
    };
    struct Current
    {
        quint64 ticket = 0; // 0: idle
        QUrl url;
        QUrl pageUrl; // newsmark-page:<ticket>
        QByteArray encoding;
        bool pollPending = false;
        bool scriptStarted = false;
        bool scriptDone = false;
    };

    void createPage();
    void scheduleNext();
    void startNext();
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void pollDocument();
    void runExtraction();
    void onScriptResult(quint64 ticket, const QVariant &value);
    void onTimeout();
    void answer(quint64 ticket, Result<ExtractedPage> result);
    void finishCurrent(Result<ExtractedPage> result);

    ExtractionLimits m_limits;
    QWebEngineProfile *m_profile = nullptr;
    PageSchemeHandler *m_schemeHandler = nullptr;
    PageRequestInterceptor *m_interceptor = nullptr;
    QWebEnginePage *m_page = nullptr;
    QTimer m_timer; // the time limit
    QTimer m_pollTimer; // asks whether the document is parsed
    QQueue<Job> m_queue;
    Current m_current;
    quint64 m_lastTicket = 0;
    int m_blockedRequests = 0;
    bool m_pageNeedsReset = false; // after a timeout or a cancel: the renderer may still be busy
    bool m_nextScheduled = false;
};

} // namespace newsmark::extract
