#include "analysis/ner/entity_recognizer.h"

#include "analysis/ner/english_dates.h"
#include "analysis/ner/english_model.h"
#include "analysis/ner/english_names.h"
#include "analysis/ner/entity_linker.h"
#include "analysis/ner/gazetteer.h"
#include "analysis/ner/korean_particles.h"
#include "analysis/ner/name_constraints.h"
#include "analysis/ner/ner_model.h"
#include "logging.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

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
    case ner::EntityType::Quantity: return SpanKind::Count;
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

// Two people side by side ("샘" "올트먼") are one name split by the model, unless either looks
// like a Korean name of its own: "최유진 도윤" lists two people (3-fold cross-validation on
// KLUE, docs/ENTITIES.md).
bool joinPeople(QStringView first, QStringView second)
{
    return !ner::looksLikeKoreanName(first) && !ner::looksLikeKoreanName(second);
}

bool isHangulWord(QStringView word, qsizetype minLength, qsizetype maxLength)
{
    return word.size() >= minLength && word.size() <= maxLength
            && std::all_of(word.begin(), word.end(),
                           [](QChar c) { return ner::isHangulSyllable(c.unicode()); });
}

// "유영상 SK텔레콤 사장", "크리스티아 아몬 퀄컴 CEO": in Korean news a name, then the
// organization, then the title is how a person is introduced, so the words before an
// organization that a title follows are a person when they look like one: a Korean name of three
// syllables starting with a family name that nothing else claims, or two words of which the
// model took the first for a name (of some kind) and left the second.
void findAppositivePeople(QStringView text, qsizetype lineStart, QList<Span> &spans,
                          qsizetype firstOfLine)
{
    const qsizetype count = spans.size();
    for (qsizetype i = firstOfLine; i < count; ++i) {
        const Span org = spans[i];
        if (org.kind != SpanKind::Organization || org.end >= text.size() || text[org.end] != u' '
            || !ner::startsWithPersonTitle(text, org.end + 1) || org.start < lineStart + 2
            || text[org.start - 1] != u' ')
            continue;
        auto wordBefore = [&](qsizetype end) {
            qsizetype start = end;
            while (start > lineStart && text[start - 1] != u' ')
                --start;
            return start;
        };
        auto spanAt = [&](qsizetype start, qsizetype end) {
            return std::find_if(spans.begin() + firstOfLine, spans.end(),
                                [&](const Span &s) { return overlaps(s, start, end); });
        };
        const qsizetype wordEnd = org.start - 1;
        const qsizetype wordStart = wordBefore(wordEnd);
        const QStringView word = text.mid(wordStart, wordEnd - wordStart);
        if (spanAt(wordStart, wordEnd) == spans.end() && ner::looksLikeKoreanName(word)) {
            spans.append({wordStart, wordEnd, SpanKind::Person, {}, {}});
            continue;
        }
        if (wordStart < lineStart + 2 || text[wordStart - 1] != u' '
            || spanAt(wordStart, wordEnd) != spans.end() || !isHangulWord(word, 2, 5))
            continue;
        const qsizetype firstEnd = wordStart - 1;
        const qsizetype firstStart = wordBefore(firstEnd);
        const auto first = spanAt(firstStart, firstEnd);
        if (first != spans.end() && first->start == firstStart && first->end == firstEnd
            && (first->kind == SpanKind::Person || first->kind == SpanKind::Organization)
            && isHangulWord(text.mid(firstStart, firstEnd - firstStart), 2, 5)) {
            first->kind = SpanKind::Person;
            first->end = wordEnd;
            first->entity.clear();
        }
    }
}

