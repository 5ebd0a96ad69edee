#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace newsmark {
class SessionChannel;
class SessionServer;
struct SessionRequest;
} // namespace newsmark

namespace newsmark::cli {

// While the window (or a test standing in for it) holds the library exclusively (LibraryLock),
// newsmark-cli hands its commands
// here over the library's session socket. Each runs on a thread of its own with its own
// connection (cli::serveCommand), as background imports do; the window then shows what changed.
// A second start of Newsmark on the same library passes its files and links here instead.
class CommandHost final : public QObject
{
    Q_OBJECT

public:
    explicit CommandHost(QString libraryPath, QObject *parent = nullptr);
    // Waits for the commands still running: their connections must close before the lock goes.
    ~CommandHost() override;
    Q_DISABLE_COPY_MOVE(CommandHost)

    // Starts listening; false with the reason in *error.
    bool listen(QString *error);
    [[nodiscard]] int runningCommands() const { return int(m_threads.size()); }

Q_SIGNALS:
    // A command finished: the library may have changed behind the window's connection.
    void commandFinished(const QStringList &arguments);
    // A second start asks to show the window and open or import these.
    void openRequested(const QStringList &arguments);

private:
    void handle(const SessionRequest &request, const std::shared_ptr<SessionChannel> &channel);

    QString m_libraryPath;
    SessionServer *m_server = nullptr;
    QList<QThread *> m_threads;
    bool m_closing = false;
    // Set when the window closes: a running import stops after its file instead of holding the
    // window open until it is done.
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace newsmark::cli
