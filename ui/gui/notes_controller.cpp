#include "notes_controller.h"

#include "export/note_export.h"
#include "gui_logging.h"
#include "gui_settings.h"
#include "library/library.h"
#include "library_pane.h"
#include "note_commands.h"
#include "notes_browser.h"
#include "notes_dock.h"
#include "reader_bridge.h"
#include "reader_view.h"
#include "storage/note_store.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QWebEnginePage>

#include <utility>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kStatusMessageMs = 8000;

// The tooltip of a note's marks: what its colour means, the comment and the tags.
QString noteTitle(const Note &note, const GuiSettings &settings)
{
    QString title = settings.noteColorName(note.color);
    if (!note.body.isEmpty())
        title += u'\n' + note.body.left(400);
    if (!note.tags.isEmpty())
        title += u"\n#"_s + note.tags.join(u" #"_s);
    return title;
}

} // namespace

NotesController::NotesController(Library &library, ReaderView &reader, LibraryPane &libraryPane,
                                 GuiSettings &settings, QUndoStack &undo, QMainWindow *window)
    : QObject(window)
    , m_library(library)
    , m_reader(reader)
    , m_libraryPane(libraryPane)
    , m_settings(settings)
    , m_window(window)
    , m_store(&library.noteStore())
    , m_service(&library.notes())
    , m_undo(&undo)
{
    // Before the window restores its state: docks are placed by their object names.
    m_dock = new NotesDock(settings, window);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_browser = new NotesBrowser(*m_service, library.entities(), settings, window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_browser);
    m_browser->hide();

    m_highlight = new QAction(tr("&Highlight Selection"), this);
    m_highlight->setObjectName(u"highlightAction"_s);
    // Ctrl+E first: one chord, free in the reader (Chromium keeps no editing command on it).
    m_highlight->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)});
    connect(m_highlight, &QAction::triggered, this, [this] { highlightSelection(); });
    m_next = new QAction(tr("&Next Note"), this);
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_next, &QAction::triggered, this, &NotesController::nextNote);
    m_previous = new QAction(tr("&Previous Note"), this);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_previous, &QAction::triggered, this, &NotesController::previousNote);
    m_export = new QAction(tr("&Export Notes…"), this);
    connect(m_export, &QAction::triggered, this, &NotesController::chooseExport);
    m_import = new QAction(tr("Import &Notes…"), this);
    connect(m_import, &QAction::triggered, this, &NotesController::chooseImport);
    m_colorNames = new QAction(tr("Name Highlight &Colours…"), this);
    connect(m_colorNames, &QAction::triggered, this, &NotesController::editColorNames);

    m_defaultColorMenu = new QMenu(tr("Highlight &Colour"), window);
    auto *colors = new QActionGroup(this);
    for (NoteColor color : allNoteColors()) {
        QAction *action =
                m_defaultColorMenu->addAction(noteColorIcon(color), settings.noteColorName(color));
        action->setCheckable(true);
        action->setChecked(color == settings.defaultNoteColor());
        action->setData(noteColorKey(color));
        colors->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, color] { m_settings.setDefaultNoteColor(color); });
    }

    m_reader.setNoteLabel([this](const Note &note) { return noteTitle(note, m_settings); });
    connect(&m_reader, &QWebEngineView::loadFinished, this, &NotesController::onLoadFinished);
    // The shown article's notes are read (and placed) by ShownArticle, before the reader
    // renders them; this only follows.
    ShownArticle &shown = m_reader.shown();
    connect(&shown, &ShownArticle::articleChanged, this, [this] {
        // A comment being typed belongs to the article going away: it is saved now.
        m_dock->commitEdits();
        m_selection.reset();
        if (m_reader.shown().id() != m_shownArticle) {
            m_shownArticle = m_reader.shown().id();
            m_currentNote.reset();
        }
        Q_EMIT articleNotesChanged();
    });
    connect(&shown, &ShownArticle::notesChanged, this, &NotesController::articleNotesChanged);
    connect(&shown, &ShownArticle::notesPlaced, m_browser, &NotesBrowser::refresh);
    ReaderBridge *bridge = m_reader.bridge();
    connect(bridge, &ReaderBridge::selectionReported, this,
            [this](ArticleId article, int start, int end, const QString &text) {
                m_selection = Selection {article, start, end, text};
            });
    connect(bridge, &ReaderBridge::selectionCleared, this, [this] { m_selection.reset(); });
    // A click on a note's mark in the page (reader.js has already outlined it there).
    connect(bridge, &ReaderBridge::noteActivated, this, [this](ArticleId article, const QUuid &id) {
        if (article != m_shownArticle)
            return;
        m_currentNote = id;
        // The user asked for this note: the panel that shows its comment must be there.
        if (m_dock->isHidden())
            m_dock->show();
        m_dock->raise();
        m_dock->selectNote(id);
    });

    connect(m_service, &NoteService::noteSaved, this, [this](const Note &note) {
        if (note.articleId == m_shownArticle)
            m_currentNote = note.id;
        if (m_focusNewNote && note.articleId == m_shownArticle)
            m_commentToFocus = note.id;
        scheduleRefresh(note.articleId);
    });
    connect(m_service, &NoteService::noteRemoved, this,
            [this](const Note &note) { scheduleRefresh(note.articleId); });
    connect(m_service, &NoteService::notesChanged, this,
            [this](ArticleId article) { scheduleRefresh(article); });

    connect(this, &NotesController::articleNotesChanged, this, [this] {
        m_dock->setNotes(m_reader.shown().notes(), m_shownArticle);
        if (m_commentToFocus && m_currentNote == m_commentToFocus) {
            m_dock->editComment(*std::exchange(m_commentToFocus, std::nullopt));
        } else if (m_currentNote) {
            m_dock->selectNote(*m_currentNote);
        }
    });
    connect(m_dock, &NotesDock::noteActivated, this, [this](const QUuid &id) {
        m_currentNote = id;
        scrollToNote(id);
    });
    connect(m_dock, &NotesDock::bodyEdited, this, &NotesController::setBody);
    connect(m_dock, &NotesDock::tagsEdited, this, &NotesController::setTags);
    connect(m_dock, &NotesDock::recolorRequested, this, &NotesController::recolor);
    connect(m_dock, &NotesDock::deleteRequested, this, &NotesController::remove);
    connect(m_browser, &NotesBrowser::openNoteRequested, this,
            [this](ArticleId article, const QUuid &id) { openNote(article, id); });
}

