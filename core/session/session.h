#pragma once

#include "result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;

namespace newsmark {

// A command that newsmark-cli hands to the Newsmark that holds the library (LibraryLock), so that
// only one process ever has the library open while the GUI runs. The running program executes it
// in-process, on a connection of its own, and streams the output back.
struct SessionRequest
{
    enum class Kind { Command, Open };
    Kind kind = Kind::Command;
    // Command: newsmark-cli's arguments (without the program name). Open: files to import and
    // newsmark:// links, as a second start of the GUI passes them on.
    QStringList arguments;
    QString workingDirectory; // relative paths in the arguments are relative to this
    bool terminal = false; // the client's stderr is a terminal (progress lines are wanted)

    [[nodiscard]] QByteArray encode() const;
    static Result<SessionRequest> decode(const QByteArray &bytes);
};

// The server's side of one request: output and the exit code go back to the client. Safe to use
// from any thread; writes after the client went away are dropped.
class SessionChannel final
{
public:
    // Takes the socket over: it is deleted (on its thread) when the last user of the channel lets
    // go, so that a worker's late output never reaches a deleted object.
    explicit SessionChannel(QLocalSocket *socket);
    ~SessionChannel();
    Q_DISABLE_COPY_MOVE(SessionChannel)

    void writeOut(const QByteArray &bytes);
    void writeErr(const QByteArray &bytes);
    // The last call: sends the exit code and closes the connection.
    void finish(int exitCode);
    // The client disconnected (it was interrupted or killed): long commands stop early.
    [[nodiscard]] bool clientGone() const { return m_gone.load(); }
    void markGone() { m_gone = true; }

private:
    void send(char type, const QByteArray &payload, bool last);

    QLocalSocket *m_socket;
    std::atomic<bool> m_gone {false};
    std::atomic<bool> m_finished {false};
};

// Listens on the library's session socket (a local socket only this user can open).
class SessionServer final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const SessionRequest &, std::shared_ptr<SessionChannel>)>;

    explicit SessionServer(Handler handler, QObject *parent = nullptr);
    ~SessionServer() override;

    // Call only while holding the library's exclusive LibraryLock: a socket left by a program
    // that died is removed first.
    Status listen(const QString &libraryPath);
    // The socket's name for a library: derived from its canonical path and the user.
    static QString serverName(const QString &libraryPath);

private:
    void accept();

    Handler m_handler;
    QLocalServer *m_server = nullptr;
};

// newsmark-cli's side. Blocks until the command finished.
class SessionClient final
{
public:
    // `output(isError, bytes)` receives the command's stdout and stderr as they come. Returns the
    // command's exit code, or an error when no program answered within `connectTimeoutMs` (then
    // *delivered is false: nothing was sent) or the connection broke before the command finished.
    static Result<int> run(const QString &libraryPath, const SessionRequest &request,
                           const std::function<void(bool, const QByteArray &)> &output,
                           int connectTimeoutMs, bool *delivered = nullptr);
};

} // namespace newsmark
