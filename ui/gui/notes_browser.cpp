#include "notes_browser.h"

#include "gui_settings.h"
#include "library/note_list_model.h"
#include "library/roles.h"
#include "notes/note_service.h"
#include "notes_dock.h"

#include "search/search_query.h"
#include "storage/entity_store.h"
#include "storage/search_index.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// The date filter's choices, as the preset combo's data: days back from today, inclusive of
// today (0 = today only), or one of these.
constexpr int kAnyDate = -1;
constexpr int kBetween = -2;

// The part of `text` between code points [start, end).
QString codePoints(const QString &text, int start, int end)
{
    const QList<uint> ucs4 = text.toUcs4();
    start = std::clamp(start, 0, int(ucs4.size()));
    end = std::clamp(end, start, int(ucs4.size()));
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start,
                             end - start);
}

} // namespace

// Paints the quote and comment with what the search matched on a highlight, as the reader marks
// a search's matches. The cells show the text on one line (simplified), so the matched words are
// found again in it rather than placed by offsets into the stored text.
class MatchDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QStringList terms;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (terms.isEmpty() || opt.text.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                                   .adjusted(3, 0, -3, 0);
        const bool selected = opt.state & QStyle::State_Selected;
        QTextCharFormat mark;
        mark.setBackground(selected ? opt.palette.highlightedText() : QColor(0xff, 0xd5, 0x4f));
        mark.setForeground(selected ? opt.palette.highlight() : QColor(0x1a, 0x1a, 0x1a));
        QList<QTextLayout::FormatRange> ranges;
        for (const QString &term : terms) {
            for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
                 at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
                ranges.append({int(at), int(term.size()), mark});
        }
        const QString shown =
                opt.fontMetrics.elidedText(text, Qt::ElideRight, std::max(area.width(), 0));
        QTextLayout layout(shown, opt.font);
        layout.setFormats(ranges);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(std::max(area.width(), 1));
        layout.endLayout();
        painter->save();
        painter->setClipRect(area);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const qreal y = area.top() + (area.height() - line.height()) / 2;
        layout.draw(painter, QPointF(area.left(), y));
        painter->restore();
    }
};

