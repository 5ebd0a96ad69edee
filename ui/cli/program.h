#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace newsmark {
class SessionChannel;
struct SessionRequest;
} // namespace newsmark

namespace newsmark::cli {

// newsmark-cli's commands as a library: the executable runs them for itself, and a running
// Newsmark runs them for a newsmark-cli client (the library is open in one process only).

// Runs the command line (without the program name) in the calling thread; the exit code.
int runProgram(const QStringList &arguments);

// Which library a command line works on, read before it runs, so that newsmark-cli can take the
// library's lock or hand the command to the program that holds it.
struct LibraryUse
{
    bool needed = false; // false for --help, --version, analyze and wrong command lines
    bool creates = false; // import and init make the library when there is none
    QString path; // absolute
};
LibraryUse libraryUse(const QStringList &arguments);
// Whether the command extracts web pages (save, feeds) or prints a PDF (notes export --format
// pdf): it needs a QGuiApplication and QtWebEngine prepared before it. Reads only the command line.
bool needsWebEngine(const QStringList &arguments);

// Runs a client's command in the calling thread, with the client's streams and working
// directory, and finishes the channel with the exit code. Long commands (import) stop between
// steps when the client goes away or `stop` (the host closing) is set.
void serveCommand(const SessionRequest &request, const std::shared_ptr<SessionChannel> &channel,
                  std::shared_ptr<const std::atomic_bool> stop = {});

} // namespace newsmark::cli
