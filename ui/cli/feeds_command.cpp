// feeds: subscriptions — add (with discovery), list, refresh, remove, and OPML in and out.
#include "command_line.h"
#include "commands.h"
#include "console.h"
#include "search_queue.h"

#include "save_page.h"

#include "feeds/feed_actions.h"
#include "feeds/opml.h"
#include "library/library.h"
#include "storage/feed_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

QString groupHelp()
{
    return CliText::tr(R"(Usage: newsmark-cli feeds SUBCOMMAND [options] [arguments]
Subscriptions: new items of each feed become articles of the library, like imported files.

Subcommands:
  add URL [--folder F] [--full-text auto|always|never]
                   Subscribe to a feed, or to the feed a site's page declares or keeps at a
                   usual address; its items are fetched at once.
  list [--json]    The subscriptions, with their articles, unread count and last error.
  refresh [ID...] [--all]
                   Fetch the feeds that are due (--all: every feed; or the ones named), and
                   store their new and edited items. A summary per feed on stdout.
  remove ID        End a subscription; its articles stay in the library.
  import FILE.opml Subscribe to every feed of an OPML file (folders kept).
  export -o FILE.opml
                   Write the subscriptions as OPML 2.0, with their folders.

Every subcommand accepts --help and --library PATH.
)");
}

std::optional<FeedId> feedId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<FeedId>(id) : std::nullopt;
}

QString reportLine(const FeedRefreshReport &r)
{
    const QString name = r.title.isEmpty() ? r.url : r.title;
    if (!r.error.isEmpty())
        return CliText::tr("%1  %2: failed: %3").arg(r.id).arg(name, r.error);
    if (r.notModified)
        return CliText::tr("%1  %2: no change").arg(r.id).arg(name);
    QString line = CliText::tr("%1  %2: %3 new, %4 updated")
                           .arg(r.id)
                           .arg(name)
                           .arg(r.stored.added)
                           .arg(r.stored.updated);
    if (r.stored.skippedDeleted > 0)
        line += CliText::tr(", %1 deleted by you left out").arg(r.stored.skippedDeleted);
    if (!r.malformed.isEmpty())
        line += CliText::tr(" (malformed: %1)").arg(r.malformed.join(u"; "_s));
    if (!r.movedTo.isEmpty())
        line += CliText::tr(" (moved to %1)").arg(r.movedTo);
    return line;
}

// Refreshes `feeds` and prints a line per feed; the exit code says whether any failed.
int refreshAndReport(Library &library, const QList<FeedRecord> &feeds)
{
    if (feeds.isEmpty()) {
        printOut(CliText::tr("No feed is due (--all refreshes every feed).\n"));
        return ExitSuccess;
    }
    int failed = 0;
    refreshFeeds(
            library, feeds,
            [&](const FeedRefreshReport &report, int done, int total) {
                failed += report.error.isEmpty() ? 0 : 1;
                printOut(QString(reportLine(report) + u'\n'));
                if (errorIsTerminal() && total > 1)
                    printErr(QString(u"\r"_s + CliText::tr("%1 of %2 feeds").arg(done).arg(total)));
                // A client that went away (Ctrl+C on a command the window runs) stops the refresh.
                return !clientGone();
            },
            extract::feedWebReader());
    if (errorIsTerminal() && feeds.size() > 1)
        printErr(u"\n"_s);
    // The new items are committed; they wait in the search queue until indexed here.
    const bool indexed = indexQueuedArticles(library.database(), QueueReason::AfterWrite);
    return failed == 0 && indexed ? ExitSuccess : ExitFailure;
}

