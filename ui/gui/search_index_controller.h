#pragma once

#include "result.h"

#include "status_progress.h"

#include <QObject>
#include <QString>

namespace newsmark::gui {

class BackgroundJob;

// Builds the search index in the background where articles wait for it (search_pending): a
// library upgraded from a format before 11, or articles another process queued. The worker has
// its own connection and indexes a batch per transaction (SearchIndex::build), so the window and
// newsmark-cli keep writing between batches, and searches find the waiting articles meanwhile by
// a slower scan. Stopped (Cancel, or the window closing), it resumes at the next start where it
// left off. Progress and Cancel sit in a widget meant for the status bar, shown while it works.
class SearchIndexController final : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndexController(QString libraryPath, QObject *parent = nullptr);
    // Cancels a running build and waits for it: the worker stops after its current batch.
    ~SearchIndexController() override;
    Q_DISABLE_COPY_MOVE(SearchIndexController)

    static constexpr int kDefaultBatchSize = 500;

    [[nodiscard]] QWidget *statusWidget() const { return m_status; }
    [[nodiscard]] bool isRunning() const;
    // Articles per transaction (tests make it small to watch a build in progress).
    void setBatchSize(int articles) { m_batchSize = articles; }

    // Builds what is pending, or asks for one more pass after the running one.
    void update();
    // Stops the running build after its batch; what is indexed stays indexed.
    void cancel();
    // Background indexing on or off (Preferences). Off, a running pass stops after its batch and
    // update() only notes that work waits; turned on again, that work starts.
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    // A pass ended: `indexed` articles went into the index, `left` still wait (cancelled).
    // `announced`: its progress was shown (not for a few articles indexed under another
    // message, which the end of the build should not replace).
    void finished(qint64 indexed, qint64 left, bool announced);
    void failed(const QString &error);

private:
    struct Outcome
    {
        qint64 indexed = 0;
        qint64 left = 0;
    };
    void onProgress(qint64 done, qint64 total);
    void onWorkerDone(const Result<Outcome> &outcome);

    QString m_libraryPath;
    int m_batchSize = kDefaultBatchSize;
    BackgroundJob *m_job = nullptr;
    bool m_again = false;
    bool m_enabled = true;
    bool m_waiting = false; // update() was asked for while disabled
    bool m_announced = false; // the running build showed its progress
    StatusProgress *m_status = nullptr;
};

} // namespace newsmark::gui
