// import: files and folders into the library.

#include "command_line.h"
#include "commands.h"
#include "console.h"

#include "import/import_service.h"
#include "library/library.h"

#include <QDir>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

// Ctrl-C stops between files, so that what was imported stays imported and is reported.
volatile std::sig_atomic_t interrupted = 0;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) % u' ' % (n == 1 ? one : many);
}

} // namespace

int runImport(const QStringList &arguments)
{
    CommandLine cli(u"import"_s, u"[options] PATH..."_s,
                    u"Import article files (UTF-8, UTF-16 or CP949 text) and folders: every *.txt "
                    u"file below a folder, recursively. Articles already in the library are "
                    u"skipped as duplicates. Exit status 1 when any file could not be imported."_s);
    cli.parser().addPositionalArgument(u"PATH"_s, u"A file or a folder."_s, u"PATH..."_s);
    if (const auto early = cli.parse(arguments))
        return *early;
    const QStringList paths = cli.positional();
    if (paths.isEmpty())
        return cli.usageError(u"missing PATH to import"_s);

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;

    // A progress line only where someone watches it; scripts get the report alone.
    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    interrupted = 0;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    ImportService importer(library->articles());
    const ImportReport report = importer.importPaths(paths, [&](qsizetype done, qsizetype total) {
        if (showProgress)
            printErr(u"\rImporting %1/%2 …"_s.arg(done).arg(total));
        return interrupted == 0;
    });
    std::signal(SIGINT, previousHandler);
    if (showProgress)
        printErr(u"\r\x1b[K"_s);

    QString duplicates;
    for (const ImportIssue &duplicate : report.duplicates)
        duplicates += u"skipped duplicate "_s % QDir::toNativeSeparators(duplicate.path) % u": "
                % duplicate.reason % u'\n';
    printOut(duplicates);
    for (const ImportIssue &failure : report.failures)
        fail(QDir::toNativeSeparators(failure.path) % u": " % failure.reason);

    printOut(u"Imported %1 into %2; %3 skipped, %4 failed.%5\n"_s.arg(
            plural(report.imported.size(), u"article"_s, u"articles"_s), library->path(),
            plural(report.duplicates.size(), u"duplicate"_s, u"duplicates"_s),
            plural(report.failures.size(), u"file"_s, u"files"_s),
            report.cancelled ? u" Cancelled before the end."_s : QString()));
    return report.failures.isEmpty() && !report.cancelled ? ExitSuccess : ExitFailure;
}

} // namespace newsmark::cli
