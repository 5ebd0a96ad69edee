#pragma once

#include "analysis/entity_corrections.h"
#include "model/article.h"
#include "storage/entity_store.h"

#include <QDockWidget>
#include <QPointer>

#include <memory>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace newsmark {
class Library;
}

namespace newsmark::gui {

class EntitiesController;
class EntityIndexController;
class LibraryPane;
class ReaderView;

// The Entities panel: the shown article's people, organizations, places, dates and times,
// grouped, with their mention counts. Choosing one outlines all its mentions in the reader and
// lists the other articles and the notes that mention it (from the library's entity index);
// "Show in Library" filters the list by it. Corrections — mark the selection as a person,
// organization or place, "Not an entity", change the kind, merge into another — are stored in
// the library, apply everywhere at once, always win, and are undoable.
class EntitiesDock final : public QDockWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn };

    EntitiesDock(Library &library, ReaderView &reader, LibraryPane &libraryPane,
                 EntitiesController &controller, EntityIndexController &index,
                 QWidget *parent = nullptr);
    ~EntitiesDock() override;
    Q_DISABLE_COPY_MOVE(EntitiesDock)

    [[nodiscard]] QTreeWidget *entityList() const { return m_list; }
    [[nodiscard]] QTreeWidget *referenceList() const { return m_references; }
    [[nodiscard]] EntityStore &store() { return m_store; }

    // Edit › Entities: mark the selection, not an entity, merge.
    void addEditActions(QMenu *menu);

    // Chooses an entity of the shown article by name; false when it has none by that name.
    bool selectEntity(const QString &name);
    // The entity chosen in the list, or nothing.
    [[nodiscard]] std::optional<std::pair<SpanKind, QString>> currentEntity() const;

    // Stores a correction (EntitiesController::correct). False, with a message, when refused.
    bool correct(const EntityCorrection &correction);
    // Marks the reader's current selection as an entity of `kind`.
    bool markSelection(SpanKind kind);
    // Corrections of the chosen entity.
    bool removeCurrent();
    bool changeCurrentKind(SpanKind kind);
    bool mergeCurrentInto(const QString &target, SpanKind targetKind);
    // Filters the library list by the chosen entity.
    void showCurrentInLibrary();

    // Edit › Entities › Corrections… (CorrectionsDialog): one window at a time.
    QDialog *showCorrections();

Q_SIGNALS:
    void articleRequested(newsmark::ArticleId id);

private:
    void rebuild();
    void onCurrentItemChanged();
    void fillReferences();
    void updateActions();
    void openReference(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    void askMerge();

    Library &m_library;
    ReaderView &m_reader;
    LibraryPane &m_libraryPane;
    EntitiesController &m_controller;
    EntityIndexController &m_index;
    EntityStore &m_store; // the library's, for reading; corrections go through m_controller

    QTreeWidget *m_list = nullptr;
    QLabel *m_referencesLabel = nullptr;
    QTreeWidget *m_references = nullptr;
    QPushButton *m_showInLibrary = nullptr;

    QAction *m_markPerson = nullptr;
    QAction *m_markOrganization = nullptr;
    QAction *m_markPlace = nullptr;
    QAction *m_notEntity = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_corrections = nullptr;
    QPointer<QDialog> m_correctionsDialog;

    struct Selection
    {
        ArticleId article = 0;
        int start = -1;
        int end = -1;
    };
    Selection m_selection;
};

} // namespace newsmark::gui
