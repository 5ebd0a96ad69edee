#include "search_queue.h"

#include "console.h"

#include "storage/search_index.h"

#include <QElapsedTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void onStop(int)
{
    stopRequested = 1;
}

} // namespace

bool indexQueuedArticles(Database &database, QueueReason reason, bool quiet)
{
    SearchIndex index(database);
    const qint64 pending = index.pendingCount();
    if (pending == 0)
        return true;
    const bool showProgress = errorIsTerminal() && !quiet;
    if (!quiet && reason == QueueReason::BeforeSearch) {
        printErr(u"Indexing %1 articles for search first (left by an upgrade or a stopped run; "
                 u"`newsmark-cli index` does it ahead) …\n"_s.arg(pending));
    }
    // Ctrl+C and SIGTERM stop between batches; the default action would do no harm either (a
    // batch is a transaction), but this way the command says what is left.
    const bool local = runsLocally();
    stopRequested = 0;
    const auto previousInt = local ? std::signal(SIGINT, onStop) : SIG_DFL;
    const auto previousTerm = local ? std::signal(SIGTERM, onStop) : SIG_DFL;
    QElapsedTimer timer;
    timer.start();
    const Status built = index.build([&](qint64 done, qint64 total) {
        // Only a run long enough to be waited for shows a line.
        if (showProgress && timer.elapsed() > 500)
            printErr(u"\rIndexing for search %1/%2 …"_s.arg(done).arg(total));
        return local ? stopRequested == 0 : !clientGone();
    });
    if (local) {
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
    }
    if (showProgress && timer.elapsed() > 500)
        printErr(u"\r\x1b[K"_s);
    if (!built) {
        fail(built.error());
        return false;
    }
    if (const qint64 left = index.pendingCount(); left > 0 && !quiet) {
        printErr(u"Search indexing stopped with %1 articles still to index; searches find them "
                 u"meanwhile, and the next command (or `newsmark-cli index`) indexes them.\n"_s.arg(
                         left));
    }
    return true;
}

} // namespace newsmark::cli
