#include "web_setup.h"

#include "gui_logging.h"

#include <QCoreApplication>
#include <QSettings>
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

bool wantsGpu(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--gpu") == 0)
            return true;
    }
    if (qEnvironmentVariableIsSet("NEWSMARK_GPU"))
        return qEnvironmentVariableIntValue("NEWSMARK_GPU") != 0;
    // Read before QApplication exists, so the file is named here as GuiSettings names it.
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                             QStringLiteral("Newsmark"), QStringLiteral("Newsmark"));
    return settings.value(QLatin1StringView(kGpuSettingKey), false).toBool();
}

void prepareWebEngine(int argc, char **argv)
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

    // Pages of text gain nothing from the GPU, and OpenGL costs the app ~90 MB (the GL driver,
    // with Mesa's LLVM, in the process) and ~100 ms of start-up. So Chromium composites in
    // software unless the user asks for the GPU (--gpu, NEWSMARK_GPU=1, or the setting).
    if (wantsGpu(argc, argv)) {
        qCInfo(lcGui) << "rendering with the GPU";
        return;
    }
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
}

} // namespace newsmark::gui
