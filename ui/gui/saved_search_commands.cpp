#include "saved_search_commands.h"

#include "saved_searches_controller.h"

#include <QCoreApplication>

namespace newsmark::gui {

namespace {

// The Edit menu's names of saved-search changes (QUndoCommand is no QObject).
class SavedSearchCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(newsmark::gui::SavedSearchCommands)
};

} // namespace

SaveSearchCommand::SaveSearchCommand(SavedSearchesController &controller, QString name,
                                     QString query)
    : m_controller(controller)
{
    m_search.name = std::move(name);
    m_search.query = std::move(query);
    setText(SavedSearchCommandText::tr("Save Search “%1”").arg(m_search.name));
}

void SaveSearchCommand::redo()
{
    if (!m_saved) {
        const auto saved = m_controller.store().save(m_search.name, m_search.query);
        if (!saved) {
            setObsolete(true);
            m_controller.report(saved.error());
            return;
        }
        m_search = saved.value();
        m_saved = true;
    } else if (const Status restored = m_controller.store().restore(m_search); !restored) {
        m_controller.report(restored.error());
    }
    m_controller.changed(m_search.name);
}

void SaveSearchCommand::undo()
{
    if (const auto removed = m_controller.store().remove(m_search.name); !removed)
        m_controller.report(removed.error());
    m_controller.changed({});
}

EditSearchCommand::EditSearchCommand(SavedSearchesController &controller, SavedSearch before,
                                     QString name, QString query)
    : m_controller(controller)
    , m_before(std::move(before))
    , m_name(std::move(name))
    , m_query(std::move(query))
{
    setText(SavedSearchCommandText::tr("Edit Search “%1”").arg(m_name));
}

void EditSearchCommand::redo()
{
    const auto edited = m_controller.store().edit(m_before.name, m_name, m_query);
    if (!edited) {
        if (!m_done)
            setObsolete(true);
        m_controller.report(edited.error());
        return;
    }
    m_done = true;
    m_controller.changed(m_name);
}

void EditSearchCommand::undo()
{
    const auto edited = m_controller.store().edit(m_name, m_before.name, m_before.query);
    if (!edited)
        m_controller.report(edited.error());
    m_controller.changed(m_before.name);
}

DeleteSearchCommand::DeleteSearchCommand(SavedSearchesController &controller, QString name)
    : m_controller(controller)
    , m_name(std::move(name))
{
    setText(SavedSearchCommandText::tr("Delete Search “%1”").arg(m_name));
}

void DeleteSearchCommand::redo()
{
    const auto removed = m_controller.store().remove(m_done ? m_deleted.name : m_name);
    if (!removed) {
        if (!m_done)
            setObsolete(true);
        m_controller.report(removed.error());
        return;
    }
    m_deleted = removed.value();
    m_done = true;
    m_controller.changed({});
}

void DeleteSearchCommand::undo()
{
    if (const Status restored = m_controller.store().restore(m_deleted); !restored)
        m_controller.report(restored.error());
    m_controller.changed(m_deleted.name);
}

} // namespace newsmark::gui
