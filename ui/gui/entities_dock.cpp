#include "entities_dock.h"

#include "corrections_dialog.h"
#include "entities_controller.h"
#include "entity_commands.h"
#include "entity_wording.h"

#include "analysis/ner/entity_linker.h"
#include "entity_index_controller.h"
#include "gui_logging.h"
#include "library/library.h"
#include "library/shown_article.h"
#include "library_pane.h"
#include "reader_bridge.h"
#include "reader_view.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int StartsRole = Qt::UserRole + 2;
constexpr int ArticleRole = Qt::UserRole + 3;

QString groupLabel(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person: return EntitiesDock::tr("People");
    case SpanKind::Organization: return EntitiesDock::tr("Organizations");
    case SpanKind::Location: return EntitiesDock::tr("Places");
    case SpanKind::Date: return EntitiesDock::tr("Dates");
    case SpanKind::Time: return EntitiesDock::tr("Times");
    default: return spanKindLabel(kind);
    }
}

} // namespace

EntitiesDock::EntitiesDock(Library &library, ReaderView &reader, LibraryPane &libraryPane,
                           EntitiesController &controller, EntityIndexController &index,
                           QWidget *parent)
    : QDockWidget(tr("Entities"), parent)
    , m_library(library)
    , m_reader(reader)
    , m_libraryPane(libraryPane)
    , m_controller(controller)
    , m_index(index)
    , m_store(library.entities())
{
    setObjectName(u"entitiesDock"_s);
    auto *content = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, content);

    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(u"entityList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Name"), tr("Mentions")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *lower = new QWidget(splitter);
    m_referencesLabel = new QLabel(lower);
    m_referencesLabel->setObjectName(u"entityReferencesLabel"_s);
    m_referencesLabel->setWordWrap(true);
    m_references = new QTreeWidget(lower);
    m_references->setObjectName(u"entityReferences"_s);
    m_references->setColumnCount(2);
    m_references->setHeaderLabels({tr("Also in"), tr("Mentions")});
    m_references->header()->setStretchLastSection(false);
    m_references->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_references->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_references->setUniformRowHeights(true);
    m_showInLibrary = new QPushButton(tr("Show in Library"), lower);
    m_showInLibrary->setObjectName(u"entityShowInLibrary"_s);
    m_showInLibrary->setToolTip(tr("List only the articles that mention this entity"));
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_referencesLabel);
    lowerLayout->addWidget(m_references, 1);
    lowerLayout->addWidget(m_showInLibrary, 0, Qt::AlignRight);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setWidget(content);

    const auto makeMark = [this](SpanKind kind, const QString &label, QKeyCombination key) {
        auto *action = new QAction(label, this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setStatusTip(markStatusTip(kind));
        connect(action, &QAction::triggered, this, [this, kind] { markSelection(kind); });
        return action;
    };
    m_markPerson =
            makeMark(SpanKind::Person, tr("Mark as &Person"), Qt::ALT | Qt::SHIFT | Qt::Key_P);
    m_markOrganization = makeMark(SpanKind::Organization, tr("Mark as &Organization"),
                                  Qt::ALT | Qt::SHIFT | Qt::Key_O);
    m_markPlace =
            makeMark(SpanKind::Location, tr("Mark as P&lace"), Qt::ALT | Qt::SHIFT | Qt::Key_L);
    m_notEntity = new QAction(tr("&Not an Entity"), this);
    m_notEntity->setObjectName(u"entityNotEntityAction"_s);
    m_notEntity->setStatusTip(tr("The chosen name is not an entity of its kind, in any article"));
    connect(m_notEntity, &QAction::triggered, this, &EntitiesDock::removeCurrent);
    m_merge = new QAction(tr("&Merge Into…"), this);
    m_merge->setStatusTip(tr("The chosen entity is another one, written differently"));
    connect(m_merge, &QAction::triggered, this, &EntitiesDock::askMerge);
    m_corrections = new QAction(tr("&Corrections…"), this);
    m_corrections->setStatusTip(tr("Every correction made to the entities, to review or forget"));
    connect(m_corrections, &QAction::triggered, this, &EntitiesDock::showCorrections);
    // On the window, so that the shortcuts work while the reader has the focus.
    if (parent) {
        for (QAction *action : {m_markPerson, m_markOrganization, m_markPlace})
            parent->addAction(action);
    }

    // The shown article (another one, or new spans after a correction): the panel follows.
    connect(&m_reader.shown(), &ShownArticle::articleChanged, this, &EntitiesDock::rebuild);
    connect(&m_reader.shown(), &ShownArticle::spansChanged, this, &EntitiesDock::rebuild);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EntitiesDock::onCurrentItemChanged);
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, &EntitiesDock::showContextMenu);
    connect(m_references, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openReference(item); });
    connect(m_showInLibrary, &QPushButton::clicked, this, &EntitiesDock::showCurrentInLibrary);
    ReaderBridge *bridge = m_reader.bridge();
    connect(bridge, &ReaderBridge::selectionReported, this,
            [this](ArticleId article, int start, int end, const QString &) {
                m_selection = {article, start, end};
                updateActions();
            });
    connect(bridge, &ReaderBridge::selectionCleared, this, [this] {
        m_selection = {};
        updateActions();
    });
    // The index caught up: counts and the other articles may have changed.
    connect(&m_index, &EntityIndexController::finished, this, [this] {
        fillReferences();
        if (const qint64 filtered = m_libraryPane.entityFilter(); filtered > 0)
            m_libraryPane.refresh();
    });

    m_reader.setCorrections(m_store.corrections());
    rebuild();
}

