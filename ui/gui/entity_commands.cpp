#include "entity_commands.h"

#include "entities_controller.h"
#include "entity_wording.h"
#include "gui_logging.h"

namespace newsmark::gui {

namespace {

void refuse(EntitiesController &controller, CommandRefusal &refusal, const QString &title,
            const QString &message)
{
    if (!refusal.pushed)
        refusal.firstRun = message;
    else
        controller.showError(title, message);
}

} // namespace

CorrectionCommand::CorrectionCommand(EntitiesController &controller, EntityCorrection wanted,
                                     std::shared_ptr<CommandRefusal> refusal)
    : m_controller(controller)
    , m_wanted(std::move(wanted))
    , m_refusal(std::move(refusal))
{
    switch (m_wanted.action) {
    case CorrectionAction::Mark: setText(markCommandText(m_wanted.surface, m_wanted.kind)); break;
    case CorrectionAction::Remove:
        setText(notEntityCommandText(m_wanted.surface, m_wanted.kind));
        break;
    case CorrectionAction::Merge:
        setText(m_wanted.target == m_wanted.surface
                        ? makeKindCommandText(m_wanted.surface, m_wanted.targetKind)
                        : EntitiesController::tr("Merge “%1” into “%2”")
                                  .arg(m_wanted.surface, m_wanted.target));
        break;
    }
}

void CorrectionCommand::redo()
{
    auto change = m_controller.store().addCorrection(m_wanted);
    if (!change) {
        refuse(m_controller, *m_refusal, EntitiesController::tr("Correction not saved"),
               change.error());
        setObsolete(true); // the stack drops a command that did nothing
        return;
    }
    m_change = std::move(change).value();
    m_controller.correctionsChanged();
}

void CorrectionCommand::undo()
{
    if (!m_change)
        return;
    if (auto reverted = m_controller.store().revertCorrection(*m_change); !reverted)
        qCWarning(lcGui) << "cannot undo the correction:" << reverted.error();
    m_change.reset();
    m_controller.correctionsChanged();
}

ForgetCorrectionCommand::ForgetCorrectionCommand(EntitiesController &controller, qint64 id,
                                                 std::shared_ptr<CommandRefusal> refusal)
    : m_controller(controller)
    , m_id(id)
    , m_refusal(std::move(refusal))
{
    setText(EntitiesController::tr("Forget Correction"));
}

void ForgetCorrectionCommand::redo()
{
    auto removed = m_controller.store().removeCorrection(m_id);
    if (!removed) {
        refuse(m_controller, *m_refusal, EntitiesController::tr("Correction not forgotten"),
               removed.error());
        setObsolete(true);
        return;
    }
    m_removed = std::move(removed).value();
    m_controller.correctionsChanged();
}

void ForgetCorrectionCommand::undo()
{
    if (!m_removed)
        return;
    // Nothing to delete (id 0), the forgotten correction to put back as it was.
    CorrectionChange change;
    change.replaced = {*m_removed};
    if (auto restored = m_controller.store().revertCorrection(change); !restored)
        qCWarning(lcGui) << "cannot restore the correction:" << restored.error();
    m_removed.reset();
    m_controller.correctionsChanged();
}

} // namespace newsmark::gui
