#include "analysis/ner/entity_recognizer.h"

#include "analysis/ner/english_dates.h"
#include "analysis/ner/english_model.h"
#include "analysis/ner/english_names.h"
#include "analysis/ner/gazetteer.h"
#include "analysis/ner/korean_particles.h"
#include "analysis/ner/ner_model.h"
#include "logging.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace newsmark {

namespace {

std::optional<SpanKind> spanKind(ner::EntityType type)
{
    switch (type) {
    case ner::EntityType::Person: return SpanKind::Person;
    case ner::EntityType::Location: return SpanKind::Location;
    case ner::EntityType::Organization: return SpanKind::Organization;
    case ner::EntityType::Date: return SpanKind::Date;
    case ner::EntityType::Time: return SpanKind::Time;
    case ner::EntityType::Quantity: return std::nullopt;
    }
    return std::nullopt;
}

bool overlaps(const Span &a, qsizetype start, qsizetype end)
{
    return a.start < end && start < a.end;
}

// The model was trained on Korean sentences; a line without a Hangul syllable is English (or
// numbers) and goes to the patterns instead.
bool hasHangul(QStringView line)
{
    return std::any_of(line.begin(), line.end(),
                       [](QChar c) { return ner::isHangulSyllable(c.unicode()); });
}

// A model span sometimes takes the space or the punctuation around a name with it.
void trim(QStringView text, qsizetype &start, qsizetype &end)
{
    while (start < end && !ner::isLetterOrNumber(text[start]))
        ++start;
    while (end > start && !ner::isLetterOrNumber(text[end - 1]) && text[end - 1] != u')'
           && text[end - 1] != u'.')
        --end;
}

// A title is no entity on its own, although the model, having seen "CEO" inside organization
// names, sometimes says so.
bool isBareTitle(QStringView word)
{
    static const char16_t *const titles[] = {u"CEO",  u"CFO",  u"CTO",  u"COO",    u"회장",
                                             u"사장", u"대표", u"기자", u"부회장", u"의장"};
    return std::any_of(std::begin(titles), std::end(titles),
                       [&](const char16_t *t) { return word == QStringView(t); });
}

// An article is English when fewer than one letter in ten is Hangul: its names are shown as
// written, not under a Korean canonical form.
bool isEnglishArticle(QStringView text)
{
    qsizetype hangul = 0, letters = 0;
    for (QChar c : text) {
        if (ner::isHangulSyllable(c.unicode()))
            ++hangul;
        else if (c.isLetter())
            ++letters;
    }
    return hangul * 9 < letters;
}

bool looksLikeKoreanFullName(QStringView name)
{
    return name.size() == 3 && std::all_of(name.begin(), name.end(), [](QChar c) {
               return ner::isHangulSyllable(c.unicode());
           });
}

} // namespace

EntityRecognizer::EntityRecognizer() = default;
EntityRecognizer::~EntityRecognizer() = default;

const ner::SequenceTagger *EntityRecognizer::tagger() const
{
    std::call_once(m_loaded, [this] {
        m_tagger = ner::SequenceTagger::loadShipped(&m_error);
        if (!m_tagger)
            qCWarning(lcAnalysis) << "entity model not loaded:" << m_error;
    });
    return m_tagger.get();
}

const ner::EnglishTagger *EntityRecognizer::englishTagger() const
{
    std::call_once(m_englishLoaded, [this] {
        m_englishTagger = ner::EnglishTagger::loadShipped(&m_englishError);
        if (!m_englishTagger)
            qCWarning(lcAnalysis) << "English entity model not loaded:" << m_englishError;
    });
    return m_englishTagger.get();
}

bool EntityRecognizer::preload() const
{
    const bool english = englishTagger() != nullptr;
    return tagger() != nullptr && english;
}

QString EntityRecognizer::loadError() const
{
    tagger();
    englishTagger();
    return m_error.isEmpty() ? m_englishError : m_error;
}

QList<Span> EntityRecognizer::recognize(QStringView text) const
{
    const ner::Gazetteer &gazetteer = ner::Gazetteer::standard();
    const bool english = isEnglishArticle(text);
    QList<Span> spans;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        QList<ner::TypedRange> ranges;
        if (!hasHangul(line)) {
            // Dates and times first: where a rule and the model overlap, the rule has checked
            // the month is no name ("Theresa May"), and the model learnt no dates.
            if (const ner::EnglishTagger *englishModel = englishTagger()) {
                ranges = ner::findEnglishDatesAndTimes(line);
                ranges += englishModel->find(line);
            } else {
                ranges = ner::findEnglishEntities(line);
            }
        } else if (const ner::SequenceTagger *model = tagger()) {
            const std::vector<quint8> labels = model->tag(line);
            ranges = ner::labelsToRanges(labels.data(), qsizetype(labels.size()));
        }
        const qsizetype firstOfLine = spans.size();
        for (ner::TypedRange r : ranges) {
            const std::optional<SpanKind> kind = spanKind(r.type);
            trim(line, r.start, r.end);
            if (!kind || r.start >= r.end)
                continue;
            const qsizetype start = lineStart + r.start;
            qsizetype end = lineStart + r.end;
            if (isBareTitle(text.mid(start, end - start)))
                continue;
            // "퀄컴 CEO": the title after a name is not part of it.
            const qsizetype lastSpace = text.mid(start, end - start).lastIndexOf(u' ');
            if (lastSpace > 0
                && isBareTitle(text.mid(start + lastSpace + 1, end - start - lastSpace - 1)))
                end = start + lastSpace;
            // "샘" and "올트먼" are one person; "이재용 최태원" (two full Korean names) are two.
            if (spans.size() > firstOfLine && *kind == SpanKind::Person
                && spans.last().kind == SpanKind::Person && spans.last().end + 1 == start
                && text[start - 1] == u' '
                && !(looksLikeKoreanFullName(text.mid(spans.last().start, spans.last().length()))
                     && looksLikeKoreanFullName(text.mid(start, end - start)))) {
                spans.last().end = end;
                continue;
            }
            const bool taken = std::any_of(spans.cbegin() + firstOfLine, spans.cend(),
                                           [&](const Span &s) { return overlaps(s, start, end); });
            if (!taken)
                spans.append({start, end, *kind, {}, {}});
        }
        // The gazetteer fills what the model missed and names the canonical form of an alias;
        // where the model drew other borders, the model's reading of the sentence stands.
        for (const ner::GazetteerMatch &m : gazetteer.find(line)) {
            const ner::GazetteerEntry &entry = gazetteer.entry(m.entry);
            const qsizetype start = lineStart + m.start, end = lineStart + m.end;
            const QStringView surface = text.mid(start, end - start);
            const auto same =
                    std::find_if(spans.begin() + firstOfLine, spans.end(),
                                 [&](const Span &s) { return s.start == start && s.end == end; });
            Span *target = nullptr;
            if (same != spans.end()) {
                // Where both found the same words, the curated list knows the kind better
                // ("아마존" the company, not the river).
                same->kind = *spanKind(entry.type);
                target = &*same;
            } else if (std::none_of(spans.cbegin() + firstOfLine, spans.cend(),
                                    [&](const Span &s) { return overlaps(s, start, end); })) {
                spans.append({start, end, *spanKind(entry.type), {}, {}});
                target = &spans.last();
            }
            if (target && entry.canonical != surface && !(english && hasHangul(entry.canonical)))
                target->entity = entry.canonical;
        }
        lineStart = lineEnd + 1;
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

} // namespace newsmark
