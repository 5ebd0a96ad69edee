#pragma once

#include "search/search_matches.h"
#include "storage/article_store.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <utility>

class QThread;

namespace newsmark {

class Decimal;

// One article a search found, with what the list shows of it.
struct ArticleSearchRow
{
    ArticleSummary summary;
    QList<SearchMatch> headlineMatches; // code points in summary.headline
    int rank = 0; // 0 for the best match
    QString sortDate; // published, else the import time: what "by date" orders on
};

struct ArticleSearchOutcome
{
    quint64 generation = 0;
    QList<ArticleSearchRow> rows; // best match first
    QString error; // the search could not run (a broken library); never a query error
    // money: left articles out for want of a rate between currencies (SearchResults).
    qint64 unconverted = 0;
    QString rateNotice;
    qint64 elapsedMs = 0;
};

// Runs the library list's searches on a thread of its own, over its own connection to the
// library file, so that a slow query never holds up the window. Only the newest request counts:
// one asked for while another runs is done next, and results of a superseded one are dropped.
// The scope (feed, folder, entity, Trash) is that of the list: hits outside it are left out.
class ArticleSearch final : public QObject
{
    Q_OBJECT

public:
    explicit ArticleSearch(QString libraryPath, QObject *parent = nullptr);
    ~ArticleSearch() override;
    Q_DISABLE_COPY_MOVE(ArticleSearch)

    // Starts a search of an already parsed query text; its generation, which finished() carries.
    // `rates` are the Amounts panel's, at which money: compares other currencies.
    quint64 start(const QString &queryText, const ArticleQuery &scope,
                  const QMap<QString, Decimal> &rates = {});
    // Whatever runs now is dropped when it ends.
    void cancel();

Q_SIGNALS:
    // Only for the newest request.
    void finished(const newsmark::ArticleSearchOutcome &outcome);

private:
    class Worker;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::atomic<quint64> m_latest {0};
};

// [start, end) in UTF-16 units of `text` for matches given in code points.
[[nodiscard]] QList<std::pair<int, int>> utf16Ranges(const QString &text,
                                                     const QList<SearchMatch> &matches);

} // namespace newsmark
