#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// "&Find Next" → "Find Next"; "&&" stays one "&". A mnemonic in brackets, as Korean writes them,
// goes whole: "피드 읽음으로 표시(&M)" → "피드 읽음으로 표시", "피드 추가(&A)…" → "피드 추가…".
QString withoutMnemonic(const QString &input)
{
    static const QRegularExpression bracketed(u"\\(&[^&]\\)"_s);
    const QString text = QString(input).remove(bracketed);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                out += text.at(++i);
            continue;
        }
        out += text.at(i);
    }
    return out;
}

void collectMenu(QMenu *menu, const QString &group, const QString &prefix,
                 QList<ShortcutEntry> &entries, QSet<QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            collectMenu(sub, group, prefix + withoutMnemonic(sub->title()) + u" › "_s, entries,
                        seen);
            continue;
        }
        if (seen.contains(action))
            continue;
        seen.insert(action);
        if (!action->shortcuts().isEmpty())
            entries.append({group, prefix + withoutMnemonic(action->text()), action->shortcuts()});
    }
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(u", "_s);
}

} // namespace

QList<ShortcutEntry> windowShortcuts(QMainWindow *window)
{
    QList<ShortcutEntry> entries;
    QSet<QAction *> seen;
    for (QAction *top : window->menuBar()->actions()) {
        if (QMenu *menu = top->menu())
            collectMenu(menu, withoutMnemonic(menu->title()), QString(), entries, seen);
    }
    const QString elsewhere = ShortcutsDialog::tr("Elsewhere in the window");
    // Actions no menu shows but a widget carries (a shortcut only works on a widget).
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty()
            || action->associatedObjects().isEmpty())
            continue;
        seen.insert(action);
        entries.append({elsewhere, withoutMnemonic(action->text()), action->shortcuts()});
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->keys().isEmpty())
            continue;
        const QString name =
                shortcut->whatsThis().isEmpty() ? shortcut->objectName() : shortcut->whatsThis();
        entries.append({elsewhere, name, shortcut->keys()});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setPlaceholderText(tr("Search by name or key (Ctrl+Shift, F8 …)"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);

    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &entry : windowShortcuts(window)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {entry.name, keysText(entry.keys)});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(true);
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(560, 640);
    m_filter->setFocus();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches =
                !needle.isEmpty() && group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || groupMatches
                    || item->text(0).contains(needle, Qt::CaseInsensitive)
                    || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace newsmark::gui
