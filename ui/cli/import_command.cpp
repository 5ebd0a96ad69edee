// import: files and folders into the library.

#include "command_line.h"
#include "commands.h"
#include "console.h"
#include "search_queue.h"

#include "import/import_service.h"
#include "library/library.h"
#include "notes/note_service.h"
#include "storage/article_store.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace { } // namespace

int runImport(const QStringList &arguments)
{
    CommandLine cli(
            u"import"_s, u"[options] PATH..."_s,
            CliText::tr(
                    "Import article files (UTF-8, UTF-16 or CP949 text) and folders: every *.txt "
                    "file below a folder, recursively. Articles already in the library are "
                    "skipped as duplicates; a file imported before whose text changed updates its "
                    "article in place, and that article's notes are placed again in the new text. "
                    "Exit status 1 when any file could not be imported."));
    cli.parser().addPositionalArgument(u"PATH"_s, CliText::tr("A file or a folder."), u"PATH..."_s);
    if (const auto early =
                cli.parse(arguments, CommandLine::kAnyCount, CliText::tr("missing PATH to import")))
        return *early;
    QStringList paths;
    for (const QString &path : cli.positional())
        paths.append(absolutePath(path));

    const auto library = openLibrary(cli.libraryPath(), OpenMode::Create);
    if (!library)
        return ExitFailure;

    // A progress line only where someone watches it; scripts get the report alone.
    const bool showProgress = errorIsTerminal();
    // Ctrl-C here, or the client's going away when Newsmark runs this for it, stops between
    // files, so that what was imported stays imported and is reported.
    ImportReport report;
    {
        const StopRequests stop;
        ImportService importer(library->articles());
        report = importer.importPaths(paths, [&](qsizetype done, qsizetype total) {
            if (showProgress)
                printErr(QString(u"\r"_s + CliText::tr("Importing %1/%2 …").arg(done).arg(total)));
            return stop.keepGoing();
        });
    }
    if (showProgress)
        printErr(u"\r\x1b[K"_s);

    QString duplicates;
    for (const ImportIssue &duplicate : report.duplicates)
        duplicates += CliText::tr("skipped duplicate %1: %2")
                              .arg(QDir::toNativeSeparators(duplicate.path), duplicate.reason)
                % u'\n';
    printOut(duplicates);
    for (const ImportIssue &failure : report.failures)
        fail(QDir::toNativeSeparators(failure.path) % u": " % failure.reason);

    // The updated articles are committed; their notes still point into the old text. Placing
    // them now (not at the next `notes list`) lets the report say what became of them. Should
    // this fail, the notes are placed the next time anything reads them.
    bool reanchorFailed = false;
    if (!report.updated.isEmpty()) {
        NoteService &notes = library->notes();
        for (const ArticleId id : report.updated) {
            const std::optional<Article> article = library->articles().find(id);
            const QString path =
                    article ? QDir::toNativeSeparators(article->sourcePath) : QString::number(id);
            const Result<ReanchorReport> placed = notes.reanchor(id);
            if (!placed) {
                fail(CliText::tr("%1: article %2 was updated, but its notes could not be placed "
                                 "again: %3")
                             .arg(path)
                             .arg(id)
                             .arg(placed.error()));
                reanchorFailed = true;
                continue;
            }
            if (report.inTrash.contains(id)) {
                printOut(
                        CliText::tr(
                                "article %1 from %2 is in the Trash: updated there, it stays there "
                                "(`%3 restore %1` brings it back)\n")
                                .arg(id)
                                .arg(path, programName));
            }
            printOut(
                    CliText::tr(
                            "updated article %1 from %2; notes: %3 in place, %4 moved, %5 changed, "
                            "%6 orphaned\n")
                            .arg(id)
                            .arg(path)
                            .arg(placed->exact + placed->unchanged)
                            .arg(placed->moved)
                            .arg(placed->fuzzy)
                            .arg(placed->orphaned));
        }
    }

    printOut(
            CliText::tr("Imported %1 into %2; updated: %3; %4 skipped, %5 failed.%6\n")
                    .arg(CliText::tr("%n article(s)", nullptr, int(report.imported.size())),
                         library->path(), QString::number(report.updated.size()),
                         CliText::tr("%n duplicate(s)", nullptr, int(report.duplicates.size())),
                         CliText::tr("%n file(s)", nullptr, int(report.failures.size())),
                         report.cancelled ? CliText::tr(" Cancelled before the end.") : QString()));
    // The import is committed; its articles wait in the search queue until indexed here (after
    // a Ctrl+C they wait for the next command).
    const bool indexed =
            report.cancelled || indexQueuedArticles(library->database(), QueueReason::AfterWrite);
    return report.failures.isEmpty() && !report.cancelled && !reanchorFailed && indexed
            ? ExitSuccess
            : ExitFailure;
}

} // namespace newsmark::cli