EntitiesDock::~EntitiesDock() = default;

void EntitiesDock::addEditActions(QMenu *menu)
{
    QMenu *entities = menu->addMenu(tr("E&ntities"));
    entities->addAction(m_markPerson);
    entities->addAction(m_markOrganization);
    entities->addAction(m_markPlace);
    entities->addSeparator();
    entities->addAction(m_notEntity);
    entities->addAction(m_merge);
    entities->addSeparator();
    entities->addAction(m_corrections);
}

void EntitiesDock::rebuild()
{
    const auto previous = currentEntity();
    m_list->clear();
    const std::optional<Article> &article = m_reader.shown().article();
    if (!article) {
        fillReferences();
        updateActions();
        return;
    }
    const QString text = article->canonicalText();
    // kind → name → starts, in reading order of first mention within each kind.
    // One entry per name of each kind, in reading order of its first mention: where it is
    // mentioned, and how else it is written there ("최 회장" for 최태원).
    struct Named
    {
        QString name;
        QVariantList starts;
        QStringList written;
    };
    std::map<SpanKind, QList<Named>> groups;
    for (const Span &s : m_reader.shown().spans()) {
        if (!isEntityKind(s.kind) && s.kind != SpanKind::Date && s.kind != SpanKind::Time)
            continue;
        const QString name = entityName(s, text);
        auto &names = groups[s.kind];
        auto it = std::find_if(names.begin(), names.end(),
                               [&](const Named &entry) { return entry.name == name; });
        if (it == names.end())
            it = names.insert(names.end(), Named {name, {}, {}});
        it->starts.append(qint64(s.start));
        const QString surface = text.mid(s.start, s.length());
        if (surface != name && !it->written.contains(surface))
            it->written << surface;
    }
    QTreeWidgetItem *reselect = nullptr;
    for (auto &[kind, names] : groups) {
        // The most mentioned first; ties in reading order.
        std::stable_sort(names.begin(), names.end(), [](const Named &a, const Named &b) {
            return a.starts.size() > b.starts.size();
        });
        auto *group =
                new QTreeWidgetItem(m_list, {groupLabel(kind), QString::number(names.size())});
        group->setFlags(Qt::ItemIsEnabled);
        group->setData(NameColumn, KindRole, int(kind));
        for (const Named &named : std::as_const(names)) {
            auto *item =
                    new QTreeWidgetItem(group, {named.name, QString::number(named.starts.size())});
            item->setData(NameColumn, KindRole, int(kind));
            item->setData(NameColumn, NameRole, named.name);
            item->setData(NameColumn, StartsRole, named.starts);
            item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(NameColumn,
                             named.written.isEmpty()
                                     ? named.name
                                     : tr("%1 — also written %2")
                                               .arg(named.name, named.written.join(u", "_s)));
            if (previous && previous->first == kind && previous->second == named.name)
                reselect = item;
        }
    }
    m_list->expandAll();
    if (reselect)
        m_list->setCurrentItem(reselect);
    else
        fillReferences();
    updateActions();
}

