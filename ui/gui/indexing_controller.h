#pragma once

#include <QObject>
#include <QString>

namespace newsmark::gui {

class BackgroundJob;
class StatusProgress;

// What the window's background indexers share (the entity index, the search index): one pass at a
// time on a worker thread, a request during a pass running once more after it, Preferences'
// background indexing turning them off and on (off, a running pass stops after its batch and
// requests only note that work waits), and progress with a stop button in a widget meant for the
// status bar. A subclass starts its pass on job() and calls passEnded() when it has reported it.
class IndexingController : public QObject
{
    Q_OBJECT

public:
    // Cancels a running pass and waits for it: the worker stops after its current batch.
    ~IndexingController() override;
    Q_DISABLE_COPY_MOVE(IndexingController)

    [[nodiscard]] QWidget *statusWidget() const;
    [[nodiscard]] bool isRunning() const;

    // Starts a pass, or asks for one more after the running one.
    void update();
    // Stops the running pass after its batch; what is stored stays.
    void cancel();
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

protected:
    // `status` is shown while a pass reports progress; its stop button cancels.
    IndexingController(const QString &threadName, StatusProgress *status,
                       const QString &stoppingText, QObject *parent);

    [[nodiscard]] BackgroundJob *job() const { return m_job; }
    [[nodiscard]] StatusProgress *status() const { return m_status; }
    // Whether progress is worth showing: a pass runs and was not cancelled.
    [[nodiscard]] bool reportsProgress() const;

    virtual void startPass() = 0;
    // The end of a pass, after the subclass reported it: runs the pass asked for meanwhile.
    void passEnded();

private:
    BackgroundJob *m_job = nullptr;
    StatusProgress *m_status = nullptr;
    QString m_stoppingText;
    bool m_again = false;
    bool m_enabled = true;
    bool m_waiting = false; // update() was asked for while disabled
};

} // namespace newsmark::gui
