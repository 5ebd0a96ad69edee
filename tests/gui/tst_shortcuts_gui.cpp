// The window's keyboard: every shortcut unique where it can fire and the platform's own keys
// through QKeySequence::StandardKey, Help › Keyboard Shortcuts listing them all from the live
// actions, the panel shortcuts bringing a tabbed panel forward, and Ctrl+E leaving the cursor in
// the new note's comment.

#include "window_test_base.h"

#include "entities_dock.h"
#include "notes_controller.h"
#include "notes_dock.h"
#include "shortcuts_dialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

namespace {

constexpr int kTimeoutMs = 20000;

// Where a shortcut can fire: the whole window, or one widget (with or without its children).
struct Binding
{
    QString name;
    QKeySequence key;
    QWidget *scope = nullptr; // the window for window-wide shortcuts
    bool withChildren = true;
};

bool inScope(const Binding &outer, const QWidget *widget)
{
    return widget == outer.scope || (outer.withChildren && outer.scope->isAncestorOf(widget));
}

// Two shortcuts on one key collide where one can fire wherever the other can: Qt then runs
// neither ("Ambiguous shortcut overload").
bool overlap(const Binding &a, const Binding &b)
{
    return inScope(a, b.scope) || inScope(b, a.scope);
}

// Whether a widget is the window's, through its parents (a menu is a window of its own).
bool belongsTo(const QWidget *widget, const QWidget *window)
{
    for (const QObject *o = widget; o; o = o->parent()) {
        if (o == window)
            return true;
    }
    return false;
}

QString plain(QString text)
{
    return text.remove(u'&');
}

// Every key binding the window has: its actions as the widgets they are on carry them (a menu of
// the menu bar counts as the window) and its QShortcuts.
QList<Binding> windowBindings(QMainWindow *window)
{
    QList<Binding> bindings;
    const auto addAction = [&](QAction *action) {
        if (action->shortcuts().isEmpty())
            return;
        for (QObject *object : action->associatedObjects()) {
            auto *widget = qobject_cast<QWidget *>(object);
            if (!widget || !belongsTo(widget, window))
                continue;
            const bool menu = qobject_cast<QMenu *>(widget) || qobject_cast<QMenuBar *>(widget);
            const Qt::ShortcutContext context = action->shortcutContext();
            Binding binding;
            binding.name = plain(action->text());
            binding.scope =
                    menu || context == Qt::WindowShortcut || context == Qt::ApplicationShortcut
                    ? window
                    : widget;
            binding.withChildren = context != Qt::WidgetShortcut || binding.scope == window;
            for (const QKeySequence &key : action->shortcuts()) {
                binding.key = key;
                bindings.append(binding);
            }
            // One binding per action and scope is enough: the same action on two widgets of
            // one scope is not a collision with itself.
            break;
        }
    };
    QSet<QAction *> seen;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action)) {
            seen.insert(action);
            addAction(action);
        }
    }
    // Menus' actions whose QObject parent is elsewhere (created by another owner).
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (!seen.contains(action)) {
                seen.insert(action);
                addAction(action);
            }
        }
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        auto *widget = qobject_cast<QWidget *>(shortcut->parent());
        if (!widget)
            continue;
        const Qt::ShortcutContext context = shortcut->context();
        for (const QKeySequence &key : shortcut->keys()) {
            Binding binding;
            binding.name = shortcut->whatsThis();
            binding.key = key;
            binding.scope = context == Qt::WindowShortcut || context == Qt::ApplicationShortcut
                    ? window
                    : widget;
            binding.withChildren = context != Qt::WidgetShortcut || binding.scope == window;
            bindings.append(binding);
        }
    }
    return bindings;
}

// The application-level keys each platform defines (not the text-editing ones, which line edits
// and the page handle before any shortcut).
const QList<QKeySequence::StandardKey> kApplicationKeys = {
        QKeySequence::New,        QKeySequence::Open,        QKeySequence::Close,
        QKeySequence::Save,       QKeySequence::SaveAs,      QKeySequence::Quit,
        QKeySequence::Print,      QKeySequence::Undo,        QKeySequence::Redo,
        QKeySequence::Copy,       QKeySequence::Paste,       QKeySequence::SelectAll,
        QKeySequence::Find,       QKeySequence::FindNext,    QKeySequence::FindPrevious,
        QKeySequence::Replace,    QKeySequence::Refresh,     QKeySequence::ZoomIn,
        QKeySequence::ZoomOut,    QKeySequence::Preferences, QKeySequence::HelpContents,
        QKeySequence::WhatsThis,  QKeySequence::Back,        QKeySequence::Forward,
        QKeySequence::AddTab,     QKeySequence::NextChild,   QKeySequence::PreviousChild,
        QKeySequence::FullScreen, QKeySequence::Delete,      QKeySequence::Cancel,
        QKeySequence::Deselect,   QKeySequence::Bold,        QKeySequence::Italic,
        QKeySequence::Underline,
};

