#include "analysis/ner/entity_linker.h"

#include "analysis/ner/korean_particles.h"
#include "analysis/ner/name_constraints.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <map>

namespace newsmark {

namespace {

// Titles that follow a name in Korean news; longest first so "부회장" wins over "회장".
const char16_t *const kTitles[] = {
        u"명예회장", u"대표이사", u"부회장", u"부사장", u"사외이사", u"위원장", u"이사장",
        u"본부장",   u"대통령",   u"부총리", u"창업자", u"회장",     u"사장",   u"대표",
        u"의장",     u"총재",     u"원장",   u"장관",   u"차관",     u"총리",   u"의원",
        u"감독",     u"교수",     u"전무",   u"상무",   u"시장",     u"지사",   u"청장",
        u"총장",     u"CEO",      u"CFO",    u"CTO",    u"COO",      u"씨"};

// Descriptors before an alias in brackets: "일본명 손 마사요시", "영문명 ...".
bool isAliasDescriptor(QStringView word)
{
    return word.size() >= 2 && word.size() <= 4 && word.endsWith(u'명');
}

qsizetype titleAt(QStringView text, qsizetype at)
{
    for (const char16_t *title : kTitles) {
        const QStringView t(title);
        if (text.mid(at).startsWith(t)) {
            const qsizetype end = at + t.size();
            qsizetype wordEnd = end;
            while (wordEnd < text.size() && ner::isLetterOrNumber(text[wordEnd]))
                ++wordEnd;
            const QStringView rest = text.mid(end, wordEnd - end);
            if (rest.isEmpty() || ner::isParticle(rest) || rest == u"과" || rest == u"와")
                return t.size();
        }
    }
    return 0;
}

bool allHangul(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return ner::isHangulSyllable(c.unicode());
    });
}

// "Blair" of "Tony Blair": a capitalised word in Latin letters, long enough not to be an initial.
bool isLatinSurname(QStringView s)
{
    return s.size() >= 3 && s.front().isUpper() && std::all_of(s.begin(), s.end(), [](QChar c) {
               return (c.isLetter() && c.unicode() < 0x250) || c == u'-' || c == u'\'';
           });
}

struct FullName
{
    QString name;
    qsizetype end; // where its first mention ends, to find the title after it
};

class Linking
{
public:
    Linking(QStringView text, QList<Span> &spans)
        : m_text(text)
        , m_spans(spans)
    { }

    // Puts a linked Person/Org/... span on [start, end), replacing the spans of the same kind
    // inside it; refuses when another kind is in the way.
    bool place(qsizetype start, qsizetype end, SpanKind kind, const QString &canonical)
    {
        for (const Span &s : std::as_const(m_spans)) {
            const bool overlapping = s.start < end && start < s.end;
            if (overlapping && (s.kind != kind || s.start < start || s.end > end))
                return false;
        }
        m_spans.removeIf([&](const Span &s) { return s.start >= start && s.end <= end; });
        Span span {start, end, kind, {}, {}};
        if (canonical != m_text.mid(start, end - start))
            span.entity = canonical;
        m_spans.append(span);
        return true;
    }

    QStringView m_text;
    QList<Span> &m_spans;
};

} // namespace

bool isEntityKind(SpanKind kind)
{
    return kind == SpanKind::Person || kind == SpanKind::Organization || kind == SpanKind::Location;
}

bool isWordStart(QStringView text, qsizetype at)
{
    return at == 0 || !ner::isLetterOrNumber(text[at - 1]);
}

bool isNameEnd(QStringView text, qsizetype end)
{
    qsizetype wordEnd = end;
    while (wordEnd < text.size() && ner::isLetterOrNumber(text[wordEnd]))
        ++wordEnd;
    const QStringView rest = text.mid(end, wordEnd - end);
    return rest.isEmpty() || ner::isParticle(rest);
}

QString entityName(const Span &span, QStringView text)
{
    return span.entity.isEmpty() ? text.mid(span.start, span.length()).toString() : span.entity;
}

