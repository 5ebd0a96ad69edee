#pragma once

#include "model/note.h"
#include "notes/note_service.h"
#include "render/reader_page.h"
#include "result.h"

#include <QObject>
#include <QPointF>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace newsmark {
class Library;
class NoteStore;
enum class ExportFormat;
} // namespace newsmark

namespace newsmark::gui {

class GuiSettings;
class LibraryPane;
class NotesBrowser;
class NotesDock;
class ReaderView;

// Everything about notes in the window: the service over the library's connection, the undo
// stack and its actions, the reader's note marks, the article's Notes panel, the library-wide
// Notes view, export and import. MainWindow only puts the actions in its menus.
class NotesController final : public QObject
{
    Q_OBJECT

public:
    // `undo` is the window's one undo stack, shared with the entity corrections.
    NotesController(Library &library, ReaderView &reader, LibraryPane &libraryPane,
                    GuiSettings &settings, QUndoStack &undo, QMainWindow *window);
    ~NotesController() override;
    Q_DISABLE_COPY_MOVE(NotesController)

    void addFileActions(QMenu *menu);
    void addEditActions(QMenu *menu);
    // The Notes view (the library-wide browser); the panel's action is the window's.
    void addViewActions(QMenu *menu);

    [[nodiscard]] NoteService &service() { return *m_service; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] NotesDock *dock() const { return m_dock; }
    [[nodiscard]] NotesBrowser *browser() const { return m_browser; }

    // Highlights the reader's current selection in the default colour (Edit > Highlight).
    // False, with a word in the status bar, when nothing is selected.
    bool highlightSelection();
    void recolor(const QUuid &id, NoteColor color);
    // `typingSession` (the Notes panel's) makes the saves of one stretch of typing one undo
    // step; 0 never merges.
    void setBody(const QUuid &id, const QString &body, int typingSession = 0);
    void setTags(const QUuid &id, const QStringList &tags, int typingSession = 0);
    void remove(const QUuid &id);

    // Opens the article and scrolls to the note (the Notes view, newsmark: links).
    void openNote(ArticleId article, const std::optional<QUuid> &note);
    // newsmark://article/ID[?note=UUID]; false when it is not one.
    bool openLink(const QString &link);
    // Scrolls the reader to a note of the article shown, without waiting for the page.
    void scrollToNote(const QUuid &id);
    void nextNote();
    void previousNote();

    // After an import rewrote these articles (a file imported again with another text): places
    // their notes in the new text and shows the new text if one of them is open. Returns what
    // became of the notes, all articles together.
    ReanchorReport reanchorArticles(const QList<ArticleId> &articles);

    // Another connection (a newsmark-cli command run for a client) changed notes: the reader's
    // marks, the Notes panel and the Notes view are read again.
    void reloadFromLibrary();

    // Writes the notes in a format ("md", "html", "csv", "json" or "pdf") to `path`, atomically;
    // `done` is called once the file is written (later for PDF, which the web engine prints).
    void exportTo(const QList<Note> &notes, const QString &format, const QString &path,
                  const std::function<void(const Status &)> &done);
    // File > Export Notes… and Import Notes…
    void chooseExport();
    void chooseImport();
    // Restores notes from a Web Annotation JSON file, off the GUI thread; says how it went.
    void importFrom(const QString &path);

Q_SIGNALS:
    // The notes of the article shown changed (created, edited, removed, re-anchored).
    void articleNotesChanged();

private:
    void scheduleRefresh(ArticleId article);
    void printToPdf(const QByteArray &html, const QString &path,
                    const std::function<void(const Status &)> &done);
    void refreshArticle();
    void onLoadFinished(bool ok);
    void showMessage(const QString &message);
    void step(int direction);
    void editColorNames();

    Library &m_library;
    ReaderView &m_reader;
    LibraryPane &m_libraryPane;
    GuiSettings &m_settings;
    QMainWindow *m_window;
    NoteStore *m_store; // the library's
    NoteService *m_service;
    QUndoStack *m_undo = nullptr;
    NotesDock *m_dock = nullptr;
    NotesBrowser *m_browser = nullptr;
    QAction *m_highlight = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_colorNames = nullptr;
    QMenu *m_defaultColorMenu = nullptr;

    struct Selection
    {
        ArticleId article = 0;
        int start = 0;
        int end = 0;
        QString text;
    };
    std::optional<Selection> m_selection;
    ArticleId m_shownArticle = 0; // the article the Notes panel shows
    std::optional<QUuid> m_currentNote;
    std::optional<QUuid> m_scrollOnLoad;
    std::optional<QPointF> m_keepScroll;
    bool m_refreshPending = false;
    // Ctrl+E: set while the new note is written; its comment gets the cursor once listed.
    bool m_focusNewNote = false;
    std::optional<QUuid> m_commentToFocus;
};

} // namespace newsmark::gui
