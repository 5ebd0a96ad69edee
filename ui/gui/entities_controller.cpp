#include "entities_controller.h"

#include "entity_commands.h"
#include "entity_index_controller.h"
#include "library/library.h"
#include "reader_view.h"

#include <QMessageBox>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

EntitiesController::EntitiesController(Library &library, ReaderView &reader, QUndoStack &undo,
                                       EntityIndexController &index, QWidget *messageParent,
                                       QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_reader(reader)
    , m_undo(undo)
    , m_index(index)
    , m_messageParent(messageParent)
{ }

EntityStore &EntitiesController::store()
{
    return m_library.entities();
}

bool EntitiesController::correct(const EntityCorrection &correction)
{
    auto refusal = std::make_shared<CommandRefusal>();
    return push(new CorrectionCommand(*this, correction, refusal), *refusal,
                tr("Correction not saved"));
}

bool EntitiesController::forgetCorrection(qint64 id)
{
    auto refusal = std::make_shared<CommandRefusal>();
    return push(new ForgetCorrectionCommand(*this, id, refusal), *refusal,
                tr("Correction not forgotten"));
}

bool EntitiesController::push(QUndoCommand *command, CommandRefusal &refusal,
                              const QString &refusedTitle)
{
    // push() runs redo(); a refused command leaves nothing on the stack, and says why here.
    m_undo.push(command);
    refusal.pushed = true;
    if (refusal.firstRun.isEmpty())
        return true;
    showError(refusedTitle, refusal.firstRun);
    return false;
}

void EntitiesController::correctionsChanged()
{
    m_reader.setCorrections(store().corrections());
    m_index.update();
    Q_EMIT correctionsUpdated();
}

void EntitiesController::showError(const QString &title, const QString &message)
{
    // open(), not exec(): no nested event loop under the undo stack or the page.
    auto *box =
            new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_messageParent);
    box->setObjectName(u"entityCorrectionError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace newsmark::gui
