#include "main_window.h"

#include "amounts_dock.h"
#include "entities_controller.h"
#include "entities_dock.h"
#include "entity_index_controller.h"
#include "feeds_controller.h"
#include "feeds_pane.h"
#include "file_dialogs.h"
#include "find_bar.h"
#include "gui_logging.h"
#include "i18n/ui_language.h"
#include "import/import_service.h"
#include "import_controller.h"
#include "library/article_list_model.h"
#include "library/library.h"
#include "library/shown_article.h"
#include "library_pane.h"
#include "list_actions.h"
#include "notes_controller.h"
#include "notes_dock.h"
#include "preferences_dialog.h"
#include "reader_bridge.h"
#include "reader_view.h"
#include "render/reader_page.h"
#include "saved_searches_controller.h"
#include "search/search_matches.h"
#include "search_index_controller.h"
#include "shortcuts_dialog.h"
#include "trash_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegion>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kStatusMessageMs = 8000;
constexpr int kCountsDelayMs = 200;

// The platform's keys for a standard action, or the usual one where the platform has none.
QList<QKeySequence> platformKeys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence> {fallback} : keys;
}

// A dialog of the window in the window's theme: a palette does not pass to other windows.
void themeDialog(QWidget *dialog, ThemeChoice choice)
{
    dialog->setPalette(widgetPalette(choice, QApplication::palette()).value_or(QPalette()));
}

