#include "command_line.h"
#include "commands.h"
#include "console.h"
#include "search_queue.h"

#include "analysis/amount_conversion.h"
#include "library/library.h"
#include "search/search_query.h"
#include "storage/saved_search_store.h"
#include "storage/search_index.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

QJsonArray matchesJson(const QList<SearchMatch> &matches)
{
    QJsonArray array;
    for (const SearchMatch &m : matches)
        array.append(QJsonArray {m.start, m.end});
    return array;
}

// The text with each match between « and » (code points, as the matches count).
// The JSON both searches print: the query, how many matched in all, and the results shown.
int printJson(const QString &query, qint64 total, const QJsonArray &results)
{
    printOut(QString::fromUtf8(
            QJsonDocument(
                    QJsonObject {{u"query"_s, query}, {u"total"_s, total}, {u"results"_s, results}})
                    .toJson(QJsonDocument::Indented)));
    return ExitSuccess;
}

QString marked(const QString &text, const QList<SearchMatch> &matches)
{
    if (matches.isEmpty())
        return text;
    const QList<uint> ucs4 = text.toUcs4();
    const auto *points = reinterpret_cast<const char32_t *>(ucs4.constData());
    QString out;
    int at = 0;
    for (const SearchMatch &m : matches) {
        out += QString::fromUcs4(points + at, m.start - at) + u'«'
                + QString::fromUcs4(points + m.start, m.end - m.start) + u'»';
        at = m.end;
    }
    return out + QString::fromUcs4(points + at, ucs4.size() - at);
}

// The rates set in the Amounts panel, for money: across currencies.
QMap<QString, Decimal> amountsPanelRates()
{
    return savedUserRates(QSettings(u"Newsmark"_s, u"Newsmark"_s));
}

QString dayOf(const QString &published, const QString &sortDate)
{
    return published.isEmpty() ? sortDate.left(10) : published.left(10);
}

} // namespace