NotesController::~NotesController()
{
    // The reader outlives the controller only briefly, but must not call back into it; the
    // docks read the store that goes with the controller.
    m_reader.setNoteLabel({});
    // The stack is the window's: the notes' commands, which hold this controller's service by
    // reference, go with it.
    m_undo->clear();
    delete m_browser;
    delete m_dock;
}

void NotesController::addFileActions(QMenu *menu)
{
    menu->addAction(m_export);
    menu->addAction(m_import);
}

void NotesController::addEditActions(QMenu *menu)
{
    menu->addAction(m_highlight);
    menu->addMenu(m_defaultColorMenu);
    menu->addAction(m_colorNames);
    menu->addAction(m_next);
    menu->addAction(m_previous);
}

void NotesController::addViewActions(QMenu *menu)
{
    // The Notes panel's own action (Ctrl+Shift+N, bringing it forward) is the window's, as the
    // other panels' are.
    QAction *browser = m_browser->toggleViewAction();
    browser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    menu->addAction(browser);
}

ReanchorReport NotesController::reanchorArticles(const QList<ArticleId> &articles)
{
    ReanchorReport total;
    bool shownChanged = false;
    {
        // One refresh of the views afterwards instead of one per article.
        const QSignalBlocker quiet(m_service);
        for (const ArticleId article : articles) {
            const Result<ReanchorReport> report = m_service->reanchor(article);
            if (!report) {
                // The notes keep their old place and are placed when the article is opened.
                qCWarning(lcGui).noquote() << "Cannot re-anchor the notes of article" << article
                                           << ":" << report.error();
                continue;
            }
            total.unchanged += report->unchanged;
            total.exact += report->exact;
            total.moved += report->moved;
            total.fuzzy += report->fuzzy;
            total.orphaned += report->orphaned;
            shownChanged = shownChanged || article == m_reader.articleId();
        }
    }
    if (articles.isEmpty())
        return total;
    m_browser->refresh();
    if (shownChanged) {
        // The reader holds the article as it was read: show the new text, with the notes placed.
        if (auto fresh = m_library.articles().find(m_reader.articleId())) {
            m_keepScroll = m_reader.page()->scrollPosition();
            m_reader.showArticle(*fresh);
        }
    }
    return total;
}

void NotesController::reloadFromLibrary()
{
    scheduleRefresh(0);
    m_browser->refresh();
}

void NotesController::scheduleRefresh(ArticleId article)
{
    if (m_refreshPending || (article != 0 && article != m_shownArticle))
        return;
    m_refreshPending = true;
    // Several changes in one go (an import, redo of many) re-render once.
    QTimer::singleShot(0, this, &NotesController::refreshArticle);
}

void NotesController::refreshArticle()
{
    m_refreshPending = false;
    if (m_reader.articleId() == 0)
        return;
    m_keepScroll = m_reader.page()->scrollPosition();
    m_reader.shown().reloadNotes(); // the reader renders them, the panel lists them
}

void NotesController::onLoadFinished(bool ok)
{
    if (!ok || m_reader.articleId() == 0)
        return;
    if (m_scrollOnLoad) {
        const QUuid id = *m_scrollOnLoad;
        m_scrollOnLoad.reset();
        m_keepScroll.reset();
        m_currentNote = id;
        m_dock->selectNote(id);
        scrollToNote(id);
        return;
    }
    if (m_keepScroll) {
        m_reader.scrollTo(*m_keepScroll);
        m_keepScroll.reset();
    }
}

void NotesController::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, kStatusMessageMs);
}

