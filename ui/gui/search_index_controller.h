#pragma once

#include "result.h"

#include "indexing_controller.h"

#include <QString>

namespace newsmark::gui {

// Builds the search index in the background where articles wait for it (search_pending): a
// library upgraded from a format before 11, or articles another process queued. The worker has
// its own connection and indexes a batch per transaction (SearchIndex::build), so the window and
// newsmark-cli keep writing between batches, and searches find the waiting articles meanwhile by
// a slower scan. Stopped (Cancel, or the window closing), it resumes at the next start where it
// left off (IndexingController: one pass at a time, on and off, progress and Cancel).
class SearchIndexController final : public IndexingController
{
    Q_OBJECT

public:
    explicit SearchIndexController(QString libraryPath, QObject *parent = nullptr);

    static constexpr int kDefaultBatchSize = 500;

    // Articles per transaction (tests make it small to watch a build in progress).
    void setBatchSize(int articles) { m_batchSize = articles; }

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
    void startPass() override;
    void onProgress(qint64 done, qint64 total);
    void onWorkerDone(const Result<Outcome> &outcome);

    QString m_libraryPath;
    int m_batchSize = kDefaultBatchSize;
    bool m_announced = false; // the running build showed its progress
};

} // namespace newsmark::gui