int runSearch(const QStringList &arguments)
{
    CommandLine cli(
            u"search"_s, u"[options] QUERY..."_s,
            CliText::tr("Search the articles (or with --notes the notes): words and \"phrases\", "
                        "OR, NOT or -word, parentheses; headline: outlet: reporter: tag: note: "
                        "has:note is:unread is:read is:starred feed: date:2025-01..2025-03 "
                        "date:>2025-02-01 person: org: place: money:>1조원 money:100억..1000억원 "
                        "percent:>=50; money: compares other currencies at the Amounts panel's "
                        "rates or the "
                        "query's own, rate:USD=1400 (KRW per USD) or rate:EUR-USD=1.08. Prints id, "
                        "date, "
                        "headline and a "
                        "passage with the matches between « and »; --json gives the matches as "
                        "code-point offsets."));
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON object."));
    const QCommandLineOption notes(u"notes"_s,
                                   CliText::tr("Search the notes instead of the articles."));
    const QCommandLineOption limit(u"limit"_s,
                                   CliText::tr("Show at most N results (default 20; 0: all)."),
                                   u"N"_s, u"20"_s);
    const QCommandLineOption sort(u"sort"_s, CliText::tr("rank (default) or date (newest first)."),
                                  u"ORDER"_s, u"rank"_s);
    cli.parser().addOption(json);
    cli.parser().addOption(notes);
    cli.parser().addOption(limit);
    const QCommandLineOption saved(
            u"saved"_s,
            CliText::tr("Run the saved search NAME (see `searches`) instead of a QUERY."),
            u"NAME"_s);
    cli.parser().addOption(sort);
    cli.parser().addOption(saved);
    cli.parser().addPositionalArgument(u"QUERY"_s, CliText::tr("What to search for."));
    const bool runsSaved = arguments.contains(u"--saved"_s)
            || std::any_of(arguments.cbegin(), arguments.cend(),
                           [](const QString &a) { return a.startsWith(u"--saved="); });
    if (const auto early = cli.parse(arguments, CommandLine::kAnyCount,
                                     runsSaved ? QString() : CliText::tr("missing QUERY")))
        return *early;
    if (cli.isSet(saved) && !cli.positional().isEmpty())
        return cli.usageError(CliText::tr("give either --saved NAME or a QUERY, not both"));
    bool isNumber = false;
    const int maxResults = cli.parser().value(limit).toInt(&isNumber);
    if (!isNumber || maxResults < 0)
        return cli.usageError(
                CliText::tr("--limit takes a number, not '%1'").arg(cli.parser().value(limit)));
    SearchOptions options;
    options.limit = maxResults;
    const QString order = cli.parser().value(sort);
    if (order == u"date")
        options.sort = SearchOptions::Sort::Date;
    else if (order != u"rank")
        return cli.usageError(CliText::tr("--sort takes rank or date, not '%1'").arg(order));

    QString text = cli.positional().join(u' ');
    if (!cli.isSet(saved)) {
        if (const search::ParsedQuery early = search::parseQuery(text); !early.ok())
            return cli.usageError(early.error->message());
    }

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    if (cli.isSet(saved)) {
        const QString name = cli.parser().value(saved);
        const auto found = SavedSearchStore(library->database()).find(name);
        if (!found) {
            return fail(CliText::tr("saved search '%1': there is no saved search of that name")
                                .arg(name));
        }
        text = found->query;
    }
    const search::ParsedQuery parsed = search::parseQuery(text);
    if (!parsed.ok())
        return fail(parsed.error->message());
    if (!indexQueuedArticles(library->database(), QueueReason::BeforeSearch, cli.isSet(json)))
        return ExitFailure;
    SearchIndex index(library->database());
    index.setUserRates(amountsPanelRates());

    if (cli.isSet(notes)) {
        const auto found = index.searchNotes(parsed.query, options);
        if (!found)
            return fail(found.error());
        if (cli.isSet(json)) {
            QJsonArray results;
            for (const NoteHit &hit : found->hits) {
                results.append(QJsonObject {
                        {u"id"_s, hit.id},
                        {u"article_id"_s, hit.articleId},
                        {u"headline"_s, hit.headline},
                        {u"quote"_s, hit.quote},
                        {u"quote_matches"_s, matchesJson(hit.quoteMatches)},
                        {u"comment"_s, hit.comment},
                        {u"comment_matches"_s, matchesJson(hit.commentMatches)},
                        {u"tags"_s, QJsonArray::fromStringList(hit.tags)},
                        {u"created_at"_s, hit.createdAt},
                });
            }
            return printJson(text, found->total, results);
        }
        if (found->hits.isEmpty()) {
            printOut(CliText::tr("No note matches %1.\n").arg(text));
            return ExitSuccess;
        }
        QString out;
        for (const NoteHit &hit : found->hits) {
            out += hit.id.left(8) % u"  article "_s % QString::number(hit.articleId) % u"  "
                    % hit.headline % u'\n' % u"    “"_s % marked(hit.quote, hit.quoteMatches)
                    % u"”\n";
            if (!hit.comment.isEmpty())
                out += u"    "_s % marked(hit.comment, hit.commentMatches) % u'\n';
            if (!hit.tags.isEmpty())
                out += u"    tags: "_s % hit.tags.join(u", "_s) % u'\n';
        }
        printOut(out);
        return ExitSuccess;
    }

    const auto found = index.searchArticles(parsed.query, options);
    if (!found)
        return fail(found.error());
    // Articles that money: could not decide without a rate: said, not silently dropped.
    if (found->unconverted > 0) {
        printErr(CliText::tr("%1 %2 left out: %3\n")
                         .arg(found->unconverted)
                         .arg(found->unconverted == 1 ? u"article"_s : u"articles"_s,
                              found->rateNotice));
    }
    if (cli.isSet(json)) {
        QJsonArray results;
        for (const ArticleHit &hit : found->hits) {
            results.append(QJsonObject {
                    {u"id"_s, hit.id},
                    {u"headline"_s, hit.headline},
                    {u"headline_matches"_s, matchesJson(hit.headlineMatches)},
                    {u"published"_s,
                     hit.published.isEmpty() ? QJsonValue() : QJsonValue(hit.published)},
                    {u"snippet"_s, hit.snippet.text},
                    {u"snippet_matches"_s, matchesJson(hit.snippet.matches)},
            });
        }
        return printJson(text, found->total, results);
    }
    if (found->hits.isEmpty()) {
        printOut(CliText::tr("No article matches %1.\n").arg(text));
        return ExitSuccess;
    }
    QString out;
    for (const ArticleHit &hit : found->hits) {
        out += QString::number(hit.id) % u"  " % dayOf(hit.published, hit.sortDate) % u"  "
                % marked(hit.headline, hit.headlineMatches) % u"\n    "
                % marked(hit.snippet.text, hit.snippet.matches) % u'\n';
    }
    if (found->total > found->hits.size()) {
        out += CliText::tr("(%1 of %2 matching articles; --limit 0 shows them all)\n")
                       .arg(found->hits.size())
                       .arg(found->total);
    }
    printOut(out);
    return ExitSuccess;
}

int runIndex(const QStringList &arguments)
{
    CommandLine cli(
            u"index"_s, u"[--rebuild]"_s,
            CliText::tr("Build the search index where it is missing (a library from an earlier "
                        "version), or with --rebuild build it again from every article and note."));
    const QCommandLineOption rebuild(u"rebuild"_s,
                                     CliText::tr("Empty the index and build it again."));
    cli.parser().addOption(rebuild);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    SearchIndex index(library->database());
    const bool showProgress = errorIsTerminal();
    const auto progress = [&](qint64 done, qint64 total) {
        if (showProgress)
            printErr(QString(u"\r"_s + CliText::tr("Indexing %1/%2 …").arg(done).arg(total)));
        return !clientGone();
    };
    const qint64 pending = index.pendingCount();
    const Status built = cli.isSet(rebuild) ? index.rebuild(progress) : index.build(progress);
    if (showProgress)
        printErr(u"\r\x1b[K"_s);
    if (!built)
        return fail(built.error());
    const qint64 left = index.pendingCount();
    if (left > 0)
        return fail(CliText::tr("the search index was stopped with %1 articles still to index")
                            .arg(left));
    if (cli.isSet(rebuild))
        printOut(CliText::tr("Rebuilt the search index of %1.\n").arg(library->path()));
    else if (pending > 0)
        printOut(CliText::tr("Indexed %1 articles for search.\n").arg(pending));
    else
        printOut(CliText::tr("The search index is up to date.\n"));
    return ExitSuccess;
}

} // namespace newsmark::cli