void EntityLinker::link(QStringView text, QList<Span> &spans) const
{
    Linking linking(text, spans);
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });

    // 1. Aliases in brackets right after a name.
    struct Alias
    {
        QString text;
        QString canonical;
        SpanKind kind;
    };
    std::vector<Alias> aliases;
    for (const Span &s : QList<Span>(spans)) {
        if (!isEntityKind(s.kind) || s.end >= text.size() || text[s.end] != u'(')
            continue;
        const qsizetype close = text.indexOf(u')', s.end + 1);
        if (close < 0 || close - s.end > 40)
            continue;
        qsizetype aliasStart = s.end + 1;
        const QStringView inner = text.mid(aliasStart, close - aliasStart);
        const qsizetype space = inner.indexOf(u' ');
        const bool described = space > 0 && isAliasDescriptor(inner.left(space));
        if (described)
            aliasStart += space + 1;
        const QStringView alias = text.mid(aliasStart, close - aliasStart).trimmed();
        const bool latin = !alias.isEmpty() && std::all_of(alias.begin(), alias.end(), [](QChar c) {
            return (c.isLetter() && c.unicode() < 0x250) || c == u' ' || c == u'.' || c == u'&';
        });
        const bool abbreviation = s.kind == SpanKind::Organization && allHangul(alias)
                && alias.size() <= 6 && alias.size() < s.length();
        if (alias.isEmpty() || titleAt(alias, 0) == alias.size() || ner::isCodeLike(alias)
            || !(described || latin || abbreviation))
            continue;
        const QString canonical = entityName(s, text);
        if (linking.place(aliasStart, aliasStart + alias.size(), s.kind, canonical))
            aliases.push_back({alias.toString(), canonical, s.kind});
    }
    for (const Alias &alias : aliases) {
        for (qsizetype at = text.indexOf(alias.text); at >= 0;
             at = text.indexOf(alias.text, at + 1)) {
            if (isWordStart(text, at) && isNameEnd(text, at + alias.text.size()))
                linking.place(at, at + alias.text.size(), alias.kind, alias.canonical);
        }
    }

    // 2. The article's full person names: Korean ones by family name, foreign ones (in Hangul or
    // in Latin letters: "Mr Blair" after "Tony Blair") by surname.
    std::multimap<QString, FullName> byFamily; // "최" → 최태원
    std::map<QString, FullName> bySurname; // "올트먼" → 샘 올트먼
    for (const Span &s : std::as_const(spans)) {
        if (s.kind != SpanKind::Person || !s.entity.isEmpty())
            continue;
        const QStringView name = text.mid(s.start, s.length());
        if (allHangul(name) && name.size() >= 3 && name.size() <= 4) {
            byFamily.emplace(name.left(name.size() == 4 ? 2 : 1).toString(),
                             FullName {name.toString(), s.end});
        } else if (const qsizetype space = name.lastIndexOf(u' '); space > 0) {
            const QStringView surname = name.mid(space + 1);
            if ((surname.size() >= 2 && allHangul(surname)) || isLatinSurname(surname))
                bySurname.try_emplace(surname.toString(), FullName {name.toString(), s.end});
        }
    }

    std::vector<qsizetype> personStarts;
    for (const Span &s : std::as_const(spans)) {
        if (s.kind == SpanKind::Person)
            personStarts.push_back(s.start);
    }
    std::sort(personStarts.begin(), personStarts.end());

    // 3. Family name + title: pick the full name with that family name whose own mention is
    // followed by the same title (최태원 SK그룹 회장), else the one mentioned last before.
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (!isWordStart(text, at) || !ner::isHangulSyllable(text[at].unicode())
            || at + 2 >= text.size() || (text[at + 1] != u' ' && text[at + 2] != u' '))
            continue;
        for (const qsizetype familyLength : {2, 1}) {
            const QString family = text.mid(at, familyLength).toString();
            const auto [first, last] = byFamily.equal_range(family);
            if (first == last)
                continue;
            qsizetype titleStart = at + familyLength;
            if (titleStart < text.size() && text[titleStart] == u' ')
                ++titleStart;
            const qsizetype titleLength = titleAt(text, titleStart);
            if (titleLength == 0 || titleStart == at + familyLength)
                continue;
            const QStringView title = text.mid(titleStart, titleLength);
            const FullName *chosen = nullptr;
            for (auto it = first; it != last; ++it) {
                // The title must follow this name before the sentence or another person begins.
                qsizetype stop = std::min(text.size(), it->second.end + 40);
                const auto nextPerson =
                        std::lower_bound(personStarts.begin(), personStarts.end(), it->second.end);
                if (nextPerson != personStarts.end())
                    stop = std::min(stop, *nextPerson);
                const QStringView after = text.mid(it->second.end, stop - it->second.end);
                const qsizetype sentenceEnd = after.indexOf(u'.');
                if (after.left(sentenceEnd < 0 ? after.size() : sentenceEnd).contains(title)) {
                    chosen = &it->second;
                    break;
                }
            }
            for (auto it = first; !chosen && it != last; ++it) {
                if (std::next(it) == last || std::next(it)->second.end > at)
                    chosen = &it->second;
            }
            if (chosen)
                linking.place(at, titleStart + titleLength, SpanKind::Person, chosen->name);
            break;
        }
    }

    // 4. A foreign surname alone, or with its title.
    for (const auto &[surname, full] : bySurname) {
        for (qsizetype at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            const qsizetype end = at + surname.size();
            // Inside the full name itself, place() refuses: the full mention's span covers it.
            if (!isWordStart(text, at))
                continue;
            qsizetype spanEnd = end;
            if (end + 1 < text.size() && text[end] == u' ') {
                if (const qsizetype t = titleAt(text, end + 1))
                    spanEnd = end + 1 + t;
            }
            if (spanEnd == end && !isNameEnd(text, end))
                continue;
            linking.place(at, spanEnd, SpanKind::Person, full.name);
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
}

} // namespace newsmark
