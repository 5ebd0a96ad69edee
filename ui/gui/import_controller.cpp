#include "import_controller.h"

#include "gui_logging.h"
#include "library/library.h"

#include <QProgressDialog>
#include <QThread>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kProgressDelayMs = 400;

// Runs on the worker thread: everything it touches is its own, apart from the atomic flag.
ImportReport runImport(const QString &libraryPath, const QStringList &paths,
                       const std::function<bool(qsizetype, qsizetype)> &progress)
{
    auto library = Library::open(libraryPath);
    if (!library) {
        ImportReport report;
        report.failures.append({libraryPath, library.error()});
        return report;
    }
    ImportService service(library.value()->articles());
    return service.importPaths(paths, progress);
}

} // namespace

ImportController::ImportController(QString libraryPath, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_libraryPath(std::move(libraryPath))
    , m_dialogParent(dialogParent)
{ }

ImportController::~ImportController()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ImportController::start(const QStringList &paths)
{
    if (m_thread || paths.isEmpty())
        return;
    qCInfo(lcGui) << "Importing" << paths.size() << "path(s)";

    m_cancelled = std::make_shared<std::atomic_bool>(false);
    auto progress = [this, cancelled = m_cancelled](qsizetype done, qsizetype total) {
        // Queued to this object: if it is gone, Qt drops the call instead of running it.
        QMetaObject::invokeMethod(
                this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_thread = QThread::create([this, path = m_libraryPath, paths, progress] {
        ImportReport report = runImport(path, paths, progress);
        QMetaObject::invokeMethod(
                this, [this, report = std::move(report)] { onWorkerDone(report); },
                Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"newsmark-import"_s);

    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowTitle(tr("Import"));
    // Not modal: reading goes on while the import runs.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);

    m_thread->start(QThread::LowPriority);
    Q_EMIT started();
}

void ImportController::cancel()
{
    if (!m_thread)
        return;
    m_cancelled->store(true);
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void ImportController::onProgress(qsizetype done, qsizetype total)
{
    if (!m_progress || m_cancelled->load())
        return;
    m_progress->setMaximum(int(total));
    m_progress->setValue(int(done));
    m_progress->setLabelText(tr("Importing file %1 of %2…").arg(done).arg(total));
}

void ImportController::onWorkerDone(const ImportReport &report)
{
    // The worker posted this as its last act, so the wait is for a thread that is already ending.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    qCInfo(lcGui) << "Import done:" << report.imported.size() << "imported,"
                  << report.duplicates.size() << "duplicates," << report.failures.size() << "failed"
                  << (report.cancelled ? "(cancelled)" : "");
    Q_EMIT finished(report);
}

} // namespace newsmark::gui
