#pragma once

// The scripted HTTP server of the feed tests (tests/support/feed_server.py, path in
// FEED_SERVER) as a real process on 127.0.0.1, and GETs to its control routes.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace newsmark::test {

class FeedServer final
{
public:
    FeedServer() = default;
    ~FeedServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(FeedServer)

    // Starts the server and reads the port it listens on; false (with the reason in `error`)
    // when it did not come up.
    bool start(QString *error)
    {
        m_process.start(QStringLiteral("python3"), {QStringLiteral(FEED_SERVER)});
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000)) {
            *error = QStringLiteral("feed_server.py did not start: ") + m_process.errorString();
            return false;
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(QLatin1String("PORT "))) {
            *error = QStringLiteral("feed_server.py said: ") + line;
            return false;
        }
        m_base = QStringLiteral("http://127.0.0.1:") + line.mid(5);
        return true;
    }

    // http://127.0.0.1:PORT
    [[nodiscard]] const QString &base() const { return m_base; }

    // A GET of `path` (a /_control/ route), through Python's urllib: curl is no dependency.
    QString get(const QString &path) const
    {
        QProcess get;
        get.start(QStringLiteral("python3"),
                  {QStringLiteral("-c"),
                   QStringLiteral("import sys, urllib.request;"
                                  " print(urllib.request.urlopen(sys.argv[1]).read().decode())"),
                   m_base + path});
        get.waitForFinished(10000);
        return QString::fromUtf8(get.readAllStandardOutput());
    }

private:
    QProcess m_process;
    QString m_base;
};

} // namespace newsmark::test
