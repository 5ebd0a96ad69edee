#pragma once

#include "model/note.h"
#include "notes/note_service.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace newsmark::gui {

// Tells the user that a change to a note failed; the command that failed leaves the stack.
using NoteErrorSink = std::function<void(const QString &message)>;

// The Notes undo stack's commands. Each goes through NoteService, which commits before it
// returns; undo puts back exactly what was there (same id and times) with restore() or replace().
// A command whose first redo fails makes itself obsolete, so QUndoStack drops it.

// Highlights a validated page selection ([start, end) in UTF-16 units of the canonical text).
class CreateNoteCommand final : public QUndoCommand
{
public:
    CreateNoteCommand(NoteService &service, ArticleId article, qsizetype start, qsizetype end,
                      const QString &quote, const NoteDraft &draft, NoteErrorSink onError);

    void redo() override;
    void undo() override;
    // The note once created.
    [[nodiscard]] const std::optional<Note> &note() const { return m_note; }

private:
    NoteService &m_service;
    ArticleId m_article;
    qsizetype m_start;
    qsizetype m_end;
    QString m_quote;
    NoteDraft m_draft;
    NoteErrorSink m_onError;
    std::optional<Note> m_note;
};

// Edits one note: its comment, tags or colour, as `change` does it the first time.
class ChangeNoteCommand final : public QUndoCommand
{
public:
    using Change = std::function<Result<Note>(NoteService &service, const QUuid &id)>;

    ChangeNoteCommand(NoteService &service, const Note &before, Change change, const QString &text,
                      NoteErrorSink onError);

    void redo() override;
    void undo() override;
    // Typing into one note's comment (or tags) is one undo step, however often it was saved.
    [[nodiscard]] int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

    // Saves of one typing session (the Notes panel's number; 0: none) merge into one step.
    static ChangeNoteCommand *setBody(NoteService &service, const Note &before, const QString &body,
                                      int typingSession, NoteErrorSink onError);
    static ChangeNoteCommand *setTags(NoteService &service, const Note &before,
                                      const QStringList &tags, int typingSession,
                                      NoteErrorSink onError);
    static ChangeNoteCommand *recolor(NoteService &service, const Note &before, NoteColor color,
                                      const QString &colorName, NoteErrorSink onError);

private:
    NoteService &m_service;
    Note m_before;
    Change m_change;
    NoteErrorSink m_onError;
    std::optional<Note> m_after;
    int m_mergeKey = -1;
    int m_typingSession = 0;
};

class DeleteNoteCommand final : public QUndoCommand
{
public:
    DeleteNoteCommand(NoteService &service, const QUuid &id, NoteErrorSink onError);

    void redo() override;
    void undo() override;

private:
    NoteService &m_service;
    QUuid m_id;
    NoteErrorSink m_onError;
    std::optional<Note> m_removed;
};

} // namespace newsmark::gui
