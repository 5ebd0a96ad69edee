#pragma once

#include "import/import_service.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace newsmark::gui {

class BackgroundJob;

// Runs an import off the GUI thread with a progress dialog and Cancel. The worker thread opens its
// own connection to the library file (SQLite connections are per thread); the GUI's connection
// keeps serving the list and the reader meanwhile.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(QString libraryPath, QWidget *dialogParent);
    // Cancels a running import and waits for it: the worker stops between two files.
    ~ImportController() override;
    Q_DISABLE_COPY_MOVE(ImportController)

    [[nodiscard]] bool isRunning() const;
    // Starts importing; does nothing while another import runs.
    void start(const QStringList &paths);
    void cancel();

Q_SIGNALS:
    void started();
    void finished(const newsmark::ImportReport &report);

private:
    void onProgress(qint64 done, qint64 total);
    void onWorkerDone(const ImportReport &report);

    QString m_libraryPath;
    QPointer<QWidget> m_dialogParent;
    BackgroundJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace newsmark::gui
