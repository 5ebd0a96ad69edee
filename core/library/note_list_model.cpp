#include "library/note_list_model.h"

#include "library/roles.h"
#include "notes/note_service.h"

namespace newsmark {

NoteListModel::NoteListModel(NoteStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pages(16)
{ }

int NoteListModel::counted() const
{
    // Counted when first asked, not when made or told of a change: a window starts without
    // reading every note, and a hidden Notes view costs nothing while notes are saved.
    if (!m_rowCount)
        m_rowCount = m_store.count(m_query);
    return *m_rowCount;
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : counted();
}

int NoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const NoteRow *NoteListModel::rowAt(int row) const
{
    if (row >= counted())
        return nullptr;
    return m_pages.at(
            row, [this](int offset, int limit) { return m_store.page(m_query, offset, limit); });
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteRow *r = rowAt(index.row());
    if (!r)
        return {};
    const Note &n = r->note;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case QuoteColumn:
            // A list line is one line: the quote's paragraph breaks become spaces.
            return role == Qt::DisplayRole ? n.quote.simplified() : n.quote;
        case CommentColumn: return role == Qt::DisplayRole ? n.body.simplified() : n.body;
        case TagsColumn: return n.tags.join(QStringLiteral(", "));
        case HeadlineColumn: return r->headline;
        case OutletColumn: return r->outlet;
        case CreatedColumn:
            return role == Qt::DisplayRole ? n.created.toLocalTime().toString(Qt::ISODate).left(10)
                                           : n.created.toLocalTime().toString(Qt::ISODate);
        }
        break;
    case NoteIdRole: return n.id;
    case NoteArticleIdRole: return n.articleId;
    case NoteColorRole: return noteColorKey(n.color);
    case NoteTagsRole: return n.tags;
    case NoteAnchorStateRole: return anchorStateKey(n.anchor);
    case NoteTextChangedRole: return n.textChanged();
    case NoteOriginalQuoteRole: return n.originalQuote;
    case NoteStartRole: return qint64(n.start);
    default: break;
    }
    return {};
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn: return tr("Quote");
    case CommentColumn: return tr("Comment");
    case TagsColumn: return tr("Tags");
    case HeadlineColumn: return tr("Article");
    case OutletColumn: return tr("Outlet");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

void NoteListModel::sort(int column, Qt::SortOrder order)
{
    // Only orders with an index: creation (the default) and the article's (date, text order).
    const NoteSortKey key = column == HeadlineColumn || column == OutletColumn
            ? NoteSortKey::Article
            : NoteSortKey::Created;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey && descending == m_query.descending)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_query.sortKey = key;
    m_query.descending = descending;
    m_pages.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void NoteListModel::setQuery(const NoteQuery &query)
{
    m_query = query;
    refresh();
}

void NoteListModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_rowCount.reset();
    endResetModel();
}

void NoteListModel::follow(NoteService *service)
{
    connect(service, &NoteService::noteSaved, this, &NoteListModel::refresh);
    connect(service, &NoteService::noteRemoved, this, &NoteListModel::refresh);
    connect(service, &NoteService::notesChanged, this, &NoteListModel::refresh);
}

std::optional<Note> NoteListModel::noteAt(int row) const
{
    const NoteRow *r = rowAt(row);
    if (!r)
        return std::nullopt;
    return r->note;
}

int NoteListModel::rowOf(const QUuid &id) const
{
    return int(m_store.ids(m_query).indexOf(id));
}

} // namespace newsmark
