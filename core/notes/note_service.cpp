#include "notes/note_service.h"

#include "i18n/ui_language.h"

#include "analysis/span.h"
#include "logging.h"
#include "notes/anchoring.h"
#include "storage/article_store.h"

#include <QSet>

namespace newsmark {

namespace {

Error noSuchNote(const QUuid &id)
{
    return Error {CoreText::tr("there is no note %1").arg(id.toString(QUuid::WithoutBraces))};
}

Error noSuchArticle(ArticleId id)
{
    return Error {CoreText::tr("there is no article with id %1").arg(id)};
}

} // namespace

NoteService::NoteService(ArticleStore &articles, NoteStore &notes, QObject *parent)
    : QObject(parent)
    , m_articles(articles)
    , m_notes(notes)
{ }

Result<Note> NoteService::createAt(ArticleId article, const QString &text, const QString &hash,
                                   qsizetype start, qsizetype end, const NoteDraft &draft)
{
    const anchoring::TextQuote quote = anchoring::quoteAt(text, start, end);
    Note note;
    note.id = QUuid::createUuid();
    note.articleId = article;
    note.quote = quote.exact;
    note.prefix = quote.prefix;
    note.suffix = quote.suffix;
    note.start = codePointOffset(text, start);
    note.end = codePointOffset(text, end);
    note.originalQuote = quote.exact;
    note.textHash = hash;
    note.anchoredHash = hash;
    note.anchor = AnchorState::Exact;
    note.color = draft.color;
    note.body = draft.body;
    note.tags = normalizeTags(draft.tags);
    note.created = noteTimestampNow();
    note.updated = note.created;
    if (Status stored = m_notes.insert(note); !stored)
        return Error {stored.error()};
    Q_EMIT noteSaved(note);
    return note;
}

Result<Note> NoteService::create(ArticleId article, qsizetype start, qsizetype end,
                                 const QString &reportedQuote, const NoteDraft &draft)
{
    const std::optional<Article> found = m_articles.find(article);
    if (!found)
        return noSuchArticle(article);
    const QString text = found->canonicalText();
    if (!anchoring::isValidRange(text, start, end)) {
        return Error {CoreText::tr("the selection [%1, %2) is not a range of article %3's text "
                                   "(%4 UTF-16 units)")
                              .arg(start)
                              .arg(end)
                              .arg(article)
                              .arg(text.size())};
    }
    if (!anchoring::quotesMatch(QStringView(text).mid(start, end - start), reportedQuote)) {
        return Error {CoreText::tr("the selected text does not match article %1's text at "
                                   "[%2, %3)")
                              .arg(article)
                              .arg(start)
                              .arg(end)};
    }
    return createAt(article, text, found->computeContentHash(), start, end, draft);
}

Result<Note> NoteService::createFromQuote(ArticleId article, const QString &quote, int occurrence,
                                          const NoteDraft &draft)
{
    const std::optional<Article> found = m_articles.find(article);
    if (!found)
        return noSuchArticle(article);
    const QString text = found->canonicalText();
    if (quote.isEmpty())
        return Error {CoreText::tr("the quote is empty")};
    const qsizetype at = anchoring::findOccurrence(text, quote, occurrence);
    if (at < 0) {
        const int count = anchoring::countOccurrences(text, quote);
        if (count == 0)
            return Error {
                    CoreText::tr("article %1 does not contain \"%2\"").arg(article).arg(quote)};
        return Error {CoreText::tr("\"%1\" occurs %2 time(s) in article %3, not %4")
                              .arg(quote)
                              .arg(count)
                              .arg(article)
                              .arg(occurrence)};
    }
    if (!anchoring::isValidRange(text, at, at + quote.size()))
        return Error {CoreText::tr("the quote splits a character of article %1").arg(article)};
    return createAt(article, text, found->computeContentHash(), at, at + quote.size(), draft);
}

Result<Note> NoteService::modify(const QUuid &id, const std::function<void(Note &)> &change)
{
    std::optional<Note> note = m_notes.find(id);
    if (!note)
        return noSuchNote(id);
    change(*note);
    note->updated = noteTimestampNow();
    if (Status stored = m_notes.update(*note); !stored)
        return Error {stored.error()};
    Q_EMIT noteSaved(*note);
    return *note;
}

Result<Note> NoteService::setBody(const QUuid &id, const QString &body)
{
    return modify(id, [&](Note &n) { n.body = body; });
}

Result<Note> NoteService::setTags(const QUuid &id, const QStringList &tags)
{
    return modify(id, [&](Note &n) { n.tags = normalizeTags(tags); });
}

Result<Note> NoteService::recolor(const QUuid &id, NoteColor color)
{
    return modify(id, [&](Note &n) { n.color = color; });
}

Result<Note> NoteService::remove(const QUuid &id)
{
    auto removed = m_notes.remove(id);
    if (!removed)
        return Error {removed.error()};
    if (!removed.value())
        return noSuchNote(id);
    Q_EMIT noteRemoved(*removed.value());
    return *removed.value();
}

Result<Note> NoteService::restore(const Note &note)
{
    Note copy = note;
    copy.tags = normalizeTags(copy.tags);
    if (Status stored = m_notes.insert(copy); !stored)
        return Error {stored.error()};
    Q_EMIT noteSaved(copy);
    return copy;
}

Result<Note> NoteService::replace(const Note &note)
{
    Note copy = note;
    copy.tags = normalizeTags(copy.tags);
    if (Status stored = m_notes.update(copy); !stored)
        return Error {stored.error()};
    Q_EMIT noteSaved(copy);
    return copy;
}

Result<QList<bool>> NoteService::restoreMany(const QList<Note> &notes, bool skipExisting)
{
    QList<Note> copies = notes;
    for (Note &note : copies)
        note.tags = normalizeTags(note.tags);
    auto stored = m_notes.insertMany(copies, skipExisting);
    if (stored && stored.value().contains(true))
        Q_EMIT notesChanged(0);
    return stored;
}

Result<ReanchorReport> NoteService::reanchor(ArticleId article)
{
    const std::optional<Article> found = m_articles.find(article);
    if (!found)
        return noSuchArticle(article);
    const QString text = found->canonicalText();
    const QString hash = found->computeContentHash();
    ReanchorReport report;
    QList<Note> changed;
    for (Note note : m_notes.forArticle(article)) {
        if (note.anchoredHash == hash) {
            ++report.unchanged;
            continue;
        }
        // The old position is in code points of the old text: near enough in the new one to
        // break ties between equally good places.
        const qsizetype hint = utf16Offset(text, note.start);
        anchoring::AnchorMatch match =
                anchoring::anchorQuote(text, {note.quote, note.prefix, note.suffix}, hint);
        if (!match.isPlaced() && note.originalQuote != note.quote) {
            match = anchoring::anchorQuote(text, {note.originalQuote, note.prefix, note.suffix},
                                           hint);
        }
        note.anchoredHash = hash;
        note.anchor = match.state;
        if (match.isPlaced()) {
            const anchoring::TextQuote quote = anchoring::quoteAt(text, match.start, match.end);
            note.quote = quote.exact;
            note.prefix = quote.prefix;
            note.suffix = quote.suffix;
            note.start = codePointOffset(text, match.start);
            note.end = codePointOffset(text, match.end);
        }
        switch (match.state) {
        case AnchorState::Exact: ++report.exact; break;
        case AnchorState::Moved: ++report.moved; break;
        case AnchorState::Fuzzy: ++report.fuzzy; break;
        case AnchorState::Orphaned:
            ++report.orphaned;
            qCInfo(lcLibrary) << "note" << note.idText() << "of article" << article
                              << "has no place in the changed text";
            break;
        }
        changed.append(note);
    }
    if (changed.isEmpty())
        return report;
    if (Status stored = m_notes.updateMany(changed); !stored)
        return Error {stored.error()};
    Q_EMIT notesChanged(article);
    return report;
}

Result<QList<NoteRow>> NoteService::listPlaced(const NoteQuery &query)
{
    QSet<ArticleId> articles;
    for (const NoteRow &row : list(query))
        articles.insert(row.note.articleId);
    for (const ArticleId article : std::as_const(articles)) {
        if (const auto report = reanchor(article); !report)
            return Error {report.error()};
    }
    return list(query);
}

Result<QList<Note>> NoteService::placed(const QList<Note> &notes)
{
    QSet<ArticleId> articles;
    for (const Note &note : notes)
        articles.insert(note.articleId);
    for (const ArticleId article : std::as_const(articles)) {
        if (const auto report = reanchor(article); !report)
            return Error {report.error()};
    }
    QList<Note> current;
    current.reserve(notes.size());
    for (const Note &note : notes) {
        if (auto found = find(note.id))
            current.append(std::move(*found));
    }
    return current;
}

QList<NoteRow> NoteService::list(const NoteQuery &query)
{
    constexpr int pageSize = 500;
    QList<NoteRow> rows;
    for (int offset = 0;; offset += pageSize) {
        const QList<NoteRow> page = m_notes.page(query, offset, pageSize);
        rows += page;
        if (page.size() < pageSize)
            break;
    }
    return rows;
}

std::optional<std::pair<qsizetype, qsizetype>> noteUtf16Range(const Note &note, QStringView text)
{
    if (note.isOrphaned())
        return std::nullopt;
    const qsizetype start = utf16Offset(text, note.start);
    const qsizetype end = utf16Offset(text, note.end);
    if (start >= end)
        return std::nullopt;
    return std::pair {start, end};
}

} // namespace newsmark
