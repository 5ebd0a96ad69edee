#include "entity_index_controller.h"

#include "background_job.h"

#include "gui_logging.h"
#include "library/library.h"
#include "status_progress.h"
#include "storage/entity_store.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// Runs on the worker thread, on its own connection.
Result<IndexReport> runIndex(const QString &libraryPath, const BackgroundJob::Progress &progress)
{
    auto library = Library::open(libraryPath);
    if (!library)
        return Error {library.error()};
    EntityIndexer indexer(library.value()->articles(), library.value()->entities());
    return indexer.run([&progress](int done, int total) { return progress(done, total); });
}

} // namespace

EntityIndexController::EntityIndexController(QString libraryPath, QObject *parent)
    : IndexingController(u"newsmark-entity-index"_s,
                         new StatusProgress(u"entityIndex"_s, tr("Stop"),
                                            tr("Stop indexing entities; what is done is kept, "
                                               "the rest waits for the next start")),
                         tr("Stopping…"), parent)
    , m_libraryPath(std::move(libraryPath))
{
    connect(job(), &BackgroundJob::progressed, this, &EntityIndexController::onProgress);
}

void EntityIndexController::startPass()
{
    job()->start<Result<IndexReport>>(
            [path = m_libraryPath](const BackgroundJob::Progress &progress) {
                return runIndex(path, progress);
            },
            [this](const Result<IndexReport> &report) { onWorkerDone(report); });
}

void EntityIndexController::onProgress(qint64 done, qint64 total)
{
    if (!reportsProgress())
        return;
    // A few articles take less than a blink: only a pass with real work shows itself.
    if (total < 2 * EntityIndexer::kBatchSize || done >= total) {
        status()->hide();
        return;
    }
    status()->setProgress(tr("Indexing entities: %1 of %2").arg(done).arg(total), done, total);
    status()->showUnlessCovered();
}

void EntityIndexController::onWorkerDone(const Result<IndexReport> &report)
{
    status()->reset();
    if (!report) {
        qCWarning(lcGui) << "entity index:" << report.error();
        Q_EMIT failed(report.error());
    } else {
        Q_EMIT finished(*report);
    }
    passEnded();
}

} // namespace newsmark::gui
