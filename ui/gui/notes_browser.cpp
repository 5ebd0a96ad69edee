#include "notes_browser.h"

#include "gui_settings.h"
#include "library/note_list_model.h"
#include "library/roles.h"
#include "notes/note_service.h"
#include "notes_dock.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

NotesBrowser::NotesBrowser(NoteService &service, GuiSettings &settings, QWidget *parent)
    : QDockWidget(tr("All Notes"), parent)
    , m_service(service)
    , m_settings(settings)
    , m_model(new NoteListModel(service.store(), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"notesBrowser"_s);
    m_model->follow(&service);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(content);
    m_search->setObjectName(u"notesSearch"_s);
    m_search->setPlaceholderText(tr("Search notes, quotes, headlines, tags"));
    m_search->setClearButtonEnabled(true);
    m_tag = new QComboBox(content);
    m_tag->setObjectName(u"notesTagFilter"_s);
    m_color = new QComboBox(content);
    m_color->setObjectName(u"notesColorFilter"_s);
    m_outlet = new QLineEdit(content);
    m_outlet->setObjectName(u"notesOutletFilter"_s);
    m_outlet->setPlaceholderText(tr("Outlet"));
    m_outlet->setClearButtonEnabled(true);
    m_orphaned = new QCheckBox(tr("Orphaned only"), content);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_color, 1);
    filters->addWidget(m_outlet, 1);
    filters->addWidget(m_orphaned);
    layout->addLayout(filters);

    m_table = new QTableView(content);
    m_table->setObjectName(u"notesTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(NoteListModel::QuoteColumn, 320);
    m_table->horizontalHeader()->resizeSection(NoteListModel::CommentColumn, 200);
    layout->addWidget(m_table, 1);
    setWidget(content);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &NotesBrowser::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_outlet, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_tag, &QComboBox::activated, this, &NotesBrowser::applyQuery);
    connect(m_color, &QComboBox::activated, this, &NotesBrowser::applyQuery);
    connect(m_orphaned, &QCheckBox::toggled, this, &NotesBrowser::applyQuery);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(NoteIdRole).toUuid();
        const auto article = index.data(NoteArticleIdRole).value<ArticleId>();
        if (!id.isNull())
            Q_EMIT openNoteRequested(article, id);
    });
    // A new tag appears in the filter as soon as a note carries it.
    connect(&service, &NoteService::noteSaved, this, &NotesBrowser::reloadTags);
    connect(&service, &NoteService::notesChanged, this, &NotesBrowser::reloadTags);
    refresh();
}

void NotesBrowser::reloadTags()
{
    const QString current = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const auto &[tag, count] : m_service.store().tagCounts())
        m_tag->addItem(u"#%1 (%2)"_s.arg(tag).arg(count), tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));

    const QString color = m_color->currentData().toString();
    m_color->clear();
    m_color->addItem(tr("Any colour"), QString());
    for (NoteColor c : allNoteColors())
        m_color->addItem(noteColorIcon(c), m_settings.noteColorName(c), noteColorKey(c));
    m_color->setCurrentIndex(std::max(0, m_color->findData(color)));
}

void NotesBrowser::refresh()
{
    reloadTags();
    applyQuery();
}

void NotesBrowser::applyQuery()
{
    NoteQuery query = m_model->query();
    query.text = m_search->text().trimmed();
    query.tag = m_tag->currentData().toString();
    query.color = noteColorFromKey(m_color->currentData().toString());
    query.outlet = m_outlet->text().trimmed();
    query.orphanedOnly = m_orphaned->isChecked();
    m_model->setQuery(query);
}

QList<Note> NotesBrowser::selectedNotes() const
{
    QList<Note> notes;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (auto note = m_model->noteAt(index.row()))
            notes.append(*note);
    }
    return notes;
}

} // namespace newsmark::gui
