#include "model/note.h"

#include "i18n/ui_language.h"

#include <algorithm>

namespace newsmark {

QString noteColorKey(NoteColor color)
{
    switch (color) {
    case NoteColor::Yellow: return QStringLiteral("yellow");
    case NoteColor::Green: return QStringLiteral("green");
    case NoteColor::Blue: return QStringLiteral("blue");
    case NoteColor::Pink: return QStringLiteral("pink");
    case NoteColor::Purple: return QStringLiteral("purple");
    case NoteColor::Orange: return QStringLiteral("orange");
    }
    return QStringLiteral("yellow");
}

std::optional<NoteColor> noteColorFromKey(QStringView key)
{
    for (NoteColor color : allNoteColors()) {
        if (key.compare(noteColorKey(color), Qt::CaseInsensitive) == 0)
            return color;
    }
    return std::nullopt;
}

QList<NoteColor> allNoteColors()
{
    return {NoteColor::Yellow, NoteColor::Green,  NoteColor::Blue,
            NoteColor::Pink,   NoteColor::Purple, NoteColor::Orange};
}

QString anchorStateKey(AnchorState state)
{
    switch (state) {
    case AnchorState::Exact: return QStringLiteral("exact");
    case AnchorState::Moved: return QStringLiteral("moved");
    case AnchorState::Fuzzy: return QStringLiteral("fuzzy");
    case AnchorState::Orphaned: return QStringLiteral("orphaned");
    }
    return QStringLiteral("exact");
}

std::optional<AnchorState> anchorStateFromKey(QStringView key)
{
    for (AnchorState state :
         {AnchorState::Exact, AnchorState::Moved, AnchorState::Fuzzy, AnchorState::Orphaned}) {
        if (key == anchorStateKey(state))
            return state;
    }
    return std::nullopt;
}

QStringList normalizeTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        const QString clean = tag.simplified();
        if (clean.isEmpty() || out.contains(clean, Qt::CaseInsensitive))
            continue;
        out << clean;
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return out;
}

QDateTime noteTimestampNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return noteTimestampFromText(noteTimestampText(now));
}

QString noteColorLabel(NoteColor color)
{
    switch (color) {
    case NoteColor::Yellow: return CoreText::tr("Yellow");
    case NoteColor::Green: return CoreText::tr("Green");
    case NoteColor::Blue: return CoreText::tr("Blue");
    case NoteColor::Pink: return CoreText::tr("Pink");
    case NoteColor::Purple: return CoreText::tr("Purple");
    case NoteColor::Orange: return CoreText::tr("Orange");
    }
    return noteColorKey(color);
}

QString noteTimeForReading(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString noteTimestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime noteTimestampFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace newsmark
