#pragma once

#include "storage/saved_search_store.h"

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
class QDialog;
class QMenu;
class QUndoStack;
class QWidget;

namespace newsmark {
class Library;
}

namespace newsmark::gui {

class BackgroundJob;
class FeedsPane;
class LibraryPane;

// The saved searches in the sidebar: lists them from the library, counts what each finds on a
// worker thread with its own connection (a count may scan a large library), and puts a chosen
// search's query in the box above the list. Save Search…, Edit Search… and Delete Search act on
// the library through the window's undo stack; their dialog checks the name and the query
// before anything is written and says what is wrong in place.
class SavedSearchesController final : public QObject
{
    Q_OBJECT

public:
    SavedSearchesController(Library &library, FeedsPane &pane, LibraryPane &list, QUndoStack &undo,
                            QWidget *window, QObject *parent = nullptr);
    // Waits for a running count: its connection must close before the library's.
    ~SavedSearchesController() override;
    Q_DISABLE_COPY_MOVE(SavedSearchesController)

    void addEditActions(QMenu *menu);
    [[nodiscard]] QAction *saveAction() const { return m_save; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }

    // Reads the searches again and counts them anew (after imports and outside changes).
    void reload();
    // Counts only: the articles changed, the searches did not.
    void recount();
    // Counts again only if a search reads the flags (is:unread, is:starred): after an article
    // was read or starred, which happens at every article opened.
    void recountIfFlagged();
    [[nodiscard]] bool isCounting() const;

    // Opens the dialog to save the box's text (or any query) under a name.
    void saveSearch();
    // Opens the dialog to rename the chosen search or change its query.
    void editSearch();
    // Deletes the chosen search (undoable).
    void deleteSearch();
    // The open Save or Edit dialog, if any (tests drive it).
    [[nodiscard]] QDialog *dialog() const { return m_dialog; }

    // For the undo commands.
    [[nodiscard]] SavedSearchStore &store() { return m_store; }
    void report(const QString &error);
    // The searches changed: the sidebar shows them again, with `select` chosen when given.
    void changed(const QString &select);

Q_SIGNALS:
    void message(const QString &text);
    // New counts are in the sidebar.
    void counted();

private:
    void openDialog(const std::optional<SavedSearch> &editing, const QString &query);
    void onChosen(const QString &name, const QString &query);
    void updateActions();

    Library &m_library;
    FeedsPane &m_pane;
    LibraryPane &m_list;
    QUndoStack &m_undo;
    QWidget *m_window;
    SavedSearchStore m_store;
    BackgroundJob *m_job = nullptr;
    bool m_again = false;
    QString m_shownQuery; // the query the chosen search put in the box
    QDialog *m_dialog = nullptr;
    QAction *m_save = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace newsmark::gui
