#pragma once

#include "library/entity_indexer.h"

#include "status_progress.h"

#include <QObject>
#include <QString>

namespace newsmark::gui {

class BackgroundJob;

// Keeps the library's entity index up to date in the background: after start-up, an import or
// a correction. The worker opens its own connection (SQLite connections are per thread) and
// stores a batch of articles per transaction, so reading, notes and corrections go on meanwhile;
// a request while it runs makes it run once more afterwards. Progress and Cancel sit in a small
// widget meant for the status bar, shown only while there is work.
class EntityIndexController final : public QObject
{
    Q_OBJECT

public:
    EntityIndexController(QString libraryPath, QObject *parent = nullptr);
    // Cancels a running pass and waits for it: the worker stops after its current batch.
    ~EntityIndexController() override;
    Q_DISABLE_COPY_MOVE(EntityIndexController)

    [[nodiscard]] QWidget *statusWidget() const { return m_status; }
    [[nodiscard]] bool isRunning() const;

    // Starts a pass, or asks for one more after the running one.
    void update();
    // Stops the running pass after its batch; what is stored stays.
    void cancel();
    // Background indexing on or off (Preferences). Off, a running pass stops after its batch and
    // update() only notes that work waits; turned on again, that work starts.
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    // A pass ended (also when cancelled or failed: see the report / error).
    void finished(const newsmark::IndexReport &report);
    void failed(const QString &error);

private:
    void onProgress(qint64 done, qint64 total);
    void onWorkerDone(const Result<IndexReport> &report);

    QString m_libraryPath;
    BackgroundJob *m_job = nullptr;
    bool m_again = false;
    bool m_enabled = true;
    bool m_waiting = false; // update() was asked for while disabled
    StatusProgress *m_status = nullptr;
};

} // namespace newsmark::gui