// "파운드리(반도체 위탁생산)": a word glossed in brackets with plain Korean words is a term being
// explained. A person's brackets hold an age, Chinese characters, a role with a name in it or
// an alias after a descriptor ("(45)", "(尹某)", "(삼성전자 회장)", "(일본명 …)", "(가명)").
void dropGlossedTerms(QStringView text, QList<Span> &spans, qsizetype firstOfLine)
{
    const QList<Span> line = spans.mid(firstOfLine);
    for (qsizetype i = spans.size() - 1; i >= firstOfLine; --i) {
        const Span &s = spans[i];
        if (s.kind != SpanKind::Person || s.end >= text.size() || text[s.end] != u'('
            || text.mid(s.start, s.length()).contains(u' '))
            continue;
        const qsizetype close = text.indexOf(u')', s.end);
        const qsizetype newline = text.indexOf(u'\n', s.end);
        if (close < 0 || close - s.end > 30 || (newline >= 0 && newline < close))
            continue;
        const QStringView gloss = text.mid(s.end + 1, close - s.end - 1);
        const qsizetype firstSpace = gloss.indexOf(u' ');
        const QStringView firstWord = firstSpace < 0 ? gloss : gloss.left(firstSpace);
        const bool plainKorean =
                !gloss.isEmpty() && std::all_of(gloss.begin(), gloss.end(), [](QChar c) {
                    return ner::isHangulSyllable(c.unicode()) || c == u' ';
                });
        const bool named = std::any_of(line.cbegin(), line.cend(), [&](const Span &o) {
            return o.start > s.end && o.start < close;
        });
        if (plainKorean && !named && !firstWord.endsWith(u'명'))
            spans.removeAt(i);
    }
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
    // What the model named in this text, and the list's names that are also common words, found
    // where the model did not name them: those stand if the model names the same words
    // elsewhere in the text (one sense per article).
    QSet<QString> modelNames;
    QList<std::pair<Span, QString>> pendingCommon; // the span, its surface
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
        for (ner::TypedRange &r : ranges)
            trim(line, r.start, r.end);
        ner::applyNameConstraints(line, ranges);
        const qsizetype firstOfLine = spans.size();
        for (const ner::TypedRange &r : std::as_const(ranges)) {
            const std::optional<SpanKind> kind = spanKind(r.type);
            if (!kind)
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
            // "샘" and "올트먼" are one person; "이재용 최태원", "최유진 도윤" are two.
            if (spans.size() > firstOfLine && *kind == SpanKind::Person
                && spans.last().kind == SpanKind::Person && spans.last().end + 1 == start
                && text[start - 1] == u' '
                && joinPeople(text.mid(spans.last().start, spans.last().length()),
                              text.mid(start, end - start))) {
                spans.last().end = end;
                continue;
            }
            const bool taken = std::any_of(spans.cbegin() + firstOfLine, spans.cend(),
                                           [&](const Span &s) { return overlaps(s, start, end); });
            if (!taken) {
                spans.append({start, end, *kind, {}, {}});
                if (isEntityKind(*kind))
                    modelNames.insert(text.mid(start, end - start).toString());
            }
        }
        // The gazetteer fills what the model missed and names the canonical form of an alias;
        // where the model drew other borders, the model's reading of the sentence stands.
        for (const ner::GazetteerMatch &m : gazetteer.find(line, true)) {
            const ner::GazetteerEntry &entry = gazetteer.entry(m.entry);
            const qsizetype start = lineStart + m.start, end = lineStart + m.end;
            if (ner::breaksNameConstraints(line, {m.start, m.end, entry.type}))
                continue;
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
                Span span {start, end, *spanKind(entry.type), {}, {}};
                if (entry.canonical != surface)
                    span.entity = entry.canonical;
                if (entry.common) {
                    pendingCommon.append({span, surface.toString()});
                    continue;
                }
                spans.append(span);
                continue;
            }
            if (target && entry.canonical != surface && !(english && hasHangul(entry.canonical)))
                target->entity = entry.canonical;
        }
        dropGlossedTerms(text, spans, firstOfLine);
        findAppositivePeople(text, lineStart, spans, firstOfLine);
        lineStart = lineEnd + 1;
    }
    auto byStart = [](const Span &a, const Span &b) { return a.start < b.start; };
    if (!pendingCommon.isEmpty()) {
        // The spans do not overlap, so sorted by start their ends rise too: a pending name
        // overlaps one exactly when it overlaps the last one starting before it ends.
        std::sort(spans.begin(), spans.end(), byStart);
        const qsizetype found = spans.size();
        for (const auto &[span, surface] : std::as_const(pendingCommon)) {
            if (!modelNames.contains(surface))
                continue;
            const auto after =
                    std::lower_bound(spans.cbegin(), spans.cbegin() + found, span.end,
                                     [](const Span &s, qsizetype end) { return s.start < end; });
            if (after == spans.cbegin() || std::prev(after)->end <= span.start)
                spans.append(span);
        }
    }
    std::sort(spans.begin(), spans.end(), byStart);
    return spans;
}

} // namespace newsmark
