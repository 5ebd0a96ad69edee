#include "import_controller.h"

#include "background_job.h"
#include "gui_logging.h"
#include "library/library.h"

#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kProgressDelayMs = 400;

// Runs on the worker thread, on a connection of its own.
ImportReport runImport(const QString &libraryPath, const QStringList &paths,
                       const BackgroundJob::Progress &progress)
{
    auto library = Library::open(libraryPath);
    if (!library) {
        ImportReport report;
        report.failures.append({libraryPath, library.error()});
        return report;
    }
    ImportService service(library.value()->articles());
    return service.importPaths(
            paths, [&progress](qsizetype done, qsizetype total) { return progress(done, total); });
}

} // namespace

ImportController::ImportController(QString libraryPath, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_libraryPath(std::move(libraryPath))
    , m_dialogParent(dialogParent)
    , m_job(new BackgroundJob(u"newsmark-import"_s, this))
{
    connect(m_job, &BackgroundJob::progressed, this, &ImportController::onProgress);
}

ImportController::~ImportController()
{
    delete m_job; // cancels and waits: the worker stops between two files
}

bool ImportController::isRunning() const
{
    return m_job->isRunning();
}

void ImportController::start(const QStringList &paths)
{
    if (m_job->isRunning() || paths.isEmpty())
        return;
    qCInfo(lcGui) << "Importing" << paths.size() << "path(s)";
    m_job->start<ImportReport>(
            [path = m_libraryPath, paths](const BackgroundJob::Progress &progress) {
                return runImport(path, paths, progress);
            },
            [this](const ImportReport &report) { onWorkerDone(report); });

    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowTitle(tr("Import"));
    // Not modal: reading goes on while the import runs.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    Q_EMIT started();
}

void ImportController::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void ImportController::onProgress(qint64 done, qint64 total)
{
    if (!m_progress || m_job->isCancelled())
        return;
    m_progress->setMaximum(int(total));
    m_progress->setValue(int(done));
    m_progress->setLabelText(tr("Importing file %1 of %2…").arg(done).arg(total));
}

void ImportController::onWorkerDone(const ImportReport &report)
{
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
