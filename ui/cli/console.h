#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <functional>

namespace newsmark::cli {

// newsmark-cli's messages to people (errors, progress, human-readable listings), translated into
// the UI language; JSON, ids and other output for programs never go through it.
class CliText final
{
    Q_DECLARE_TR_FUNCTIONS(newsmark::cli)
};

// The exit codes scripts can rely on.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and something went wrong (reason on stderr)
    ExitUsage = 2, // the command line itself was wrong
};

inline constexpr QStringView programName = u"newsmark-cli";

// Where a command's streams and working directory are. By default the process's own; when the
// running Newsmark executes a command for a newsmark-cli client (cli::serveCommand), the client's,
// for the thread that runs the command.
struct CommandStreams
{
    std::function<void(const QByteArray &)> out;
    std::function<void(const QByteArray &)> err;
    QString workingDirectory;
    bool errorIsTerminal = false;
    // True once the client went away: long commands stop between steps.
    std::function<bool()> cancelled;
};

// Installs `streams` for the calling thread while it lives.
class ScopedStreams final
{
public:
    explicit ScopedStreams(const CommandStreams &streams);
    ~ScopedStreams();
    Q_DISABLE_COPY_MOVE(ScopedStreams)

private:
    const CommandStreams *m_previous;
};

// True when the command runs in this process for itself (not for a client).
bool runsLocally();
// `path` made absolute against the command's working directory.
QString absolutePath(const QString &path);
bool errorIsTerminal();
bool clientGone();

// While it lives, a long command stops between its steps when asked instead of dying mid-way:
// run here, Ctrl+C or SIGTERM ask (their handlers are restored afterwards); run by the window
// for a client, the client's going away does.
class StopRequests final
{
public:
    StopRequests();
    ~StopRequests();
    Q_DISABLE_COPY_MOVE(StopRequests)

    // Whether to go on with the next step.
    [[nodiscard]] bool keepGoing() const;

private:
    bool m_local;
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};
// Bytes to standard output as they are (exports), not through printOut.
bool writeOutBytes(const QByteArray &bytes);

// Output is UTF-8 whatever the locale says, so that pipes and files get the same bytes everywhere.
void printOut(QStringView text);
void printErr(QStringView text);
// "newsmark-cli: <message>" on stderr; returns ExitFailure so callers can `return fail(...)`.
int fail(const QString &message);

// How many terminal columns `text` takes: East Asian wide characters take two.
qsizetype displayWidth(QStringView text);
// `text` padded with spaces (or cut, with an ellipsis) to exactly `width` columns.
QString fitToWidth(const QString &text, qsizetype width);

} // namespace newsmark::cli
