#include "entities_dock.h"

#include "analysis/ner/entity_linker.h"
#include "entity_index_controller.h"
#include "gui_logging.h"
#include "library/library.h"
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

QString kindWord(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person: return EntitiesDock::tr("person");
    case SpanKind::Organization: return EntitiesDock::tr("organization");
    case SpanKind::Location: return EntitiesDock::tr("place");
    default: return spanKindLabel(kind).toLower();
    }
}

// "a person", "an organization", "a place": for sentences.
QString withArticle(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Person: return EntitiesDock::tr("a person");
    case SpanKind::Organization: return EntitiesDock::tr("an organization");
    case SpanKind::Location: return EntitiesDock::tr("a place");
    default: return spanKindLabel(kind).toLower();
    }
}

// Where a command says that it could not do its work. The first redo (the push) reports to the
// code that pushed it, which still waits for the answer; a later redo (after an undo) reports to
// the user, since nobody waits for it then. Shared, never a pointer into the pusher's frame: the
// command outlives the function that pushed it.
struct CommandRefusal
{
    QString firstRun;
    bool pushed = false;
};

void refuse(EntitiesDock &dock, CommandRefusal &refusal, const QString &title,
            const QString &message)
{
    if (!refusal.pushed)
        refusal.firstRun = message;
    else
        dock.showError(title, message);
}

// One correction on the undo stack: redo stores it (again), undo puts back what it replaced.
class CorrectionCommand final : public QUndoCommand
{
public:
    CorrectionCommand(EntitiesDock &dock, EntityCorrection wanted,
                      std::shared_ptr<CommandRefusal> refusal)
        : m_dock(dock)
        , m_wanted(std::move(wanted))
        , m_refusal(std::move(refusal))
    {
        switch (m_wanted.action) {
        case CorrectionAction::Mark:
            setText(EntitiesDock::tr("Mark “%1” as %2")
                            .arg(m_wanted.surface, kindWord(m_wanted.kind)));
            break;
        case CorrectionAction::Remove:
            setText(EntitiesDock::tr("“%1” Is Not a %2")
                            .arg(m_wanted.surface, kindWord(m_wanted.kind)));
            break;
        case CorrectionAction::Merge:
            setText(m_wanted.target == m_wanted.surface
                            ? EntitiesDock::tr("Make “%1” %2")
                                      .arg(m_wanted.surface, withArticle(m_wanted.targetKind))
                            : EntitiesDock::tr("Merge “%1” into “%2”")
                                      .arg(m_wanted.surface, m_wanted.target));
            break;
        }
    }

    void redo() override
    {
        auto change = m_dock.store().addCorrection(m_wanted);
        if (!change) {
            refuse(m_dock, *m_refusal, EntitiesDock::tr("Correction not saved"), change.error());
            setObsolete(true); // the stack drops a command that did nothing
            return;
        }
        m_change = std::move(change).value();
        m_dock.correctionsChanged();
    }

    void undo() override
    {
        if (!m_change)
            return;
        if (auto reverted = m_dock.store().revertCorrection(*m_change); !reverted)
            qCWarning(lcGui) << "cannot undo the correction:" << reverted.error();
        m_change.reset();
        m_dock.correctionsChanged();
    }

private:
    EntitiesDock &m_dock;
    EntityCorrection m_wanted;
    std::shared_ptr<CommandRefusal> m_refusal;
    std::optional<CorrectionChange> m_change;
};

// Forgetting a correction: redo deletes it, undo puts it back with its id.
class ForgetCorrectionCommand final : public QUndoCommand
{
public:
    ForgetCorrectionCommand(EntitiesDock &dock, qint64 id, std::shared_ptr<CommandRefusal> refusal)
        : m_dock(dock)
        , m_id(id)
        , m_refusal(std::move(refusal))
    {
        setText(EntitiesDock::tr("Forget Correction"));
    }

    void redo() override
    {
        auto removed = m_dock.store().removeCorrection(m_id);
        if (!removed) {
            refuse(m_dock, *m_refusal, EntitiesDock::tr("Correction not forgotten"),
                   removed.error());
            setObsolete(true);
            return;
        }
        m_removed = std::move(removed).value();
        m_dock.correctionsChanged();
    }

    void undo() override
    {
        if (!m_removed)
            return;
        // Nothing to delete (id 0), the forgotten correction to put back as it was.
        CorrectionChange change;
        change.replaced = {*m_removed};
        if (auto restored = m_dock.store().revertCorrection(change); !restored)
            qCWarning(lcGui) << "cannot restore the correction:" << restored.error();
        m_removed.reset();
        m_dock.correctionsChanged();
    }

private:
    EntitiesDock &m_dock;
    qint64 m_id;
    std::shared_ptr<CommandRefusal> m_refusal;
    std::optional<EntityCorrection> m_removed;
};

} // namespace

EntitiesDock::EntitiesDock(Library &library, ReaderView &reader, LibraryPane &libraryPane,
                           QUndoStack &undo, EntityIndexController &index, QWidget *parent)
    : QDockWidget(tr("Entities"), parent)
    , m_library(library)
    , m_reader(reader)
    , m_libraryPane(libraryPane)
    , m_undo(undo)
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
        action->setStatusTip(tr("Every occurrence of the selected words is a %1, in every "
                                "article")
                                     .arg(kindWord(kind)));
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

    connect(&m_reader, &ReaderView::articleChanged, this, &EntitiesDock::rebuild);
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

