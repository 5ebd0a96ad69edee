#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace newsmark::gui {

// One shortcut of the window as Help › Keyboard Shortcuts lists it.
struct ShortcutEntry
{
    QString group; // the top-level menu's title ("Edit"), or "Elsewhere in the window"
    QString name; // the action's text, a submenu's title before it ("Entities › Mark as Person")
    QList<QKeySequence> keys;
};

// Every shortcut the window has now, read from its live QActions (menus first, in menu order,
// then actions outside the menus that some widget carries) and QShortcuts (named by their
// whatsThis), so that a shortcut added anywhere appears without editing this list.
[[nodiscard]] QList<ShortcutEntry> windowShortcuts(QMainWindow *window);

// Help › Keyboard Shortcuts: windowShortcuts() grouped by menu, with a search box that keeps
// the rows whose name, keys or menu contain what is typed.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace newsmark::gui
