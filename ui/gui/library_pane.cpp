#include "library_pane.h"

#include "library/article_list_model.h"
#include "library/roles.h"
#include "search_result_delegate.h"

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// A star before a starred article's headline; unstarred ones get an empty square of the same
// size, so that headlines start in one column.
QIcon starIcon(bool starred, int size)
{
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    if (starred) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font;
        font.setPixelSize(size);
        painter.setFont(font);
        // Amber reads as a star on white and on the dark theme's grey alike.
        painter.setPen(QColor(0xe8, 0xa3, 0x17));
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, u"★"_s);
    }
    return QIcon(pixmap);
}

// The core model returns data, not fonts: unread articles are drawn bold here, in the ui layer,
// and a starred one with a star.
class UnreadEmphasisProxy final : public QIdentityProxyModel
{
public:
    explicit UnreadEmphasisProxy(int iconSize, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_starred(starIcon(true, iconSize))
        , m_unstarred(starIcon(false, iconSize))
    { }

    void setSourceModel(QAbstractItemModel *source) override
    {
        QIdentityProxyModel::setSourceModel(source);
        // A row whose read state changed changes its font here.
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                    if (roles.contains(ArticleReadRole))
                        Q_EMIT dataChanged(mapFromSource(from), mapFromSource(to), {Qt::FontRole});
                });
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ArticleListModel::HeadlineColumn)
            return index.data(ArticleStarredRole).toBool() ? m_starred : m_unstarred;
        if (role == Qt::AccessibleDescriptionRole
            && index.column() == ArticleListModel::HeadlineColumn) {
            QStringList states;
            if (!index.data(ArticleReadRole).toBool())
                states << LibraryPane::tr("unread");
            if (index.data(ArticleStarredRole).toBool())
                states << LibraryPane::tr("starred");
            return states.join(u", "_s);
        }
        if (role != Qt::FontRole)
            return QIdentityProxyModel::data(index, role);
        if (index.data(ArticleReadRole).toBool())
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }

private:
    QIcon m_starred;
    QIcon m_unstarred;
};

// Long enough that a word typed at speed is searched once, short enough to feel immediate.
constexpr int kFilterDelayMs = 180;

} // namespace