QDialog *EntitiesDock::showCorrections()
{
    if (m_correctionsDialog) {
        m_correctionsDialog->raise();
        m_correctionsDialog->activateWindow();
        return m_correctionsDialog;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"entityCorrections"_s);
    dialog->setWindowTitle(tr("Entity Corrections"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_correctionList = new QTreeWidget(dialog);
    m_correctionList->setObjectName(u"entityCorrectionList"_s);
    m_correctionList->setHeaderLabels({tr("Correction"), tr("Made")});
    m_correctionList->setRootIsDecorated(false);
    m_correctionList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_correctionList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_correctionList->header()->setStretchLastSection(false);
    auto *forget = new QPushButton(tr("&Forget"), dialog);
    forget->setObjectName(u"entityCorrectionForget"_s);
    forget->setToolTip(tr("Let the model decide again for this text (Ctrl+Z brings it back)"));
    auto *close = new QPushButton(tr("Close"), dialog);
    connect(close, &QPushButton::clicked, dialog, &QDialog::close);
    connect(forget, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_correctionList->currentItem())
            forgetCorrection(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(forget);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Corrections apply to every article, before the model's "
                                    "findings; the newest of two about one text wins."),
                                 dialog));
    layout->addWidget(m_correctionList, 1);
    layout->addLayout(buttons);
    dialog->resize(560, 360);
    m_correctionsDialog = dialog;
    fillCorrections();
    dialog->show();
    return dialog;
}

void EntitiesDock::fillCorrections()
{
    if (!m_correctionsDialog)
        return;
    m_correctionList->clear();
    const EntityCorrections corrections = m_store.corrections();
    for (const EntityCorrection &c : corrections.list()) {
        QString text;
        switch (c.action) {
        case CorrectionAction::Mark:
            text = c.target.isEmpty()
                    ? tr("“%1” is %2").arg(c.surface, withArticle(c.kind))
                    : tr("“%1” is %2 named “%3”").arg(c.surface, withArticle(c.kind), c.target);
            break;
        case CorrectionAction::Remove:
            text = tr("“%1” is not %2").arg(c.surface, withArticle(c.kind));
            break;
        case CorrectionAction::Merge:
            text = c.target == c.surface
                    ? tr("“%1” is %2, not %3")
                              .arg(c.surface, withArticle(c.targetKind), withArticle(c.kind))
                    : tr("“%1” is the same as “%2”").arg(c.surface, c.target);
            break;
        }
        auto *item = new QTreeWidgetItem(m_correctionList,
                                         {text,
                                          QDateTime::fromString(c.createdAt, Qt::ISODateWithMs)
                                                  .toLocalTime()
                                                  .toString(u"yyyy-MM-dd HH:mm"_s)});
        item->setData(0, Qt::UserRole, c.id);
    }
    if (m_correctionList->topLevelItemCount() > 0)
        m_correctionList->setCurrentItem(m_correctionList->topLevelItem(0));
}

bool EntitiesDock::forgetCorrection(qint64 id)
{
    auto refusal = std::make_shared<CommandRefusal>();
    m_undo.push(new ForgetCorrectionCommand(*this, id, refusal));
    refusal->pushed = true;
    if (refusal->firstRun.isEmpty())
        return true;
    showError(tr("Correction not forgotten"), refusal->firstRun);
    return false;
}

void EntitiesDock::showError(const QString &title, const QString &message)
{
    // open(), not exec(): no nested event loop under the undo stack or the page.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(u"entityCorrectionError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void EntitiesDock::rebuild()
{
    const auto previous = currentEntity();
    m_list->clear();
    const std::optional<Article> &article = m_reader.article();
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
    for (const Span &s : m_reader.spans()) {
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
    const ArticleId shown = m_reader.articleId();
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
    QString summary =
            tr("%1 (%2): %3 in the library").arg(record->name, kindWord(record->kind), count);
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
    const bool selected = m_selection.article != 0 && m_selection.article == m_reader.articleId()
            && m_selection.end > m_selection.start;
    for (QAction *action : {m_markPerson, m_markOrganization, m_markPlace})
        action->setEnabled(selected);
    const auto entity = currentEntity();
    const bool correctable = entity && isEntityKind(entity->first);
    m_notEntity->setEnabled(correctable);
    m_merge->setEnabled(correctable);
    if (correctable)
        m_notEntity->setText(tr("“%1” Is &Not %2").arg(entity->second, withArticle(entity->first)));
    else
        m_notEntity->setText(tr("&Not an Entity"));
}

bool EntitiesDock::correct(const EntityCorrection &correction)
{
    auto refusal = std::make_shared<CommandRefusal>();
    // push() runs redo(); a refused correction leaves nothing on the stack.
    m_undo.push(new CorrectionCommand(*this, correction, refusal));
    refusal->pushed = true;
    if (refusal->firstRun.isEmpty())
        return true;
    showError(tr("Correction not saved"), refusal->firstRun);
    return false;
}

bool EntitiesDock::markSelection(SpanKind kind)
{
    if (m_selection.article == 0 || m_selection.article != m_reader.articleId()
        || !m_reader.article())
        return false;
    const QString text = m_reader.article()->canonicalText();
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
    bool ok = false;
    const QString target = QInputDialog::getItem(
            this, tr("Merge Entity"),
            tr("“%1” is the same %2 as:").arg(entity->second, kindWord(entity->first)), names, 0,
            true, &ok);
    if (ok && !target.trimmed().isEmpty())
        mergeCurrentInto(target, entity->first);
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
        change->addAction(withArticle(kind), this, [this, kind] { changeCurrentKind(kind); });
    }
    menu.addAction(m_merge);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void EntitiesDock::correctionsChanged()
{
    m_reader.setCorrections(m_store.corrections());
    fillCorrections();
    m_index.update();
}

} // namespace newsmark::gui
