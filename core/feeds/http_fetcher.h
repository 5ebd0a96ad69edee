#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace newsmark {

// A GET, conditional when the last response gave validators.
struct FetchRequest
{
    QUrl url;
    QString etag; // sent as If-None-Match
    QString lastModified; // sent as If-Modified-Since
};

struct FetchResponse
{
    QUrl requestedUrl;
    QUrl finalUrl; // after redirects
    bool permanentlyMoved = false; // every redirect on the way was 301 or 308
    int status = 0; // the last HTTP status; 0 when there was no response
    bool notModified = false; // 304
    QByteArray body;
    QByteArray charset; // Content-Type's charset parameter, lower case
    QByteArray contentType; // without parameters, lower case
    QString etag;
    QString lastModified;
    // How long the server asks clients to wait (Cache-Control max-age or Expires; Retry-After
    // on 429 and 503), in seconds from the response.
    std::optional<qint64> freshFor;
    std::optional<qint64> retryAfter;
    QString error; // empty when a 2xx or 304 arrived whole

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

struct FetchLimits
{
    int perHost = 2;
    int total = 16;
    int idleTimeoutMs = 20'000; // no byte for this long
    int totalTimeoutMs = 60'000;
    qint64 maxBytes = 20 * 1024 * 1024;
    int maxRedirects = 5;
};

// GETs with a few requests in flight per host and about 16 overall, redirects followed (and
// whether they were all permanent), gzip, a time and a size limit per response. Callbacks run
// on the thread that owns the fetcher, which needs an event loop.
class HttpFetcher final : public QObject
{
    Q_OBJECT

public:
    explicit HttpFetcher(FetchLimits limits = {}, QObject *parent = nullptr);
    ~HttpFetcher() override;

    using Callback = std::function<void(const FetchResponse &)>;
    void fetch(const FetchRequest &request, Callback done);
    // Every queued and running request ends with the error "cancelled".
    void cancelAll();
    [[nodiscard]] int pending() const { return int(m_queue.size()) + m_running; }

    static QByteArray userAgent();

private:
    struct Job
    {
        FetchRequest request;
        Callback done;
        FetchResponse response;
        QUrl current;
        int redirects = 0;
    };

    void startNext();
    void start(Job *job);
    void onFinished(QNetworkReply *reply, Job *job);
    void finish(Job *job);

    FetchLimits m_limits;
    QNetworkAccessManager *m_network;
    QList<Job *> m_queue;
    QHash<QString, int> m_perHost;
    QHash<QNetworkReply *, Job *> m_replies;
    int m_running = 0;
};

} // namespace newsmark
