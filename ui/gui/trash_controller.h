#pragma once

#include "model/article.h"
#include "storage/article_store.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QPoint;
class QUndoStack;
class QWidget;

namespace newsmark {
class ArticleListModel;
class Library;
} // namespace newsmark

namespace newsmark::gui {

class FeedsPane;
class LibraryPane;
class ReaderView;

// Deleting articles as a mail client does: Edit › Move to Trash (Delete) on the selected rows,
// undoable on the window's one undo stack; the Trash in the feeds pane lists them, with Restore,
// Delete Permanently and Empty Trash (both ask first, naming the count, and cannot be undone).
// The same actions make the list's context menu.
class TrashController final : public QObject
{
    Q_OBJECT

public:
    TrashController(Library &library, ArticleListModel &model, LibraryPane &list,
                    FeedsPane &sources, ReaderView &reader, QUndoStack &undo, QWidget *window);
    Q_DISABLE_COPY_MOVE(TrashController)

    void addEditActions(QMenu *menu);
    // Actions the list's context menu offers before Move to Trash on the library's rows.
    void setListContextActions(QList<QAction *> actions) { m_listActions = std::move(actions); }
    [[nodiscard]] QAction *moveToTrashAction() const { return m_moveToTrash; }
    [[nodiscard]] QAction *restoreAction() const { return m_restore; }
    [[nodiscard]] QAction *deletePermanentlyAction() const { return m_deletePermanently; }
    [[nodiscard]] QAction *emptyTrashAction() const { return m_emptyTrash; }

    void moveSelectionToTrash();
    void restoreSelection();
    void deleteSelectionPermanently();
    void emptyTrash();

    // For TrashMoveCommand: moves the articles and shows the list as it is now; nothing (after
    // telling the user why) when the library refused.
    std::optional<TrashChange> move(const QList<ArticleId> &ids, bool toTrash);
    void updateActions();

Q_SIGNALS:
    // Articles left or entered the list: the window's count, the notes and the feeds pane follow.
    void libraryChanged();
    void message(const QString &text);

private:
    void showListContextMenu(const QPoint &globalPos);
    // Refreshes the list after articles moved or were purged: what came back is selected; when
    // the shown article left the list, the row that took its place is.
    void showAfterChange(const QList<ArticleId> &affected, int firstRow);
    void purge(const QList<ArticleId> &ids);
    void confirm(const QString &objectName, const QString &title, const QString &text,
                 const QString &buttonText, std::function<void()> onYes);

    Library &m_library;
    ArticleListModel &m_model;
    LibraryPane &m_list;
    FeedsPane &m_sources;
    ReaderView &m_reader;
    QUndoStack &m_undo;
    QWidget *m_window;
    QAction *m_moveToTrash = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_deletePermanently = nullptr;
    QAction *m_emptyTrash = nullptr;
    QList<QAction *> m_listActions;
};

} // namespace newsmark::gui
