#include "list_actions.h"

#include "gui_logging.h"
#include "library/article_list_model.h"
#include "library/roles.h"
#include "library_pane.h"
#include "reader_view.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPointer>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// Setting a flag on articles as one step on the undo stack: undo puts back exactly the ones
// that changed. A first redo that changes nothing, or fails, makes the command obsolete.
class FlagCommand final : public QUndoCommand
{
public:
    FlagCommand(ListActions &actions, QList<ArticleId> ids, ArticleFlag flag, bool value,
                const QString &text)
        : m_actions(actions)
        , m_ids(std::move(ids))
        , m_flag(flag)
        , m_value(value)
    {
        setText(text);
    }

    void redo() override
    {
        if (m_done) {
            m_actions.setFlag(m_changed, m_flag, m_value);
            return;
        }
        m_done = true;
        const std::optional<FlagChange> change = m_actions.setFlag(m_ids, m_flag, m_value);
        if (!change || change->changed.isEmpty()) {
            setObsolete(true);
            return;
        }
        m_changed = change->changed;
    }

    void undo() override { m_actions.setFlag(m_changed, m_flag, !m_value); }

private:
    ListActions &m_actions;
    QList<ArticleId> m_ids;
    ArticleFlag m_flag;
    bool m_value;
    QList<ArticleId> m_changed;
    bool m_done = false;
};

} // namespace

ListActions::ListActions(ArticleListModel &model, LibraryPane &list, ReaderView &reader,
                         QWidget *readerPane, QUndoStack &undo, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_list(list)
    , m_reader(reader)
    , m_undo(undo)
{
    m_star = makeAction(u"toggleStarAction"_s, tr("&Star"), QKeySequence(Qt::Key_S),
                        tr("Star the selected articles, or take the star off"),
                        &ListActions::toggleStar);
    m_read = makeAction(u"toggleReadAction"_s, tr("Mark as &Read"), QKeySequence(Qt::Key_M),
                        tr("Mark the selected articles read, or unread"), &ListActions::toggleRead);
    m_markAllRead = makeAction(
            u"markAllReadAction"_s, tr("Mark &All as Read"), QKeySequence(Qt::SHIFT | Qt::Key_M),
            tr("Mark every article the list shows read"), &ListActions::markAllRead);
    m_nextUnread =
            makeAction(u"nextUnreadAction"_s, tr("Next &Unread Article"), QKeySequence(Qt::Key_N),
                       tr("Open the next unread article, going round to the top"), nullptr);
    connect(m_nextUnread, &QAction::triggered, this, [this] { nextUnread(); });
    m_next = makeAction(u"nextArticleAction"_s, tr("&Next Article"), QKeySequence(Qt::Key_J),
                        tr("Open the article below in the list"), nullptr);
    connect(m_next, &QAction::triggered, this, [this] { moveBy(1); });
    m_previous =
            makeAction(u"previousArticleAction"_s, tr("&Previous Article"), QKeySequence(Qt::Key_K),
                       tr("Open the article above in the list"), nullptr);
    connect(m_previous, &QAction::triggered, this, [this] { moveBy(-1); });
    m_page = makeAction(u"pageOrNextUnreadAction"_s, tr("Page Down or Next Unread"),
                        QKeySequence(Qt::Key_Space),
                        tr("Scroll the article a screen down; at its end, open the next unread "
                           "article"),
                        &ListActions::pageOrNextUnread);
    // Space belongs to the focused widget elsewhere (a button, a check box in a panel): here
    // only in the list and the reader.
    m_page->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list.tableView()->addAction(m_page);
    readerPane->addAction(m_page);

    m_unreadOnly = new QAction(tr("Unread"), this);
    m_unreadOnly->setObjectName(u"unreadOnlyAction"_s);
    m_unreadOnly->setCheckable(true);
    m_unreadOnly->setToolTip(tr("List only unread articles"));
    m_unreadOnly->setStatusTip(m_unreadOnly->toolTip());
    m_starredOnly = new QAction(tr("Starred"), this);
    m_starredOnly->setObjectName(u"starredOnlyAction"_s);
    m_starredOnly->setCheckable(true);
    m_starredOnly->setToolTip(tr("List only starred articles"));
    m_starredOnly->setStatusTip(m_starredOnly->toolTip());
    connect(m_unreadOnly, &QAction::toggled, this, &ListActions::applyFlagFilter);
    connect(m_starredOnly, &QAction::toggled, this, &ListActions::applyFlagFilter);
    m_list.addFilterAction(m_unreadOnly);
    m_list.addFilterAction(m_starredOnly);

    connect(m_list.tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListActions::updateActions);
    connect(&m_list, &LibraryPane::rowCountChanged, this, &ListActions::updateActions);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &ListActions::updateActions);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ListActions::updateActions);
    updateActions();
}

