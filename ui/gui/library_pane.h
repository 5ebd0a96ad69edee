#pragma once

#include "model/article.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;
class QTableView;
class QTimer;
class QAbstractProxyModel;

namespace newsmark {
class ArticleListModel;
}

namespace newsmark::gui {

// The library list with its search box above it. It speaks in article ids: what is selected,
// and which article to select, survive sorting, searching and refreshes. The search (the
// model's) answers as the user types; its results carry a snippet drawn under each headline, and
// a query that does not parse says why under the box.
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
    // Clears the search and the entity filter.
    void clearFilter();
    // The search box's text; setting it searches at once (a saved search, a test).
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const;
    // Leaves the search: the whole list again, with the current article still selected.
    void clearSearch();
    // Lists only the articles that mention an entity, with a bar above the list that names it
    // and takes the filter away; 0 lists all again.
    void setEntityFilter(qint64 entityId, const QString &label = {});
    [[nodiscard]] qint64 entityFilter() const;
    [[nodiscard]] QWidget *entityFilterBar() const { return m_entityBar; }
    // A checkable filter (Unread, Starred) as a button beside the search box.
    void addFilterAction(QAction *action);
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
    // The message under the box, the order buttons and the row height follow the search.
    void updateSearchUi();
    bool eventFilter(QObject *watched, QEvent *event) override;

    ArticleListModel &m_model;
    QAbstractProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QHBoxLayout *m_searchRow = nullptr; // the box and the filter buttons
    QTableView *m_table = nullptr;
    QTimer *m_filterTimer = nullptr;
    QLabel *m_searchMessage = nullptr;
    QWidget *m_orderBar = nullptr;
    QToolButton *m_byRelevance = nullptr;
    QToolButton *m_byDate = nullptr;
    QWidget *m_entityBar = nullptr;
    QLabel *m_entityLabel = nullptr;
    ArticleId m_currentId = 0;
    // Set while the pane itself moves the selection, so that it is not reported as the user's.
    bool m_restoring = false;
};

} // namespace newsmark::gui
