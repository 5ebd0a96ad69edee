#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace newsmark {

// The highlight colours. Their meaning ("claim", "figure", "follow up" ...) is the user's and
// lives in the GUI's settings; core stores and exports the key.
enum class NoteColor { Yellow, Green, Blue, Pink, Purple, Orange };

// How a note's positions relate to its article's current text. Anything but Exact means the text
// changed since the note was made (or placed last); Orphaned notes keep their quote but have no
// place in the text.
enum class AnchorState { Exact, Moved, Fuzzy, Orphaned };

// A highlight of a passage of one article, with an optional Markdown comment and tags.
// Positions count Unicode code points of the article's canonical text, end exclusive, as the
// database, the CLI and the exports do (W3C TextPositionSelector); noteUtf16Range() converts.
struct Note
{
    QUuid id;
    ArticleId articleId = 0;
    QString quote; // the text at [start, end) of the text the note is anchored in
    QString prefix;
    QString suffix;
    qsizetype start = 0;
    qsizetype end = 0;
    QString originalQuote; // what the user highlighted; differs from quote once the text changed
    QString textHash; // Article::contentHash of the text the note was made on
    QString anchoredHash; // ... of the text start and end refer to
    AnchorState anchor = AnchorState::Exact;
    NoteColor color = NoteColor::Yellow;
    QString body; // Markdown
    QStringList tags; // normalized: see normalizeTags()
    QDateTime created; // UTC
    QDateTime updated;

    [[nodiscard]] bool isOrphaned() const { return anchor == AnchorState::Orphaned; }
    // "Text changed since you highlighted": the note was placed again in a different text.
    [[nodiscard]] bool textChanged() const { return textHash != anchoredHash; }
    // "3f2a…" without braces: the form stored, exported and shown.
    [[nodiscard]] QString idText() const { return id.toString(QUuid::WithoutBraces); }

    friend bool operator==(const Note &, const Note &) = default;
};

QString noteColorKey(NoteColor color); // "yellow", "green" ...
// The colour's plain name in the UI language ("Yellow", "노랑"), for people: exports, the window
// until the user names the colour.
QString noteColorLabel(NoteColor color);
// A note's time for people, in the local time zone to the minute ("2026-12-05 22:20"); exports
// that programs read keep noteTimestampText.
QString noteTimeForReading(const QDateTime &time);
std::optional<NoteColor> noteColorFromKey(QStringView key);
QList<NoteColor> allNoteColors();

QString anchorStateKey(AnchorState state); // "exact", "moved", "fuzzy", "orphaned"
std::optional<AnchorState> anchorStateFromKey(QStringView key);

// Trimmed, inner whitespace runs made one space, empty ones dropped, duplicates (ignoring case)
// dropped, sorted case-insensitively: tags compare the same in SQL, exports and the UI.
QStringList normalizeTags(const QStringList &tags);

// Timestamps are kept to the millisecond in UTC, so a note read back equals the one written.
QDateTime noteTimestampNow();
QString noteTimestampText(const QDateTime &time);
QDateTime noteTimestampFromText(const QString &text);

} // namespace newsmark
