#include "search_index_controller.h"

#include "background_job.h"

#include "gui_logging.h"
#include "storage/database.h"
#include "storage/search_index.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

SearchIndexController::SearchIndexController(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_job(new BackgroundJob(u"newsmark-search-index"_s, this))
    , m_status(new QWidget)
    , m_label(new QLabel(m_status))
    , m_bar(new QProgressBar(m_status))
    , m_cancel(new QToolButton(m_status))
{
    m_status->setObjectName(u"searchIndexStatus"_s);
    m_label->setObjectName(u"searchIndexLabel"_s);
    m_bar->setObjectName(u"searchIndexProgress"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(u"searchIndexCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop building the search index; what is built is kept and the rest "
                            "is built at the next start. Searches find every article meanwhile, "
                            "only slower."));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &SearchIndexController::cancel);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_status->hide();
    connect(m_job, &BackgroundJob::progressed, this, &SearchIndexController::onProgress);
}

SearchIndexController::~SearchIndexController()
{
    delete m_job; // cancels and waits: the worker stops after its batch
    if (!m_status->parent())
        delete m_status;
}

bool SearchIndexController::isRunning() const
{
    return m_job->isRunning();
}

void SearchIndexController::update()
{
    if (m_job->isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_job->start<Result<Outcome>>(
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

void SearchIndexController::cancel()
{
    if (!m_job->isRunning())
        return;
    m_again = false;
    m_job->cancel();
    m_label->setText(tr("Stopping the search index…"));
    m_cancel->setEnabled(false);
}

void SearchIndexController::onProgress(qint64 done, qint64 total)
{
    if (!m_job->isRunning() || m_job->isCancelled())
        return;
    const QLocale locale;
    m_label->setText(tr("Building the search index: %1 of %2 articles")
                             .arg(locale.toString(done), locale.toString(total)));
    m_bar->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_bar->setValue(int(std::min<qint64>(done, total)));
    m_cancel->setEnabled(true);
    // The status bar hides its widgets under a message and shows them again after it: showing
    // this one now would draw it over the message.
    const auto *bar = qobject_cast<QStatusBar *>(m_status->parentWidget());
    if (!bar || bar->currentMessage().isEmpty()) {
        m_status->show();
        m_announced = true;
    }
}

void SearchIndexController::onWorkerDone(const Result<Outcome> &outcome)
{
    const bool announced = std::exchange(m_announced, false);
    m_status->hide();
    m_cancel->setEnabled(true);
    if (!outcome) {
        qCWarning(lcGui) << "search index:" << outcome.error();
        Q_EMIT failed(outcome.error());
    } else {
        if (outcome->indexed > 0 || outcome->left > 0)
            qCInfo(lcGui) << "search index: built" << outcome->indexed << "articles,"
                          << outcome->left << "left";
        Q_EMIT finished(outcome->indexed, outcome->left, announced);
    }
    if (m_again)
        update();
}

} // namespace newsmark::gui
