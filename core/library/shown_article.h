#pragma once

#include "analysis/entity_corrections.h"
#include "analysis/span.h"
#include "model/article.h"
#include "model/note.h"

#include <QList>
#include <QObject>

#include <optional>

namespace newsmark {

class Library;

// The article the window shows and everything read with it — its spans (the Analyzer with the
// library's entity corrections), its notes placed in its current text — as one object that the
// reader and the panels observe. It changes only here, between renders: the notes are placed
// (which may write) when they are read, never while a page is being rendered.
class ShownArticle final : public QObject
{
    Q_OBJECT

public:
    explicit ShownArticle(Library &library, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ShownArticle)

    // Shows an article: analyses it and reads its notes. articleChanged().
    void show(const Article &article);
    // Shows nothing. articleChanged().
    void clear();
    // The library's corrections, applied to every analysis from now on; the shown article is
    // analysed again. spansChanged().
    void setCorrections(EntityCorrections corrections);
    // Reads the shown article's notes again (another view or a command changed them).
    // notesChanged().
    void reloadNotes();

    [[nodiscard]] const std::optional<Article> &article() const { return m_article; }
    [[nodiscard]] ArticleId id() const { return m_article ? m_article->id : 0; }
    [[nodiscard]] const QList<Span> &spans() const { return m_spans; }
    // In text order.
    [[nodiscard]] const QList<Note> &notes() const { return m_notes; }
    [[nodiscard]] const EntityCorrections &corrections() const { return m_corrections; }
    // The shown article's n-th image with its bytes, from the library.
    [[nodiscard]] std::optional<Figure> figure(int ordinal) const;

Q_SIGNALS:
    // Another article, or none: everything changed.
    void articleChanged();
    void spansChanged();
    void notesChanged();
    // Reading the notes placed some of them anew in a changed text: lists of notes elsewhere
    // are out of date.
    void notesPlaced();

private:
    void readNotes();

    Library &m_library;
    std::optional<Article> m_article;
    QList<Span> m_spans;
    QList<Note> m_notes;
    EntityCorrections m_corrections;
};

} // namespace newsmark
