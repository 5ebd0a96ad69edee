#pragma once

#include "model/article.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QAbstractProxyModel;

namespace newsmark {
class ArticleListModel;
}

namespace newsmark::gui {

// The library list with its quick filter above it. It speaks in article ids: what is selected,
// and which article to select, survive sorting, filtering and refreshes.
class LibraryPane final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPane(ArticleListModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *tableView() const { return m_table; }
    [[nodiscard]] ArticleId currentArticleId() const { return m_currentId; }
    // The selected articles in list order (the current one when nothing else is selected).
    [[nodiscard]] QList<ArticleId> selectedArticleIds() const;
    // The first selected row; -1 when none is.
    [[nodiscard]] int firstSelectedRow() const;
    // Selects the row (the last one when `row` is past the end); false when the list is empty.
    bool selectRow(int row);

    // Selects and scrolls to the article; false when it is not in the list (filtered out or gone).
    bool selectArticle(ArticleId id);
    void selectFirstRow();
    void focusFilter();
    // The text in the box above the list (the saved searches put theirs there).
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const;
    // Clears the text filter and the entity filter.
    void clearFilter();
    // Lists only the articles that mention an entity, with a bar above the list that names it
    // and takes the filter away; 0 lists all again.
    void setEntityFilter(qint64 entityId, const QString &label = {});
    [[nodiscard]] qint64 entityFilter() const;
    [[nodiscard]] QWidget *entityFilterBar() const { return m_entityBar; }
    // Re-reads the model (after an import) and keeps the selection where it was.
    void refresh();

    [[nodiscard]] QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    // The article the user moved to; 0 when the selection went away.
    void currentArticleChanged(newsmark::ArticleId id);
    // Rows shown changed (filter, refresh): the status bar's count.
    void rowCountChanged(int rows);
    // A right click on the list (the row under it is selected first).
    void contextMenuRequested(const QPoint &globalPos);

private:
    void onCurrentRowChanged();
    void applyFilter();
    void reselectCurrent();

    ArticleListModel &m_model;
    QAbstractProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_filterTimer = nullptr;
    QWidget *m_entityBar = nullptr;
    QLabel *m_entityLabel = nullptr;
    ArticleId m_currentId = 0;
    // Set while the pane itself moves the selection, so that it is not reported as the user's.
    bool m_restoring = false;
};

} // namespace newsmark::gui
