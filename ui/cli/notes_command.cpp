// notes: the `notes` command group, and its add and list subcommands.

#include "command_line.h"
#include "commands.h"
#include "console.h"
#include "note_json.h"
#include "notes_commands.h"

#include "library/library.h"
#include "notes/note_service.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

constexpr qsizetype quoteWidth = 48;

QString groupHelp()
{
    return CliText::tr(R"(Usage: newsmark-cli notes SUBCOMMAND [options] [arguments]
Highlights with comments and tags on the articles of the library.

Subcommands:
  add ARTICLE --quote TEXT [--occurrence N] [--text COMMENT] [--tag T]... [--color C]
                   Highlight a passage of an article; prints the new note's id.
  list [--article ID] [--tag T] [--json]
                   List notes, newest first.
  export --format md|html|csv|json [--article ID | --tag T | --all] [-o FILE]
                   Export notes; JSON is W3C Web Annotation.
  import FILE      Restore notes from an exported JSON file (notes already present are skipped).

Every subcommand accepts --help and --library PATH.
Offsets count Unicode code points; end offsets are exclusive.
)");
}

const QList<Subcommand> subcommands {
        {u"add", runNotesAdd},
        {u"list", runNotesList},
        {u"export", runNotesExport},
        {u"import", runNotesImport},
};

std::optional<ArticleId> articleIdFrom(const QString &text)
{
    bool isNumber = false;
    const ArticleId id = text.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

int runNotes(const QStringList &arguments)
{
    return runSubcommand(u"notes", groupHelp(), subcommands, arguments);
}

int runNotesAdd(const QStringList &arguments)
{
    CommandLine cli(
            u"notes add"_s, u"[options] ARTICLE --quote TEXT"_s,
            CliText::tr(
                    "Highlight the passage TEXT of an article, with an optional comment, tags and "
                    "colour. The note is saved when the command returns; its id is printed."));
    const QCommandLineOption quote(u"quote"_s, CliText::tr("The exact text to highlight."),
                                   u"TEXT"_s);
    const QCommandLineOption occurrence(
            u"occurrence"_s, CliText::tr("Which occurrence of TEXT, counting from 1 (default 1)."),
            u"N"_s, u"1"_s);
    const QCommandLineOption text(u"text"_s, CliText::tr("A comment (Markdown)."), u"COMMENT"_s);
    const QCommandLineOption tag(u"tag"_s, CliText::tr("A tag; repeat for more."), u"T"_s);
    QStringList colors;
    for (NoteColor c : allNoteColors())
        colors << noteColorKey(c);
    const QCommandLineOption color(
            u"color"_s,
            CliText::tr("The highlight colour: %1 (default yellow).").arg(colors.join(u", "_s)),
            u"C"_s, u"yellow"_s);
    const QCommandLineOption json(u"json"_s, CliText::tr("Print the new note as a JSON object."));
    for (const auto &option : {quote, occurrence, text, tag, color, json})
        cli.parser().addOption(option);
    cli.parser().addPositionalArgument(u"ARTICLE"_s, CliText::tr("The article's id (see `list`)."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing article ID")))
        return *early;
    const QStringList positional = cli.positional();
    const std::optional<ArticleId> article = articleIdFrom(positional.constFirst());
    if (!article)
        return cli.usageError(
                CliText::tr("'%1' is not an article id").arg(positional.constFirst()));
    if (!cli.isSet(quote) || cli.parser().value(quote).isEmpty())
        return cli.usageError(CliText::tr("--quote TEXT is required"));
    bool isNumber = false;
    const int n = cli.parser().value(occurrence).toInt(&isNumber);
    if (!isNumber || n < 1)
        return cli.usageError(CliText::tr("--occurrence needs a number from 1"));
    const std::optional<NoteColor> noteColor = noteColorFromKey(cli.parser().value(color));
    if (!noteColor) {
        return cli.usageError(CliText::tr("unknown colour '%1' (one of %2)")
                                      .arg(cli.parser().value(color), colors.join(u", "_s)));
    }

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    NoteService &service = library->notes();
    const NoteDraft draft {*noteColor, cli.parser().value(text), cli.parser().values(tag)};
    const auto note = service.createFromQuote(*article, cli.parser().value(quote), n, draft);
    if (!note)
        return fail(note.error());
    if (cli.isSet(json)) {
        NoteQuery query;
        query.articleId = article;
        for (const NoteRow &row : service.list(query)) {
            if (row.note.id == note->id)
                printOut(QString::fromUtf8(
                        QJsonDocument(noteRowToJson(row)).toJson(QJsonDocument::Indented)));
        }
    } else {
        printOut(QString(note->idText() % u'\n'));
    }
    return ExitSuccess;
}

int runNotesList(const QStringList &arguments)
{
    CommandLine cli(
            u"notes list"_s, u"[options]"_s,
            CliText::tr("List notes, newest first: id, article, colour, quote and tags, or a JSON "
                        "array with every field."));
    const QCommandLineOption article(u"article"_s, CliText::tr("Only the notes of this article."),
                                     u"ID"_s);
    const QCommandLineOption tag(u"tag"_s, CliText::tr("Only notes with this tag."), u"T"_s);
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON array."));
    for (const auto &option : {article, tag, json})
        cli.parser().addOption(option);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    NoteQuery query;
    if (cli.isSet(article)) {
        query.articleId = articleIdFrom(cli.parser().value(article));
        if (!query.articleId)
            return cli.usageError(
                    CliText::tr("'%1' is not an article id").arg(cli.parser().value(article)));
    }
    query.tag = cli.parser().value(tag);

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    if (query.articleId && !library->articles().find(*query.articleId))
        return fail(CliText::tr("no article with id %1 in %2")
                            .arg(*query.articleId)
                            .arg(library->path()));
    // Notes are shown where they are in the current text.
    const Result<QList<NoteRow>> placed = library->notes().listPlaced(query);
    if (!placed)
        return fail(placed.error());
    const QList<NoteRow> &rows = placed.value();

    if (cli.isSet(json)) {
        QJsonArray array;
        for (const NoteRow &row : rows)
            array.append(noteRowToJson(row));
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    QString table = u"ID        "_s % fitToWidth(CliText::tr("ARTICLE"), 7) % u"  "
            % fitToWidth(CliText::tr("COLOR"), 6) % u"  "
            % fitToWidth(CliText::tr("QUOTE"), quoteWidth) % u"  " % CliText::tr("TAGS") % u'\n';
    for (const NoteRow &row : rows) {
        const Note &n = row.note;
        const QString mark = n.isOrphaned() ? QString(CliText::tr("(orphaned)") + u' ')
                // As in the Notes panel: only a passage that changed itself, not every note
                // of a re-imported article.
                : n.textChanged() && n.quote != n.originalQuote
                ? QString(CliText::tr("(text changed)") + u' ')
                : QString();
        table += n.idText().left(8) % u"  " % QString::number(n.articleId).rightJustified(7) % u"  "
                % noteColorKey(n.color).leftJustified(6) % u"  "
                % fitToWidth(mark % n.quote.simplified(), quoteWidth) % u"  " % n.tags.join(u", "_s)
                % u'\n';
    }
    printOut(table);
    return ExitSuccess;
}

} // namespace newsmark::cli
