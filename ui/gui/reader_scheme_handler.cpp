#include "reader_scheme_handler.h"

#include "gui_logging.h"
#include "web_setup.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QWebEngineUrlRequestJob>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

QByteArray mimeTypeFor(const QString &fileName)
{
    if (fileName.endsWith(u".css"))
        return "text/css;charset=utf-8";
    if (fileName.endsWith(u".js"))
        return "text/javascript;charset=utf-8";
    if (fileName.endsWith(u".svg"))
        return "image/svg+xml";
    if (fileName.endsWith(u".png"))
        return "image/png";
    if (fileName.endsWith(u".woff2"))
        return "font/woff2";
    return "application/octet-stream";
}

// The resource behind a static newsmark://app/ path, or empty. Only plain file names directly under
// /web/ are mapped, so no path can climb out of the directory.
QString resourceFor(const QString &path)
{
    if (path == u"/qwebchannel.js")
        return u":/qtwebchannel/qwebchannel.js"_s;
    static const QRegularExpression webFile(u"^/web/([A-Za-z0-9_-][A-Za-z0-9._-]*)$"_s);
    const QRegularExpressionMatch match = webFile.match(path);
    if (!match.hasMatch())
        return {};
    return u":/web/"_s + match.captured(1);
}

void reply(QWebEngineUrlRequestJob *job, const QByteArray &mimeType, const QByteArray &bytes)
{
    // The job owns the buffer, so it lives exactly as long as WebEngine reads from it.
    auto *buffer = new QBuffer(job);
    buffer->setData(bytes);
    job->reply(mimeType, buffer);
}

} // namespace

ReaderSchemeHandler::ReaderSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{ }

void ReaderSchemeHandler::setDocument(const QString &path, const QByteArray &html)
{
    m_documentPath = path;
    m_document = html;
}

void ReaderSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (!isAppUrl(url)) {
        qCInfo(lcGui) << "No such newsmark resource:" << url.toDisplayString();
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }

    const QString path = url.path();
    if (!m_documentPath.isEmpty() && path == m_documentPath) {
        reply(job, "text/html;charset=utf-8", m_document);
        return;
    }
    static const QRegularExpression image(u"^/image/([1-9][0-9]{0,17})/([0-9]{1,4})$"_s);
    if (const QRegularExpressionMatch m = image.match(path); m.hasMatch()) {
        const std::optional<Figure> figure = m_figures
                ? m_figures(m.captured(1).toLongLong(), m.captured(2).toInt())
                : std::nullopt;
        if (!figure) {
            qCInfo(lcGui) << "No such image:" << url.toDisplayString();
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, figure->mimeType, figure->data);
        return;
    }

    const QString resource = resourceFor(path);
    QFile file(resource);
    if (resource.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qCInfo(lcGui) << "No such newsmark resource:" << url.toDisplayString();
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    reply(job, mimeTypeFor(resource), file.readAll());
}

} // namespace newsmark::gui