// Which of the window's actions (object names) and shortcuts are which standard key.
const QList<std::pair<QString, QKeySequence::StandardKey>> kStandardActions = {
        {u"addFeedAction"_s, QKeySequence::New},
        {u"importFilesAction"_s, QKeySequence::Open},
        {u"savePageAction"_s, QKeySequence::SaveAs},
        {u"quitAction"_s, QKeySequence::Quit},
        {u"undoAction"_s, QKeySequence::Undo},
        {u"redoAction"_s, QKeySequence::Redo},
        {u"findShortcut"_s, QKeySequence::Find},
        {u"findNextAction"_s, QKeySequence::FindNext},
        {u"findPreviousAction"_s, QKeySequence::FindPrevious},
        {u"refreshAllAction"_s, QKeySequence::Refresh},
        {u"zoomInAction"_s, QKeySequence::ZoomIn},
        {u"zoomOutAction"_s, QKeySequence::ZoomOut},
        {u"preferencesAction"_s, QKeySequence::Preferences},
        {u"moveToTrashAction"_s, QKeySequence::Delete},
        {u"closeFindShortcut"_s, QKeySequence::Cancel},
};

// Keys that are a standard key's on this platform but mean something else here by another
// convention as strong: Shift+Delete deletes for good in every file manager (it is also Cut in
// text fields, where the field gets it first).
const QList<std::pair<QString, QKeySequence>> kConventionalExceptions = {
        {u"deletePermanentlyAction"_s, QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
};

// In front: on screen. A panel tabbed behind another stays "visible" to Qt, moved off-screen.
bool inFront(const QDockWidget *dock)
{
    return dock->isVisible() && !dock->visibleRegion().isEmpty();
}

} // namespace

class TestShortcutsGui : public WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyShortcutIsUnique();
    void standardKeysAreThePlatforms();
    void theDialogListsEveryShortcutBySearch();
    void panelShortcutsBringATabbedPanelForward();
    void ctrlEPutsTheCursorInTheNewNotesComment();
    void panelsUseTheApplicationFont();

private:
    bool activate();
};

void TestShortcutsGui::initTestCase()
{
    setUpRun();
}

void TestShortcutsGui::init()
{
    QVERIFY(openWindow());
}

void TestShortcutsGui::cleanup()
{
    closeWindow();
}

void TestShortcutsGui::cleanupTestCase()
{
    tearDownRun();
}

bool TestShortcutsGui::activate()
{
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestShortcutsGui::everyShortcutIsUnique()
{
    const QList<Binding> bindings = windowBindings(m_window.get());
    // The window has its menus' shortcuts and more; an empty list would prove nothing.
    QVERIFY(bindings.size() > 25);
    QStringList collisions;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const Binding &a = bindings.at(i);
            const Binding &b = bindings.at(j);
            if (a.key == b.key && overlap(a, b))
                collisions.append(u"%1: \"%2\" and \"%3\""_s.arg(
                        a.key.toString(QKeySequence::NativeText), a.name, b.name));
        }
    }
    QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(u"; "_s)));
}

