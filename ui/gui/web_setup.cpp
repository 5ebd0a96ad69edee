#include "web_setup.h"

#include "gui_logging.h"

#include <QCoreApplication>
#include <QWebEngineUrlScheme>

#include <unistd.h>

namespace newsmark::gui {

QUrl appUrl(const QString &path)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(kReaderScheme));
    url.setHost(QString::fromLatin1(kReaderHost));
    url.setPath(path);
    return url;
}

bool isAppUrl(const QUrl &url)
{
    return url.scheme() == QLatin1StringView(kReaderScheme)
            && url.host() == QLatin1StringView(kReaderHost);
}

void prepareWebEngine()
{
    QWebEngineUrlScheme scheme(kReaderScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setDefaultPort(QWebEngineUrlScheme::PortUnspecified);
    // Secure so that the page is a secure context; local so that web content could never reach
    // it. ContentSecurityPolicyIgnored is deliberately absent: the page's CSP must hold.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);

    // Chromium's sandbox refuses to start as root (containers, CI). The page is already confined
    // by its CSP and the request interceptor, so only in that case we run without it.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        qCInfo(lcGui) << "Running as root: Chromium sandbox disabled";
    }

    // QtWebEngineWidgets shares GL resources with the widgets; it must be said before the app.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace newsmark::gui
