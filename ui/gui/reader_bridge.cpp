#include "reader_bridge.h"

#include "gui_logging.h"

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// A DOM selection across blocks reads the block breaks as one or more newlines (and may fold
// other whitespace), so the quote is compared with whitespace runs folded to one space.
QString foldWhitespace(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    bool inSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            inSpace = true;
            continue;
        }
        if (inSpace && !folded.isEmpty())
            folded.append(u' ');
        inSpace = false;
        folded.append(c);
    }
    return folded;
}

} // namespace

ReaderBridge::ReaderBridge(QObject *parent)
    : QObject(parent)
{ }

void ReaderBridge::setArticle(ArticleId id, const QString &canonicalText, const QList<Span> &spans)
{
    m_articleId = id;
    m_text = canonicalText;
    m_spans = spans;
    m_noteIds.clear();
}

void ReaderBridge::setNoteIds(const QStringList &ids)
{
    m_noteIds = QSet<QString>(ids.cbegin(), ids.cend());
}

void ReaderBridge::clear()
{
    setArticle(0, {}, {});
}

void ReaderBridge::reject(const QString &reason)
{
    qCInfo(lcGui).noquote() << "Bridge call rejected:" << reason;
    Q_EMIT callRejected(reason);
}

void ReaderBridge::selectionChanged(int start, int end, const QString &text)
{
    if (m_articleId == 0)
        return reject(u"selection without an article"_s);
    // reader.js reports a collapsed selection as (-1, -1, "").
    if (start == end && text.isEmpty()) {
        Q_EMIT selectionCleared(m_articleId);
        return;
    }
    if (start < 0 || start >= end || end > m_text.size())
        return reject(u"selection [%1, %2) outside the article"_s.arg(start).arg(end));
    const QStringView quoted = QStringView(m_text).mid(start, end - start);
    if (foldWhitespace(quoted) != foldWhitespace(text))
        return reject(u"selection text does not match [%1, %2)"_s.arg(start).arg(end));
    Q_EMIT selectionReported(m_articleId, start, end, quoted.toString());
}

void ReaderBridge::highlightClicked(const QString &kind, int start, int end)
{
    if (m_articleId == 0)
        return reject(u"highlight without an article"_s);
    for (const Span &span : std::as_const(m_spans)) {
        if (span.start != start || span.end != end)
            continue;
        if (kind != spanKindName(span.kind) && kind != spanKindKey(span.kind))
            break;
        Q_EMIT highlightActivated(m_articleId, span);
        return;
    }
    reject(u"no %1 highlight at [%2, %3)"_s.arg(kind.left(32)).arg(start).arg(end));
}

void ReaderBridge::noteClicked(const QString &id)
{
    if (m_articleId == 0)
        return reject(u"note click without an article"_s);
    // Only the ids the page was given: a script cannot pick a note of another article.
    if (!m_noteIds.contains(id))
        return reject(u"no note %1 in the article shown"_s.arg(id.left(40)));
    Q_EMIT noteActivated(m_articleId, QUuid::fromString(id));
}

} // namespace newsmark::gui
