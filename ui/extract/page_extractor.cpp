#include "page_extractor.h"

#include "i18n/ui_language.h"

#include "extract_logging.h"
#include "extraction_web.h"
#include "page_decoder.h"

#include <QFile>
#include <QPointer>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initExtractResources()
{
    Q_INIT_RESOURCE(newsmark_extract_resources);
}

namespace newsmark::extract {

namespace {

// Readability.js, Readability-readerable.js and our driver, run as one script; the value of the
// last expression (the driver's JSON string) is what runJavaScript returns.
const QString &extractionScript()
{
    static const QString script = [] {
        initExtractResources();
        QString text;
        for (const char *name : {":/extract/Readability.js", ":/extract/Readability-readerable.js",
                                 ":/extract/extract_page.js"}) {
            QFile file(QString::fromLatin1(name));
            if (!file.open(QIODevice::ReadOnly))
                qCCritical(lcExtract) << "Missing resource" << name;
            text += QString::fromUtf8(file.readAll()) + u"\n;\n";
        }
        return text;
    }();
    return script;
}

Error cancelled()
{
    return Error {QStringLiteral("cancelled")};
}

} // namespace

PageExtractor::PageExtractor(QObject *parent)
    : PageExtractor(ExtractionLimits {}, parent)
{ }

PageExtractor::PageExtractor(ExtractionLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_schemeHandler(new PageSchemeHandler(this))
    , m_interceptor(new PageRequestInterceptor(this))
{
    lockDownProfile(m_profile, m_schemeHandler, m_interceptor);

    connect(m_interceptor, &PageRequestInterceptor::requestBlocked, this, [this](const QUrl &url) {
        ++m_blockedRequests;
        Q_EMIT requestBlocked(url);
    });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PageExtractor::onTimeout);
    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &PageExtractor::pollDocument);
    createPage();
}

PageExtractor::~PageExtractor()
{
    // The page before its profile, the profile before the handler and interceptor it uses.
    delete m_page;
    m_page = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

quint64 PageExtractor::extract(const QByteArray &bytes, const QUrl &url,
                               const QByteArray &httpCharset)
{
    const quint64 ticket = ++m_lastTicket;
    if (bytes.size() > m_limits.maxBytes) {
        answer(ticket,
               Error {CoreText::tr("the page is too large (%1 bytes; the limit is %2)")
                              .arg(bytes.size())
                              .arg(m_limits.maxBytes)});
        return ticket;
    }
    m_queue.enqueue(Job {ticket, bytes, url, httpCharset});
    scheduleNext();
    return ticket;
}

void PageExtractor::cancel(quint64 ticket)
{
    if (ticket == m_current.ticket) {
        finishCurrent(cancelled());
        return;
    }
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).ticket == ticket) {
            m_queue.removeAt(i);
            answer(ticket, cancelled());
            return;
        }
    }
}

void PageExtractor::cancelAll()
{
    while (!m_queue.isEmpty())
        answer(m_queue.dequeue().ticket, cancelled());
    if (m_current.ticket != 0)
        finishCurrent(cancelled());
}

qsizetype PageExtractor::pendingCount() const
{
    return m_queue.size() + (m_current.ticket != 0 ? 1 : 0);
}

void PageExtractor::createPage()
{
    m_page = new ExtractionWebPage(m_profile, this);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &PageExtractor::onLoadingChanged);
}

void PageExtractor::scheduleNext()
{
    if (m_nextScheduled || m_current.ticket != 0 || m_queue.isEmpty())
        return;
    // Never from inside a page signal, so that the page may be replaced here.
    m_nextScheduled = true;
    QMetaObject::invokeMethod(this, &PageExtractor::startNext, Qt::QueuedConnection);
}

void PageExtractor::startNext()
{
    m_nextScheduled = false;
    if (m_current.ticket != 0 || m_queue.isEmpty())
        return;
    if (m_pageNeedsReset) {
        delete m_page;
        createPage();
        m_pageNeedsReset = false;
    }
    const Job job = m_queue.dequeue();
    const DecodedHtml decoded = decodeHtml(job.bytes, job.charset);
    m_current =
            Current {job.ticket, job.url,
                     QUrl(QString::fromLatin1(kPageScheme) + u':' + QString::number(job.ticket)),
                     decoded.encoding};
    qCDebug(lcExtract) << "Extracting" << job.url.toDisplayString() << job.bytes.size()
                       << "bytes as" << decoded.encoding;
    m_schemeHandler->setPage(m_current.pageUrl, decoded.html.toUtf8());
    m_timer.start(m_limits.timeout);
    m_pollTimer.start();
    m_page->load(m_current.pageUrl);
}

