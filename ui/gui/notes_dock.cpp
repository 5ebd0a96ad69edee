#include "notes_dock.h"

#include "gui_settings.h"

#include <QAction>
#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr qsizetype kQuoteShown = 220;

QString elided(const QString &text, qsizetype length)
{
    const QString simplified = text.simplified();
    return simplified.size() <= length ? simplified : simplified.left(length) + u'…';
}

} // namespace

QColor noteColorValue(NoteColor color)
{
    switch (color) {
    case NoteColor::Yellow: return QColor(0xea, 0xb3, 0x08);
    case NoteColor::Green: return QColor(0x16, 0xa3, 0x4a);
    case NoteColor::Blue: return QColor(0x25, 0x63, 0xeb);
    case NoteColor::Pink: return QColor(0xdb, 0x27, 0x77);
    case NoteColor::Purple: return QColor(0x93, 0x33, 0xea);
    case NoteColor::Orange: return QColor(0xea, 0x58, 0x0c);
    }
    return Qt::gray;
}

QIcon noteColorIcon(NoteColor color)
{
    QPixmap swatch(14, 14);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(noteColorValue(color));
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(swatch);
}

NotesDock::NotesDock(GuiSettings &settings, QWidget *parent)
    : QDockWidget(tr("Notes"), parent)
    , m_settings(settings)
{
    setObjectName(u"notesDock"_s);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    m_empty = new QLabel(tr("No notes in this article. Select a passage and press Ctrl+E to "
                            "highlight it."),
                         content);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(u"notesEmpty"_s);
    layout->addWidget(m_empty);

    m_list = new QListWidget(content);
    m_list->setObjectName(u"notesList"_s);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSpacing(2);
    layout->addWidget(m_list, 1);

    m_body = new QPlainTextEdit(content);
    m_body->setObjectName(u"noteComment"_s);
    m_body->setPlaceholderText(tr("Comment (Markdown)"));
    m_body->setMaximumHeight(90);
    layout->addWidget(m_body);
    m_tags = new QLineEdit(content);
    m_tags->setObjectName(u"noteTags"_s);
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    layout->addWidget(m_tags);

    auto *buttons = new QHBoxLayout;
    m_color = new QToolButton(content);
    m_color->setObjectName(u"noteColor"_s);
    m_color->setText(tr("Colour"));
    m_color->setToolTip(tr("Recolour the selected note"));
    m_color->setPopupMode(QToolButton::InstantPopup);
    auto *colors = new QMenu(m_color);
    connect(colors, &QMenu::aboutToShow, this, [this, colors] {
        colors->clear();
        for (NoteColor color : allNoteColors()) {
            colors->addAction(noteColorIcon(color), m_settings.noteColorName(color), this,
                              [this, color] {
                                  // What was typed is saved first: the recolour re-reads the
                                  // note and would otherwise show it without the typing.
                                  commitEdits();
                                  if (const auto id = currentNoteId())
                                      Q_EMIT recolorRequested(*id, color);
                              });
        }
    });
    m_color->setMenu(colors);
    m_save = new QPushButton(tr("Save"), content);
    m_save->setObjectName(u"noteSave"_s);
    m_save->setToolTip(tr("Comments and tags are saved as you type; this saves at once"));
    m_delete = new QPushButton(tr("Delete"), content);
    m_delete->setObjectName(u"noteDelete"_s);
    buttons->addWidget(m_color);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    setWidget(content);

    // Delete in the list deletes the selected notes. A key of the list's own, as a line edit's
    // keys are, not a shortcut: a shortcut would be ambiguous with the window's Delete (Move to
    // Trash), and Qt runs neither of two shortcuts on one key.
    m_list->installEventFilter(this);
    connect(m_delete, &QPushButton::clicked, this, &NotesDock::deleteSelected);
    connect(m_save, &QPushButton::clicked, this, &NotesDock::commitEdits);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(500);
    connect(m_autosave, &QTimer::timeout, this, &NotesDock::commitEdits);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NotesDock::editorChanged);
    connect(m_tags, &QLineEdit::textChanged, this, &NotesDock::editorChanged);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT noteActivated(QUuid::fromString(item->data(kIdRole).toString()));
    });
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this] { showEditorFor(currentNoteId()); });
    setNotes({}, 0);
}

