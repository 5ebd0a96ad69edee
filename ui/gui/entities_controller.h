#pragma once

#include "analysis/entity_corrections.h"

#include <QObject>
#include <QPointer>

class QUndoCommand;
class QUndoStack;
class QWidget;

namespace newsmark {
class EntityStore;
class Library;
} // namespace newsmark

namespace newsmark::gui {

struct CommandRefusal;
class EntityIndexController;
class ReaderView;

// The user's corrections to the entity model, as the window makes them: each through the
// application's undo stack, applied at once to the reader and in the background to the library's
// index. The Entities panel and the Corrections dialog ask this; neither touches the store.
class EntitiesController final : public QObject
{
    Q_OBJECT

public:
    EntitiesController(Library &library, ReaderView &reader, QUndoStack &undo,
                       EntityIndexController &index, QWidget *messageParent,
                       QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EntitiesController)

    [[nodiscard]] EntityStore &store();
    [[nodiscard]] QUndoStack &undoStack() { return m_undo; }

    // Stores a correction through the undo stack and applies it. False, with a message that
    // does not block, when it is refused (nothing is left on the stack then).
    bool correct(const EntityCorrection &correction);
    // Deletes a correction through the undo stack.
    bool forgetCorrection(qint64 id);

    // The corrections changed (a command, undo, redo): the reader and the index follow.
    void correctionsChanged();
    // A warning that does not block: a correction that could not be stored or forgotten.
    void showError(const QString &title, const QString &message);

Q_SIGNALS:
    void correctionsUpdated();

private:
    bool push(QUndoCommand *command, CommandRefusal &refusal, const QString &refusedTitle);

    Library &m_library;
    ReaderView &m_reader;
    QUndoStack &m_undo;
    EntityIndexController &m_index;
    QPointer<QWidget> m_messageParent;
};

} // namespace newsmark::gui
