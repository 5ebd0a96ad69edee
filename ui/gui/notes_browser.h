#pragma once

#include "model/note.h"

#include <QDockWidget>
#include <QUuid>

#include <optional>

class QCheckBox;
class QLabel;
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
class MatchDelegate;

// The library-wide Notes view: every note, searched with the search language through the index
// (SearchIndex::searchNotes: words, "phrases", OR, NOT, tag:, date: ...; the matches highlighted
// in the quote and comment, a mistake in the query said under the box) and filtered by tag,
// colour, outlet, date (when noted, or the article's date: today, the last 7 or 30 days, or
// between two days) or being orphaned, over NoteListModel.
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
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    // What the search matched, as the quote and comment columns highlight it.
    [[nodiscard]] QStringList highlightedTerms() const;
    // Runs the search and filters now instead of after the typing pause.
    void applyNow();

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
    QLabel *m_searchError = nullptr;
    MatchDelegate *m_matches = nullptr;
    std::optional<QList<QUuid>> m_found; // the search's notes; nothing without a search
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
