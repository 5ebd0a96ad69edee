#pragma once

#include <QWebEnginePage>

namespace newsmark::gui {

// The reader's page: it only ever shows newsmark://app/ pages. A clicked http(s) link opens in the
// system browser; every other navigation (scripts, forms, other schemes) is refused.
class ReaderWebPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit ReaderWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg,
                          const QString &defaultValue, QString *result) override;
};

} // namespace newsmark::gui
