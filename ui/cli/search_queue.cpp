#include "search_queue.h"

#include "console.h"

#include "storage/search_index.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

bool indexQueuedArticles(Database &database, QueueReason reason, bool quiet)
{
    SearchIndex index(database);
    const qint64 pending = index.pendingCount();
    if (pending == 0)
        return true;
    const bool showProgress = errorIsTerminal() && !quiet;
    if (!quiet && reason == QueueReason::BeforeSearch) {
        printErr(CliText::tr("Indexing %1 articles for search first (left by an upgrade or a "
                             "stopped run; "
                             "`newsmark-cli index` does it ahead) …\n")
                         .arg(pending));
    }
    QElapsedTimer timer;
    timer.start();
    // Ctrl+C and SIGTERM stop between batches; the default action would do no harm either (a
    // batch is a transaction), but this way the command says what is left.
    const StopRequests stop;
    const Status built = index.build([&](qint64 done, qint64 total) {
        // Only a run long enough to be waited for shows a line.
        if (showProgress && timer.elapsed() > 500)
            printErr(QString(u'\r'
                             % CliText::tr("Indexing for search %1/%2 …").arg(done).arg(total)));
        return stop.keepGoing();
    });
    if (showProgress && timer.elapsed() > 500)
        printErr(u"\r\x1b[K"_s);
    if (!built) {
        fail(built.error());
        return false;
    }
    if (const qint64 left = index.pendingCount(); left > 0 && !quiet) {
        printErr(
                CliText::tr(
                        "Search indexing stopped with %1 articles still to index; searches find "
                        "them "
                        "meanwhile, and the next command (or `newsmark-cli index`) indexes them.\n")
                        .arg(left));
    }
    return true;
}

} // namespace newsmark::cli