// Every other window of the application as it shows, opened from many places (the static
// QMessageBox and QFileDialog functions among them): in the main window's theme (message boxes,
// file and input dialogs, menus, tooltips; a palette does not pass to other windows), and a
// message box's text with its Korean particles chosen.
class OtherWindowsFilter final : public QObject
{
public:
    OtherWindowsFilter(QWidget *mainWindow, std::function<void(QWidget *)> theme)
        : QObject(mainWindow)
        , m_mainWindow(mainWindow)
        , m_theme(std::move(theme))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched != m_mainWindow && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow())
                m_theme(widget);
            // A message's Korean particles, once its words are filled in (28 message boxes).
            if (auto *box = qobject_cast<QMessageBox *>(widget)) {
                box->setText(koreanParticles(box->text()));
                box->setInformativeText(koreanParticles(box->informativeText()));
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_mainWindow;
    std::function<void(QWidget *)> m_theme;
};

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Library> library, ReaderProfile &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
    , m_model(new ArticleListModel(m_library->articles(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sources(new QSplitter(Qt::Vertical, m_splitter))
    , m_feedsPane(new FeedsPane(m_sources))
    , m_libraryPane(new LibraryPane(*m_model, m_sources))
    , m_shown(new ShownArticle(*m_library, this))
    , m_reader(new ReaderView(profile, *m_shown, m_splitter))
    , m_import(new ImportController(m_library->path(), this))
    , m_undo(new QUndoStack(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Newsmark — %1").arg(QFileInfo(m_library->path()).fileName()));
    setAcceptDrops(true);
    // money: in the list's search compares other currencies at the Amounts panel's rates.
    m_model->setSearchRatesSource([this] { return m_settings.amountsUserRates(); });

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_sources->setObjectName(u"sourcesSplitter"_s);
    m_sources->addWidget(m_feedsPane);
    m_sources->addWidget(m_libraryPane);
    m_sources->setStretchFactor(0, 0);
    m_sources->setStretchFactor(1, 1);
    m_sources->setChildrenCollapsible(true);
    m_splitter->addWidget(m_sources);
    m_readerPane = new QWidget(m_splitter);
    m_readerPane->setObjectName(u"readerPane"_s);
    m_findBar = new FindBar(*m_reader, m_readerPane);
    auto *readerLayout = new QVBoxLayout(m_readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_findBar);
    readerLayout->addWidget(m_reader, 1);
    m_splitter->addWidget(m_readerPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_libraryPane->setMinimumWidth(240);
    m_reader->setMinimumWidth(320);
    setCentralWidget(m_splitter);

    statusBar()->addPermanentWidget(m_countLabel);
    // Every status message with its Korean particles chosen for the words filled into it.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        if (const QString natural = koreanParticles(text); natural != text)
            statusBar()->showMessage(natural, kStatusMessageMs);
    });

    // Before restoreSettings(): the saved window state places the dock by its object name.
    m_amounts = new AmountsDock(m_settings, *m_reader, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_amounts);
    m_notes = new NotesController(*m_library, *m_reader, *m_libraryPane, m_settings, *m_undo, this);
    m_entityIndex = new EntityIndexController(m_library->path(), this);
    statusBar()->addWidget(m_entityIndex->statusWidget());
    m_entityCorrections =
            new EntitiesController(*m_library, *m_reader, *m_undo, *m_entityIndex, this, this);
    m_entities = new EntitiesDock(*m_library, *m_reader, *m_libraryPane, *m_entityCorrections,
                                  *m_entityIndex, this);
    addDockWidget(Qt::RightDockWidgetArea, m_entities);
    connect(m_entities, &EntitiesDock::articleRequested, this, &MainWindow::showArticle);
    connect(m_entityIndex, &EntityIndexController::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Entities could not be indexed: %1").arg(error),
                                 kStatusMessageMs);
    });

    m_feeds = new FeedsController(*m_library, *m_feedsPane, this);
    statusBar()->addWidget(m_feeds->statusWidget());
    connect(m_feedsPane, &FeedsPane::sourceChanged, this,
            [this](FeedId feed, const QString &folder) {
                m_model->setSourceFilter(feed, folder);
                m_libraryPane->refresh();
                updateCount();
            });
    m_trash = new TrashController(*m_library, *m_model, *m_libraryPane, *m_feedsPane, *m_reader,
                                  *m_undo, this);
    connect(m_trash, &TrashController::libraryChanged, this, [this] {
        m_notes->reloadFromLibrary(); // the All Notes view without (or with) their notes
        m_feeds->reload(); // unread counts and the Trash's
    });
    connect(m_trash, &TrashController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    m_listActions =
            new ListActions(*m_model, *m_libraryPane, *m_reader, m_readerPane, *m_undo, this);
    m_trash->setListContextActions(m_listActions->contextActions());
    connect(m_listActions, &ListActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    // The sidebar's unread counts and the saved searches' (is:unread, is:starred), once for a
    // burst of changes: N and Space open article after article, each marking one read.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(kCountsDelayMs);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        // After a list action (many articles, any feeds); an article opened lowered its feeds'
        // counts itself.
        if (std::exchange(m_countsChanged, false))
            m_feeds->reloadCounts();
        m_savedSearches->recountIfFlagged();
        updateCount();
    });
    connect(m_feeds, &FeedsController::markReadRequested, m_listActions, &ListActions::markRead);
    connect(m_listActions, &ListActions::flagsChanged, this, [this] {
        m_countsChanged = true;
        m_countsTimer->start();
    });
    m_savedSearches = new SavedSearchesController(*m_library, *m_feedsPane, *m_libraryPane, *m_undo,
                                                  this, this);
    connect(m_savedSearches, &SavedSearchesController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_trash, &TrashController::libraryChanged, m_savedSearches,
            &SavedSearchesController::recount);
    // is:unread and is:starred searches count differently now.
    m_searchIndex = new SearchIndexController(m_library->path(), this);
    statusBar()->addWidget(m_searchIndex->statusWidget());
    connect(m_searchIndex, &SearchIndexController::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The search index could not be built: %1").arg(error),
                                 kStatusMessageMs);
    });
    connect(m_searchIndex, &SearchIndexController::finished, this,
            [this](qint64 indexed, qint64 left, bool announced) {
                if (left > 0) {
                    statusBar()->showMessage(
                            tr("Search index stopped: %1 articles left for the next start; "
                               "searches find them meanwhile, only slower")
                                    .arg(left),
                            kStatusMessageMs);
                } else if (indexed > 0 && announced) {
                    statusBar()->showMessage(tr("Search index built for %1 articles").arg(indexed),
                                             kStatusMessageMs);
                }
            });
    connect(m_feeds, &FeedsController::pageSaved, this, &MainWindow::showArticle);
    connect(m_feeds, &FeedsController::pageSaved, m_searchIndex, &SearchIndexController::update);
    connect(m_feeds, &FeedsController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_feeds, &FeedsController::articlesChanged, this,
            [this](const QList<ArticleId> &, const QList<ArticleId> &updated) {
                // As after an import: notes placed in rewritten text, the index caught up.
                m_notes->reanchorArticles(updated);
                m_libraryPane->refresh();
                updateCount();
                m_entityIndex->update();
                m_searchIndex->update(); // new articles are queued for the index
                m_savedSearches->recount();
            });

    createActions();

    connect(m_libraryPane, &LibraryPane::currentArticleChanged, this, &MainWindow::openArticle);
    connect(m_libraryPane, &LibraryPane::rowCountChanged, this, &MainWindow::updateCount);
    connect(m_model, &ArticleListModel::searchUpdated, this, [this] { markSearchMatches(false); });
    connect(m_import, &ImportController::started, this, [this] {
        for (QAction *action : std::as_const(m_importActions))
            action->setEnabled(false);
    });
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_reader->bridge(), &ReaderBridge::highlightActivated, this,
            [this](ArticleId, const Span &span) { showHighlight(span); });
    connect(m_reader->bridge(), &ReaderBridge::selectionReported, this,
            [this](ArticleId, int, int, const QString &text) {
                statusBar()->showMessage(tr("Selected %1 characters").arg(text.size()),
                                         kStatusMessageMs);
            });
    connect(m_reader, &ReaderView::zoomChanged, this, [this](qreal factor) {
        m_settings.setZoom(factor);
        statusBar()->showMessage(tr("Zoom %1%").arg(qRound(factor * 100)), kStatusMessageMs);
    });

    m_seenDataVersion = m_library->database().dataVersion();
    m_settings.migrate();
    restoreSettings();
    updateCount();
    // After the first window is up: articles not indexed yet (a new library, a new model) are
    // analysed in the background.
    QTimer::singleShot(1000, m_entityIndex, &EntityIndexController::update);
    // Articles an upgrade (or another process) left out of the search index go in, in batches.
    QTimer::singleShot(500, m_searchIndex, &SearchIndexController::update);
}

