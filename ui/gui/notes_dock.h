#pragma once

#include "model/note.h"

#include <QDockWidget>
#include <QList>
#include <QUuid>

#include <optional>

class QLabel;
class QTimer;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace newsmark::gui {

class GuiSettings;

// The swatch a note's colour shows as in lists and menus (the light theme's underline colour).
QColor noteColorValue(NoteColor color);
QIcon noteColorIcon(NoteColor color);

// The Notes panel of the article shown: its notes in text order (quote, comment, tags, colour;
// a note whose text changed shows the old quote beside the new, an orphaned one says so), and an
// editor for the selected note. It changes nothing itself: every edit is a request that the
// controller turns into an undoable command.
class NotesDock final : public QDockWidget
{
    Q_OBJECT

public:
    NotesDock(GuiSettings &settings, QWidget *parent = nullptr);

    void setNotes(const QList<Note> &notes, ArticleId article);
    void selectNote(const QUuid &id);
    // Selects the note and puts the cursor in its comment (a note just made with Ctrl+E).
    void editComment(const QUuid &id);
    [[nodiscard]] std::optional<QUuid> currentNoteId() const;
    [[nodiscard]] QList<QUuid> selectedNoteIds() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QPlainTextEdit *commentEditor() const { return m_body; }
    // The comment and tags being typed are saved as they are typed (half a second after the
    // last key, merged into one undo step per note); this saves what is pending now. Called
    // before anything replaces the editor: another note, another article, a recolour, quitting.
    void commitEdits();

Q_SIGNALS:
    void noteActivated(const QUuid &id);
    // `session` numbers one stay of the editor on one note: its saves are one undo step.
    void bodyEdited(const QUuid &id, const QString &body, int session);
    void tagsEdited(const QUuid &id, const QStringList &tags, int session);
    void recolorRequested(const QUuid &id, newsmark::NoteColor color);
    void deleteRequested(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void deleteSelected();
    void showEditorFor(const std::optional<QUuid> &id);
    void editorChanged();
    [[nodiscard]] const Note *noteById(const QUuid &id) const;

    GuiSettings &m_settings;
    QList<Note> m_notes;
    ArticleId m_article = 0;
    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_tags = nullptr;
    QToolButton *m_color = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QTimer *m_autosave = nullptr;
    std::optional<QUuid> m_editing; // the note whose comment and tags the editor shows
    bool m_loading = false; // the editor is being filled, not typed into
    bool m_dirty = false; // typed into since it was filled or saved
    int m_session = 0;
};

} // namespace newsmark::gui