// The loading info names its own URL: the end of an earlier page's load, aborted by this one,
// is not mistaken for this page's.
void PageExtractor::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (m_current.ticket == 0 || m_current.scriptStarted || info.url() != m_current.pageUrl)
        return;
    if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus) {
        qCWarning(lcExtract) << "Loading failed:" << info.errorString();
        finishCurrent(Error {CoreText::tr("the page could not be loaded")});
    } else if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
        runExtraction();
    }
}

// Readability needs the parsed document, not its sub-resources, and some refused ones (an
// <object>'s data) can hold the load event back for good: once the document has been parsed,
// the extraction need not wait for the load to finish.
void PageExtractor::pollDocument()
{
    if (m_current.ticket == 0 || m_current.scriptStarted || m_current.pollPending)
        return;
    m_current.pollPending = true;
    const quint64 ticket = m_current.ticket;
    QPointer<PageExtractor> self(this);
    m_page->runJavaScript(QStringLiteral("document.URL + ' ' + document.readyState"),
                          QWebEngineScript::ApplicationWorld,
                          [self, ticket](const QVariant &value) {
                              if (!self || ticket != self->m_current.ticket)
                                  return;
                              self->m_current.pollPending = false;
                              const QString state = value.toString();
                              const QString prefix = self->m_current.pageUrl.toString() + u' ';
                              if (state.startsWith(prefix) && !state.endsWith(u"loading")
                                  && !self->m_current.scriptStarted)
                                  self->runExtraction();
                          });
}

void PageExtractor::runExtraction()
{
    m_current.scriptStarted = true;
    m_pollTimer.stop();
    m_schemeHandler->clear();
    const quint64 ticket = m_current.ticket;
    QPointer<PageExtractor> self(this);
    m_page->runJavaScript(extractionScript(), QWebEngineScript::ApplicationWorld,
                          [self, ticket](const QVariant &value) {
                              if (self)
                                  self->onScriptResult(ticket, value);
                          });
}

void PageExtractor::onScriptResult(quint64 ticket, const QVariant &value)
{
    if (ticket != m_current.ticket)
        return; // cancelled or timed out meanwhile
    m_current.scriptDone = true;
    Result<ExtractedPage> page = pageFromScriptResult(value.toString(), m_current.url);
    if (page.ok()) {
        page.value().encoding = m_current.encoding;
        if (!page->readerable && !m_limits.acceptNonArticles)
            page = Error {CoreText::tr("the page holds no article")};
    }
    finishCurrent(std::move(page));
}

void PageExtractor::onTimeout()
{
    if (m_current.ticket == 0)
        return;
    qCWarning(lcExtract) << "Extraction timed out:" << m_current.url.toDisplayString();
    finishCurrent(Error {CoreText::tr("the page took longer than %1 s to extract")
                                 .arg(double(m_limits.timeout.count()) / 1000.0)});
}

void PageExtractor::finishCurrent(Result<ExtractedPage> result)
{
    const quint64 ticket = m_current.ticket;
    const bool pageBusy = !m_current.scriptDone;
    m_timer.stop();
    m_pollTimer.stop();
    m_schemeHandler->clear();
    m_current = Current {};
    if (pageBusy) {
        // The renderer may still be loading or running the script: the next page gets a new one.
        m_page->triggerAction(QWebEnginePage::Stop);
        m_pageNeedsReset = true;
    }
    answer(ticket, std::move(result));
    scheduleNext();
}

void PageExtractor::answer(quint64 ticket, Result<ExtractedPage> result)
{
    // Queued, so that finished() never arrives inside extract() or cancel().
    QMetaObject::invokeMethod(
            this, [this, ticket, result = std::move(result)] { Q_EMIT finished(ticket, result); },
            Qt::QueuedConnection);
}

} // namespace newsmark::extract