std::optional<std::pair<SpanKind, QString>> EntitiesDock::currentEntity() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->parent())
        return std::nullopt;
    return std::pair {SpanKind(item->data(NameColumn, KindRole).toInt()),
                      item->data(NameColumn, NameRole).toString()};
}

bool EntitiesDock::selectEntity(const QString &name)
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(NameColumn, NameRole).toString() == name) {
                m_list->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

void EntitiesDock::onCurrentItemChanged()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    QList<qsizetype> starts;
    if (item && item->parent()) {
        for (const QVariant &v : item->data(NameColumn, StartsRole).toList())
            starts.append(qsizetype(v.toLongLong()));
    }
    m_reader.focusHighlights(starts);
    fillReferences();
    updateActions();
}

void EntitiesDock::fillReferences()
{
    m_references->clear();
    const auto entity = currentEntity();
    m_showInLibrary->setEnabled(false);
    if (!entity) {
        m_referencesLabel->setText(tr("Choose a name to see where else the library mentions it."));
        return;
    }
    const auto &[kind, name] = *entity;
    if (!isEntityKind(kind)) {
        m_referencesLabel->setText(tr("Dates and times are not followed across the library."));
        return;
    }
    const std::optional<EntityRecord> record = m_store.find(name, kind);
    if (!record) {
        m_referencesLabel->setText(
                m_index.isRunning() ? tr("“%1” is being indexed…").arg(name)
                                    : tr("“%1” is not in the library's index yet.").arg(name));
        m_index.update();
        return;
    }
    const ArticleId shown = m_reader.shown().id();
    QTreeWidgetItem *articleItem = nullptr;
    int others = 0;
    for (const EntityReference &r : m_store.references(record->id)) {
        if (r.noteId.isEmpty()) {
            articleItem = nullptr;
            if (r.article == shown)
                continue;
            ++others;
            const QString date = r.published.left(10);
            articleItem = new QTreeWidgetItem(
                    m_references,
                    {r.outlet.isEmpty() ? u"%1 · %2"_s.arg(r.headline, date)
                                        : u"%1 · %2, %3"_s.arg(r.headline, r.outlet, date),
                     QString::number(r.mentions)});
            articleItem->setData(0, ArticleRole, r.article);
            articleItem->setToolTip(0, r.headline);
            articleItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            continue;
        }
        // A note: under its article, or on its own line in the shown one.
        auto *noteItem =
                articleItem ? new QTreeWidgetItem(articleItem) : new QTreeWidgetItem(m_references);
        noteItem->setText(0, tr("Note: “%1”").arg(r.quote));
        noteItem->setToolTip(0, r.quote);
        noteItem->setData(0, ArticleRole, r.article);
    }
    m_references->expandAll();
    const QString count =
            record->articles == 1 ? tr("1 article") : tr("%1 articles").arg(record->articles);
    QString summary = entitySummaryText(record->name, record->kind, count);
    if (!record->aliases.isEmpty())
        summary += u"\n%1"_s.arg(tr("Also written: %1").arg(record->aliases.join(u", "_s)));
    if (others == 0)
        summary += u"\n%1"_s.arg(tr("No other article mentions it."));
    m_referencesLabel->setText(summary);
    m_showInLibrary->setEnabled(true);
}

void EntitiesDock::openReference(QTreeWidgetItem *item)
{
    const ArticleId id = item ? item->data(0, ArticleRole).toLongLong() : 0;
    if (id > 0)
        Q_EMIT articleRequested(id);
}

void EntitiesDock::updateActions()
{
    const bool selected = m_selection.article != 0 && m_selection.article == m_reader.shown().id()
            && m_selection.end > m_selection.start;
    for (QAction *action : {m_markPerson, m_markOrganization, m_markPlace})
        action->setEnabled(selected);
    const auto entity = currentEntity();
    const bool correctable = entity && isEntityKind(entity->first);
    m_notEntity->setEnabled(correctable);
    m_merge->setEnabled(correctable);
    if (correctable)
        m_notEntity->setText(notEntityActionText(entity->second, entity->first));
    else
        m_notEntity->setText(tr("&Not an Entity"));
}

