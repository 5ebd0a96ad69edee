#pragma once

#include <optional>

#include "storage/note_store.h"

#include "library/row_pages.h"

#include <QAbstractTableModel>

namespace newsmark {

class NoteService;

// The library-wide Notes view: one row per note that the query selects, in its order. Like
// ArticleListModel it counts rows up front and reads them from SQLite a page at a time.
class NoteListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        QuoteColumn,
        CommentColumn,
        TagsColumn,
        HeadlineColumn,
        OutletColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit NoteListModel(NoteStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setQuery(const NoteQuery &query);
    [[nodiscard]] const NoteQuery &query() const { return m_query; }
    // Re-reads the notes after they changed.
    void refresh();
    // Refreshes whenever `service` changes a note (the GUI's undo stack goes through it too).
    void follow(NoteService *service);

    // The note at `row`, or nothing past the end.
    [[nodiscard]] std::optional<Note> noteAt(int row) const;
    // The row of a note in the current order and query, or -1: views re-select by id.
    [[nodiscard]] int rowOf(const QUuid &id) const;

    static constexpr int kPageSize = RowPages<NoteRow>::kPageSize;

private:
    int counted() const;
    const NoteRow *rowAt(int row) const;

    NoteStore &m_store;
    NoteQuery m_query;
    mutable std::optional<int> m_rowCount; // counted when first asked (counted())
    RowPages<NoteRow> m_pages;
};

} // namespace newsmark
