#pragma once

#include "storage/article_store.h"

#include "analysis/decimal.h"
#include "library/article_search.h"
#include "library/row_pages.h"
#include "search/search_query.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>
#include <optional>

namespace newsmark {

// The library list: one row per stored article outside the Trash (or, as the Trash view, one per
// article in it), in the order and under the filter asked for. It
// counts rows up front (so the scroll bar is right) and reads them from SQLite a page at a time
// when a view asks for them, so a 100,000-article library opens at once.
//
// With a search (setSearch), it lists what the search index finds within the same scope (feed,
// folder, entity, Trash), ranked by relevance or sorted by a column, each row with a snippet of
// the article's text. Searches run off the calling thread (ArticleSearch); until one ends, the
// rows of the previous one stay.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeadlineColumn, OutletColumn, DateColumn, ColumnCount };

    explicit ArticleListModel(ArticleStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const QString &filter);
    [[nodiscard]] QString filter() const { return m_query.filter; }
    // Only articles mentioning this entity (EntityStore's id); 0 for all.
    void setEntityFilter(qint64 entityId);
    [[nodiscard]] qint64 entityFilter() const { return m_query.entityId; }
    // Only one feed's articles (feedId > 0), or a folder's (feedId 0, folder set); neither: all.
    void setSourceFilter(qint64 feedId, const QString &folder);
    // Only unread articles, only starred ones (with every other filter and the search).
    void setFlagFilter(bool unreadOnly, bool starredOnly);
    [[nodiscard]] bool unreadOnly() const { return m_query.unreadOnly; }
    [[nodiscard]] bool starredOnly() const { return m_query.starredOnly; }
    // The Trash instead of the library (the other filters apply to it too).
    void setTrashView(bool trash);
    [[nodiscard]] bool showsTrash() const { return m_query.trash; }
    // Re-reads the library after it changed underneath (an import, another process).
    void refresh();

    // The search over article text, notes, tags and analysis fields (core/search's query
    // language); empty: the whole list again. A query that does not parse keeps the rows and
    // sets searchError().
    void setSearch(const QString &text);
    [[nodiscard]] const QString &searchText() const { return m_searchText; }
    [[nodiscard]] bool isSearching() const { return !m_searchText.isEmpty(); }
    // A search was started and its rows are not in yet.
    [[nodiscard]] bool isSearchPending() const { return m_searchPending; }
    // Why the search shows nothing new: the parser's message ("… at 1–5"), or a failed search.
    [[nodiscard]] const QString &searchError() const { return m_searchError; }
    // What the shown results left out for want of a rate between currencies ("" when nothing).
    [[nodiscard]] const QString &searchNotice() const { return m_searchNotice; }
    [[nodiscard]] qint64 searchUnconverted() const { return m_searchUnconverted; }
    // Where the Amounts panel's rates come from (read as each search starts), at which money:
    // compares other currencies.
    using RatesSource = std::function<QMap<QString, Decimal>()>;
    void setSearchRatesSource(RatesSource source) { m_searchRates = std::move(source); }
    // The parsed query of the rows shown, for highlighting its matches elsewhere.
    [[nodiscard]] const std::optional<search::SearchQuery> &searchQuery() const
    {
        return m_searchQuery;
    }
    // Search results in relevance order (bm25) instead of the column sort; sort() goes back to
    // the column order.
    void setRankedBySearch(bool ranked);
    [[nodiscard]] bool isRankedBySearch() const { return m_ranked; }

    [[nodiscard]] ArticleId articleIdAt(int row) const;
    // The row of an article in the current order and filter, or -1.
    [[nodiscard]] int rowOf(ArticleId id) const;
    void setRead(ArticleId id, bool read);
    // Sets the flag in the library and on the rows shown, which stay where they are (an article
    // read in the Unread view leaves it at the next refresh, not under the reader's eyes).
    Result<FlagChange> setFlag(const QList<ArticleId> &ids, ArticleFlag flag, bool value);
    // The unread articles of the view: the search's rows while searching, else the query's.
    [[nodiscard]] QList<ArticleId> unreadIds() const;
    // The row of the first unread article after `row` in the view's order, going round to the
    // top after the end (the row itself never); -1 when no other is unread.
    [[nodiscard]] int nextUnreadRow(int row) const;

    static constexpr int kPageSize = RowPages<ArticleSummary>::kPageSize;

Q_SIGNALS:
    // A search ended (its rows are in), or the query was refused (searchError()).
    void searchUpdated();

private:
    const ArticleSummary *summaryAt(int row) const;
    // The row's summary as cached (page or search row), to change in place; nullptr if not held.
    ArticleSummary *cachedSummary(int row);
    void startSearch();
    void takeSearchResults(const ArticleSearchOutcome &outcome);
    void orderSearchRows();
    // The snippet of a result row, read from its article when first asked for.
    const SearchSnippet &snippetAt(int row) const;

    struct SearchRow
    {
        ArticleSearchRow hit;
        mutable std::optional<SearchSnippet> snippet;
    };

    ArticleStore &m_store;
    ArticleQuery m_query;
    int m_rowCount = 0;
    RowPages<ArticleSummary> m_pages;

    ArticleSearch *m_search = nullptr; // made on the first search
    QString m_searchText;
    QString m_searchError;
    QString m_searchNotice;
    qint64 m_searchUnconverted = 0;
    RatesSource m_searchRates;
    std::optional<search::SearchQuery> m_searchQuery;
    search::SearchQuery m_pendingQuery; // of the search running now
    bool m_searchPending = false;
    bool m_ranked = true;
    QList<SearchRow> m_searchRows;
    QHash<ArticleId, int> m_searchRowOf;
};

} // namespace newsmark
