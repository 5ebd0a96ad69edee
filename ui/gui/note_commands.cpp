#include "note_commands.h"

#include "gui_logging.h"

#include <QCoreApplication>

#include <utility>

namespace newsmark::gui {

namespace {

// QUndoCommand ids: edits of one kind to the same note merge.
constexpr int kMergeBody = 1;
constexpr int kMergeTags = 2;

// The Edit menu's names of note changes (QUndoCommand is no QObject).
class NoteCommandText final
{
    Q_DECLARE_TR_FUNCTIONS(newsmark::gui::NoteCommands)
};

// A short form of a quote for the Edit menu ("Undo Highlight “반도체 설비…”").
QString shortQuote(const QString &quote)
{
    constexpr qsizetype kLength = 24;
    const QString simplified = quote.simplified();
    return simplified.size() <= kLength ? simplified
                                        : simplified.left(kLength) + QStringLiteral("…");
}

void report(const NoteErrorSink &sink, const QString &message)
{
    qCWarning(lcGui).noquote() << "Note change failed:" << message;
    if (sink)
        sink(message);
}

} // namespace

CreateNoteCommand::CreateNoteCommand(NoteService &service, ArticleId article, qsizetype start,
                                     qsizetype end, const QString &quote, const NoteDraft &draft,
                                     NoteErrorSink onError)
    : QUndoCommand(NoteCommandText::tr("Highlight “%1”").arg(shortQuote(quote)))
    , m_service(service)
    , m_article(article)
    , m_start(start)
    , m_end(end)
    , m_quote(quote)
    , m_draft(draft)
    , m_onError(std::move(onError))
{ }

void CreateNoteCommand::redo()
{
    if (m_note) {
        if (auto restored = m_service.restore(*m_note); !restored)
            report(m_onError, restored.error());
        return;
    }
    auto created = m_service.create(m_article, m_start, m_end, m_quote, m_draft);
    if (!created) {
        report(m_onError, created.error());
        setObsolete(true);
        return;
    }
    m_note = std::move(created).value();
}

void CreateNoteCommand::undo()
{
    if (!m_note)
        return;
    if (auto removed = m_service.remove(m_note->id); !removed)
        report(m_onError, removed.error());
}

ChangeNoteCommand::ChangeNoteCommand(NoteService &service, const Note &before, Change change,
                                     const QString &text, NoteErrorSink onError)
    : QUndoCommand(text)
    , m_service(service)
    , m_before(before)
    , m_change(std::move(change))
    , m_onError(std::move(onError))
{ }

void ChangeNoteCommand::redo()
{
    if (m_after) {
        if (auto replaced = m_service.replace(*m_after); !replaced)
            report(m_onError, replaced.error());
        return;
    }
    auto changed = m_change(m_service, m_before.id);
    if (!changed) {
        report(m_onError, changed.error());
        setObsolete(true);
        return;
    }
    m_after = std::move(changed).value();
}

bool ChangeNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeNoteCommand *>(other);
    if (next->m_before.id != m_before.id || next->m_typingSession != m_typingSession
        || !next->m_after || !m_after)
        return false;
    m_after = next->m_after;
    return true;
}

void ChangeNoteCommand::undo()
{
    if (auto replaced = m_service.replace(m_before); !replaced)
        report(m_onError, replaced.error());
}

ChangeNoteCommand *ChangeNoteCommand::setBody(NoteService &service, const Note &before,
                                              const QString &body, int typingSession,
                                              NoteErrorSink onError)
{
    auto *command = new ChangeNoteCommand(
            service, before,
            [body](NoteService &s, const QUuid &id) { return s.setBody(id, body); },
            NoteCommandText::tr("Edit Comment"), std::move(onError));
    command->m_mergeKey = typingSession != 0 ? kMergeBody : -1;
    command->m_typingSession = typingSession;
    return command;
}

ChangeNoteCommand *ChangeNoteCommand::setTags(NoteService &service, const Note &before,
                                              const QStringList &tags, int typingSession,
                                              NoteErrorSink onError)
{
    auto *command = new ChangeNoteCommand(
            service, before,
            [tags](NoteService &s, const QUuid &id) { return s.setTags(id, tags); },
            NoteCommandText::tr("Edit Tags"), std::move(onError));
    command->m_mergeKey = typingSession != 0 ? kMergeTags : -1;
    command->m_typingSession = typingSession;
    return command;
}

ChangeNoteCommand *ChangeNoteCommand::recolor(NoteService &service, const Note &before,
                                              NoteColor color, const QString &colorName,
                                              NoteErrorSink onError)
{
    return new ChangeNoteCommand(
            service, before,
            [color](NoteService &s, const QUuid &id) { return s.recolor(id, color); },
            NoteCommandText::tr("Recolour to %1").arg(colorName), std::move(onError));
}

DeleteNoteCommand::DeleteNoteCommand(NoteService &service, const QUuid &id, NoteErrorSink onError)
    : QUndoCommand(NoteCommandText::tr("Delete Note"))
    , m_service(service)
    , m_id(id)
    , m_onError(std::move(onError))
{ }

void DeleteNoteCommand::redo()
{
    auto removed = m_service.remove(m_id);
    if (!removed) {
        report(m_onError, removed.error());
        if (!m_removed)
            setObsolete(true);
        return;
    }
    m_removed = std::move(removed).value();
}

void DeleteNoteCommand::undo()
{
    if (!m_removed)
        return;
    if (auto restored = m_service.restore(*m_removed); !restored)
        report(m_onError, restored.error());
}

} // namespace newsmark::gui