NotesBrowser::NotesBrowser(NoteService &service, EntityStore &entities, GuiSettings &settings,
                           QWidget *parent)
    : QDockWidget(tr("All Notes"), parent)
    , m_service(service)
    , m_entities(entities)
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
    m_search->setPlaceholderText(tr("Search notes: words, \"phrases\", OR, -word, tag:, date:…"));
    m_search->setToolTip(tr("The search language of the library list: words and \"phrases\", "
                            "OR, NOT or -word, parentheses, tag:, note:, headline:, outlet:, "
                            "date:2025-01..2025-03"));
    m_search->setClearButtonEnabled(true);
    m_searchError = new QLabel(content);
    m_searchError->setObjectName(u"notesSearchError"_s);
    m_searchError->setTextFormat(Qt::PlainText);
    m_searchError->setWordWrap(true);
    m_searchError->hide();
    m_tag = new QComboBox(content);
    m_tag->setObjectName(u"notesTagFilter"_s);
    m_color = new QComboBox(content);
    m_color->setObjectName(u"notesColorFilter"_s);
    m_outlet = new QLineEdit(content);
    m_outlet->setObjectName(u"notesOutletFilter"_s);
    m_outlet->setPlaceholderText(tr("Outlet"));
    m_outlet->setClearButtonEnabled(true);
    // People, organizations and places the quotes mention, completed from the entity index.
    m_entity = new QLineEdit(content);
    m_entity->setObjectName(u"notesEntityFilter"_s);
    m_entity->setPlaceholderText(tr("Person, organization, place"));
    m_entity->setClearButtonEnabled(true);
    auto *entityNames = new QStringListModel(m_entity);
    auto *completer = new QCompleter(entityNames, m_entity);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_entity->setCompleter(completer);
    // Read when the user starts typing, so the names are as fresh as the index.
    connect(m_entity, &QLineEdit::textEdited, this, [this, entityNames](const QString &text) {
        if (text.size() != 1 && !entityNames->stringList().isEmpty())
            return;
        QStringList names;
        for (const EntityRecord &e : m_entities.list({}, 2000))
            names << e.name;
        entityNames->setStringList(names);
    });
    // Which date the date filter looks at: when the note was made, or the article's date.
    m_dateField = new QComboBox(content);
    m_dateField->setObjectName(u"notesDateField"_s);
    m_dateField->addItem(tr("Noted"), u"created"_s);
    m_dateField->addItem(tr("Article date"), u"article"_s);
    m_datePreset = new QComboBox(content);
    m_datePreset->setObjectName(u"notesDateFilter"_s);
    m_datePreset->addItem(tr("Any date"), kAnyDate);
    m_datePreset->addItem(tr("Today"), 0);
    m_datePreset->addItem(tr("Last 7 days"), 6);
    m_datePreset->addItem(tr("Last 30 days"), 29);
    m_datePreset->addItem(tr("Between…"), kBetween);
    const QDate today = QDate::currentDate();
    m_dateFrom = new QDateEdit(today.addDays(-6), content);
    m_dateFrom->setObjectName(u"notesDateFrom"_s);
    m_dateTo = new QDateEdit(today, content);
    m_dateTo->setObjectName(u"notesDateTo"_s);
    for (QDateEdit *edit : {m_dateFrom, m_dateTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_orphaned = new QCheckBox(tr("Orphaned only"), content);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_color, 1);
    filters->addWidget(m_outlet, 1);
    filters->addWidget(m_entity, 1);
    filters->addWidget(m_dateField);
    filters->addWidget(m_datePreset);
    filters->addWidget(m_dateFrom);
    filters->addWidget(m_dateTo);
    filters->addWidget(m_orphaned);
    updateDateEditors();
    layout->addLayout(filters);
    layout->addWidget(m_searchError);

    m_table = new QTableView(content);
    m_table->setObjectName(u"notesTable"_s);
    // The table gets its model when the view is first shown: until then nothing counts the
    // library's notes (a start-up costs the same with 10 notes or 100,000).
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_matches = new MatchDelegate(m_table);
    m_table->setItemDelegateForColumn(NoteListModel::QuoteColumn, m_matches);
    m_table->setItemDelegateForColumn(NoteListModel::CommentColumn, m_matches);
    layout->addWidget(m_table, 1);
    setWidget(content);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &NotesBrowser::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_outlet, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_entity, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_tag, &QComboBox::activated, this, &NotesBrowser::applyQuery);
    connect(m_color, &QComboBox::activated, this, &NotesBrowser::applyQuery);
    connect(m_orphaned, &QCheckBox::toggled, this, &NotesBrowser::applyQuery);
    connect(m_dateField, &QComboBox::currentIndexChanged, this, &NotesBrowser::applyQuery);
    connect(m_datePreset, &QComboBox::currentIndexChanged, this, [this] {
        updateDateEditors();
        applyQuery();
    });
    connect(m_dateFrom, &QDateEdit::dateChanged, this, &NotesBrowser::applyQuery);
    connect(m_dateTo, &QDateEdit::dateChanged, this, &NotesBrowser::applyQuery);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(NoteIdRole).toUuid();
        const auto article = index.data(NoteArticleIdRole).value<ArticleId>();
        if (!id.isNull())
            Q_EMIT openNoteRequested(article, id);
    });
    // A new tag appears in the filter as soon as a note carries it.
    connect(&service, &NoteService::noteSaved, this, &NotesBrowser::reloadTags);
    connect(&service, &NoteService::notesChanged, this, &NotesBrowser::reloadTags);
    // A search's notes are a list of ids: a note written since is found by searching again.
    const auto searchAgain = [this] {
        if (m_found)
            m_debounce->start();
    };
    connect(&service, &NoteService::noteSaved, this, searchAgain);
    connect(&service, &NoteService::notesChanged, this, searchAgain);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        if (!m_table->model()) {
            m_table->setModel(m_model);
            m_table->horizontalHeader()->resizeSection(NoteListModel::QuoteColumn, 320);
            m_table->horizontalHeader()->resizeSection(NoteListModel::CommentColumn, 200);
        }
        if (m_tagsStale)
            reloadTags();
    });
    applyQuery();
}

