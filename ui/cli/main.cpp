#include "cli_logging.h"
#include "console.h"
#include "program.h"

#include "i18n/ui_language.h"
#include "session/session.h"
#include "storage/library_lock.h"

#include "extraction_web.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::cli;

namespace {

// How long to wait for the program that holds the library to take the command, in all and in
// one attempt to reach it.
constexpr int kConnectTimeoutMs = 5000;
constexpr int kAttemptMs = 1000;

// Runs the command here while holding the library's lock shared (other newsmark-cli processes may
// run beside it), or hands it to the Newsmark that holds the library (LibraryLock).
int runWithLibrary(const QStringList &arguments, const LibraryUse &use)
{
    const QFileInfo library(use.path);
    if (!library.exists()) {
        if (!use.creates)
            return runProgram(arguments); // says there is no library, and how to make one
        if (!QDir().mkpath(library.absolutePath()))
            return fail(CliText::tr("cannot create the folder %1").arg(library.absolutePath()));
    }
    // The window may be starting or closing: until the deadline, take the lock or reach the
    // window, whichever comes first.
    const QDeadlineTimer deadline(kConnectTimeoutMs);
    QString lastHolder;
    QString lastError;
    do {
        const LibraryLock::Attempt attempt =
                LibraryLock::tryAcquire(use.path, LibraryLock::Mode::Shared, {});
        if (attempt.lock)
            return runProgram(arguments);
        if (!attempt.error.isEmpty())
            return fail(attempt.error);

        // Held exclusively: Newsmark has it open. Its process opens files behind SQLite's back
        // (file dialogs), so no other process may have a connection: it runs the command for us.
        lastHolder = LibraryLock::describe(attempt.holders);
        qCDebug(lcCli) << use.path << "is held by" << lastHolder << "- handing the command over";
        SessionRequest request;
        request.arguments = arguments;
        request.workingDirectory = QDir::currentPath();
        request.terminal = ::isatty(STDERR_FILENO) == 1;
        bool delivered = false;
        const Result<int> exitCode = SessionClient::run(
                use.path, request,
                [](bool isError, const QByteArray &bytes) {
                    std::FILE *stream = isError ? stderr : stdout;
                    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
                    std::fflush(stream);
                },
                kAttemptMs, &delivered);
        if (exitCode)
            return exitCode.value();
        lastError = exitCode.error();
        if (delivered) {
            // Whatever the command committed before the connection broke stays committed.
            return fail(
                    CliText::tr("the library %1 is open in %2, and %3; check what the command did "
                                "(`list`, `notes list`) before running it again.")
                            .arg(use.path, lastHolder, lastError));
        }
    } while (!deadline.hasExpired());
    return fail(CliText::tr("the library %1 is open in %2, and %3; close Newsmark and try again.")
                        .arg(use.path, lastHolder, lastError));
}

} // namespace

int main(int argc, char *argv[])
{
    // Core's diagnostics go to stderr like our own messages; debug chatter only when asked for
    // through QT_LOGGING_RULES, which takes precedence over these rules.
    qSetMessagePattern(u"newsmark-cli: %{if-category}%{category}: %{endif}%{message}"_s);
    QLoggingCategory::setFilterRules(u"newsmark.*.debug=false\nnewsmark.*.info=false"_s);
    // Saving a page and printing notes to PDF run QtWebEngine off screen: those commands get a GUI
    // application without a display; every other command stays a plain QCoreApplication.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    QString languageError;
    (void)takeRequestedUiLanguage(&raw, &languageError); // only to see the command past it
    std::unique_ptr<QCoreApplication> application;
    if (needsWebEngine(raw)) {
        // QtWebEngine's start-up report and Chromium's notes are no news on a terminal.
        QLoggingCategory::setFilterRules(u"newsmark.*.debug=false\nnewsmark.*.info=false\n"
                                         "qt.webenginecontext.info=false\ndefault.info=false\n"
                                         "default.warning=false"_s);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        extract::prepareExtraction();
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The GUI's name: Library::defaultPath() derives from it, and both must open the same library.
    QCoreApplication::setApplicationName(u"Newsmark"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(NEWSMARK_VERSION));

    // Messages in --language, NEWSMARK_LANGUAGE or the system's language; JSON and other output
    // for programs never changes with it.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    installTranslations(takeRequestedUiLanguage(&arguments, &languageError));
    if (!languageError.isEmpty()) {
        fail(languageError);
        return ExitUsage;
    }
    qCDebug(lcCli) << "arguments" << arguments;
    const LibraryUse use = libraryUse(arguments);
    return use.needed ? runWithLibrary(arguments, use) : runProgram(arguments);
}
