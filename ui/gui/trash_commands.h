#pragma once

#include "model/article.h"

#include <QList>
#include <QUndoCommand>

namespace newsmark::gui {

class TrashController;

// Moving articles to the Trash, or restoring them from it, as one step on the window's undo
// stack: redo moves them, undo moves back exactly the ones that moved (an article that was there
// already stays where it was). A first redo that moves nothing, or fails, makes the command
// obsolete, so QUndoStack drops it. Deleting for good is not undoable and asks first instead.
class TrashMoveCommand final : public QUndoCommand
{
public:
    enum class Direction { ToTrash, FromTrash };

    TrashMoveCommand(TrashController &controller, QList<ArticleId> ids, Direction direction);

    void redo() override;
    void undo() override;

private:
    TrashController &m_controller;
    QList<ArticleId> m_ids;
    Direction m_direction;
    QList<ArticleId> m_moved; // empty until the first redo moved them
    bool m_done = false;
};

} // namespace newsmark::gui
