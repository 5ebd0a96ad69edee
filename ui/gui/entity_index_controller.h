#pragma once

#include "library/entity_indexer.h"

#include "indexing_controller.h"

#include <QString>

namespace newsmark::gui {

// Keeps the library's entity index up to date in the background: after start-up, an import or
// a correction. The worker opens its own connection (SQLite connections are per thread) and
// stores a batch of articles per transaction, so reading, notes and corrections go on meanwhile;
// a request while it runs makes it run once more afterwards (IndexingController).
class EntityIndexController final : public IndexingController
{
    Q_OBJECT

public:
    explicit EntityIndexController(QString libraryPath, QObject *parent = nullptr);

Q_SIGNALS:
    // A pass ended (also when cancelled or failed: see the report / error).
    void finished(const newsmark::IndexReport &report);
    void failed(const QString &error);

private:
    void startPass() override;
    void onProgress(qint64 done, qint64 total);
    void onWorkerDone(const Result<IndexReport> &report);

    QString m_libraryPath;
};

} // namespace newsmark::gui
