#pragma once

#include "model/article.h"
#include "storage/article_store.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace newsmark {
class ArticleListModel;
} // namespace newsmark

namespace newsmark::gui {

class LibraryPane;
class ReaderView;

// What every news reader's list does, on the selected rows: star (S), mark read or unread (M),
// mark all of the view read (Shift+M), each undoable on the window's one undo stack; move
// through the list (J, K; arrows in the list), to the next unread article (N), and page through
// the shown article with Space, which at its end opens the next unread one. The Unread and
// Starred filters narrow the list together with the search and the sidebar's choice. The
// actions make the Article menu and, with Move to Trash, the list's context menu.
class ListActions final : public QObject
{
    Q_OBJECT

public:
    ListActions(ArticleListModel &model, LibraryPane &list, ReaderView &reader, QWidget *readerPane,
                QUndoStack &undo, QWidget *window);
    Q_DISABLE_COPY_MOVE(ListActions)

    // The Article menu's actions, in its order (nullptr: a separator).
    [[nodiscard]] QList<QAction *> menuActions() const;
    // The context menu's, on a row of the library (not the Trash).
    [[nodiscard]] QList<QAction *> contextActions() const;
    [[nodiscard]] QAction *unreadOnlyAction() const { return m_unreadOnly; }
    [[nodiscard]] QAction *starredOnlyAction() const { return m_starredOnly; }

    void toggleStar();
    void toggleRead();
    void markAllRead();
    // Marks `ids` read as one step of the undo stack named `undoText` (Mark All as Read, and
    // the Feeds menu's Mark Feed/Folder as Read for a feed's articles the list may not show).
    void markRead(const QList<ArticleId> &ids, const QString &undoText);
    // Selects the next unread article after the current one, going round to the top; false
    // (after saying so) when there is none.
    bool nextUnread();
    void moveBy(int rows);
    void pageOrNextUnread();

    // For FlagCommand: sets the flag and shows it; nothing (after saying why) when the library
    // refused.
    std::optional<FlagChange> setFlag(const QList<ArticleId> &ids, ArticleFlag flag, bool value);
    // Texts and enabled states follow the selection and the view.
    void updateActions();

Q_SIGNALS:
    // Read or starred states changed: the sidebar's unread counts and saved searches follow.
    void flagsChanged();
    void message(const QString &text);

private:
    QAction *makeAction(const QString &objectName, const QString &text, const QKeySequence &key,
                        const QString &statusTip, void (ListActions::*slot)());
    void applyFlagFilter();

    ArticleListModel &m_model;
    LibraryPane &m_list;
    ReaderView &m_reader;
    QUndoStack &m_undo;
    QAction *m_star = nullptr;
    QAction *m_read = nullptr;
    QAction *m_markAllRead = nullptr;
    QAction *m_nextUnread = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_page = nullptr;
    QAction *m_unreadOnly = nullptr;
    QAction *m_starredOnly = nullptr;
    bool m_starring = true; // S stars the selection (else it unstars it)
    bool m_reading = true; // M marks it read (else unread)
};

} // namespace newsmark::gui