QAction *ListActions::makeAction(const QString &objectName, const QString &text,
                                 const QKeySequence &key, const QString &statusTip,
                                 void (ListActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setStatusTip(statusTip);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> ListActions::menuActions() const
{
    return {m_star,     m_read, m_markAllRead, nullptr,      m_nextUnread, m_next,
            m_previous, m_page, nullptr,       m_unreadOnly, m_starredOnly};
}

QList<QAction *> ListActions::contextActions() const
{
    return {m_star, m_read, m_markAllRead};
}

void ListActions::updateActions()
{
    const QList<ArticleId> ids = m_list.selectedArticleIds();
    // Several rows: one unstarred among them stars them all, as one unread marks them read.
    bool anyUnstarred = false;
    bool anyUnread = false;
    QModelIndexList rows = m_list.tableView()->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_list.tableView()->currentIndex().isValid())
        rows.append(m_list.tableView()->currentIndex()); // what selectedArticleIds() falls back on
    for (const QModelIndex &index : std::as_const(rows)) {
        anyUnstarred = anyUnstarred || !index.data(ArticleStarredRole).toBool();
        anyUnread = anyUnread || !index.data(ArticleReadRole).toBool();
    }
    const bool trash = m_model.showsTrash();
    const bool selected = !ids.isEmpty() && !trash;
    m_starring = !selected || anyUnstarred;
    m_reading = !selected || anyUnread;
    m_star->setText(m_starring ? tr("&Star") : tr("Un&star"));
    m_read->setText(m_reading ? tr("Mark as &Read") : tr("Mark as &Unread"));
    m_star->setEnabled(selected);
    m_read->setEnabled(selected);
    m_markAllRead->setEnabled(!trash && m_model.rowCount() > 0);
    m_unreadOnly->setEnabled(!trash);
    m_starredOnly->setEnabled(!trash);
}

std::optional<FlagChange> ListActions::setFlag(const QList<ArticleId> &ids, ArticleFlag flag,
                                               bool value)
{
    Result<FlagChange> change = m_model.setFlag(ids, flag, value);
    if (!change) {
        qCWarning(lcGui) << "cannot change articles" << ids << ":" << change.error();
        Q_EMIT message(tr("Could not change the articles: %1").arg(change.error()));
        return std::nullopt;
    }
    updateActions();
    Q_EMIT flagsChanged();
    return std::move(change).value();
}

void ListActions::toggleStar()
{
    const QList<ArticleId> ids = m_list.selectedArticleIds();
    if (ids.isEmpty() || m_model.showsTrash())
        return;
    // What the action's text says it does to this selection.
    const bool star = m_starring;
    const auto count = int(ids.size());
    m_undo.push(new FlagCommand(*this, ids, ArticleFlag::Starred, star,
                                star ? tr("Star %n Article(s)", nullptr, count)
                                     : tr("Unstar %n Article(s)", nullptr, count)));
}

void ListActions::toggleRead()
{
    const QList<ArticleId> ids = m_list.selectedArticleIds();
    if (ids.isEmpty() || m_model.showsTrash())
        return;
    const bool read = m_reading;
    const auto count = int(ids.size());
    m_undo.push(new FlagCommand(*this, ids, ArticleFlag::Read, read,
                                read ? tr("Mark %n Article(s) Read", nullptr, count)
                                     : tr("Mark %n Article(s) Unread", nullptr, count)));
}

void ListActions::markAllRead()
{
    if (m_model.showsTrash())
        return;
    const QList<ArticleId> ids = m_model.unreadIds();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Every article in the list is read already."));
        return;
    }
    markRead(ids, tr("Mark All %n Article(s) Read", nullptr, int(ids.size())));
}

void ListActions::markRead(const QList<ArticleId> &ids, const QString &undoText)
{
    if (ids.isEmpty())
        return;
    m_undo.push(new FlagCommand(*this, ids, ArticleFlag::Read, true, undoText));
    Q_EMIT message(tr("%n article(s) marked read", nullptr, int(ids.size())));
}

bool ListActions::nextUnread()
{
    const QModelIndex current = m_list.tableView()->currentIndex();
    const int row = m_model.nextUnreadRow(current.isValid() ? current.row() : -1);
    if (row < 0) {
        Q_EMIT message(tr("No unread article left in the list."));
        return false;
    }
    m_list.selectRow(row);
    return true;
}

void ListActions::moveBy(int rows)
{
    const QModelIndex current = m_list.tableView()->currentIndex();
    const int row = current.isValid() ? current.row() + rows : 0;
    if (row >= 0 && row < m_model.rowCount())
        m_list.selectRow(row);
}

void ListActions::pageOrNextUnread()
{
    QPointer<ListActions> self(this);
    m_reader.pageDownOr([self] {
        if (self)
            self->nextUnread();
    });
}

void ListActions::applyFlagFilter()
{
    m_model.setFlagFilter(m_unreadOnly->isChecked(), m_starredOnly->isChecked());
    m_list.refresh();
    updateActions();
}

} // namespace newsmark::gui