LibraryPane::LibraryPane(ArticleListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new UnreadEmphasisProxy(fontMetrics().height(), this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_filterTimer(new QTimer(this))
{
    m_proxy->setSourceModel(&m_model);

    m_filter->setObjectName(u"librarySearch"_s);
    m_filter->setPlaceholderText(tr("Search articles, notes, tags… (Ctrl+K)"));
    m_filter->setToolTip(
            tr("Words and \"phrases\"; OR, NOT or -word, (…); fields such as headline:, "
               "outlet:, tag:, note:, org:, person:, place:, date:2025-01..2025-03, "
               "money:>1조원, is:unread"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_table->setObjectName(u"libraryList"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ArticleListModel::HeadlineColumn,
                                      new SearchResultDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once for Move to Trash, Restore and Delete Permanently.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::HeadlineColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::OutletColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::Interactive);
    header->resizeSection(ArticleListModel::OutletColumn, 104);
    header->resizeSection(ArticleListModel::DateColumn, 92);
    // The core model starts newest first; say so before sorting is switched on, which sorts at
    // once.
    header->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(6);
    m_searchRow = new QHBoxLayout;
    m_searchRow->setSpacing(2);
    m_searchRow->addWidget(m_filter, 1);
    layout->addLayout(m_searchRow);
    // Under the box while searching: what the search found or why it could not, and its order.
    m_orderBar = new QWidget(this);
    m_orderBar->setObjectName(u"searchBar"_s);
    m_searchMessage = new QLabel(m_orderBar);
    m_searchMessage->setObjectName(u"searchMessage"_s);
    m_searchMessage->setTextFormat(Qt::PlainText);
    m_searchMessage->setWordWrap(true);
    m_byRelevance = new QToolButton(m_orderBar);
    m_byRelevance->setObjectName(u"searchByRelevance"_s);
    m_byRelevance->setText(tr("Relevance"));
    m_byRelevance->setToolTip(tr("Best matches first"));
    m_byRelevance->setCheckable(true);
    m_byRelevance->setAutoRaise(true);
    m_byDate = new QToolButton(m_orderBar);
    m_byDate->setObjectName(u"searchByDate"_s);
    m_byDate->setText(tr("Date"));
    m_byDate->setToolTip(tr("Newest first"));
    m_byDate->setCheckable(true);
    m_byDate->setAutoRaise(true);
    connect(m_byRelevance, &QToolButton::clicked, this, [this] {
        m_model.setRankedBySearch(true);
        updateSearchUi();
    });
    connect(m_byDate, &QToolButton::clicked, this, [this] {
        m_table->sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
        m_model.sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
        updateSearchUi();
    });
    auto *orderLayout = new QHBoxLayout(m_orderBar);
    orderLayout->setContentsMargins(2, 0, 0, 0);
    orderLayout->setSpacing(2);
    orderLayout->addWidget(m_searchMessage, 1);
    orderLayout->addWidget(m_byRelevance);
    orderLayout->addWidget(m_byDate);
    m_orderBar->hide();
    layout->addWidget(m_orderBar);
    // The entity filter (Entities panel › Show in Library) says what it hides and how to undo it.
    m_entityBar = new QWidget(this);
    m_entityBar->setObjectName(u"entityFilterBar"_s);
    m_entityLabel = new QLabel(m_entityBar);
    m_entityLabel->setObjectName(u"entityFilterLabel"_s);
    m_entityLabel->setTextFormat(Qt::PlainText);
    auto *clearEntity = new QToolButton(m_entityBar);
    clearEntity->setObjectName(u"entityFilterClear"_s);
    clearEntity->setText(tr("Show All"));
    clearEntity->setToolTip(tr("List every article again"));
    connect(clearEntity, &QToolButton::clicked, this, [this] { setEntityFilter(0); });
    auto *barLayout = new QHBoxLayout(m_entityBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(m_entityLabel, 1);
    barLayout->addWidget(clearEntity);
    m_entityBar->hide();
    layout->addWidget(m_entityBar);
    layout->addWidget(m_table);
    setFocusProxy(m_table);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &LibraryPane::applyFilter);
    // Enter in the filter goes to the list, so that arrows and Enter continue from there.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_filterTimer->isActive()) {
            m_filterTimer->stop();
            applyFilter();
        }
        if (m_currentId == 0)
            selectFirstRow();
        m_table->setFocus();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryPane::onCurrentRowChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_table->indexAt(pos);
        if (!at.isValid())
            return;
        // A right click outside the selection acts on that row alone, as in a file manager.
        if (!m_table->selectionModel()->isRowSelected(at.row(), {})) {
            m_table->selectionModel()->setCurrentIndex(
                    at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        Q_EMIT contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });
    // Sorting and refreshing reset the model; the article stays selected across both.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryPane::reselectCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LibraryPane::reselectCurrent);
    connect(&m_model, &ArticleListModel::searchUpdated, this, [this] {
        updateSearchUi();
        Q_EMIT rowCountChanged(m_model.rowCount());
    });
    // A column chosen while searching orders the results by it instead of by relevance.
    connect(header, &QHeaderView::sortIndicatorChanged, this, &LibraryPane::updateSearchUi);
}

bool LibraryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_filter->text().isEmpty()) {
        clearSearch();
        m_table->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPane::updateSearchUi()
{
    const bool searching = m_model.isSearching();
    m_orderBar->setVisible(searching);
    const int line = m_table->fontMetrics().height();
    m_table->verticalHeader()->setDefaultSectionSize(searching ? 2 * line + 12 : line + 10);
    QHeaderView *header = m_table->horizontalHeader();
    const bool ranked = searching && m_model.isRankedBySearch();
    header->setSortIndicatorShown(!ranked);
    m_byRelevance->setChecked(ranked);
    m_byDate->setChecked(searching && !ranked
                         && header->sortIndicatorSection() == ArticleListModel::DateColumn);
    if (!searching)
        return;
    QPalette palette = m_searchMessage->palette();
    const QString &error = m_model.searchError();
    if (!error.isEmpty()) {
        const bool dark = this->palette().color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x24, 0x18));
        m_searchMessage->setPalette(palette);
        m_searchMessage->setText(error);
        return;
    }
    m_searchMessage->setPalette(this->palette());
    const int rows = m_model.rowCount();
    if (m_model.isSearchPending() && rows == 0)
        m_searchMessage->setText(tr("Searching…"));
    else if (rows == 0)
        m_searchMessage->setText(tr("No article matches “%1”").arg(m_model.searchText()));
    else
        m_searchMessage->setText(rows == 1 ? tr("1 match") : tr("%1 matches").arg(rows));
    if (!m_model.searchNotice().isEmpty()) {
        m_searchMessage->setText(m_searchMessage->text() + u" — "_s
                                 + tr("%1 left out: %2")
                                           .arg(m_model.searchUnconverted())
                                           .arg(m_model.searchNotice()));
    }
}

void LibraryPane::onCurrentRowChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_table->currentIndex();
    const ArticleId id = current.isValid() ? m_model.articleIdAt(current.row()) : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentArticleChanged(id);
}

