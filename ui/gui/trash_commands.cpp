#include "trash_commands.h"

#include "trash_controller.h"

#include <QCoreApplication>

#include <utility>

namespace newsmark::gui {

namespace {

// The Edit menu's names of Trash moves (QUndoCommand is no QObject).
class TrashCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(newsmark::gui::TrashCommands)
};

} // namespace

TrashMoveCommand::TrashMoveCommand(TrashController &controller, QList<ArticleId> ids,
                                   Direction direction)
    : m_controller(controller)
    , m_ids(std::move(ids))
    , m_direction(direction)
{
    const auto count = int(m_ids.size());
    setText(direction == Direction::ToTrash
                    ? TrashCommandText::tr("Move %n Article(s) to Trash", nullptr, count)
                    : TrashCommandText::tr("Restore %n Article(s) from Trash", nullptr, count));
}

void TrashMoveCommand::redo()
{
    const bool toTrash = m_direction == Direction::ToTrash;
    if (m_done) {
        m_controller.move(m_moved, toTrash);
        return;
    }
    m_done = true;
    const std::optional<TrashChange> change = m_controller.move(m_ids, toTrash);
    if (!change || change->changed.isEmpty()) {
        setObsolete(true);
        return;
    }
    m_moved = change->changed;
}

void TrashMoveCommand::undo()
{
    m_controller.move(m_moved, m_direction != Direction::ToTrash);
}

} // namespace newsmark::gui
