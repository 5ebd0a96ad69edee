#include "extraction_web.h"

#include "extract_logging.h"

#include <QBuffer>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

#include <unistd.h>

namespace newsmark::extract {

namespace {

bool isPageUrl(const QUrl &url)
{
    return url.scheme() == QLatin1StringView(kPageScheme);
}

} // namespace

void prepareExtraction()
{
    if (QWebEngineUrlScheme::schemeByName(kPageScheme).name() != kPageScheme) {
        QWebEngineUrlScheme scheme(kPageScheme);
        // Path syntax: the document URL is opaque, so the page's relative links resolve to
        // nothing and are never requested.
        scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
        scheme.setFlags(QWebEngineUrlScheme::LocalScheme);
        QWebEngineUrlScheme::registerScheme(scheme);
    }
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        qCInfo(lcExtract) << "Running as root: Chromium sandbox disabled";
    }
}

PageSchemeHandler::PageSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{ }

void PageSchemeHandler::setPage(const QUrl &url, QByteArray utf8Html)
{
    m_url = url;
    m_html = std::move(utf8Html);
}

void PageSchemeHandler::clear()
{
    m_url.clear();
    m_html.clear();
}

void PageSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (m_url.isEmpty() || job->requestUrl() != m_url || job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    auto *body = new QBuffer(job);
    body->setData(m_html);
    body->open(QIODevice::ReadOnly);
    // The page was decoded here (page_decoder.h); the HTTP-level charset outranks any <meta>.
    job->reply(QByteArrayLiteral("text/html; charset=utf-8"), body);
}

PageRequestInterceptor::PageRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{ }

// Qt 6 calls this on the GUI thread.
void PageRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (isPageUrl(url) && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame)
        return;
    info.block(true);
    qCDebug(lcExtract).noquote() << "Blocked request to" << url.toDisplayString().left(200);
    Q_EMIT requestBlocked(url);
}

ExtractionWebPage::ExtractionWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    setAudioMuted(true);
}

bool ExtractionWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type,
                                                bool isMainFrame)
{
    Q_UNUSED(type);
    // A frame's navigation is left to the interceptor, which refuses its request: refusing it
    // here leaves the frame pending and the page's load never finishes.
    if (!isMainFrame || isPageUrl(url))
        return true;
    qCDebug(lcExtract).noquote() << "Refused navigation to" << url.toDisplayString().left(200);
    return false;
}

void ExtractionWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                                 const QString &message, int lineNumber,
                                                 const QString &sourceID)
{
    Q_UNUSED(level);
    qCDebug(lcExtract).noquote() << "Console:" << message.left(300) << sourceID << lineNumber;
}

void lockDownProfile(QWebEngineProfile *profile, PageSchemeHandler *pages,
                     PageRequestInterceptor *interceptor)
{
    profile->installUrlSchemeHandler(kPageScheme, pages);
    profile->setUrlRequestInterceptor(interceptor);
    profile->setHttpCacheType(QWebEngineProfile::NoCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    QWebEngineSettings *settings = profile->settings();
    // The page's own scripts never run; runJavaScript(…, ApplicationWorld) still does.
    for (const auto attribute :
         {QWebEngineSettings::JavascriptEnabled, QWebEngineSettings::AutoLoadImages,
          QWebEngineSettings::LocalContentCanAccessRemoteUrls,
          QWebEngineSettings::LocalContentCanAccessFileUrls,
          QWebEngineSettings::LocalStorageEnabled, QWebEngineSettings::JavascriptCanOpenWindows,
          QWebEngineSettings::PluginsEnabled, QWebEngineSettings::PdfViewerEnabled,
          QWebEngineSettings::WebGLEnabled, QWebEngineSettings::Accelerated2dCanvasEnabled,
          QWebEngineSettings::AutoLoadIconsForPage, QWebEngineSettings::DnsPrefetchEnabled,
          QWebEngineSettings::HyperlinkAuditingEnabled, QWebEngineSettings::ErrorPageEnabled,
          QWebEngineSettings::NavigateOnDropEnabled})
        settings->setAttribute(attribute, false);
}

} // namespace newsmark::extract
