#pragma once

#include "model/note.h"

#include <QDockWidget>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QTimer;

namespace newsmark {
class EntityStore;
class NoteListModel;
class NoteService;
} // namespace newsmark

namespace newsmark::gui {

class GuiSettings;

// The library-wide Notes view: every note, searched by text (quote, comment, old quote,
// headline, tags) and filtered by tag, colour, outlet, date (when noted, or the article's date:
// today, the last 7 or 30 days, or between two days) or being orphaned, over NoteListModel.
// Double-click (or Enter) opens the note's article scrolled to it.
class NotesBrowser final : public QDockWidget
{
    Q_OBJECT

public:
    NotesBrowser(NoteService &service, EntityStore &entities, GuiSettings &settings,
                 QWidget *parent = nullptr);

    // Reads notes and tags again (after an import, a re-anchoring).
    void refresh();
    [[nodiscard]] NoteListModel *model() const { return m_model; }
    [[nodiscard]] QList<Note> selectedNotes() const;
    [[nodiscard]] QLineEdit *entityFilter() const { return m_entity; }

Q_SIGNALS:
    void openNoteRequested(newsmark::ArticleId article, const QUuid &id);

private:
    void applyQuery();
    void reloadTags();
    void updateDateEditors();

    NoteService &m_service;
    EntityStore &m_entities;
    GuiSettings &m_settings;
    NoteListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_color = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_entity = nullptr;
    QComboBox *m_dateField = nullptr;
    QComboBox *m_datePreset = nullptr;
    QDateEdit *m_dateFrom = nullptr;
    QDateEdit *m_dateTo = nullptr;
    QCheckBox *m_orphaned = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_tagsStale = true;
};

} // namespace newsmark::gui