void TestShortcutsGui::standardKeysAreThePlatforms()
{
    QMainWindow *window = m_window.get();
    const auto keysOf = [window](const QString &name) -> std::optional<QList<QKeySequence>> {
        if (auto *action = window->findChild<QAction *>(name))
            return action->shortcuts();
        if (auto *shortcut = window->findChild<QShortcut *>(name))
            return shortcut->keys();
        return std::nullopt;
    };
    // Each has every key the platform gives its standard key.
    for (const auto &[name, standard] : kStandardActions) {
        const std::optional<QList<QKeySequence>> keys = keysOf(name);
        QVERIFY2(keys, qPrintable(u"no action or shortcut named "_s + name));
        for (const QKeySequence &key : QKeySequence::keyBindings(standard))
            QVERIFY2(keys->contains(key),
                     qPrintable(u"%1 lacks the platform's %2"_s.arg(
                             name, key.toString(QKeySequence::NativeText))));
    }
    // And no other shortcut takes a platform key for another purpose.
    QHash<QKeySequence, QString> reserved;
    for (const QKeySequence::StandardKey standard : kApplicationKeys) {
        for (const QKeySequence &key : QKeySequence::keyBindings(standard))
            reserved.insert(
                    key,
                    QString::fromLatin1(
                            QMetaEnum::fromType<QKeySequence::StandardKey>().valueToKey(standard)));
    }
    QSet<QObject *> standardOwners;
    for (const auto &[name, standard] : kStandardActions) {
        if (QObject *owner = window->findChild<QAction *>(name))
            standardOwners.insert(owner);
        if (QObject *owner = window->findChild<QShortcut *>(name))
            standardOwners.insert(owner);
    }
    QStringList misused;
    const auto check = [&](QObject *owner, const QString &name, const QList<QKeySequence> &keys) {
        if (standardOwners.contains(owner))
            return;
        for (const QKeySequence &key : keys) {
            const bool excepted =
                    std::any_of(kConventionalExceptions.cbegin(), kConventionalExceptions.cend(),
                                [&](const auto &e) {
                                    return e.first == owner->objectName() && e.second == key;
                                });
            if (reserved.contains(key) && !excepted)
                misused.append(u"\"%1\" on %2 (the platform's %3)"_s.arg(
                        plain(name), key.toString(QKeySequence::NativeText), reserved.value(key)));
        }
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->associatedObjects().isEmpty())
            check(action, action->text(), action->shortcuts());
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>())
        check(shortcut, shortcut->whatsThis(), shortcut->keys());
    QVERIFY2(misused.isEmpty(), qPrintable(misused.join(u"; "_s)));
}

void TestShortcutsGui::theDialogListsEveryShortcutBySearch()
{
    // An action added at run time, as another part of the window would: listed without edits.
    auto *extra = new QAction(u"Test Only Action"_s, m_window.get());
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    m_window->addAction(extra);
    // A Korean mnemonic in brackets is not part of the name the list shows.
    auto *bracketed = new QAction(u"피드 읽음으로 표시(&M)…"_s, m_window.get());
    bracketed->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K));
    m_window->addAction(bracketed);

    auto *open = m_window->findChild<QAction *>(u"keyboardShortcutsAction"_s);
    QVERIFY(open);
    open->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>(u"shortcutsDialog"_s);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTreeWidget *tree = dialog->tree();

    QHash<QString, QString> keysByName;
    QStringList groups;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        groups.append(group->text(0));
        for (int i = 0; i < group->childCount(); ++i)
            keysByName.insert(group->text(0) + u'/' + group->child(i)->text(0),
                              group->child(i)->text(1));
    }
    QCOMPARE(groups.mid(0, 6),
             QStringList({u"File"_s, u"Feeds"_s, u"Edit"_s, u"Article"_s, u"View"_s,
                          u"Elsewhere in the window"_s}));
    const auto native = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    // As many rows as the window has shortcuts (actions and QShortcuts with keys).
    int expected = 0;
    QSet<QAction *> actions;
    for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (!action->menu() && !action->shortcuts().isEmpty())
                actions.insert(action);
        }
    }
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !action->associatedObjects().isEmpty())
            actions.insert(action);
    }
    expected += int(actions.size()) + int(m_window->findChildren<QShortcut *>().size());
    int rows = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        rows += tree->topLevelItem(g)->childCount();
    QCOMPARE(rows, expected);
    QCOMPARE(keysByName.value(u"Edit/Preferences…"_s),
             native(m_window->findChild<QAction *>(u"preferencesAction"_s)->shortcuts().first()));
    QCOMPARE(keysByName.value(u"View/Amounts"_s),
             native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)));
    QVERIFY(keysByName.value(u"Edit/Entities › Mark as Person"_s).contains(u"Alt"_s));
    QCOMPARE(keysByName.value(u"Elsewhere in the window/Test Only Action"_s),
             native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J)));
    QCOMPARE(keysByName.value(u"Elsewhere in the window/피드 읽음으로 표시…"_s),
             native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K)));

    // Search: by name, then by key.
    QTest::keyClicks(dialog->filter(), u"zoom"_s);
    QStringList shown;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->isHidden() && !group->child(i)->isHidden())
                shown.append(group->child(i)->text(0));
        }
    }
    QCOMPARE(shown, QStringList({u"Zoom In"_s, u"Zoom Out"_s}));
    dialog->filter()->setText(u"F8"_s);
    shown.clear();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->isHidden() && !group->child(i)->isHidden())
                shown.append(group->child(i)->text(0));
        }
    }
    QCOMPARE(shown, QStringList({u"Next Note"_s, u"Previous Note"_s}));
}

