#include "indexing_controller.h"

#include "background_job.h"
#include "status_progress.h"

#include <utility>

namespace newsmark::gui {

IndexingController::IndexingController(const QString &threadName, StatusProgress *status,
                                       const QString &stoppingText, QObject *parent)
    : QObject(parent)
    , m_job(new BackgroundJob(threadName, this))
    , m_status(status)
    , m_stoppingText(stoppingText)
{
    connect(m_status, &StatusProgress::stopRequested, this, &IndexingController::cancel);
}

IndexingController::~IndexingController()
{
    delete m_job; // cancels and waits: the worker stops after its batch
    // The status bar owns the widget once it is added; otherwise it is ours.
    if (!m_status->parent())
        delete m_status;
}

QWidget *IndexingController::statusWidget() const
{
    return m_status;
}

bool IndexingController::isRunning() const
{
    return m_job->isRunning();
}

bool IndexingController::reportsProgress() const
{
    return m_job->isRunning() && !m_job->isCancelled();
}

void IndexingController::update()
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
    startPass();
}

void IndexingController::cancel()
{
    if (!m_job->isRunning())
        return;
    m_again = false;
    m_job->cancel();
    m_status->setStopping(m_stoppingText);
}

void IndexingController::setEnabled(bool enabled)
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

void IndexingController::passEnded()
{
    if (m_again)
        update();
}

} // namespace newsmark::gui
