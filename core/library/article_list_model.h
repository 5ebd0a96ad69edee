#pragma once

#include "storage/article_store.h"

#include "library/row_pages.h"

#include <QAbstractTableModel>

namespace newsmark {

// The library list: one row per stored article outside the Trash (or, as the Trash view, one per
// article in it), in the order and under the filter asked for. It
// counts rows up front (so the scroll bar is right) and reads them from SQLite a page at a time
// when a view asks for them, so a 100,000-article library opens at once.
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
    // The Trash instead of the library (the other filters apply to it too).
    void setTrashView(bool trash);
    [[nodiscard]] bool showsTrash() const { return m_query.trash; }
    // Re-reads the library after it changed underneath (an import, another process).
    void refresh();

    [[nodiscard]] ArticleId articleIdAt(int row) const;
    // The row of an article in the current order and filter, or -1.
    [[nodiscard]] int rowOf(ArticleId id) const;
    void setRead(ArticleId id, bool read);

    static constexpr int kPageSize = RowPages<ArticleSummary>::kPageSize;

private:
    const ArticleSummary *summaryAt(int row) const;

    ArticleStore &m_store;
    ArticleQuery m_query;
    int m_rowCount = 0;
    RowPages<ArticleSummary> m_pages;
};

} // namespace newsmark