MainWindow::~MainWindow()
{
    // The background threads, the notes and the list hold on to the library; they go before it.
    // The undo stack's commands hold the controllers: they go first.
    m_undo->clear();
    delete m_searchIndex;
    delete m_savedSearches;
    delete m_trash;
    delete m_feeds; // its refresh thread stops; the feeds pane's signals go nowhere after this
    m_feedsPane->disconnect(this);
    delete m_import;
    delete m_entities;
    delete m_entityCorrections;
    delete m_entityIndex;
    delete m_notes;
    delete m_libraryPane;
    delete m_model;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importFiles =
            fileMenu->addAction(tr("&Import Files…"), this, &MainWindow::chooseFiles);
    importFiles->setObjectName(u"importFilesAction"_s);
    importFiles->setShortcuts(QKeySequence::Open);
    QAction *importFolder =
            fileMenu->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolder);
    m_importActions = {importFiles, importFolder};
    QAction *samples =
            fileMenu->addAction(tr("Add &Sample Articles"), this, &MainWindow::addSamples);
    samples->setObjectName(u"addSamplesAction"_s);
    samples->setStatusTip(tr("Add a few original sample articles to read and annotate"));
    QAction *savePage = fileMenu->addAction(tr("Save &Page…"), m_feeds, &FeedsController::savePage);
    savePage->setObjectName(u"savePageAction"_s);
    // The platform's Save As (Ctrl+Shift+S): a browser's Save Page As, into the library.
    savePage->setShortcuts(
            platformKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    savePage->setStatusTip(tr("Keep a web page's article in the library"));
    fileMenu->addSeparator();
    m_notes->addFileActions(fileMenu);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcuts(platformKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *feedsMenu = menuBar()->addMenu(tr("Fee&ds"));
    m_feeds->addActions(feedsMenu);
    feedsMenu->addSeparator();
    m_openOriginal =
            feedsMenu->addAction(tr("&Open Original in Browser"), this, &MainWindow::openOriginal);
    m_openOriginal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_openOriginal->setStatusTip(tr("Open the article's web page in the system browser"));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // One undo stack for the window: notes and entity corrections alike.
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    // The platform's Redo, and both of the usual chords whatever the platform says.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    m_trash->addEditActions(editMenu);
    editMenu->addSeparator();
    m_notes->addEditActions(editMenu);
    editMenu->addSeparator();
    m_entities->addEditActions(editMenu);
    editMenu->addSeparator();
    m_savedSearches->addEditActions(editMenu);
    editMenu->addSeparator();
    QAction *search =
            editMenu->addAction(tr("&Search Library"), m_libraryPane, &LibraryPane::focusFilter);
    search->setObjectName(u"searchLibraryAction"_s);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    search->setStatusTip(tr("Search the library (Ctrl+F outside the reader as well)"));
    QAction *findInArticle = editMenu->addAction(tr("&Find in Article"), m_findBar, &FindBar::open);
    findInArticle->setObjectName(u"findInArticleAction"_s);
    findInArticle->setStatusTip(tr("Find text in the shown article (Ctrl+F in the reader)"));
    QAction *findNext = editMenu->addAction(tr("Find &Next"), m_findBar, &FindBar::findNext);
    findNext->setObjectName(u"findNextAction"_s);
    findNext->setShortcuts(platformKeys(QKeySequence::FindNext, QKeySequence(Qt::Key_F3)));
    QAction *findPrevious =
            editMenu->addAction(tr("Find Pre&vious"), m_findBar, &FindBar::findPrevious);
    findPrevious->setObjectName(u"findPreviousAction"_s);
    findPrevious->setShortcuts(
            platformKeys(QKeySequence::FindPrevious, QKeySequence(Qt::SHIFT | Qt::Key_F3)));
    editMenu->addSeparator();
    QAction *preferences =
            editMenu->addAction(tr("Pre&ferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's Preferences key; Ctrl+, where it has none (Linux desktops).
    preferences->setShortcuts(
            platformKeys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    // One key, two finds: which one depends on where the user is.
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setObjectName(u"findShortcut"_s);
    findShortcut->setWhatsThis(tr("Find in the article (in the reader), else search the library"));
    connect(findShortcut, &QShortcut::activated, this, &MainWindow::find);
    // Esc in the reader closes its find bar.
    auto *closeFind = new QShortcut(QKeySequence::Cancel, m_readerPane);
    closeFind->setObjectName(u"closeFindShortcut"_s);
    closeFind->setWhatsThis(tr("Close the find bar (in the reader)"));
    closeFind->setContext(Qt::WidgetWithChildrenShortcut);
    connect(closeFind, &QShortcut::activated, this, [this] {
        if (m_findBar->isVisible())
            m_findBar->close();
    });

    QMenu *articleMenu = menuBar()->addMenu(tr("&Article"));
    articleMenu->setObjectName(u"articleMenu"_s);
    for (QAction *action : m_listActions->menuActions()) {
        if (action)
            articleMenu->addAction(action);
        else
            articleMenu->addSeparator();
    }
    articleMenu->addSeparator();
    articleMenu->addAction(m_trash->moveToTrashAction());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"), m_reader, &ReaderView::zoomIn);
    zoomIn->setObjectName(u"zoomInAction"_s);
    // The platform's Zoom In, and Ctrl+= for keyboards where + needs Shift.
    QList<QKeySequence> zoomInKeys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    if (!zoomInKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)))
        zoomInKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    zoomIn->setShortcuts(zoomInKeys);
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), m_reader, &ReaderView::zoomOut);
    zoomOut->setObjectName(u"zoomOutAction"_s);
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    QAction *zoomReset = viewMenu->addAction(tr("&Actual Size"), m_reader, &ReaderView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    viewMenu->addSeparator();
    addPanelAction(viewMenu, m_amounts, tr("&Amounts"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addPanelAction(viewMenu, m_notes->dock(), tr("&Notes"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_notes->addViewActions(viewMenu);
    addPanelAction(viewMenu, m_entities, tr("&Entities"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    viewMenu->addSeparator();

    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    m_themeActions = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> themes[] = {{ThemeChoice::Light, tr("&Light")},
                                                      {ThemeChoice::Dark, tr("&Dark")},
                                                      {ThemeChoice::System, tr("&System")}};
    for (const auto &[choice, label] : themes) {
        QAction *action = themeMenu->addAction(label);
        action->setCheckable(true);
        action->setData(themeChoiceKey(choice));
        m_themeActions->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, choice = choice] { setThemeChoice(choice); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *shortcuts =
            helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Newsmark"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 820);
    if (!restoreState(m_settings.windowState())) {
        // First start: the reader gets the room. Amounts share the right-hand column with the
        // notes (a tab each) instead of taking a third of the height under the reader.
        auto *notes = findChild<QDockWidget *>(QStringLiteral("notesDock"));
        if (notes && m_amounts) {
            addDockWidget(Qt::RightDockWidgetArea, m_amounts);
            tabifyDockWidget(notes, m_amounts);
            tabifyDockWidget(notes, m_entities);
            notes->raise();
            // Dock sizes only take once the window is laid out.
            QTimer::singleShot(0, this, [this, notes] {
                resizeDocks({notes}, {300}, Qt::Horizontal);
                m_splitter->setSizes({380, 620});
            });
        }
    }
    if (!m_splitter->restoreState(m_settings.splitterState()))
        m_splitter->setSizes({420, 860});
    m_libraryPane->restoreHeaderState(m_settings.libraryHeaderState());
    if (!m_sources->restoreState(m_settings.sourcesSplitterState()))
        m_sources->setSizes({160, 640});
    m_reader->setZoom(m_settings.zoom());
    m_reader->setReaderFont(m_settings.readerFontFamily(),
                            m_settings.readerFontSize() == GuiSettings::kReaderFontSizeDefault
                                    ? 0
                                    : m_settings.readerFontSize());
    m_reader->setHiddenKinds(m_settings.hiddenHighlightKinds());
    m_entityIndex->setEnabled(m_settings.backgroundIndexing());
    m_searchIndex->setEnabled(m_settings.backgroundIndexing());

    m_themeChoice = m_settings.theme();
    for (QAction *action : m_themeActions->actions())
        action->setChecked(action->data().toString() == themeChoiceKey(m_themeChoice));
    qApp->installEventFilter(new OtherWindowsFilter(
            this, [this](QWidget *window) { themeDialog(window, m_themeChoice); }));
    applyTheme();

    // A first start opens the newest article, so that there is something to read right away.
    const std::optional<ArticleId> last = m_settings.lastArticle();
    if (last && m_libraryPane->selectArticle(*last))
        return;
    if (!last)
        m_libraryPane->selectFirstRow();
    if (m_libraryPane->currentArticleId() == 0)
        showEmptyOrWelcome();
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setSourcesSplitterState(m_sources->saveState());
    m_settings.setLibraryHeaderState(m_libraryPane->saveHeaderState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    prepareToClose();
    QMainWindow::closeEvent(event);
}

void MainWindow::prepareToClose()
{
    // A comment being typed is saved, not dropped.
    m_notes->dock()->commitEdits();
    saveSettings();
    m_import->cancel();
}

QAction *MainWindow::addPanelAction(QMenu *menu, QDockWidget *dock, const QString &text,
                                    const QKeySequence &key)
{
    // Not the dock's toggleViewAction: that hides a panel tabbed behind another instead of
    // showing it.
    auto *action = new QAction(text, this);
    action->setObjectName(dock->objectName() + u"Action"_s);
    action->setCheckable(true);
    action->setChecked(!dock->isHidden());
    action->setShortcut(key);
    action->setStatusTip(tr("Show the panel, or bring it to the front when it shares its place"));
    connect(dock->toggleViewAction(), &QAction::toggled, action, &QAction::setChecked);
    connect(action, &QAction::triggered, this, [dock, action] {
        showOrHidePanel(dock);
        action->setChecked(!dock->isHidden());
    });
    menu->addAction(action);
    return action;
}

void MainWindow::showOrHidePanel(QDockWidget *dock)
{
    // In front: on screen, not a tab behind another panel (those are not visible).
    if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
        dock->hide();
        return;
    }
    dock->show();
    dock->raise();
}

void MainWindow::showPreferences()
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        return;
    }
    m_preferences =
            new PreferencesDialog(Preferences::fromSettings(m_settings), m_library->path(), this);
    m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    themeDialog(m_preferences, m_themeChoice);
    connect(m_preferences, &PreferencesDialog::applyRequested, this, &MainWindow::applyPreferences);
    connect(m_preferences, &PreferencesDialog::libraryRequested, this,
            &MainWindow::libraryRequested);
    connect(m_preferences, &PreferencesDialog::fontPreviewed, m_reader,
            [this](const QString &family, int size) {
                m_reader->setReaderFont(family,
                                        size == GuiSettings::kReaderFontSizeDefault ? 0 : size);
            });
    connect(m_preferences, &QObject::destroyed, this, [this] { m_preferences = nullptr; });
    m_preferences->open();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    preferences.save(m_settings);
    setThemeChoice(preferences.theme);
    m_reader->setReaderFont(
            preferences.fontFamily,
            preferences.fontSize == GuiSettings::kReaderFontSizeDefault ? 0 : preferences.fontSize);
    m_reader->setHiddenKinds(preferences.hiddenKinds);
    m_amounts->reloadSettings();
    m_entityIndex->setEnabled(preferences.backgroundIndexing);
    m_searchIndex->setEnabled(preferences.backgroundIndexing);
    statusBar()->showMessage(tr("Preferences applied"), kStatusMessageMs);
}

void MainWindow::showShortcuts()
{
    auto *dialog = findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        themeDialog(dialog, m_themeChoice);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Only the desktop's palette counts: the window's own changes when applyTheme() sets it.
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    m_settings.setTheme(choice);
    for (QAction *action : m_themeActions->actions())
        action->setChecked(action->data().toString() == themeChoiceKey(choice));
    applyTheme();
}

void MainWindow::applyTheme()
{
    const QPalette desktop = QApplication::palette();
    // An empty palette inherits every role from the desktop's again.
    setPalette(widgetPalette(m_themeChoice, desktop).value_or(QPalette()));
    // Dialogs are windows of their own: the palette does not reach them by itself.
    for (QDialog *dialog : findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly))
        themeDialog(dialog, m_themeChoice);
    m_reader->setTheme(resolveTheme(m_themeChoice, desktop));
}

void MainWindow::find()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == m_readerPane || m_readerPane->isAncestorOf(focus)))
        m_findBar->open();
    else
        m_libraryPane->focusFilter();
}

void MainWindow::markSearchMatches(bool scroll)
{
    const std::optional<Article> &article = m_reader->article();
    if (!article)
        return;
    const std::optional<search::SearchQuery> &query = m_model->searchQuery();
    if (!m_model->isSearching() || !query) {
        if (!m_reader->searchMatches().isEmpty())
            m_reader->setSearchMatches({});
        return;
    }
    const QString text = article->canonicalText();
    m_reader->setSearchMatches(utf16Ranges(text, findMatches(*query, text)), scroll);
}

void MainWindow::openArticle(ArticleId id)
{
    if (id == 0)
        return;
    std::optional<Article> article = m_library->articles().find(id);
    if (!article) {
        m_reader->showPlaceholder(tr("This article is no longer in the library."));
        return;
    }
    m_reader->showArticle(*article);
    markSearchMatches(true);
    if (!article->read) {
        m_model->setRead(id, true);
        m_feeds->articleRead(id);
        m_countsTimer->start();
    }
    m_settings.setLastArticle(id);
}

void MainWindow::showArticle(ArticleId id)
{
    if (m_libraryPane->selectArticle(id))
        return;
    m_libraryPane->clearFilter();
    if (!m_libraryPane->selectArticle(id))
        statusBar()->showMessage(tr("That article is no longer in the library."), kStatusMessageMs);
}

void MainWindow::showEmptyOrWelcome()
{
    if (m_library->articles().count({}) == 0) {
        m_reader->showPlaceholder(tr(
                "Your library is empty. Import news articles (plain-text files) with File › Import "
                "Files… (Ctrl+O) or File › Import Folder…, or drop files and folders onto this "
                "window. To look around first, File › Add Sample Articles adds a few."));
    } else {
        m_reader->showPlaceholder(tr("Select an article in the list to read it."));
    }
}

void MainWindow::updateCount()
{
    if (m_model->isSearching()) {
        // Spelt out: no translation is loaded to make "%n match(es)" plural.
        const int matches = m_model->rowCount();
        const QString count = matches == 1 ? tr("1 match") : tr("%1 matches").arg(matches);
        m_countLabel->setText(m_model->showsTrash() ? tr("%1 in the Trash").arg(count) : count);
        return;
    }
    if (m_model->showsTrash()) {
        m_countLabel->setText(tr("%n article(s) in the Trash", nullptr, m_model->rowCount()));
        return;
    }
    const int total = m_library->articles().count({});
    const int shown = m_model->rowCount();
    const QString articles = total == 1 ? tr("1 article") : tr("%1 articles").arg(total);
    m_countLabel->setText(shown == total ? articles : tr("%1 of %2").arg(shown).arg(articles));
}

void MainWindow::chooseFiles()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    askForFiles(this, tr("Import Articles"), documents, tr("Text files (*.txt);;All files (*)"),
                QFileDialog::ExistingFiles,
                [this](const QStringList &files) { importPaths(files); });
}

void MainWindow::chooseFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    askForFiles(this, tr("Import Folder"), documents, {}, QFileDialog::Directory,
                [this](const QStringList &folders) { importPaths(folders.mid(0, 1)); });
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), kStatusMessageMs);
        return;
    }
    m_import->start(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && !m_import->isRunning())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    for (QAction *action : std::as_const(m_importActions))
        action->setEnabled(true);
    // New and rewritten articles are analysed for the entity index in the background.
    m_entityIndex->update();
    // and go into the search index (they are queued for it; searches scan them meanwhile).
    m_searchIndex->update();
    // Files imported again with another text rewrote their articles: their notes are placed in
    // the new text here, on this thread's connection (the import had its own), before the list
    // or the reader shows the new text.
    const ReanchorReport placed = m_notes->reanchorArticles(report.updated);
    m_savedSearches->recount();
    m_libraryPane->refresh();
    updateCount();
    const QList<ArticleId> &shown = report.imported.isEmpty() ? report.updated : report.imported;
    if (!shown.isEmpty()) {
        const ArticleId first = shown.constFirst();
        if (!m_libraryPane->selectArticle(first)) {
            // The filter hides the new article; the user asked to see what they imported.
            m_libraryPane->clearFilter();
            m_libraryPane->selectArticle(first);
        }
    }

    const auto imported = int(report.imported.size());
    const auto updated = int(report.updated.size());
    const auto duplicates = int(report.duplicates.size());
    const auto failed = int(report.failures.size());
    QString summary =
            (imported == 1 ? tr("1 article imported") : tr("%1 articles imported").arg(imported))
            + u", "_s + tr("updated: %1").arg(updated) + u", "_s
            + (duplicates == 1 ? tr("1 duplicate skipped")
                               : tr("%1 duplicates skipped").arg(duplicates))
            + u", "_s + tr("%1 failed").arg(failed) + u'.';
    if (report.cancelled)
        summary = tr("Import cancelled.") + u' ' + summary;
    statusBar()->showMessage(summary, kStatusMessageMs);

    QStringList details;
    if (updated > 0) {
        // What became of the notes of the changed articles: none is ever dropped.
        details.append(tr("Notes of the updated articles: %1 in place, %2 moved, %3 on changed "
                          "text, %4 orphaned (kept, listed under Orphaned only).")
                               .arg(placed.unchanged + placed.exact)
                               .arg(placed.moved)
                               .arg(placed.fuzzy)
                               .arg(placed.orphaned));
    }
    for (const ArticleId id : report.updated) {
        if (const auto article = m_library->articles().find(id)) {
            details.append(
                    article->isInTrash()
                            ? tr("Updated in the Trash: %1 — the file's text changed; "
                                 "it stays in the Trash")
                                      .arg(article->sourcePath)
                            : tr("Updated: %1 — the file's text changed").arg(article->sourcePath));
        }
    }
    for (const ImportIssue &issue : report.failures)
        details.append(tr("Failed: %1 — %2").arg(issue.path, issue.reason));
    for (const ImportIssue &issue : report.duplicates)
        details.append(tr("Skipped: %1 — %2").arg(issue.path, issue.reason));

    auto *box = new QMessageBox(failed > 0 ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Import"), summary, QMessageBox::Ok, this);
    box->setObjectName(u"importSummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details.join(u'\n'));
    // open(), not exec(): the summary must not hold up the event loop (or the reader behind it).
    box->open();
}

void MainWindow::openOriginal()
{
    const std::optional<Article> &article = m_shown->article();
    const QUrl url(article ? article->sourcePath : QString());
    if (!article || (url.scheme() != u"http" && url.scheme() != u"https")) {
        statusBar()->showMessage(tr("This article has no web page: it came from a file"),
                                 kStatusMessageMs);
        return;
    }
    if (!QDesktopServices::openUrl(url))
        statusBar()->showMessage(tr("No browser opened %1").arg(url.toDisplayString()),
                                 kStatusMessageMs);
}

void MainWindow::showOutsideChanges(const QString &what)
{
    // A command that only read (list, show, notes list) leaves everything as it is shown.
    const qint64 version = m_library->database().dataVersion();
    if (version == m_seenDataVersion)
        return;
    m_seenDataVersion = version;
    // Corrections made there apply here too (the reader analyses the article again).
    m_shown->setCorrections(m_library->entities().corrections());
    m_libraryPane->refresh();
    updateCount();
    m_notes->reloadFromLibrary();
    m_entityIndex->update();
    m_feeds->reload();
    m_savedSearches->reload(); // `searches save` there, or articles that change the counts
    m_searchIndex->update();
    statusBar()->showMessage(tr("Ran for the command line: %1").arg(what), kStatusMessageMs);
}

void MainWindow::openFromOutside(const QStringList &arguments)
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    QStringList toImport;
    for (const QString &argument : arguments) {
        if (argument.startsWith(u"newsmark:"_s))
            m_notes->openLink(argument);
        else
            toImport.append(argument);
    }
    if (!toImport.isEmpty())
        importPaths(toImport);
}

