#include "entity_index_controller.h"

#include "gui_logging.h"
#include "library/library.h"
#include "storage/entity_store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// Runs on the worker thread, on its own connection.
Result<IndexReport> runIndex(const QString &libraryPath,
                             const std::function<bool(int, int)> &progress)
{
    auto library = Library::open(libraryPath);
    if (!library)
        return Error {library.error()};
    EntityIndexer indexer(library.value()->articles(), library.value()->entities());
    return indexer.run(progress);
}

} // namespace

EntityIndexController::EntityIndexController(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_status(new QWidget)
    , m_label(new QLabel(m_status))
    , m_bar(new QProgressBar(m_status))
    , m_cancel(new QToolButton(m_status))
{
    m_status->setObjectName(u"entityIndexStatus"_s);
    m_bar->setObjectName(u"entityIndexProgress"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(u"entityIndexCancel"_s);
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop indexing entities; what is done is kept, the rest waits for "
                            "the next start"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &EntityIndexController::cancel);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_status->hide();
}

EntityIndexController::~EntityIndexController()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
    // The status bar owns the widget once it is added; otherwise it is ours.
    if (!m_status->parent())
        delete m_status;
}

void EntityIndexController::update()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    m_again = false;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto progress = [this, cancelled = m_cancelled](int done, int total) {
        QMetaObject::invokeMethod(
                this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_thread = QThread::create([this, path = m_libraryPath, progress] {
        Result<IndexReport> report = runIndex(path, progress);
        QMetaObject::invokeMethod(
                this, [this, report = std::move(report)] { onWorkerDone(report); },
                Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"newsmark-entity-index"_s);
    m_thread->start(QThread::LowPriority);
}

void EntityIndexController::cancel()
{
    if (!m_thread)
        return;
    m_again = false;
    m_cancelled->store(true);
    m_label->setText(tr("Stopping…"));
}

void EntityIndexController::onProgress(int done, int total)
{
    if (!m_thread || m_cancelled->load())
        return;
    // A few articles take less than a blink: only a pass with real work shows itself.
    if (total < 2 * EntityIndexer::kBatchSize || done >= total) {
        m_status->hide();
        return;
    }
    m_label->setText(tr("Indexing entities: %1 of %2").arg(done).arg(total));
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_status->show();
}

void EntityIndexController::onWorkerDone(const Result<IndexReport> &report)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_status->hide();
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
