#pragma once

#include "analysis/entity_corrections.h"
#include "analysis/span_kind.h"
#include "storage/entity_store.h"

#include <QString>
#include <QUndoCommand>

#include <memory>
#include <optional>

namespace newsmark::gui {

class EntitiesController;

// Where a command says that it could not do its work. The first redo (the push) reports to the
// code that pushed it, which still waits for the answer; a later redo (after an undo) reports to
// the user, since nobody waits for it then. Shared, never a pointer into the pusher's frame: the
// command outlives the function that pushed it.
struct CommandRefusal
{
    QString firstRun;
    bool pushed = false;
};

// One correction on the undo stack: redo stores it (again), undo puts back what it replaced.
class CorrectionCommand final : public QUndoCommand
{
public:
    CorrectionCommand(EntitiesController &controller, EntityCorrection wanted,
                      std::shared_ptr<CommandRefusal> refusal);
    void redo() override;
    void undo() override;

private:
    EntitiesController &m_controller;
    EntityCorrection m_wanted;
    std::shared_ptr<CommandRefusal> m_refusal;
    std::optional<CorrectionChange> m_change;
};

// Forgetting a correction: redo deletes it, undo puts it back with its id.
class ForgetCorrectionCommand final : public QUndoCommand
{
public:
    ForgetCorrectionCommand(EntitiesController &controller, qint64 id,
                            std::shared_ptr<CommandRefusal> refusal);
    void redo() override;
    void undo() override;

private:
    EntitiesController &m_controller;
    qint64 m_id;
    std::shared_ptr<CommandRefusal> m_refusal;
    std::optional<EntityCorrection> m_removed;
};

} // namespace newsmark::gui
