#include "trash_controller.h"

#include "feeds_pane.h"
#include "gui_logging.h"
#include "library/article_list_model.h"
#include "library/library.h"
#include "library_pane.h"
#include "reader_view.h"
#include "trash_commands.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

TrashController::TrashController(Library &library, ArticleListModel &model, LibraryPane &list,
                                 FeedsPane &sources, ReaderView &reader, QUndoStack &undo,
                                 QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_model(model)
    , m_list(list)
    , m_sources(sources)
    , m_reader(reader)
    , m_undo(undo)
    , m_window(window)
{
    m_moveToTrash = new QAction(tr("Move to &Trash"), this);
    m_moveToTrash->setObjectName(u"moveToTrashAction"_s);
    m_moveToTrash->setShortcut(QKeySequence::Delete);
    m_moveToTrash->setStatusTip(tr("Move the selected articles to the Trash, with their notes"));
    connect(m_moveToTrash, &QAction::triggered, this, &TrashController::moveSelectionToTrash);

    m_restore = new QAction(tr("&Restore from Trash"), this);
    m_restore->setObjectName(u"restoreFromTrashAction"_s);
    m_restore->setStatusTip(tr("Put the selected articles back in the library"));
    connect(m_restore, &QAction::triggered, this, &TrashController::restoreSelection);

    m_deletePermanently = new QAction(tr("&Delete Permanently…"), this);
    m_deletePermanently->setObjectName(u"deletePermanentlyAction"_s);
    m_deletePermanently->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_deletePermanently->setStatusTip(
            tr("Delete the selected articles of the Trash and their notes for good"));
    connect(m_deletePermanently, &QAction::triggered, this,
            &TrashController::deleteSelectionPermanently);

    m_emptyTrash = new QAction(tr("&Empty Trash…"), this);
    m_emptyTrash->setObjectName(u"emptyTrashAction"_s);
    m_emptyTrash->setStatusTip(tr("Delete every article in the Trash and its notes for good"));
    connect(m_emptyTrash, &QAction::triggered, this, &TrashController::emptyTrash);

    connect(m_list.tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrashController::updateActions);
    connect(&m_list, &LibraryPane::rowCountChanged, this, &TrashController::updateActions);
    connect(&m_list, &LibraryPane::contextMenuRequested, this,
            &TrashController::showListContextMenu);
    connect(&m_sources, &FeedsPane::trashChosen, this, [this](bool trash) {
        m_model.setTrashView(trash);
        m_list.refresh(); // the window's count follows (rowCountChanged)
        updateActions();
    });
    connect(&m_sources, &FeedsPane::contextMenuRequested, this, [this](const QPoint &at) {
        if (!m_sources.showsTrash())
            return; // a feed's menu (FeedsController)
        QMenu context;
        context.addAction(m_emptyTrash);
        context.exec(at);
    });
    updateActions();
}

void TrashController::addEditActions(QMenu *menu)
{
    menu->addAction(m_moveToTrash);
    menu->addAction(m_restore);
    menu->addAction(m_deletePermanently);
    menu->addAction(m_emptyTrash);
}

void TrashController::updateActions()
{
    const bool trash = m_model.showsTrash();
    const bool selected = !m_list.selectedArticleIds().isEmpty();
    m_moveToTrash->setEnabled(!trash && selected);
    m_restore->setEnabled(trash && selected);
    m_deletePermanently->setEnabled(trash && selected);
    m_emptyTrash->setEnabled(m_library.articles().trashCount() > 0);
}

void TrashController::showListContextMenu(const QPoint &globalPos)
{
    QMenu context;
    if (m_model.showsTrash()) {
        context.addAction(m_restore);
        context.addAction(m_deletePermanently);
        context.addSeparator();
        context.addAction(m_emptyTrash);
    } else {
        context.setObjectName(u"listContextMenu"_s);
        context.addActions(m_listActions);
        if (!m_listActions.isEmpty())
            context.addSeparator();
        context.addAction(m_moveToTrash);
    }
    context.exec(globalPos);
}

void TrashController::moveSelectionToTrash()
{
    const QList<ArticleId> ids = m_list.selectedArticleIds();
    if (ids.isEmpty() || m_model.showsTrash())
        return;
    m_undo.push(new TrashMoveCommand(*this, ids, TrashMoveCommand::Direction::ToTrash));
}

void TrashController::restoreSelection()
{
    const QList<ArticleId> ids = m_list.selectedArticleIds();
    if (ids.isEmpty() || !m_model.showsTrash())
        return;
    m_undo.push(new TrashMoveCommand(*this, ids, TrashMoveCommand::Direction::FromTrash));
}

std::optional<TrashChange> TrashController::move(const QList<ArticleId> &ids, bool toTrash)
{
    const int firstRow = m_list.firstSelectedRow();
    ArticleStore &store = m_library.articles();
    Result<TrashChange> change = toTrash ? store.moveToTrash(ids) : store.restoreFromTrash(ids);
    if (!change) {
        qCWarning(lcGui) << "cannot move articles" << ids << ":" << change.error();
        Q_EMIT message(toTrash ? tr("Could not move to the Trash: %1").arg(change.error())
                               : tr("Could not restore: %1").arg(change.error()));
        // Whatever happened elsewhere (another process purged them), show the library as it is.
        showAfterChange({}, firstRow);
        return std::nullopt;
    }
    showAfterChange(change->changed, firstRow);
    const auto moved = int(change->changed.size());
    Q_EMIT message(toTrash ? tr("%n article(s) moved to the Trash", nullptr, moved)
                           : tr("%n article(s) restored from the Trash", nullptr, moved));
    return std::move(change).value();
}

void TrashController::showAfterChange(const QList<ArticleId> &affected, int firstRow)
{
    const ArticleId current = m_list.currentArticleId();
    m_list.refresh();
    Q_EMIT libraryChanged();
    updateActions();
    // What an undo brought back into the shown list is selected, so the user sees it return.
    if (!affected.isEmpty() && m_list.selectArticle(affected.constFirst()))
        return;
    if (current != 0 && m_model.rowOf(current) >= 0)
        return; // the shown article stayed
    // The next article takes the place of the one that left, as in a mail client.
    if (!m_list.selectRow(firstRow >= 0 ? firstRow : 0)) {
        m_reader.showPlaceholder(m_model.showsTrash() ? tr("The Trash is empty.")
                                                      : tr("No article to show."));
    }
}

void TrashController::confirm(const QString &objectName, const QString &title, const QString &text,
                              const QString &buttonText, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
    box->setObjectName(objectName);
    box->setInformativeText(tr("Their notes are deleted with them. This cannot be undone."));
    QPushButton *yes = box->addButton(buttonText, QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop under the window's timers and commands.
    connect(box, &QMessageBox::buttonClicked, this,
            [yes, onYes = std::move(onYes)](QAbstractButton *clicked) {
                if (clicked == yes)
                    onYes();
            });
    box->open();
}

void TrashController::deleteSelectionPermanently()
{
    const QList<ArticleId> ids = m_list.selectedArticleIds();
    if (ids.isEmpty() || !m_model.showsTrash())
        return;
    const auto count = int(ids.size());
    confirm(u"deletePermanentlyConfirmation"_s, tr("Delete Permanently"),
            tr("Delete %n article(s) permanently?", nullptr, count), tr("Delete Permanently"),
            [this, ids] { purge(ids); });
}

void TrashController::emptyTrash()
{
    const int count = m_library.articles().trashCount();
    if (count == 0) {
        Q_EMIT message(tr("The Trash is empty."));
        return;
    }
    confirm(u"emptyTrashConfirmation"_s, tr("Empty Trash"),
            tr("Delete the %n article(s) in the Trash permanently?", nullptr, count),
            tr("Empty Trash"), [this] {
                const int firstRow = m_list.firstSelectedRow();
                const Result<int> purged = m_library.articles().emptyTrash();
                if (!purged) {
                    Q_EMIT message(tr("Could not empty the Trash: %1").arg(purged.error()));
                    return;
                }
                showAfterChange({}, firstRow);
                Q_EMIT message(tr("%n article(s) deleted permanently", nullptr, *purged));
            });
}

void TrashController::purge(const QList<ArticleId> &ids)
{
    const int firstRow = m_list.firstSelectedRow();
    const Result<int> purged = m_library.articles().purge(ids);
    if (!purged) {
        Q_EMIT message(tr("Could not delete: %1").arg(purged.error()));
        showAfterChange({}, firstRow);
        return;
    }
    showAfterChange({}, firstRow);
    Q_EMIT message(tr("%n article(s) deleted permanently", nullptr, *purged));
}

} // namespace newsmark::gui