void MainWindow::addSamples()
{
    const int added = m_library->addSamples();
    m_savedSearches->recount();
    m_libraryPane->refresh();
    updateCount();
    m_entityIndex->update();
    statusBar()->showMessage(added == 1 ? tr("1 sample article added")
                                        : tr("%1 sample articles added").arg(added),
                             kStatusMessageMs);
}

void MainWindow::showHighlight(const Span &span)
{
    // The tooltip has one line per normalized field; the status bar has room for one line.
    const QString language = m_reader->article() ? m_reader->article()->language : QString();
    QString message = ReaderPage::tooltip(span, m_reader->bridge()->text(), language);
    message.replace(u'\n', u"  ·  "_s);
    statusBar()->showMessage(message, kStatusMessageMs);
}

void MainWindow::showAbout()
{
    // open(), not the static about(): no nested event loop.
    auto *box = new QMessageBox(
            QMessageBox::NoIcon, tr("About Newsmark"),
            tr("<h3>Newsmark %1</h3>"
               "<p>A news reader for people who read news for work: a local library of articles, "
               "read with amounts, people, organizations and places highlighted.</p>"
               "<p>Korean NER training data: KLUE-NER v1.1 (Park et al., 2021), CC BY-SA 4.0, "
               "https://github.com/KLUE-benchmark/KLUE</p>"
               "<p>Entity model: trained from KLUE-NER v1.1 (CC BY-SA 4.0); the model file is "
               "shared under the same licence.</p>"
               "<p>English entity model: trained from Wikigold (Balasuriya et al., 2009; "
               "Nothman et al., 2013), CC BY 4.0.</p>")
                            .arg(QApplication::applicationVersion().toHtmlEscaped())
                    + tr("<p>Korean name list: people and places of mecab-ko-dic (Yongwoon Lee, "
                         "Yungho Yu), Apache License 2.0.</p>"),
            QMessageBox::Ok, this);
    box->setObjectName(u"aboutBox"_s);
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace newsmark::gui
