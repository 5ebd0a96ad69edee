// newsmark-cli searches: the saved searches of the library (core/storage/saved_search_store.h).
#include "command_line.h"
#include "commands.h"
#include "console.h"

#include "library/library.h"
#include "search/search_query.h"
#include "storage/saved_search_store.h"
#include "storage/search_index.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

QString searchesHelp()
{
    return CliText::tr(R"(Usage: newsmark-cli searches [SUBCOMMAND] [options]
Saved searches: a query of `newsmark-cli search` kept in the library under a name. Newsmark
shows them in its sidebar with their counts.

Subcommands:
  list [--json]         Each saved search with how many articles it finds (the default).
  save NAME QUERY...    Save a query under a new name (the query is checked first).
  rename OLD NEW        Give a saved search another name.
  delete NAME           Delete a saved search.

Run one with `newsmark-cli search --saved NAME`. Names ignore case.
Every subcommand accepts --help and --library PATH.
)");
}

// How many articles the query finds; -1 with the reason in *error when the search failed.
qint64 countOf(SearchIndex &index, const QString &query, QString *error)
{
    const search::ParsedQuery parsed = search::parseQuery(query);
    if (!parsed.ok()) {
        *error = parsed.error->message();
        return -1;
    }
    const auto ids = index.matchingArticles(parsed.query);
    if (!ids) {
        *error = ids.error();
        return -1;
    }
    return ids->size();
}

int runSearchesList(const QStringList &arguments)
{
    CommandLine cli(
            u"searches list"_s, u"[options]"_s,
            CliText::tr("List the saved searches by name: how many articles each finds, its name "
                        "and its query."));
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON array."));
    cli.parser().addOption(json);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    SavedSearchStore store(library->database());
    SearchIndex index(library->database());
    const QList<SavedSearch> searches = store.all();
    if (cli.isSet(json)) {
        QJsonArray array;
        for (const SavedSearch &s : searches) {
            QString error;
            const qint64 count = countOf(index, s.query, &error);
            QJsonObject object {{u"name"_s, s.name},
                                {u"query"_s, s.query},
                                {u"count"_s, count < 0 ? QJsonValue() : QJsonValue(count)},
                                {u"created_at"_s, s.createdAt},
                                {u"updated_at"_s, s.updatedAt}};
            if (count < 0)
                object.insert(u"error"_s, error);
            array.append(object);
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    if (searches.isEmpty()) {
        printOut(CliText::tr(
                "No saved searches. `newsmark-cli searches save NAME QUERY` saves one.\n"));
        return ExitSuccess;
    }
    QString out;
    for (const SavedSearch &s : searches) {
        QString error;
        const qint64 count = countOf(index, s.query, &error);
        out += (count < 0 ? u"?"_s : QString::number(count)).rightJustified(7) % u"  " % s.name
                % u"  " % s.query % u'\n';
        if (count < 0)
            out += u"         (%1)\n"_s.arg(error);
    }
    printOut(out);
    return ExitSuccess;
}

int runSearchesSave(const QStringList &arguments)
{
    CommandLine cli(
            u"searches save"_s, u"[options] NAME QUERY..."_s,
            CliText::tr("Save QUERY (the words after NAME, as `search` takes them) under NAME."));
    cli.parser().addPositionalArgument(u"NAME"_s, CliText::tr("The new search's name."));
    cli.parser().addPositionalArgument(u"QUERY"_s, CliText::tr("The query."));
    if (const auto early =
                cli.parse(arguments, CommandLine::kAnyCount, CliText::tr("missing NAME")))
        return *early;
    const QStringList words = cli.positional();
    if (words.size() < 2)
        return cli.usageError(CliText::tr("missing QUERY after the name '%1'").arg(words.value(0)));
    const QString name = words.first();
    const QString query = words.mid(1).join(u' ');
    // A query that does not parse is a wrong command line, as it is for `search`.
    if (const QString problem = SavedSearchStore::queryProblem(query); !problem.isEmpty())
        return cli.usageError(
                CliText::tr("saved search '%1': invalid query: %2").arg(name, problem));
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    SavedSearchStore store(library->database());
    const auto saved = store.save(name, query);
    if (!saved)
        return fail(saved.error());
    printOut(CliText::tr("Saved the search '%1': %2\n").arg(saved->name, saved->query));
    return ExitSuccess;
}

int runSearchesRename(const QStringList &arguments)
{
    CommandLine cli(u"searches rename"_s, u"[options] OLD NEW"_s,
                    CliText::tr("Give the saved search OLD the name NEW."));
    cli.parser().addPositionalArgument(u"OLD"_s, CliText::tr("Its name now."));
    cli.parser().addPositionalArgument(u"NEW"_s, CliText::tr("Its new name."));
    if (const auto early = cli.parse(arguments, 2, CliText::tr("missing OLD and NEW")))
        return *early;
    if (cli.positional().size() < 2)
        return cli.usageError(
                CliText::tr("missing the new name of '%1'").arg(cli.positional().at(0)));
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    SavedSearchStore store(library->database());
    const auto renamed = store.rename(cli.positional().at(0), cli.positional().at(1));
    if (!renamed)
        return fail(renamed.error());
    printOut(CliText::tr("Renamed the search '%1' to '%2'.\n")
                     .arg(cli.positional().at(0), renamed->name));
    return ExitSuccess;
}

int runSearchesDelete(const QStringList &arguments)
{
    CommandLine cli(u"searches delete"_s, u"[options] NAME"_s,
                    CliText::tr("Delete the saved search NAME."));
    cli.parser().addPositionalArgument(u"NAME"_s, CliText::tr("Its name."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing NAME")))
        return *early;
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    SavedSearchStore store(library->database());
    const auto removed = store.remove(cli.positional().at(0));
    if (!removed)
        return fail(removed.error());
    printOut(CliText::tr("Deleted the search '%1' (%2).\n").arg(removed->name, removed->query));
    return ExitSuccess;
}

const QList<Subcommand> searchesSubcommands {
        {u"list", runSearchesList},
        {u"save", runSearchesSave},
        {u"rename", runSearchesRename},
        {u"delete", runSearchesDelete},
};

} // namespace

int runSearches(const QStringList &arguments)
{
    // Without a subcommand, the list (`searches --json` too).
    bool anyWord = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--library")
            ++i;
        else if (!arguments.at(i).startsWith(u'-'))
            anyWord = true;
    }
    const bool help = arguments.contains(u"-h"_s) || arguments.contains(u"--help"_s);
    if (!anyWord && !help)
        return runSearchesList(arguments);
    return runSubcommand(u"searches", searchesHelp(), searchesSubcommands, arguments);
}

} // namespace newsmark::cli
