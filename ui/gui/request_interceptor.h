#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace newsmark::gui {

// The reader's last line of defence: whatever a page manages to request (a CSP gap, a renderer
// bug, a redirect), nothing leaves newsmark://app/ or inline data: URLs.
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void requestBlocked(const QUrl &url);

private:
};

} // namespace newsmark::gui
