#pragma once

#include <QByteArray>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>

namespace newsmark::extract {

// Pages to extract are served under newsmark-page:<ticket>, never under their web address: no
// size limit (setContent's data: URL stops at 2 MB, of percent-encoded bytes), the charset we
// decoded with, and an opaque document URL that relative links cannot resolve against.
inline constexpr char kPageScheme[] = "newsmark-page";

// Registers kPageScheme as a local scheme, which Chromium forbids to load anything from the web,
// and, as root (containers, CI), disables Chromium's sandbox, which refuses to start there (the
// GUI's prepareWebEngine() does the same). Call before the application object exists: WebEngine
// reads both once, when it starts. Without it extraction still works (the interceptor refuses
// what the page asks for) and Qt warns once.
void prepareExtraction();

class PageSchemeHandler;
class PageRequestInterceptor;

// Locks an off-the-record profile down for documents that must load nothing: `pages` serves
// kPageScheme, `interceptor` refuses every other request, and no cache, cookies, spell check,
// page scripts, images, local storage, plugins, PDF viewer, WebGL, 2D acceleration, icons, DNS
// prefetch, hyperlink auditing, error pages, new windows or navigation on drop. The extractor and
// the PDF printer share it.
void lockDownProfile(QWebEngineProfile *profile, PageSchemeHandler *pages,
                     PageRequestInterceptor *interceptor);

// Serves the one page being extracted, as UTF-8, and refuses every other URL.
class PageSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit PageSchemeHandler(QObject *parent = nullptr);

    void setPage(const QUrl &url, QByteArray utf8Html);
    void clear();
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QUrl m_url;
    QByteArray m_html;
};

// Refuses every request but the extractor's own page: images, scripts, styles, frames, fonts,
// prefetches and navigations to the web never leave the process.
class PageRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit PageRequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void requestBlocked(const QUrl &url);
};

// The off-screen page: its main frame never navigates away from its own document and keeps its
// console messages in the extractor's log.
class ExtractionWebPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit ExtractionWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;
};

} // namespace newsmark::extract