void NotesDock::setNotes(const QList<Note> &notes, ArticleId article)
{
    commitEdits();
    const std::optional<QUuid> current = article == m_article ? currentNoteId() : std::nullopt;
    m_notes = notes;
    m_article = article;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Note &note : notes) {
        QStringList lines;
        lines << u'“' + elided(note.quote, kQuoteShown) + u'”';
        if (!note.body.isEmpty())
            lines << elided(note.body, kQuoteShown);
        if (!note.tags.isEmpty())
            lines << u'#' + note.tags.join(u" #"_s);
        if (note.isOrphaned())
            lines << tr("⚠ Orphaned: this passage is no longer in the article's text.");
        // After a re-import every note's article text changed; only a passage that itself
        // changed is worth the warning (the old quote beside the same quote says nothing).
        else if (note.textChanged() && note.quote != note.originalQuote)
            lines << tr("⚠ Text changed since you highlighted. Was: “%1”")
                             .arg(elided(note.originalQuote, kQuoteShown));
        auto *item = new QListWidgetItem(noteColorIcon(note.color), lines.join(u'\n'), m_list);
        item->setData(kIdRole, note.idText());
        item->setToolTip(m_settings.noteColorName(note.color) + u"\n\n"_s + note.quote);
        if (note.isOrphaned() || note.textChanged()) {
            QFont font = item->font();
            font.setItalic(note.isOrphaned());
            item->setFont(font);
        }
    }
    m_empty->setVisible(notes.isEmpty());
    m_empty->setText(article == 0 ? tr("Open an article to see its notes.")
                                  : tr("No notes in this article. Select a passage and press "
                                       "Ctrl+E to highlight it."));
    if (current)
        selectNote(*current);
    showEditorFor(currentNoteId());
}

void NotesDock::deleteSelected()
{
    for (const QUuid &id : selectedNoteIds())
        Q_EMIT deleteRequested(id);
}

bool NotesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                deleteSelected();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void NotesDock::editComment(const QUuid &id)
{
    selectNote(id);
    if (m_editing == id) {
        m_body->setFocus(Qt::ShortcutFocusReason);
        m_body->moveCursor(QTextCursor::End);
    }
}

void NotesDock::selectNote(const QUuid &id)
{
    const QString key = id.toString(QUuid::WithoutBraces);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(kIdRole).toString() != key)
            continue;
        {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentItem(item, QItemSelectionModel::ClearAndSelect);
        }
        m_list->scrollToItem(item);
        showEditorFor(id);
        return;
    }
}

std::optional<QUuid> NotesDock::currentNoteId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return QUuid::fromString(item->data(kIdRole).toString());
}

QList<QUuid> NotesDock::selectedNoteIds() const
{
    QList<QUuid> ids;
    for (const QListWidgetItem *item : m_list->selectedItems())
        ids.append(QUuid::fromString(item->data(kIdRole).toString()));
    return ids;
}

const Note *NotesDock::noteById(const QUuid &id) const
{
    for (const Note &note : m_notes) {
        if (note.id == id)
            return &note;
    }
    return nullptr;
}

void NotesDock::showEditorFor(const std::optional<QUuid> &id)
{
    commitEdits();
    const Note *note = id ? noteById(*id) : nullptr;
    m_body->setEnabled(note);
    m_tags->setEnabled(note);
    m_color->setEnabled(note);
    m_save->setEnabled(note);
    m_delete->setEnabled(note);
    m_loading = true;
    m_body->setPlainText(note ? note->body : QString());
    m_tags->setText(note ? note->tags.join(u", "_s) : QString());
    m_loading = false;
    m_dirty = false;
    const std::optional<QUuid> editing = note ? id : std::nullopt;
    if (editing != m_editing)
        ++m_session; // another note, or the same one again later: a new undo step
    m_editing = editing;
}

void NotesDock::editorChanged()
{
    if (m_loading || !m_editing)
        return;
    m_dirty = true;
    m_autosave->start();
}

void NotesDock::commitEdits()
{
    m_autosave->stop();
    // Only what was typed: the editor may show an older text than the library has (a refresh
    // on its way), which must not be written back.
    if (!m_editing || !m_dirty)
        return;
    m_dirty = false;
    const QUuid id = *m_editing;
    const QString body = m_body->toPlainText();
    const QStringList tags = normalizeTags(m_tags->text().split(u','));
    // The controller compares with what is stored and ignores what did not change.
    Q_EMIT bodyEdited(id, body, m_session);
    Q_EMIT tagsEdited(id, tags, m_session);
}

} // namespace newsmark::gui
