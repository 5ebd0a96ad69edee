#include "search_index_controller.h"

#include "background_job.h"

#include "gui_logging.h"
#include "status_progress.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

SearchIndexController::SearchIndexController(QString libraryPath, QObject *parent)
    : IndexingController(
            u"newsmark-search-index"_s,
            new StatusProgress(u"searchIndex"_s, tr("Cancel"),
                               tr("Stop building the search index; what is built is kept and "
                                  "the rest is built at the next start. Searches find every "
                                  "article meanwhile, only slower.")),
            tr("Stopping the search index…"), parent)
    , m_libraryPath(std::move(libraryPath))
{
    connect(job(), &BackgroundJob::progressed, this, &SearchIndexController::onProgress);
}

void SearchIndexController::startPass()
{
    job()->start<Result<Outcome>>(
            [path = m_libraryPath,
             batch = m_batchSize](const BackgroundJob::Progress &progress) -> Result<Outcome> {
                // Its own connection: SQLite connections belong to one thread.
                auto db = Database::open(path);
                if (!db)
                    return Error {db.error()};
                SearchIndex index(*db.value());
                const qint64 pending = index.pendingCount();
                if (pending == 0)
                    return Outcome {};
                progress(0, pending);
                const Status built = index.build(progress, batch);
                if (!built)
                    return Error {built.error()};
                const qint64 left = index.pendingCount();
                return Outcome {std::max<qint64>(pending - left, 0), left};
            },
            [this](const Result<Outcome> &outcome) { onWorkerDone(outcome); });
}

void SearchIndexController::onProgress(qint64 done, qint64 total)
{
    if (!reportsProgress())
        return;
    const QLocale locale;
    status()->setProgress(tr("Building the search index: %1 of %2 articles")
                                  .arg(locale.toString(done), locale.toString(total)),
                          done, total);
    if (status()->showUnlessCovered())
        m_announced = true;
}

void SearchIndexController::onWorkerDone(const Result<Outcome> &outcome)
{
    const bool announced = std::exchange(m_announced, false);
    status()->reset();
    if (!outcome) {
        qCWarning(lcGui) << "search index:" << outcome.error();
        Q_EMIT failed(outcome.error());
    } else {
        if (outcome->indexed > 0 || outcome->left > 0)
            qCInfo(lcGui) << "search index: built" << outcome->indexed << "articles,"
                          << outcome->left << "left";
        Q_EMIT finished(outcome->indexed, outcome->left, announced);
    }
    passEnded();
}

} // namespace newsmark::gui
