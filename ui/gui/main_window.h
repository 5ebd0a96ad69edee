#pragma once

#include "gui_settings.h"
#include "model/article.h"
#include "reader_theme.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;
class QUndoStack;

namespace newsmark {
class ArticleListModel;
class Library;
class ShownArticle;
struct ImportReport;
struct Span;
} // namespace newsmark

namespace newsmark::gui {

class AmountsDock;
class EntitiesController;
class EntitiesDock;
class EntityIndexController;
class FeedsController;
class FeedsPane;
class FindBar;
class ImportController;
class PreferencesDialog;
struct Preferences;
class LibraryPane;
class ListActions;
class NotesController;
class SavedSearchesController;
class SearchIndexController;
class ReaderProfile;
class ReaderView;
class TrashController;

// The library list beside the reader, the menus, import, and the state that survives a restart.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `profile` must outlive the window: it owns the WebEngine profile the reader's page uses.
    MainWindow(std::unique_ptr<Library> library, ReaderProfile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    [[nodiscard]] Library &library() { return *m_library; }
    [[nodiscard]] LibraryPane *libraryPane() const { return m_libraryPane; }
    [[nodiscard]] ReaderView *readerView() const { return m_reader; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }
    [[nodiscard]] ImportController *importController() const { return m_import; }
    [[nodiscard]] AmountsDock *amountsDock() const { return m_amounts; }
    [[nodiscard]] NotesController *notesController() const { return m_notes; }
    [[nodiscard]] EntitiesDock *entitiesDock() const { return m_entities; }
    [[nodiscard]] EntityIndexController *entityIndex() const { return m_entityIndex; }
    [[nodiscard]] FeedsController *feeds() const { return m_feeds; }
    [[nodiscard]] FeedsPane *feedsPane() const { return m_feedsPane; }
    [[nodiscard]] TrashController *trash() const { return m_trash; }
    [[nodiscard]] ListActions *listActions() const { return m_listActions; }
    [[nodiscard]] SavedSearchesController *savedSearches() const { return m_savedSearches; }
    [[nodiscard]] SearchIndexController *searchIndex() const { return m_searchIndex; }
    // The window's one undo stack: notes, entity corrections and moves to and from the Trash.
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    // Imports files and folders in the background (the menu, drag and drop and tests use it).
    void importPaths(const QStringList &paths);
    void setThemeChoice(ThemeChoice choice);
    // newsmark-cli ran a command inside this process (CommandHost): the library may have changed
    // behind the window's connection, so the list, the notes and the entity index catch up.
    void showOutsideChanges(const QString &what);
    // A second start of Newsmark on this library passed on files to import and newsmark: links.
    void openFromOutside(const QStringList &arguments);
    // File > Add Sample Articles: the bundled original articles, for a new or empty library.
    void addSamples();
    // Edit › Preferences… (the dialog is open() until answered) and what its OK/Apply hand over.
    void showPreferences();
    void applyPreferences(const Preferences &preferences);
    // Help › Keyboard Shortcuts.
    void showShortcuts();
    // What closing does before the window goes (also before a switch to another library): a
    // comment being typed is saved, the layout kept, an import stopped.
    void prepareToClose();
    // Ctrl+Shift+A/N/E: a closed panel opens, one tabbed behind another comes to the front, and
    // one already in front closes.
    static void showOrHidePanel(QDockWidget *dock);

Q_SIGNALS:
    // Preferences: open (or make) another library in place of this one (LibrarySession).
    void libraryRequested(const QString &path, bool create);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openOriginal();
    void createActions();
    void restoreSettings();
    void saveSettings();
    void openArticle(ArticleId id);
    // Selects an article in the list, clearing the filters that hide it.
    void showArticle(ArticleId id);
    void showEmptyOrWelcome();
    void updateCount();
    void chooseFiles();
    void chooseFolder();
    void onImportFinished(const ImportReport &report);
    void showHighlight(const Span &span);
    void showAbout();
    QAction *addPanelAction(QMenu *menu, QDockWidget *dock, const QString &text,
                            const QKeySequence &key);
    void applyTheme();
    // Ctrl+F: find in the article when the reader has the focus, else search the library.
    void find();
    // The list's search marked in the shown article (none outside a search); an article just
    // opened is scrolled to its first match, one the search changed under stays where it is.
    void markSearchMatches(bool scroll);

    std::unique_ptr<Library> m_library;
    GuiSettings m_settings;
    ArticleListModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_sources = nullptr; // feeds above the library list
    FeedsPane *m_feedsPane = nullptr;
    LibraryPane *m_libraryPane = nullptr;
    ShownArticle *m_shown = nullptr;
    ReaderView *m_reader = nullptr;
    QWidget *m_readerPane = nullptr; // the reader under its find bar
    FindBar *m_findBar = nullptr;
    ImportController *m_import = nullptr;
    QUndoStack *m_undo = nullptr;
    AmountsDock *m_amounts = nullptr;
    NotesController *m_notes = nullptr;
    EntityIndexController *m_entityIndex = nullptr;
    EntitiesController *m_entityCorrections = nullptr;
    EntitiesDock *m_entities = nullptr;
    FeedsController *m_feeds = nullptr;
    TrashController *m_trash = nullptr;
    ListActions *m_listActions = nullptr;
    SavedSearchesController *m_savedSearches = nullptr;
    QTimer *m_countsTimer = nullptr;
    bool m_countsChanged = false; // a list action changed flags: re-read every feed's count
    SearchIndexController *m_searchIndex = nullptr;
    QAction *m_openOriginal = nullptr;
    QLabel *m_countLabel = nullptr;
    QActionGroup *m_themeActions = nullptr;
    PreferencesDialog *m_preferences = nullptr;
    QList<QAction *> m_importActions;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    // The library's data_version when the window last caught up with other connections' writes.
    qint64 m_seenDataVersion = -1;
};

} // namespace newsmark::gui
