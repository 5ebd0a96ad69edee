#pragma once

#include "storage/saved_search_store.h"

#include <QUndoCommand>

namespace newsmark::gui {

class SavedSearchesController;

// Saving, editing and deleting a saved search as steps on the window's undo stack. A first redo
// that fails (another process took the name meanwhile) makes the command obsolete, so
// QUndoStack drops it; the controller says why in the status bar.
class SaveSearchCommand final : public QUndoCommand
{
public:
    SaveSearchCommand(SavedSearchesController &controller, QString name, QString query);
    void redo() override;
    void undo() override;

private:
    SavedSearchesController &m_controller;
    SavedSearch m_search; // with its id and times once saved
    bool m_saved = false;
};

class EditSearchCommand final : public QUndoCommand
{
public:
    EditSearchCommand(SavedSearchesController &controller, SavedSearch before, QString name,
                      QString query);
    void redo() override;
    void undo() override;

private:
    SavedSearchesController &m_controller;
    SavedSearch m_before;
    QString m_name;
    QString m_query;
    bool m_done = false;
};

class DeleteSearchCommand final : public QUndoCommand
{
public:
    DeleteSearchCommand(SavedSearchesController &controller, QString name);
    void redo() override;
    void undo() override;

private:
    SavedSearchesController &m_controller;
    QString m_name;
    SavedSearch m_deleted; // as it was, for the undo
    bool m_done = false;
};

} // namespace newsmark::gui
