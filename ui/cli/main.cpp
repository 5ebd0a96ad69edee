#include "cli_logging.h"
#include "console.h"
#include "program.h"

#include "session/session.h"
#include "storage/library_lock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::cli;

namespace {

// How long to wait for the program that holds the library to take the command.
constexpr int kConnectTimeoutMs = 5000;

// Runs the command here while holding the library's lock shared (other newsmark-cli processes may
// run beside it), or hands it to the Newsmark that holds the library (LibraryLock).
int runWithLibrary(const QStringList &arguments, const LibraryUse &use)
{
    const QFileInfo library(use.path);
    if (!library.exists()) {
        if (!use.creates)
            return runProgram(arguments); // says there is no library, and how to make one
        if (!QDir().mkpath(library.absolutePath()))
            return fail(u"cannot create the folder %1"_s.arg(library.absolutePath()));
    }
    const QString self = QStringList(QCoreApplication::arguments()).join(u' ');
    const LibraryLock::Attempt attempt =
            LibraryLock::tryAcquire(use.path, LibraryLock::Mode::Shared, self);
    if (attempt.lock)
        return runProgram(arguments);
    if (!attempt.error.isEmpty())
        return fail(attempt.error);

    // Held exclusively: Newsmark has it open. Its process opens files behind SQLite's back (file
    // dialogs), so no other process may have a connection: it runs the command for us.
    const QString holder = LibraryLock::describe(attempt.holders);
    qCDebug(lcCli) << use.path << "is held by" << holder << "- handing the command over";
    SessionRequest request;
    request.arguments = arguments;
    request.workingDirectory = QDir::currentPath();
    request.terminal = ::isatty(STDERR_FILENO) == 1;
    const Result<int> exitCode = SessionClient::run(
            use.path, request,
            [](bool isError, const QByteArray &bytes) {
                std::FILE *stream = isError ? stderr : stdout;
                std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
                std::fflush(stream);
            },
            kConnectTimeoutMs);
    if (!exitCode) {
        // Whatever the command committed before the connection broke stays committed.
        return fail(u"the library %1 is open in %2, and %3; close Newsmark, or try again, and "
                    u"check what the command did (`list`, `notes list`)."_s.arg(use.path, holder,
                                                                                exitCode.error()));
    }
    return exitCode.value();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI's name: Library::defaultPath() derives from it, and both must open the same library.
    QCoreApplication::setApplicationName(u"Newsmark"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(NEWSMARK_VERSION));

    // Core's diagnostics go to stderr like our own messages; debug chatter only when asked for
    // through QT_LOGGING_RULES, which takes precedence over these rules.
    qSetMessagePattern(u"newsmark-cli: %{if-category}%{category}: %{endif}%{message}"_s);
    QLoggingCategory::setFilterRules(u"newsmark.*.debug=false\nnewsmark.*.info=false"_s);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    qCDebug(lcCli) << "arguments" << arguments;
    const LibraryUse use = libraryUse(arguments);
    return use.needed ? runWithLibrary(arguments, use) : runProgram(arguments);
}
