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
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_job(new BackgroundJob(u"newsmark-entity-index"_s, this))
    , m_status(new StatusProgress(u"entityIndex"_s, tr("Stop"),
                                  tr("Stop indexing entities; what is done is kept, the rest "
                                     "waits for the next start")))
{
    connect(m_status, &StatusProgress::stopRequested, this, &EntityIndexController::cancel);
    connect(m_job, &BackgroundJob::progressed, this, &EntityIndexController::onProgress);
}

EntityIndexController::~EntityIndexController()
{
    delete m_job; // cancels and waits: the worker stops after its batch
    // The status bar owns the widget once it is added; otherwise it is ours.
    if (!m_status->parent())
        delete m_status;
}

bool EntityIndexController::isRunning() const
{
    return m_job->isRunning();
}

void EntityIndexController::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!m_enabled) {
        m_waiting = m_waiting || isRunning();
        cancel();
    } else if (std::exchange(m_waiting, false)) {
        update();
    }
}

void EntityIndexController::update()
{
    if (!m_enabled) {
        m_waiting = true;
        return;
    }
    if (m_job->isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_job->start<Result<IndexReport>>(
            [path = m_libraryPath](const BackgroundJob::Progress &progress) {
                return runIndex(path, progress);
            },
            [this](const Result<IndexReport> &report) { onWorkerDone(report); });
}

void EntityIndexController::cancel()
{
    if (!m_job->isRunning())
        return;
    m_again = false;
    m_job->cancel();
    m_status->setStopping(tr("Stopping…"));
}

void EntityIndexController::onProgress(qint64 done, qint64 total)
{
    if (!m_job->isRunning() || m_job->isCancelled())
        return;
    // A few articles take less than a blink: only a pass with real work shows itself.
    if (total < 2 * EntityIndexer::kBatchSize || done >= total) {
        m_status->hide();
        return;
    }
    m_status->setProgress(tr("Indexing entities: %1 of %2").arg(done).arg(total), done, total);
    m_status->showUnlessCovered();
}

void EntityIndexController::onWorkerDone(const Result<IndexReport> &report)
{
    m_status->reset();
    if (!report) {
        qCWarning(lcGui) << "entity index:" << report.error();
        Q_EMIT failed(report.error());
    } else {
        Q_EMIT finished(*report);
    }
    if (m_again)
        update();
}

} // namespace newsmark::gui