bool EntitiesDock::markSelection(SpanKind kind)
{
    if (m_selection.article == 0 || m_selection.article != m_reader.shown().id()
        || !m_reader.shown().article())
        return false;
    const QString text = m_reader.shown().article()->canonicalText();
    if (m_selection.start < 0 || m_selection.end > text.size())
        return false;
    const QString surface =
            text.mid(m_selection.start, m_selection.end - m_selection.start).trimmed();
    return correct({0, CorrectionAction::Mark, surface, kind, {}, kind, {}});
}

bool EntitiesDock::removeCurrent()
{
    const auto entity = currentEntity();
    if (!entity || !isEntityKind(entity->first))
        return false;
    return correct(
            {0, CorrectionAction::Remove, entity->second, entity->first, {}, entity->first, {}});
}

bool EntitiesDock::changeCurrentKind(SpanKind kind)
{
    const auto entity = currentEntity();
    if (!entity || !isEntityKind(entity->first) || entity->first == kind)
        return false;
    // A merge into the same name of the other kind carries the linked short mentions along.
    return correct(
            {0, CorrectionAction::Merge, entity->second, entity->first, entity->second, kind, {}});
}

bool EntitiesDock::mergeCurrentInto(const QString &target, SpanKind targetKind)
{
    const auto entity = currentEntity();
    if (!entity || !isEntityKind(entity->first))
        return false;
    return correct({0,
                    CorrectionAction::Merge,
                    entity->second,
                    entity->first,
                    target.trimmed(),
                    targetKind,
                    {}});
}

void EntitiesDock::askMerge()
{
    const auto entity = currentEntity();
    if (!entity || !isEntityKind(entity->first))
        return;
    // Offer the article's other names of the same kind first; any name may be typed.
    QStringList names;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        if (SpanKind(group->data(NameColumn, KindRole).toInt()) != entity->first)
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            const QString name = group->child(i)->data(NameColumn, NameRole).toString();
            if (name != entity->second)
                names << name;
        }
    }
    // open(), not getItem(): no nested event loop while the reader and the index go on.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"mergeEntityDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Entity"));
    dialog->setLabelText(sameEntityLabel(entity->second, entity->first));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(true);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, kind = entity->first](const QString &target) {
                if (!target.trimmed().isEmpty())
                    mergeCurrentInto(target, kind);
            });
    dialog->open();
}

void EntitiesDock::showCurrentInLibrary()
{
    const auto entity = currentEntity();
    if (!entity)
        return;
    if (const auto record = m_store.find(entity->second, entity->first))
        m_libraryPane.setEntityFilter(record->id, record->name);
}

void EntitiesDock::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item || !item->parent())
        return;
    m_list->setCurrentItem(item);
    const auto entity = currentEntity();
    if (!entity || !isEntityKind(entity->first))
        return;
    QMenu menu(this);
    menu.addAction(tr("Show in Library"), this, &EntitiesDock::showCurrentInLibrary);
    menu.addSeparator();
    menu.addAction(m_notEntity);
    QMenu *change = menu.addMenu(tr("Change To"));
    for (const SpanKind kind : {SpanKind::Person, SpanKind::Organization, SpanKind::Location}) {
        if (kind == entity->first)
            continue;
        change->addAction(kindMenuText(kind), this, [this, kind] { changeCurrentKind(kind); });
    }
    menu.addAction(m_merge);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool EntitiesDock::correct(const EntityCorrection &correction)
{
    return m_controller.correct(correction);
}

QDialog *EntitiesDock::showCorrections()
{
    if (m_correctionsDialog) {
        m_correctionsDialog->raise();
        m_correctionsDialog->activateWindow();
        return m_correctionsDialog;
    }
    auto *dialog = new CorrectionsDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_correctionsDialog = dialog;
    dialog->show();
    return dialog;
}

} // namespace newsmark::gui