void NotesBrowser::reloadTags()
{
    // Hidden, the tags wait until the view is shown.
    m_tagsStale = !isVisible();
    if (m_tagsStale && m_tag->count() > 0)
        return;
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

QStringList NotesBrowser::highlightedTerms() const
{
    return m_matches->terms;
}

void NotesBrowser::applyNow()
{
    m_debounce->stop();
    applyQuery();
}

void NotesBrowser::applyQuery()
{
    NoteQuery query = m_model->query();
    // The search goes through the index; the filters below narrow what it found.
    const QString text = m_search->text().trimmed();
    query.text.clear();
    QStringList terms;
    if (text.isEmpty()) {
        m_found.reset();
        m_searchError->hide();
    } else if (const search::ParsedQuery parsed = search::parseQuery(text); !parsed.ok()) {
        // The last good result stays while the query is being typed.
        m_searchError->setText(tr("Search: %1").arg(parsed.error->message()));
        m_searchError->show();
        terms = m_matches->terms;
    } else {
        SearchIndex index(m_service.store().database());
        SearchOptions options;
        options.limit = 0;
        const auto found = index.searchNotes(parsed.query, options);
        if (!found) {
            m_searchError->setText(tr("Search: %1").arg(found.error()));
            m_searchError->show();
            m_found = QList<QUuid>();
        } else {
            m_searchError->hide();
            QList<QUuid> ids;
            for (const NoteHit &hit : found->hits) {
                ids.append(QUuid::fromString(hit.id));
                for (const SearchMatch &m : hit.quoteMatches)
                    terms.append(codePoints(hit.quote, m.start, m.end).simplified());
                for (const SearchMatch &m : hit.commentMatches)
                    terms.append(codePoints(hit.comment, m.start, m.end).simplified());
            }
            m_found = ids;
        }
    }
    terms.removeAll(QString());
    terms.removeDuplicates();
    // Longest first, so that a phrase is marked whole before a word inside it.
    std::sort(terms.begin(), terms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_matches->terms = terms;
    query.ids = m_found;
    query.tag = m_tag->currentData().toString();
    query.color = noteColorFromKey(m_color->currentData().toString());
    query.outlet = m_outlet->text().trimmed();
    query.entity = m_entity->text().trimmed();
    query.orphanedOnly = m_orphaned->isChecked();

    // "Today" and "Last N days" are counted from today when the filter is applied, in local days.
    QDate from;
    QDate to;
    const int preset = m_datePreset->currentData().toInt();
    if (preset == kBetween) {
        from = m_dateFrom->date();
        to = m_dateTo->date();
        if (from > to)
            std::swap(from, to);
    } else if (preset >= 0) {
        to = QDate::currentDate();
        from = to.addDays(-preset);
    }
    const bool byArticle = m_dateField->currentData().toString() == u"article"_s;
    query.createdFrom = byArticle ? QDate() : from;
    query.createdTo = byArticle ? QDate() : to;
    query.articleDateFrom = byArticle ? from : QDate();
    query.articleDateTo = byArticle ? to : QDate();
    m_model->setQuery(query);
    m_table->viewport()->update(); // the highlights follow the search
}

void NotesBrowser::updateDateEditors()
{
    const bool between = m_datePreset->currentData().toInt() == kBetween;
    m_dateFrom->setVisible(between);
    m_dateTo->setVisible(between);
}

QList<Note> NotesBrowser::selectedNotes() const
{
    QList<Note> notes;
    if (!m_table->selectionModel()) // never shown: nothing chosen
        return notes;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (auto note = m_model->noteAt(index.row()))
            notes.append(*note);
    }
    return notes;
}

} // namespace newsmark::gui