int runAdd(const QStringList &arguments)
{
    CommandLine cli(u"feeds add"_s, u"[options] URL"_s,
                    CliText::tr("Subscribe to a feed, or to the feed of a site's page."));
    cli.parser().addPositionalArgument(u"URL"_s, CliText::tr("The feed's or the site's address."));
    const QCommandLineOption folder(u"folder"_s, CliText::tr("Put it in folder F (A/B nests)."),
                                    u"F"_s);
    const QCommandLineOption fullText(
            u"full-text"_s,
            CliText::tr("Fetch whole pages: auto (when the feed carries only "
                        "summaries), always or never."),
            u"MODE"_s, u"auto"_s);
    cli.parser().addOptions({folder, fullText});
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing feed URL")))
        return *early;
    const auto mode = fullTextFromName(cli.parser().value(fullText));
    if (!mode)
        return cli.usageError(CliText::tr("--full-text is auto, always or never, not '%1'")
                                      .arg(cli.parser().value(fullText)));
    if (!feedAddressFromUserInput(cli.positional().constFirst()).isValid())
        return cli.usageError(
                CliText::tr("'%1' is not a web address").arg(cli.positional().constFirst()));
    const auto library = openLibrary(cli.libraryPath(), OpenMode::Create);
    if (!library)
        return ExitFailure;
    FeedRecord record;
    record.folder = cli.parser().value(folder).trimmed();
    record.fullText = *mode;
    const auto added = subscribeToFeed(*library, cli.positional().constFirst(), record);
    if (!added)
        return fail(added.error());
    const FeedRecord feed = *library->feeds().find(*added);
    printOut(CliText::tr("Subscribed to %1 (%2) as feed %3.\n")
                     .arg(feed.title.isEmpty() ? feed.url : feed.title, feed.url,
                          QString::number(feed.id)));
    return refreshAndReport(*library, {feed});
}

QJsonObject feedJson(const FeedRecord &f)
{
    return QJsonObject {
            {u"id"_s, f.id},
            {u"url"_s, f.url},
            {u"title"_s, f.title},
            {u"site"_s, f.siteUrl},
            {u"folder"_s, f.folder},
            {u"full_text"_s, fullTextName(f.fullText)},
            {u"interval_minutes"_s, f.intervalMinutes},
            {u"articles"_s, f.articles},
            {u"unread"_s, f.unread},
            {u"last_fetched"_s, f.lastFetchedAt.toString(Qt::ISODate)},
            {u"next_fetch"_s, f.nextFetchAt.toString(Qt::ISODate)},
            {u"error"_s, f.lastError},
            {u"malformed"_s, f.malformed},
    };
}

