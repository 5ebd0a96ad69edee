#include "reader_profile.h"

#include "reader_scheme_handler.h"
#include "request_interceptor.h"
#include "web_setup.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace newsmark::gui {

ReaderProfile::ReaderProfile(QObject *parent)
    : QObject(parent)
    ,
    // Created first so that, as the first child, it is also destroyed before the handler and
    // the interceptor it points to.
    m_profile(new QWebEngineProfile(this))
    , m_schemeHandler(new ReaderSchemeHandler(this))
    , m_interceptor(new RequestInterceptor(this))
{
    m_profile->installUrlSchemeHandler(kReaderScheme, m_schemeHandler);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);

    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
}

ReaderProfile::~ReaderProfile()
{
    // Explicit, so that the order above does not hang on the order of children.
    delete m_profile;
}

} // namespace newsmark::gui
