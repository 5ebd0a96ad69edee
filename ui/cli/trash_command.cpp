// The Trash: delete (move there), restore, and trash list|empty.
#include "article_text.h"
#include "command_line.h"
#include "commands.h"
#include "console.h"

#include "library/library.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

QString trashHelp()
{
    return CliText::tr(R"(Usage: newsmark-cli trash SUBCOMMAND [options]
The Trash: articles deleted with `newsmark-cli delete` (or in the window) wait there, with
their notes, until they are restored or the Trash is emptied.

Subcommands:
  list [--json]    The articles in the Trash, last deleted first (JSON: with deleted_at).
  empty [--yes]    Delete every article in the Trash for good, with its notes. A feed's
                   item whose article is deleted for good does not come back.

Every subcommand accepts --help and --library PATH.
)");
}

// The ids on the command line; nothing (after reporting a usage error) when one is no id.
std::optional<QList<ArticleId>> articleIds(const CommandLine &cli, int *exitCode)
{
    QList<ArticleId> ids;
    for (const QString &argument : cli.positional()) {
        bool isNumber = false;
        const ArticleId id = argument.toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            *exitCode = cli.usageError(CliText::tr("'%1' is not an article id").arg(argument));
            return std::nullopt;
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString articleLine(Library &library, ArticleId id)
{
    const std::optional<Article> article = library.articles().find(id);
    return u"%1  %2\n"_s.arg(id).arg(article ? article->headline : QString());
}

// delete and restore: one transaction for all the ids; an unknown id changes nothing.
int moveArticles(const QStringList &arguments, bool toTrash)
{
    const QString name = toTrash ? u"delete"_s : u"restore"_s;
    CommandLine cli(
            name, u"[options] ID..."_s,
            toTrash ? CliText::tr("Move articles to the Trash: they leave the list, their notes "
                                  "leave the Notes view, until `restore` brings them back or "
                                  "`trash empty` deletes them for good.")
                    : CliText::tr("Bring articles back from the Trash, with their notes."));
    cli.parser().addPositionalArgument(u"ID"_s, CliText::tr("An article's id (see `list`)."),
                                       u"ID..."_s);
    if (const auto early =
                cli.parse(arguments, CommandLine::kAnyCount, CliText::tr("missing article ID")))
        return *early;
    int exitCode = ExitSuccess;
    const auto ids = articleIds(cli, &exitCode);
    if (!ids)
        return exitCode;

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    ArticleStore &store = library->articles();
    const Result<TrashChange> change =
            toTrash ? store.moveToTrash(*ids) : store.restoreFromTrash(*ids);
    if (!change) {
        return fail(CliText::tr("%1: %2; nothing was %3")
                            .arg(name, change.error(),
                                 toTrash ? CliText::tr("moved to the Trash")
                                         : CliText::tr("restored")));
    }
    QString out;
    for (const ArticleId id : change->changed) {
        out += (toTrash ? CliText::tr("moved to the Trash:") : CliText::tr("restored:")) % u' '
                % articleLine(*library, id);
    }
    for (const ArticleId id : change->unchanged) {
        out += (toTrash ? CliText::tr("already in the Trash:") : CliText::tr("not in the Trash:"))
                % u' ' % articleLine(*library, id);
    }
    if (toTrash && !change->changed.isEmpty()) {
        QStringList numbers;
        for (const ArticleId id : change->changed)
            numbers.append(QString::number(id));
        out += CliText::tr("Restore with: %1 restore %2\n").arg(programName, numbers.join(u' '));
    }
    printOut(out);
    return ExitSuccess;
}

int runTrashList(const QStringList &arguments)
{
    CommandLine cli(u"trash list"_s, u"[options]"_s,
                    CliText::tr("List the articles in the Trash, last deleted first: id, date "
                                "deleted, outlet and "
                                "headline, or a JSON array like `list --json`'s with deleted_at."));
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON array."));
    cli.parser().addOption(json);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    ArticleQuery query;
    query.trash = true;
    QList<ArticleSummary> rows = allSummaries(library->articles(), query);
    // Last deleted first, as the user will look for what they just deleted.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ArticleSummary &a, const ArticleSummary &b) {
                         return a.deletedAt > b.deletedAt;
                     });
    if (cli.isSet(json)) {
        printOut(summariesJson(rows));
        return ExitSuccess;
    }
    if (rows.isEmpty()) {
        printOut(CliText::tr("The Trash is empty.\n"));
        return ExitSuccess;
    }
    const QString table = summaryTable(rows, CliText::tr("DELETED"),
                                       [](const ArticleSummary &row) { return row.deletedAt; });
    printOut(table);
    return ExitSuccess;
}

int runTrashEmpty(const QStringList &arguments)
{
    CommandLine cli(
            u"trash empty"_s, u"[options]"_s,
            CliText::tr("Delete every article in the Trash for good, with its notes, entity "
                        "mentions and analysis. This cannot be undone."));
    const QCommandLineOption yes(u"yes"_s, CliText::tr("Do it: without it, nothing is deleted."));
    cli.parser().addOption(yes);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    ArticleStore &store = library->articles();
    const int held = store.trashCount();
    if (held == 0) {
        printOut(CliText::tr("The Trash is empty.\n"));
        return ExitSuccess;
    }
    if (!cli.isSet(yes)) {
        return cli.usageError(
                CliText::tr("the Trash holds %1 article(s); `trash empty --yes` deletes them "
                            "for good")
                        .arg(held));
    }
    const Result<int> purged = store.emptyTrash();
    if (!purged)
        return fail(CliText::tr("trash empty: %1").arg(purged.error()));
    printOut(CliText::tr("Deleted %1 article(s) from the Trash for good.\n").arg(*purged));
    return ExitSuccess;
}

const QList<Subcommand> trashSubcommands {
        {u"list", runTrashList},
        {u"empty", runTrashEmpty},
};

} // namespace

int runDelete(const QStringList &arguments)
{
    return moveArticles(arguments, true);
}

int runRestore(const QStringList &arguments)
{
    return moveArticles(arguments, false);
}

int runTrash(const QStringList &arguments)
{
    return runSubcommand(u"trash", trashHelp(), trashSubcommands, arguments);
}

} // namespace newsmark::cli