int runFeedList(const QStringList &arguments)
{
    CommandLine cli(u"feeds list"_s, u"[options]"_s, CliText::tr("The subscriptions."));
    const QCommandLineOption json(u"json"_s, CliText::tr("One JSON array."));
    cli.parser().addOption(json);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    const QList<FeedRecord> feeds = library->feeds().list();
    if (cli.isSet(json)) {
        QJsonArray array;
        for (const FeedRecord &f : feeds)
            array.append(feedJson(f));
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    if (feeds.isEmpty())
        printOut(CliText::tr("No subscriptions (feeds add URL subscribes).\n"));
    for (const FeedRecord &f : feeds) {
        QString line = u"%1  %2%3  %4 articles, %5 unread  %6"_s.arg(f.id)
                               .arg(f.folder.isEmpty() ? QString() : f.folder + u" / "_s)
                               .arg(f.title.isEmpty() ? f.url : f.title)
                               .arg(f.articles)
                               .arg(f.unread)
                               .arg(f.url);
        if (!f.lastError.isEmpty())
            line += u"  [failing: %1]"_s.arg(f.lastError);
        printOut(QString(line + u'\n'));
    }
    return ExitSuccess;
}

int runRefresh(const QStringList &arguments)
{
    CommandLine cli(u"feeds refresh"_s, u"[options] [ID...]"_s,
                    CliText::tr("Fetch the feeds that are due, every feed, or the ones named."));
    cli.parser().addPositionalArgument(u"ID"_s, CliText::tr("Feeds to refresh (see list)."),
                                       u"[ID...]"_s);
    const QCommandLineOption all(u"all"_s, CliText::tr("Every feed, due or not."));
    cli.parser().addOption(all);
    if (const auto early = cli.parse(arguments, CommandLine::kAnyCount))
        return *early;
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    QList<FeedRecord> feeds;
    if (!cli.positional().isEmpty()) {
        for (const QString &text : cli.positional()) {
            const auto id = feedId(text);
            if (!id)
                return cli.usageError(CliText::tr("'%1' is not a feed id").arg(text));
            const auto feed = library->feeds().find(*id);
            if (!feed)
                return fail(CliText::tr("there is no feed %1").arg(*id));
            feeds.append(*feed);
        }
    } else {
        feeds = cli.isSet(all) ? library->feeds().list()
                               : library->feeds().due(QDateTime::currentDateTimeUtc());
    }
    return refreshAndReport(*library, feeds);
}

int runRemove(const QStringList &arguments)
{
    CommandLine cli(u"feeds remove"_s, u"[options] ID"_s,
                    CliText::tr("End a subscription; its articles stay."));
    cli.parser().addPositionalArgument(u"ID"_s, CliText::tr("The feed's id (see list)."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing feed ID")))
        return *early;
    const auto id = feedId(cli.positional().constFirst());
    if (!id)
        return cli.usageError(
                CliText::tr("'%1' is not a feed id").arg(cli.positional().constFirst()));
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    const auto feed = library->feeds().find(*id);
    if (!feed)
        return fail(CliText::tr("there is no feed %1").arg(*id));
    if (auto removed = library->feeds().remove(*id); !removed)
        return fail(removed.error());
    printOut(CliText::tr("Unsubscribed from %1; its %2 articles stay in the library.\n")
                     .arg(feed->title.isEmpty() ? feed->url : feed->title,
                          QString::number(feed->articles)));
    return ExitSuccess;
}

int runImportOpml(const QStringList &arguments)
{
    CommandLine cli(u"feeds import"_s, u"[options] FILE.opml"_s,
                    CliText::tr("Subscribe to every feed of an OPML file."));
    cli.parser().addPositionalArgument(u"FILE"_s, CliText::tr("An OPML 1.0 or 2.0 file."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing OPML file")))
        return *early;
    const auto document = readOpmlFile(absolutePath(cli.positional().constFirst()));
    if (!document)
        return fail(document.error());
    const auto library = openLibrary(cli.libraryPath(), OpenMode::Create);
    if (!library)
        return ExitFailure;
    const auto subscribed = subscribeFromOpml(library->feeds(), *document);
    if (!subscribed)
        return fail(subscribed.error());
    for (const QString &reason : document->malformed)
        printErr(u"%1: %2\n"_s.arg(cli.positional().constFirst(), reason));
    printOut(CliText::tr(
                     "Subscribed to %1 feeds; %2 were subscribed already. `feeds refresh` fetches "
                     "them.\n")
                     .arg(subscribed->added)
                     .arg(subscribed->known));
    return ExitSuccess;
}

int runExportOpml(const QStringList &arguments)
{
    CommandLine cli(u"feeds export"_s, u"[options] -o FILE.opml"_s,
                    CliText::tr("Write the subscriptions as OPML 2.0."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, CliText::tr("The file to write."),
                                    u"FILE"_s);
    cli.parser().addOption(output);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    if (!cli.isSet(output))
        return cli.usageError(CliText::tr("missing -o FILE.opml"));
    const QString path = absolutePath(cli.parser().value(output));
    if (isLibraryFile(cli.libraryPath(), path))
        return fail(CliText::tr("%1 is this library's own file; choose another name").arg(path));
    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    const OpmlDocument document =
            subscriptionsAsOpml(library->feeds(), u"Newsmark subscriptions"_s);
    if (auto written = writeOpmlFile(path, document); !written)
        return fail(written.error());
    printOut(CliText::tr("Wrote %1 feeds to %2.\n").arg(document.feeds.size()).arg(path));
    return ExitSuccess;
}

const QList<Subcommand> subcommands {
        {u"add", runAdd},       {u"list", runFeedList},     {u"refresh", runRefresh},
        {u"remove", runRemove}, {u"import", runImportOpml}, {u"export", runExportOpml},
};

} // namespace

int runFeeds(const QStringList &arguments)
{
    return runSubcommand(u"feeds", groupHelp(), subcommands, arguments);
}

} // namespace newsmark::cli
