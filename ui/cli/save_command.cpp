// save: a web page's article into the library, the way File › Save Page does it.
#include "command_line.h"
#include "commands.h"
#include "console.h"
#include "search_queue.h"

#include "feeds/feed_actions.h"
#include "library/library.h"
#include "save_page.h"

using namespace Qt::StringLiterals;

namespace newsmark::cli {

int runSave(const QStringList &arguments)
{
    CommandLine cli(
            u"save"_s, u"[options] URL"_s,
            CliText::tr("Fetch a web page, keep its article (text only, no page script runs) and "
                        "store it in the library; saving it again updates it."));
    cli.parser().addPositionalArgument(u"URL"_s, CliText::tr("The page's address."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing page URL")))
        return *early;
    const QUrl url = feedAddressFromUserInput(cli.positional().constFirst());
    if (!url.isValid())
        return cli.usageError(
                CliText::tr("'%1' is not a web address").arg(cli.positional().constFirst()));
    const auto library = openLibrary(cli.libraryPath(), OpenMode::Create);
    if (!library)
        return ExitFailure;
    const auto saved = extract::savePage(*library, url);
    if (!saved)
        return fail(saved.error());
    if (!indexQueuedArticles(library->database(), QueueReason::AfterWrite))
        return ExitFailure;
    const QString line = saved->updated ? CliText::tr("%1 updated article %2: %3\n")
            : saved->duplicate ? CliText::tr("%1 already in the library as article %2: %3\n")
                               : CliText::tr("%1 saved as article %2: %3\n");
    printOut(line.arg(saved->url.toDisplayString()).arg(saved->id).arg(saved->headline));
    if (saved->images > 0 && !saved->duplicate)
        printOut(saved->images == 1 ? u"  with 1 image\n"_s
                                    : u"  with %1 images\n"_s.arg(saved->images));
    return ExitSuccess;
}

} // namespace newsmark::cli