void TestShortcutsGui::panelShortcutsBringATabbedPanelForward()
{
    QVERIFY(activate());
    auto *notes = m_window->findChild<QDockWidget *>(u"notesDock"_s);
    QDockWidget *amounts = m_window->findChild<QDockWidget *>(u"amountsDock"_s);
    QDockWidget *entities = m_window->findChild<QDockWidget *>(u"entitiesDock"_s);
    QVERIFY(notes && amounts && entities);
    // The first start's layout: the three panels share one place, the Notes panel in front.
    QTRY_VERIFY(inFront(notes));
    QVERIFY(m_window->tabifiedDockWidgets(notes).contains(amounts));
    QTRY_VERIFY(!inFront(amounts));

    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(inFront(amounts));
    QVERIFY(!inFront(notes));
    QVERIFY(!amounts->isHidden());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(inFront(entities));
    QVERIFY(!inFront(amounts));
    QVERIFY(!amounts->isHidden()); // behind, not closed
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(inFront(notes));
    QVERIFY(!inFront(entities));
    // In front already: the key closes it, and opens it again.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(notes->isHidden());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(inFront(notes));
}

void TestShortcutsGui::ctrlEPutsTheCursorInTheNewNotesComment()
{
    QVERIFY(QTest::qWaitFor([this] { return m_window->readerView()->articleId() != 0; },
                            kTimeoutMs));
    const ArticleId article = m_window->readerView()->articleId();
    QVERIFY(waitForPageOf(article));
    QVERIFY(activate());
    // The Notes panel is behind the Amounts panel.
    QDockWidget *amounts = m_window->findChild<QDockWidget *>(u"amountsDock"_s);
    amounts->show();
    amounts->raise();
    NotesDock *notes = m_window->notesController()->dock();
    QTRY_VERIFY(!inFront(notes));

    evaluateInPage(uR"nm((function () {
        const p = document.querySelector('p.nm-paragraph');
        const range = document.createRange();
        range.selectNodeContents(p);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
    })())nm"_s);
    QWidget *surface = m_window->readerView()->focusProxy();
    QVERIFY(surface);
    surface->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(surface->hasFocus(), kTimeoutMs);
    // The selection reaches the window 120 ms after it is made.
    QTest::qWait(400);
    QTest::keyClick(surface, Qt::Key_E, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(notes->list()->count(), 1, kTimeoutMs);
    QTRY_VERIFY(inFront(notes));
    QVERIFY(!inFront(amounts));
    QTRY_VERIFY_WITH_TIMEOUT(notes->commentEditor()->hasFocus(), kTimeoutMs);
    // What is typed now is the note's comment.
    QTest::keyClicks(notes->commentEditor(), u"check the figure"_s);
    QCOMPARE(notes->commentEditor()->toPlainText(), u"check the figure"_s);
    QVERIFY(notes->currentNoteId().has_value());
}

// The panels' lists and labels are read as much as the article list: they use the application's
// font at its size, never a smaller one of their own (the Entities panel's text was tiny).
void TestShortcutsGui::panelsUseTheApplicationFont()
{
    QVERIFY(activate());
    const QFont app = QApplication::font();
    const QFontInfo appInfo(app);
    int checked = 0;
    for (const char *name : {"notesDock", "amountsDock", "entitiesDock"}) {
        auto *dock = m_window->findChild<QDockWidget *>(QString::fromLatin1(name));
        QVERIFY2(dock, name);
        const QList<QWidget *> widgets = dock->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QLabel *>(w))
                continue;
            // Bold titles are the application font made bold, not another size.
            const QFontInfo info(w->font());
            QVERIFY2(qAbs(info.pointSizeF() - appInfo.pointSizeF()) < 0.01,
                     qPrintable(u"%1 › %2: %3 pt, the application's %4 pt"_s
                                        .arg(QString::fromLatin1(name), w->objectName())
                                        .arg(info.pointSizeF())
                                        .arg(appInfo.pointSizeF())));
            QCOMPARE(w->font().family(), app.family());
            ++checked;
        }
    }
    QVERIFY2(checked >= 6, qPrintable(QString::number(checked)));
}

NEWSMARK_GUI_TEST_MAIN(TestShortcutsGui)
#include "tst_shortcuts_gui.moc"
