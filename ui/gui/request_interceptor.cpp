#include "request_interceptor.h"

#include "gui_logging.h"
#include "web_setup.h"

#include <QWebEngineUrlRequestInfo>

namespace newsmark::gui {

RequestInterceptor::RequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{ }

// Qt 6 calls this on the GUI thread, so the counter and the signal need no locking.
void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (isAppUrl(url) || url.scheme() == u"data")
        return;
    info.block(true);
    qCInfo(lcGui).noquote() << "Blocked request to" << url.toDisplayString().left(200);
    Q_EMIT requestBlocked(url);
}

} // namespace newsmark::gui