bool LibraryPane::selectArticle(ArticleId id)
{
    const int row = id > 0 ? m_model.rowOf(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, ArticleListModel::HeadlineColumn);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QList<ArticleId> LibraryPane::selectedArticleIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<ArticleId> ids;
    for (const int row : std::as_const(rows)) {
        if (const ArticleId id = m_model.articleIdAt(row))
            ids.append(id);
    }
    // The current row without a selection (focus came to the list): the shown article, when the
    // list has it — also as a row the Unread view keeps although it is read now.
    const QModelIndex current = m_table->currentIndex();
    if (ids.isEmpty() && m_currentId > 0
        && ((current.isValid() && m_model.articleIdAt(current.row()) == m_currentId)
            || m_model.rowOf(m_currentId) >= 0))
        ids.append(m_currentId);
    return ids;
}

int LibraryPane::firstSelectedRow() const
{
    int first = -1;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        first = first < 0 ? index.row() : std::min(first, index.row());
    return first;
}

bool LibraryPane::selectRow(int row)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0 || row < 0)
        return false;
    const QModelIndex index =
            m_proxy->index(std::min(row, rows - 1), ArticleListModel::HeadlineColumn);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void LibraryPane::selectFirstRow()
{
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex index = m_proxy->index(0, ArticleListModel::HeadlineColumn);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LibraryPane::reselectCurrent()
{
    const QScopedValueRollback guard(m_restoring, true);
    const int row = m_currentId > 0 ? m_model.rowOf(m_currentId) : -1;
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->index(row, ArticleListModel::HeadlineColumn);
    m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LibraryPane::applyFilter()
{
    m_model.setSearch(m_filter->text().trimmed());
    updateSearchUi();
    Q_EMIT rowCountChanged(m_model.rowCount());
}

void LibraryPane::setSearchText(const QString &text)
{
    m_filter->setText(text);
    m_filterTimer->stop();
    applyFilter();
}

QString LibraryPane::searchText() const
{
    return m_filter->text();
}

void LibraryPane::clearSearch()
{
    m_filter->clear();
    m_filterTimer->stop();
    applyFilter();
}

void LibraryPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void LibraryPane::setEntityFilter(qint64 entityId, const QString &label)
{
    m_entityLabel->setText(tr("Articles mentioning %1").arg(label));
    m_entityBar->setVisible(entityId > 0);
    m_model.setEntityFilter(entityId);
    Q_EMIT rowCountChanged(m_model.rowCount());
}

qint64 LibraryPane::entityFilter() const
{
    return m_model.entityFilter();
}

void LibraryPane::clearFilter()
{
    if (m_model.entityFilter() != 0)
        setEntityFilter(0);
    m_filterTimer->stop();
    if (m_filter->text().isEmpty() && !m_model.isSearching())
        return;
    clearSearch();
}

void LibraryPane::refresh()
{
    m_model.refresh();
    Q_EMIT rowCountChanged(m_model.rowCount());
}

void LibraryPane::addFilterAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    m_searchRow->addWidget(button);
}

QByteArray LibraryPane::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void LibraryPane::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    // Restoring moves the sort indicator without sorting; the model must follow it.
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace newsmark::gui
