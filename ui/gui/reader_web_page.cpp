#include "reader_web_page.h"

#include "gui_logging.h"
#include "web_setup.h"

#include <QDesktopServices>

namespace newsmark::gui {

ReaderWebPage::ReaderWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{ }

bool ReaderWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isAppUrl(url) && isMainFrame && type != NavigationTypeFormSubmitted)
        return true;
    if (type == NavigationTypeLinkClicked
        && (url.scheme() == u"https" || url.scheme() == u"http")) {
        qCInfo(lcGui) << "Opening link in the system browser:" << url.toDisplayString();
        QDesktopServices::openUrl(url);
        return false;
    }
    qCInfo(lcGui) << "Refused navigation to" << url.toDisplayString().left(200) << "type" << type;
    return false;
}

void ReaderWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                             const QString &message, int lineNumber,
                                             const QString &sourceID)
{
    // CSP violations land here; they are worth seeing while developing, not worth a warning.
    qCDebug(lcGui).noquote() << "page console" << level << sourceID << lineNumber << message;
}

// Page script has no business talking to the user through dialogs; article text that somehow ran
// as script must not be able to pop one up either.
void ReaderWebPage::javaScriptAlert(const QUrl &, const QString &msg)
{
    qCInfo(lcGui) << "Suppressed alert() from page:" << msg.left(200);
}

bool ReaderWebPage::javaScriptConfirm(const QUrl &, const QString &msg)
{
    qCInfo(lcGui) << "Suppressed confirm() from page:" << msg.left(200);
    return false;
}

bool ReaderWebPage::javaScriptPrompt(const QUrl &, const QString &msg, const QString &, QString *)
{
    qCInfo(lcGui) << "Suppressed prompt() from page:" << msg.left(200);
    return false;
}

} // namespace newsmark::gui
