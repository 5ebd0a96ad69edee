// notes export and notes import: the formats of core/export from the command line.

#include "command_line.h"
#include "console.h"
#include "notes_commands.h"

#include "export/note_export.h"
#include "export/note_import.h"
#include "library/library.h"
#include "notes/note_service.h"
#include "pdf_printer.h"

using namespace Qt::StringLiterals;

namespace newsmark::cli {

int runNotesExport(const QStringList &arguments)
{
    CommandLine cli(
            u"notes export"_s,
            u"--format md|html|pdf|csv|json (--article ID | --tag T | --all) [-o FILE]"_s,
            CliText::tr(
                    "Export notes with their articles' headline, outlet, date and source, the "
                    "quote, comment, tags, and the entities and amounts inside the quote. JSON "
                    "follows the W3C Web Annotation Data Model (an AnnotationCollection) and "
                    "`notes import` reads it back. PDF is the HTML printed as the window prints "
                    "it. The same notes give the same bytes (PDF aside: it carries its time)."));
    const QCommandLineOption format(u"format"_s, CliText::tr("md, html, pdf, csv or json."),
                                    u"FORMAT"_s);
    const QCommandLineOption article(u"article"_s, CliText::tr("The notes of one article."),
                                     u"ID"_s);
    const QCommandLineOption tag(u"tag"_s, CliText::tr("The notes with a tag."), u"T"_s);
    const QCommandLineOption all(u"all"_s, CliText::tr("Every note in the library."));
    const QCommandLineOption output(
            {u"o"_s, u"output"_s},
            CliText::tr("Write to FILE (atomically) instead of standard output."), u"FILE"_s);
    for (const auto &option : {format, article, tag, all, output})
        cli.parser().addOption(option);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    if (!cli.isSet(format))
        return cli.usageError(CliText::tr("--format is required"));
    const bool pdf = cli.parser().value(format).compare(u"pdf"_s, Qt::CaseInsensitive) == 0;
    const std::optional<ExportFormat> chosen =
            pdf ? ExportFormat::Html : exportFormatFromName(cli.parser().value(format));
    if (!chosen) {
        return cli.usageError(CliText::tr("unknown format '%1' (md, html, pdf, csv or json)")
                                      .arg(cli.parser().value(format)));
    }
    const int selections = int(cli.isSet(article)) + int(cli.isSet(tag)) + int(cli.isSet(all));
    if (selections != 1)
        return cli.usageError(CliText::tr("choose one of --article ID, --tag T and --all"));
    NoteQuery query;
    query.sortKey = NoteSortKey::Article;
    if (cli.isSet(article)) {
        bool isNumber = false;
        const ArticleId id = cli.parser().value(article).toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return cli.usageError(
                    CliText::tr("'%1' is not an article id").arg(cli.parser().value(article)));
        query.articleId = id;
    }
    if (cli.isSet(tag)) {
        if (cli.parser().value(tag).trimmed().isEmpty())
            return cli.usageError(CliText::tr("--tag needs a tag"));
        query.tag = cli.parser().value(tag);
    }
    if (cli.isSet(output) && cli.parser().value(output).isEmpty())
        return cli.usageError(CliText::tr("-o needs a file path"));

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    if (query.articleId && !library->articles().find(*query.articleId))
        return fail(CliText::tr("no article with id %1 in %2")
                            .arg(*query.articleId)
                            .arg(library->path()));
    const QString target = cli.isSet(output) ? absolutePath(cli.parser().value(output)) : QString();
    if (!target.isEmpty() && isLibraryFile(library->path(), target)) {
        return fail(
                CliText::tr(
                        "%1 is one of the library's own files; choose another file to export to")
                        .arg(target));
    }
    QList<Note> notes;
    for (const NoteRow &row : library->notes().list(query))
        notes.append(row.note);
    if (notes.isEmpty()) {
        const QString scope = query.articleId
                ? CliText::tr("article %1 has no notes").arg(*query.articleId)
                : !query.tag.isEmpty() ? CliText::tr("no note has the tag '%1'").arg(query.tag)
                                       : CliText::tr("the library has no notes");
        return fail(CliText::tr("nothing to export: %1 (%2)").arg(scope, library->path()));
    }
    const auto prepared = preparePlacedExport(library->notes(), library->articles(), notes);
    if (!prepared)
        return fail(prepared.error());

    if (target.isEmpty()) {
        // Exports are bytes (CSV starts with a BOM, PDF is binary): they go out unchanged.
        Result<QByteArray> bytes = exportNotes(prepared.value(), *chosen);
        if (pdf)
            bytes = extract::printHtmlToPdf(bytes.value());
        if (!bytes)
            return fail(bytes.error());
        if (!writeOutBytes(bytes.value()))
            return fail(CliText::tr("cannot write to standard output"));
        return ExitSuccess;
    }
    // The window's PDF is the same HTML printed by the same printer with the same page layout.
    const Status written = pdf ? extract::writeNotesPdf(prepared.value(), target)
                               : writeExportFile(target, exportNotes(prepared.value(), *chosen));
    if (!written)
        return fail(written.error());
    printOut(CliText::tr("exported %n note(s) to %1\n", nullptr, int(prepared->size()))
                     .arg(cli.parser().value(output)));
    return ExitSuccess;
}

int runNotesImport(const QStringList &arguments)
{
    CommandLine cli(
            u"notes import"_s, u"[options] FILE"_s,
            CliText::tr(
                    "Restore notes from a W3C Web Annotation JSON file (as `notes export --format "
                    "json` writes). Notes whose id is in the library already are skipped, so "
                    "importing twice changes nothing; a file with any unreadable annotation "
                    "imports nothing."));
    cli.parser().addPositionalArgument(u"FILE"_s, CliText::tr("The JSON file."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing FILE")))
        return *early;
    const QStringList positional = cli.positional();

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    const auto report = importNotesFile(library->notes(), absolutePath(positional.constFirst()));
    if (!report)
        return fail(report.error());
    QString summary = CliText::tr("imported %1 note(s), skipped %2 already present")
                              .arg(report->added)
                              .arg(report->skipped);
    if (report->orphaned > 0)
        summary += CliText::tr("; %1 could not be placed in their article's text")
                           .arg(report->orphaned);
    printOut(QString(summary % u'\n'));
    return ExitSuccess;
}

} // namespace newsmark::cli
