#include "library/article_list_model.h"

#include "library/roles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark {

namespace {

QList<int> flatRanges(const QString &text, const QList<SearchMatch> &matches)
{
    QList<int> flat;
    for (const auto &[start, end] : utf16Ranges(text, matches))
        flat << start << end;
    return flat;
}

} // namespace

ArticleListModel::ArticleListModel(ArticleStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pages(64) // 64 pages of 256 rows: a few screens around every place visited
{
    m_rowCount = m_store.count(m_query);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return isSearching() ? int(m_searchRows.size()) : m_rowCount;
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ArticleSummary *ArticleListModel::summaryAt(int row) const
{
    if (isSearching())
        return row >= 0 && row < m_searchRows.size() ? &m_searchRows.at(row).hit.summary : nullptr;
    if (row >= m_rowCount)
        return nullptr;
    return m_pages.at(
            row, [this](int offset, int limit) { return m_store.page(m_query, offset, limit); });
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary *s = summaryAt(index.row());
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (role == Qt::ToolTipRole && index.column() == DateColumn && s->undated)
            return tr("Imported on %1; the article carries no date of its own")
                    .arg(publishedForDisplay(s->published, true));
        switch (index.column()) {
        case HeadlineColumn: return s->headline;
        case OutletColumn: return s->outlet;
        case DateColumn:
            // No date of its own: none shown, as newsmark-cli's list and the reader show none
            // (the row sorts by its import date, which the tooltip gives).
            if (s->undated)
                return QString();
            return publishedForDisplay(s->published, role == Qt::ToolTipRole);
        }
        break;
    case ArticleIdRole: return s->id;
    case ArticleReadRole: return s->read;
    case ArticleStarredRole: return s->starred;
    case ArticleUndatedRole: return s->undated;
    case ArticleSnippetRole:
        return isSearching() ? QVariant(snippetAt(index.row()).text) : QVariant();
    case ArticleSnippetMatchesRole: {
        if (!isSearching())
            return {};
        const SearchSnippet &snippet = snippetAt(index.row());
        return QVariant::fromValue(flatRanges(snippet.text, snippet.matches));
    }
    case ArticleHeadlineMatchesRole:
        if (!isSearching())
            return {};
        return QVariant::fromValue(
                flatRanges(s->headline, m_searchRows.at(index.row()).hit.headlineMatches));
    default: break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadlineColumn: return tr("Headline");
    case OutletColumn: return tr("Outlet");
    case DateColumn: return tr("Date");
    }
    return {};
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    const ArticleSortKey key = column == HeadlineColumn ? ArticleSortKey::Headline
            : column == OutletColumn                    ? ArticleSortKey::Outlet
                                                        : ArticleSortKey::Published;
    const bool descending = order == Qt::DescendingOrder;
    if (isSearching()) {
        // The search's rows are all in memory: the column order is theirs, and the ranking gives
        // way to it.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        m_query.sortKey = key;
        m_query.descending = descending;
        m_ranked = false;
        m_pages.clear();
        orderSearchRows();
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    if (key == m_query.sortKey && descending == m_query.descending)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_query.sortKey = key;
    m_query.descending = descending;
    m_pages.clear();
    // Rows keep their number, not their article: no persistent index can follow an article
    // without reading the whole order, so views re-select by id (rowOf).
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ArticleListModel::setFilter(const QString &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    refresh();
}

void ArticleListModel::setEntityFilter(qint64 entityId)
{
    if (entityId == m_query.entityId)
        return;
    m_query.entityId = entityId;
    refresh();
}

void ArticleListModel::setSourceFilter(qint64 feedId, const QString &folder)
{
    const QString effectiveFolder = feedId > 0 ? QString() : folder;
    if (feedId == m_query.feedId && effectiveFolder == m_query.feedFolder)
        return;
    m_query.feedId = feedId;
    m_query.feedFolder = effectiveFolder;
    refresh();
}

void ArticleListModel::setFlagFilter(bool unreadOnly, bool starredOnly)
{
    if (unreadOnly == m_query.unreadOnly && starredOnly == m_query.starredOnly)
        return;
    m_query.unreadOnly = unreadOnly;
    m_query.starredOnly = starredOnly;
    refresh();
}

void ArticleListModel::setTrashView(bool trash)
{
    if (trash == m_query.trash)
        return;
    m_query.trash = trash;
    refresh();
}

void ArticleListModel::refresh()
{
    if (isSearching()) {
        // The list (read state, scope) changes now; the search's rows when it ends.
        m_rowCount = m_store.count(m_query);
        startSearch();
        return;
    }
    beginResetModel();
    m_pages.clear();
    m_rowCount = m_store.count(m_query);
    endResetModel();
}

void ArticleListModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText && m_searchError.isEmpty())
        return;
    if (trimmed.isEmpty()) {
        if (m_search)
            m_search->cancel();
        beginResetModel();
        m_searchText.clear();
        m_searchError.clear();
        m_searchQuery.reset();
        m_searchPending = false;
        m_searchRows.clear();
        m_searchRowOf.clear();
        m_pages.clear();
        m_rowCount = m_store.count(m_query);
        endResetModel();
        Q_EMIT searchUpdated();
        return;
    }
    const search::ParsedQuery parsed = search::parseQuery(trimmed);
    if (!parsed.ok()) {
        // The rows of the last query that parsed stay, under the message.
        if (m_search)
            m_search->cancel();
        const bool entering = !isSearching();
        if (entering)
            beginResetModel();
        m_searchText = trimmed;
        m_searchError = parsed.error->message();
        m_searchPending = false;
        if (entering)
            endResetModel();
        Q_EMIT searchUpdated();
        return;
    }
    const bool entering = !isSearching();
    if (entering) {
        // Results are ranked until a column is chosen again.
        beginResetModel();
        m_ranked = true;
    }
    m_searchText = trimmed;
    m_searchError.clear();
    m_pendingQuery = parsed.query;
    if (entering)
        endResetModel();
    startSearch();
}

void ArticleListModel::startSearch()
{
    if (!m_search) {
        m_search = new ArticleSearch(m_store.database().path(), this);
        connect(m_search, &ArticleSearch::finished, this, &ArticleListModel::takeSearchResults);
    }
    m_searchPending = true;
    m_search->start(m_searchText, m_query,
                    m_searchRates ? m_searchRates() : QMap<QString, Decimal> {});
}

void ArticleListModel::takeSearchResults(const ArticleSearchOutcome &outcome)
{
    m_searchPending = false;
    if (!outcome.error.isEmpty()) {
        m_searchError = outcome.error;
        Q_EMIT searchUpdated();
        return;
    }
    beginResetModel();
    m_searchNotice = outcome.rateNotice;
    m_searchUnconverted = outcome.unconverted;
    m_searchQuery = m_pendingQuery;
    m_searchRows.clear();
    m_searchRows.reserve(outcome.rows.size());
    for (const ArticleSearchRow &row : outcome.rows)
        m_searchRows.append({row, std::nullopt});
    orderSearchRows();
    endResetModel();
    Q_EMIT searchUpdated();
}

void ArticleListModel::orderSearchRows()
{
    const bool descending = m_query.descending;
    auto lessThan = [this, descending](const SearchRow &a, const SearchRow &b) {
        if (m_ranked)
            return a.hit.rank < b.hit.rank;
        const ArticleSummary &x = a.hit.summary;
        const ArticleSummary &y = b.hit.summary;
        int order = 0;
        switch (m_query.sortKey) {
        case ArticleSortKey::Headline:
            order = x.headline.compare(y.headline, Qt::CaseInsensitive);
            break;
        case ArticleSortKey::Outlet:
            order = x.outlet.compare(y.outlet, Qt::CaseInsensitive);
            if (order == 0)
                order = a.hit.sortDate.compare(b.hit.sortDate);
            break;
        case ArticleSortKey::Published: order = a.hit.sortDate.compare(b.hit.sortDate); break;
        }
        if (order == 0)
            order = x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
        return descending ? order > 0 : order < 0;
    };
    std::stable_sort(m_searchRows.begin(), m_searchRows.end(), lessThan);
    m_searchRowOf.clear();
    m_searchRowOf.reserve(m_searchRows.size());
    for (int row = 0; row < m_searchRows.size(); ++row)
        m_searchRowOf.insert(m_searchRows.at(row).hit.summary.id, row);
}

void ArticleListModel::setRankedBySearch(bool ranked)
{
    if (ranked == m_ranked)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_ranked = ranked;
    if (isSearching())
        orderSearchRows();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const SearchSnippet &ArticleListModel::snippetAt(int row) const
{
    const SearchRow &searchRow = m_searchRows.at(row);
    if (searchRow.snippet)
        return *searchRow.snippet;
    SearchSnippet snippet;
    const std::optional<Article> article = m_store.find(searchRow.hit.summary.id);
    if (article && m_searchQuery) {
        // The body's first match, else the sub-headlines', else the body's opening: the line
        // under the headline always says something of the article.
        const QString body = article->paragraphs.join(u'\n');
        QList<SearchMatch> matches = findMatches(*m_searchQuery, body);
        if (matches.isEmpty() && !article->subheadlines.isEmpty()) {
            const QString subheadlines = article->subheadlines.join(u'\n');
            const QList<SearchMatch> inSubheadlines = findMatches(*m_searchQuery, subheadlines);
            if (!inSubheadlines.isEmpty())
                snippet = search::snippetOf(subheadlines, inSubheadlines);
        }
        if (snippet.text.isEmpty())
            snippet = search::snippetOf(body, matches);
    }
    searchRow.snippet = snippet;
    return *searchRow.snippet;
}

ArticleId ArticleListModel::articleIdAt(int row) const
{
    const ArticleSummary *s = summaryAt(row);
    return s ? s->id : 0;
}

int ArticleListModel::rowOf(ArticleId id) const
{
    if (isSearching())
        return m_searchRowOf.value(id, -1);
    return m_store.rowOf(m_query, id).value_or(-1);
}

void ArticleListModel::setRead(ArticleId id, bool read)
{
    (void)setFlag({id}, ArticleFlag::Read, read);
}

ArticleSummary *ArticleListModel::cachedSummary(int row)
{
    if (isSearching())
        return row >= 0 && row < m_searchRows.size() ? &m_searchRows[row].hit.summary : nullptr;
    return m_pages.cached(row);
}

Result<FlagChange> ArticleListModel::setFlag(const QList<ArticleId> &ids, ArticleFlag flag,
                                             bool value)
{
    Result<FlagChange> change = m_store.setFlag(ids, flag, value);
    if (!change)
        return change;
    const int role = flag == ArticleFlag::Read ? ArticleReadRole : ArticleStarredRole;
    // The rows are found among the cached ones: a row not read yet is read from the library
    // with its new flag. rowOf() would miss a row the flag filter no longer keeps.
    for (const ArticleId id : change->changed) {
        const int row = isSearching() ? m_searchRowOf.value(id, -1)
                                      : m_pages.findCached([id](const ArticleSummary &summary) {
                                            return summary.id == id;
                                        });
        ArticleSummary *summary = row >= 0 ? cachedSummary(row) : nullptr;
        if (!summary)
            continue;
        (flag == ArticleFlag::Read ? summary->read : summary->starred) = value;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {role});
    }
    return change;
}

QList<ArticleId> ArticleListModel::unreadIds() const
{
    if (!isSearching())
        return m_store.unreadIds(m_query);
    QList<ArticleId> ids;
    for (const SearchRow &row : m_searchRows) {
        if (!row.hit.summary.read)
            ids.append(row.hit.summary.id);
    }
    return ids;
}

int ArticleListModel::nextUnreadRow(int row) const
{
    const int rows = rowCount();
    if (rows == 0)
        return -1;
    const ArticleId current = row >= 0 && row < rows ? articleIdAt(row) : 0;
    if (isSearching()) {
        for (int step = 1; step <= rows; ++step) {
            const int candidate = (std::max(row, -1) + step) % rows;
            if (candidate != row && !m_searchRows.at(candidate).hit.summary.read)
                return candidate;
        }
        return -1;
    }
    // In SQL, not by reading every row: an index walk from the current article, then from the
    // top when nothing unread follows it.
    std::optional<ArticleId> next = m_store.nextUnread(m_query, current);
    if (!next && current != 0)
        next = m_store.nextUnread(m_query, 0);
    if (!next || *next == current)
        return -1;
    return rowOf(*next);
}

} // namespace newsmark
