#include "library/article_list_model.h"

#include "library/roles.h"

namespace newsmark {

ArticleListModel::ArticleListModel(ArticleStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pages(64) // 64 pages of 256 rows: a few screens around every place visited
{
    m_rowCount = m_store.count(m_query);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ArticleSummary *ArticleListModel::summaryAt(int row) const
{
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
        case DateColumn: return publishedForDisplay(s->published, role == Qt::ToolTipRole);
        }
        break;
    case ArticleIdRole: return s->id;
    case ArticleReadRole: return s->read;
    case ArticleStarredRole: return s->starred;
    case ArticleUndatedRole: return s->undated;
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

void ArticleListModel::setTrashView(bool trash)
{
    if (trash == m_query.trash)
        return;
    m_query.trash = trash;
    refresh();
}

void ArticleListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_rowCount = m_store.count(m_query);
    endResetModel();
}

ArticleId ArticleListModel::articleIdAt(int row) const
{
    const ArticleSummary *s = summaryAt(row);
    return s ? s->id : 0;
}

int ArticleListModel::rowOf(ArticleId id) const
{
    return m_store.rowOf(m_query, id).value_or(-1);
}

void ArticleListModel::setRead(ArticleId id, bool read)
{
    if (!m_store.markRead({id}, read))
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (ArticleSummary *summary = m_pages.cached(row))
        summary->read = read;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {ArticleReadRole});
}

} // namespace newsmark