bool NotesController::highlightSelection()
{
    const ArticleId article = m_reader.articleId();
    if (article == 0 || !m_selection || m_selection->article != article) {
        showMessage(tr("Select a passage in the article to highlight it."));
        return false;
    }
    NoteDraft draft;
    draft.color = m_settings.defaultNoteColor();
    const Selection selection = *m_selection;
    m_selection.reset();
    // The note is written as the command is pushed; its comment is where the user goes next:
    // the panel comes forward now, the cursor goes in once the panel lists the note.
    m_focusNewNote = true;
    m_undo->push(new CreateNoteCommand(*m_service, article, selection.start, selection.end,
                                       selection.text, draft,
                                       [this](const QString &message) { showMessage(message); }));
    m_focusNewNote = false;
    if (m_commentToFocus) {
        m_dock->show();
        m_dock->raise();
    }
    return true;
}

void NotesController::recolor(const QUuid &id, NoteColor color)
{
    const std::optional<Note> note = m_service->find(id);
    if (!note || note->color == color)
        return;
    m_undo->push(ChangeNoteCommand::recolor(*m_service, *note, color,
                                            m_settings.noteColorName(color),
                                            [this](const QString &m) { showMessage(m); }));
}

void NotesController::setBody(const QUuid &id, const QString &body, int typingSession)
{
    const std::optional<Note> note = m_service->find(id);
    if (!note || note->body == body)
        return;
    m_undo->push(ChangeNoteCommand::setBody(*m_service, *note, body, typingSession,
                                            [this](const QString &m) { showMessage(m); }));
}

void NotesController::setTags(const QUuid &id, const QStringList &tags, int typingSession)
{
    const std::optional<Note> note = m_service->find(id);
    if (!note || note->tags == normalizeTags(tags))
        return;
    m_undo->push(ChangeNoteCommand::setTags(*m_service, *note, tags, typingSession,
                                            [this](const QString &m) { showMessage(m); }));
}

void NotesController::remove(const QUuid &id)
{
    if (m_currentNote == id)
        m_currentNote.reset();
    m_undo->push(
            new DeleteNoteCommand(*m_service, id, [this](const QString &m) { showMessage(m); }));
}

void NotesController::scrollToNote(const QUuid &id)
{
    m_reader.focusNote(id);
}

void NotesController::step(int direction)
{
    QList<Note> placed;
    for (const Note &note : m_reader.shown().notes()) {
        if (!note.isOrphaned())
            placed.append(note);
    }
    if (placed.isEmpty()) {
        showMessage(tr("This article has no notes."));
        return;
    }
    qsizetype index = -1;
    for (qsizetype i = 0; m_currentNote && i < placed.size(); ++i) {
        if (placed.at(i).id == *m_currentNote)
            index = i;
    }
    const auto count = placed.size();
    if (index < 0)
        index = direction > 0 ? 0 : count - 1;
    else
        index = (index + direction + count) % count;
    m_currentNote = placed.at(index).id;
    m_dock->selectNote(*m_currentNote);
    scrollToNote(*m_currentNote);
}

void NotesController::nextNote()
{
    step(1);
}

void NotesController::previousNote()
{
    step(-1);
}

void NotesController::openNote(ArticleId article, const std::optional<QUuid> &note)
{
    if (m_reader.articleId() == article) {
        if (note) {
            m_currentNote = note;
            m_dock->selectNote(*note);
            scrollToNote(*note);
        }
        return;
    }
    m_scrollOnLoad = note;
    if (m_libraryPane.currentArticleId() == article) {
        // Selected in the list but not shown (a placeholder replaced it): show it again.
        if (auto found = m_library.articles().find(article)) {
            m_reader.showArticle(*found);
            return;
        }
    }
    if (!m_libraryPane.selectArticle(article)) {
        // The filter hides it; the user asked for this article.
        m_libraryPane.clearFilter();
        if (!m_libraryPane.selectArticle(article)) {
            m_scrollOnLoad.reset();
            showMessage(tr("Article %1 is not in this library.").arg(article));
        }
    }
}

bool NotesController::openLink(const QString &link)
{
    const std::optional<NoteLink> parsed = parseNoteLink(link);
    if (!parsed)
        return false;
    openNote(parsed->article, parsed->note);
    return true;
}

void NotesController::editColorNames()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(u"noteColorNames"_s);
    dialog->setWindowTitle(tr("Highlight Colours"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    QList<QLineEdit *> edits;
    for (NoteColor color : allNoteColors()) {
        auto *edit = new QLineEdit(m_settings.noteColorName(color), dialog);
        edit->setPlaceholderText(tr("What this colour means, e.g. “claim”"));
        edits.append(edit);
        form->addRow(noteColorLabel(color), edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edits] {
        const QList<NoteColor> colors = allNoteColors();
        for (qsizetype i = 0; i < colors.size(); ++i)
            m_settings.setNoteColorName(colors.at(i), edits.at(i)->text());
        for (QAction *action : m_defaultColorMenu->actions()) {
            if (const auto color = noteColorFromKey(action->data().toString()))
                action->setText(m_settings.noteColorName(*color));
        }
        m_dock->setNotes(m_reader.shown().notes(), m_shownArticle);
        dialog->accept();
        scheduleRefresh(0);
    });
    dialog->open();
}

} // namespace newsmark::gui
