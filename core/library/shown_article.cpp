#include "library/shown_article.h"

#include "analysis/analyzer.h"
#include "library/library.h"
#include "logging.h"

#include <QSignalBlocker>

namespace newsmark {

ShownArticle::ShownArticle(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{ }

void ShownArticle::show(const Article &article)
{
    m_article = article;
    m_spans = Analyzer::standard().analyze(article.canonicalText(), m_corrections);
    readNotes();
    Q_EMIT articleChanged();
}

std::optional<Figure> ShownArticle::figure(int ordinal) const
{
    if (!m_article || ordinal < 0 || ordinal >= m_article->figures.size())
        return std::nullopt;
    return m_library.articles().figure(m_article->id, ordinal);
}

void ShownArticle::clear()
{
    m_article.reset();
    m_spans.clear();
    m_notes.clear();
    Q_EMIT articleChanged();
}

void ShownArticle::setCorrections(EntityCorrections corrections)
{
    m_corrections = std::move(corrections);
    if (!m_article)
        return;
    m_spans = Analyzer::standard().analyze(m_article->canonicalText(), m_corrections);
    Q_EMIT spansChanged();
}

void ShownArticle::reloadNotes()
{
    if (!m_article)
        return;
    readNotes();
    Q_EMIT notesChanged();
}

void ShownArticle::readNotes()
{
    NoteService &service = m_library.notes();
    bool placed = false;
    {
        // Notes made on an older text of this article (a re-import, also by the command line
        // while the window was open) are placed again before they are shown; a look at the
        // hashes when nothing changed. Quiet: this object tells its own observers.
        const QSignalBlocker quiet(&service);
        const auto report = service.reanchor(m_article->id);
        if (!report)
            qCWarning(lcLibrary).noquote() << "Cannot re-anchor notes:" << report.error();
        else
            placed = report->exact + report->moved + report->fuzzy + report->orphaned > 0;
    }
    m_notes = service.forArticle(m_article->id);
    if (placed)
        Q_EMIT notesPlaced();
}

} // namespace newsmark
