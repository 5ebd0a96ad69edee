#include "feeds/http_fetcher.h"

#include "i18n/ui_language.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace newsmark {

namespace {

QString hostKey(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(-1));
}

std::optional<qint64> maxAge(const QByteArray &cacheControl)
{
    for (const QByteArray &part : cacheControl.split(',')) {
        const QByteArray directive = part.trimmed().toLower();
        if (directive.startsWith("max-age=")) {
            bool ok = false;
            const qint64 seconds = directive.mid(8).toLongLong(&ok);
            if (ok && seconds >= 0)
                return seconds;
        }
    }
    return std::nullopt;
}

// Retry-After is seconds or an HTTP date.
std::optional<qint64> retryAfter(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    const QDateTime when =
            QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return qMax<qint64>(0, now.secsTo(when));
    return std::nullopt;
}

} // namespace

HttpFetcher::HttpFetcher(FetchLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed here, so that a permanent move is seen and the hops are counted.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpFetcher::~HttpFetcher()
{
    // No callback runs after this: the owner is going.
    for (Job *job : std::as_const(m_queue))
        delete job;
    m_queue.clear();
    const auto replies = m_replies;
    m_replies.clear();
    for (auto it = replies.cbegin(); it != replies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        delete it.value();
    }
}

QByteArray HttpFetcher::userAgent()
{
    return QByteArrayLiteral("Newsmark/0.1 (news reader; +https://newsmark.io)");
}

void HttpFetcher::fetch(const FetchRequest &request, Callback done)
{
    auto *job = new Job {request, std::move(done), {}, request.url, 0};
    job->response.requestedUrl = request.url;
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || (scheme != u"http" && scheme != u"https")) {
        job->response.error =
                CoreText::tr("%1 is not an http(s) address").arg(request.url.toDisplayString());
        // Asynchronously, as for every other answer.
        QTimer::singleShot(0, this, [this, job] { finish(job); });
        return;
    }
    m_queue.append(job);
    startNext();
}

void HttpFetcher::cancelAll()
{
    const QList<Job *> queued = std::exchange(m_queue, {});
    for (Job *job : queued) {
        job->response.error = QStringLiteral("cancelled");
        finish(job);
    }
    const QList<QNetworkReply *> running = m_replies.keys();
    for (QNetworkReply *reply : running)
        reply->abort(); // finished() follows, with OperationCanceledError
}

void HttpFetcher::startNext()
{
    for (qsizetype i = 0; i < m_queue.size() && m_running < m_limits.total;) {
        Job *job = m_queue.at(i);
        if (m_perHost.value(hostKey(job->current)) >= m_limits.perHost) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        start(job);
    }
}

void HttpFetcher::start(Job *job)
{
    ++m_running;
    ++m_perHost[hostKey(job->current)];
    QNetworkRequest request(job->current);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept",
                         "application/rss+xml, application/atom+xml, application/feed+json, "
                         "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
    request.setTransferTimeout(m_limits.idleTimeoutMs);
    // Validators belong to the address they came from, not to a redirect's target.
    if (job->redirects == 0) {
        if (!job->request.etag.isEmpty())
            request.setRawHeader("If-None-Match", job->request.etag.toLatin1());
        if (!job->request.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", job->request.lastModified.toLatin1());
    }
    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(reply, job);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > m_limits.maxBytes && m_replies.contains(reply)) {
            m_replies.value(reply)->response.error =
                    CoreText::tr("the response is larger than %1 MB")
                            .arg(m_limits.maxBytes / (1024 * 1024));
            reply->abort();
        }
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        if (m_replies.contains(reply)) {
            m_replies.value(reply)->response.error = CoreText::tr("no complete answer within %1 s")
                                                             .arg(m_limits.totalTimeoutMs / 1000);
            reply->abort();
        }
    });
    deadline->start(m_limits.totalTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, job] { onFinished(reply, job); });
}

void HttpFetcher::onFinished(QNetworkReply *reply, Job *job)
{
    reply->deleteLater();
    if (!m_replies.remove(reply))
        return;
    --m_running;
    --m_perHost[hostKey(job->current)];
    FetchResponse &r = job->response;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.status = status;
    r.finalUrl = job->current;

    if (r.error.isEmpty() && reply->error() == QNetworkReply::OperationCanceledError)
        r.error = QStringLiteral("cancelled");
    if (!r.error.isEmpty()) {
        finish(job);
        startNext();
        return;
    }

    // Redirects: followed up to the limit; a move is permanent only if every hop was.
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        const QUrl target = job->current.resolved(
                reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const QString scheme = target.scheme().toLower();
        if (!target.isValid() || (scheme != u"http" && scheme != u"https")) {
            r.error = CoreText::tr("HTTP %1 to an address that is not http(s)").arg(status);
        } else if (job->redirects >= m_limits.maxRedirects) {
            r.error = CoreText::tr("more than %1 redirects").arg(m_limits.maxRedirects);
        } else {
            if (job->redirects == 0)
                r.permanentlyMoved = true;
            r.permanentlyMoved = r.permanentlyMoved && (status == 301 || status == 308);
            ++job->redirects;
            job->current = target;
            m_queue.prepend(job);
            startNext();
            return;
        }
        finish(job);
        startNext();
        return;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    r.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    if (auto age = maxAge(reply->rawHeader("Cache-Control")))
        r.freshFor = age;
    else if (reply->hasRawHeader("Expires")) {
        const QDateTime expires = QDateTime::fromString(
                QString::fromLatin1(reply->rawHeader("Expires")), Qt::RFC2822Date);
        if (expires.isValid())
            r.freshFor = qMax<qint64>(0, now.secsTo(expires));
    }
    if (reply->hasRawHeader("Retry-After"))
        r.retryAfter = retryAfter(reply->rawHeader("Retry-After"), now);

    if (status == 304) {
        r.notModified = true;
    } else if (status >= 200 && status < 300) {
        r.body = reply->readAll();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QList<QByteArray> parts = type.split(';');
        r.contentType = parts.value(0).trimmed().toLower();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.toLower().startsWith("charset="))
                r.charset = param.mid(8).trimmed().replace('"', "").toLower();
        }
    } else if (status > 0) {
        r.error = QStringLiteral("HTTP %1 %2")
                          .arg(status)
                          .arg(QString::fromLatin1(
                                  reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                          .toByteArray()));
    } else {
        r.error = reply->errorString();
    }
    finish(job);
    startNext();
}

void HttpFetcher::finish(Job *job)
{
    if (!job->response.ok())
        qCInfo(lcFeeds) << job->request.url.toDisplayString() << ":" << job->response.error;
    const Callback done = std::move(job->done);
    const FetchResponse response = std::move(job->response);
    delete job;
    if (done)
        done(response);
}

} // namespace newsmark
