#include "analysis/amount_consistency.h"

#include "analysis/korean_numbers.h"

#include <QSet>

#include <algorithm>

namespace newsmark {

namespace {

// Words too common near amounts to say what an amount is about.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = {
            QStringLiteral("규모"),  QStringLiteral("약"),     QStringLiteral("총"),
            QStringLiteral("등"),    QStringLiteral("및"),     QStringLiteral("이상"),
            QStringLiteral("이하"),  QStringLiteral("수준"),   QStringLiteral("정도"),
            QStringLiteral("가량"),  QStringLiteral("대비"),   QStringLiteral("무려"),
            QStringLiteral("이번"),  QStringLiteral("최대"),   QStringLiteral("최소"),
            QStringLiteral("특히"),  QStringLiteral("또한"),   QStringLiteral("모두"),
            QStringLiteral("각각"),  QStringLiteral("위해"),   QStringLiteral("통해"),
            QStringLiteral("대한"),  QStringLiteral("있는"),   QStringLiteral("있다"),
            QStringLiteral("했다"),  QStringLiteral("밝혔다"), QStringLiteral("것으로"),
            QStringLiteral("것"),    QStringLiteral("달러"),   QStringLiteral("원"),
            QStringLiteral("the"),   QStringLiteral("a"),      QStringLiteral("an"),
            QStringLiteral("of"),    QStringLiteral("to"),     QStringLiteral("in"),
            QStringLiteral("for"),   QStringLiteral("and"),    QStringLiteral("on"),
            QStringLiteral("with"),  QStringLiteral("by"),     QStringLiteral("about"),
            QStringLiteral("worth"), QStringLiteral("its"),    QStringLiteral("was"),
            QStringLiteral("is"),    QStringLiteral("will"),   QStringLiteral("has"),
            QStringLiteral("that"),  QStringLiteral("this"),   QStringLiteral("than"),
    };
    return words;
}

// Particles and copulas a Korean word carries; longest first.
constexpr const char16_t *kParticles[] = {u"에서는", u"에서", u"으로", u"에게", u"까지", u"부터",
                                          u"보다",   u"이다", u"인",   u"의",   u"은",   u"는",
                                          u"이",     u"가",   u"을",   u"를",   u"에",   u"로",
                                          u"와",     u"과",   u"도",   u"만"};

struct Token
{
    qsizetype start;
    qsizetype end;
};

bool isTerminator(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c == u'\n' || c == u'。')
        return true;
    if (c != u'.' && c != u'!' && c != u'?')
        return false;
    return i + 1 >= text.size() || text[i + 1].isSpace();
}

std::pair<qsizetype, qsizetype> sentenceAround(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype s = start;
    while (s > 0 && !isTerminator(text, s - 1))
        --s;
    qsizetype e = end;
    while (e < text.size() && !isTerminator(text, e))
        ++e;
    return {s, e};
}

QList<Token> tokensIn(QStringView text, qsizetype start, qsizetype end)
{
    QList<Token> tokens;
    qsizetype i = start;
    while (i < end) {
        while (i < end && text[i].isSpace())
            ++i;
        const qsizetype s = i;
        while (i < end && !text[i].isSpace())
            ++i;
        if (i > s)
            tokens.append({s, i});
    }
    return tokens;
}

// "프로젝트인" → "프로젝트", "논의도" → "논의", "(AI" → "ai"; empty for words that say nothing.
QString subjectWord(QStringView raw)
{
    qsizetype s = 0;
    qsizetype e = raw.size();
    while (s < e && !raw[s].isLetterOrNumber())
        ++s;
    while (e > s && !raw[e - 1].isLetterOrNumber())
        --e;
    QStringView word = raw.mid(s, e - s);
    if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
        return {};
    for (const char16_t *p : kParticles) {
        const QStringView particle(p);
        if (word.size() >= particle.size() + 2 && word.endsWith(particle)) {
            word.chop(particle.size());
            break;
        }
    }
    const QString out = word.toString().toLower();
    return out.size() < 2 || stopWords().contains(out) ? QString() : out;
}

// "y2024", "q3", "h1", "thisyear" ...: the periods a sentence names.
QSet<QString> periodsIn(QStringView text, const QList<Token> &tokens)
{
    QSet<QString> periods;
    for (const Token &t : tokens) {
        const QStringView w = text.mid(t.start, t.end - t.start);
        qsizetype d = 0;
        while (d < w.size() && isAsciiDigit(w[d]))
            ++d;
        const QStringView rest = w.mid(d);
        if (d == 4 && (w.startsWith(u"19") || w.startsWith(u"20"))
            && (rest.isEmpty() || rest.startsWith(u'년') || !rest.front().isLetterOrNumber()))
            periods.insert(QLatin1Char('y') + w.left(4).toString());
        else if (d > 0 && rest.startsWith(u"분기"))
            periods.insert(QLatin1Char('q') + w.left(d).toString());
        else if (w.startsWith(u"올해") || w.startsWith(u"올 "))
            periods.insert(QStringLiteral("thisyear"));
        else if (w.startsWith(u"지난해") || w.startsWith(u"작년") || w.startsWith(u"전년"))
            periods.insert(QStringLiteral("lastyear"));
        else if (w.startsWith(u"내년"))
            periods.insert(QStringLiteral("nextyear"));
        else if (w.startsWith(u"상반기"))
            periods.insert(QStringLiteral("h1"));
        else if (w.startsWith(u"하반기"))
            periods.insert(QStringLiteral("h2"));
    }
    return periods;
}

struct Place
{
    Span span;
    Amount amount;
    int group; // a bracketed conversion and its source share one group
    qsizetype sentenceStart;
    QStringList words;
    QSet<QString> periods;
};

std::optional<Decimal> relative(const Decimal &a, const Decimal &b)
{
    const Decimal larger = std::max(a.abs(), b.abs());
    const auto diff = a.subtracted(b);
    if (!diff || larger.isZero())
        return std::nullopt;
    return diff->abs().divided(larger, 9);
}

// Within half a percent: an author's "약 720조원" for 720.0조 at the rate they used.
bool closeTo(const Decimal &a, const Decimal &b)
{
    const auto rel = relative(a, b);
    return rel && rel->toDouble() <= 0.005;
}

// The bracketed conversion this place is part of, when its two figures agree at the article's
// rate for the pair and every conversion of the article between the two currencies agrees with
// that rate: an article that converts at two rates decides nothing.
std::optional<std::pair<ImpliedRate, Decimal>> selfConsistent(const QList<ImpliedRate> &rates,
                                                              const Span &place)
{
    for (const ImpliedRate &r : rates) {
        if (!(r.source == place) && !(r.converted == place))
            continue;
        const auto rate = articleRate(rates, r.from, r.to);
        const bool oneRate = rate && std::all_of(rates.cbegin(), rates.cend(), [&](const auto &o) {
                                 if (o.from == r.from && o.to == r.to)
                                     return closeTo(o.rate, *rate);
                                 if (o.from == r.to && o.to == r.from) {
                                     const auto back = o.rate.multiplied(*rate);
                                     return back && closeTo(*back, Decimal::fromInteger(1));
                                 }
                                 return true;
                             });
        if (!oneRate)
            continue;
        const auto source = Amount::fromSpan(r.source);
        const auto converted = Amount::fromSpan(r.converted);
        if (!rate || !source || !converted || !source->value || !converted->value)
            continue;
        const auto expected = source->value->multiplied(*rate);
        if (expected && closeTo(*expected, *converted->value))
            return std::pair {r, *expected};
    }
    return std::nullopt;
}

} // namespace

QList<ImpliedRate> impliedRates(const QList<Span> &spans, QStringView text)
{
    QList<ImpliedRate> rates;
    for (qsizetype k = 0; k + 1 < spans.size(); ++k) {
        const Span &a = spans[k];
        const Span &b = spans[k + 1];
        const auto from = Amount::fromSpan(a);
        const auto to = Amount::fromSpan(b);
        if (!from || !to || from->kind != SpanKind::Money || to->kind != SpanKind::Money
            || !from->value || !to->value || from->currency == to->currency || from->value->isZero()
            || b.start < a.end)
            continue;
        // Between them only an opening bracket (and "한화", "in"), after the second a closing one.
        QString gap = text.mid(a.end, b.start - a.end).toString().simplified();
        gap.remove(QLatin1Char(' '));
        if (gap != u"(" && gap != u"(한화" && gap != u"(in")
            continue;
        qsizetype close = b.end;
        while (close < text.size() && text[close].isSpace())
            ++close;
        if (close >= text.size() || text[close] != u')')
            continue;
        const auto rate = to->value->divided(*from->value, 12);
        if (rate && *rate > Decimal())
            rates.append({a, b, from->currency, to->currency, *rate});
    }
    return rates;
}

std::optional<Decimal> articleRate(const QList<ImpliedRate> &rates, const QString &from,
                                   const QString &to)
{
    if (from == to)
        return Decimal::fromInteger(1);
    for (const ImpliedRate &r : rates) {
        if (r.from == from && r.to == to)
            return r.rate;
        if (r.from == to && r.to == from)
            return Decimal::fromInteger(1).divided(r.rate, 18);
    }
    return std::nullopt;
}

QList<AmountDisagreement> findDisagreements(const QList<Span> &spans, QStringView text,
                                            const ConsistencyOptions &options)
{
    const QList<ImpliedRate> rates = impliedRates(spans, text);
    QList<Place> places;
    for (const Span &span : spans) {
        const auto amount = Amount::fromSpan(span);
        if (!amount || !amount->value || amount->value->isZero()
            || amount->kind == SpanKind::Percent
            || (amount->kind == SpanKind::Quantity && amount->unit.isEmpty()))
            continue;
        places.append({span, *amount, int(places.size()), 0, {}, {}});
    }
    // A conversion and its source are one place in the text: they share a group and the
    // subject words around the pair.
    for (const ImpliedRate &r : rates) {
        auto find = [&places](const Span &s) {
            return std::find_if(places.begin(), places.end(),
                                [&s](const Place &p) { return p.span == s; });
        };
        const auto src = find(r.source);
        const auto conv = find(r.converted);
        if (src != places.end() && conv != places.end())
            conv->group = src->group;
    }
    for (Place &p : places) {
        qsizetype from = p.span.start;
        qsizetype to = p.span.end;
        for (const Place &q : places) {
            if (q.group == p.group) {
                from = std::min(from, q.span.start);
                to = std::max(to, q.span.end);
            }
        }
        const auto [sStart, sEnd] = sentenceAround(text, from, to);
        p.sentenceStart = sStart;
        const QList<Token> tokens = tokensIn(text, sStart, sEnd);
        p.periods = periodsIn(text, tokens);
        auto overlapsAmount = [&spans](const Token &t) {
            return std::any_of(spans.cbegin(), spans.cend(),
                               [&t](const Span &s) { return t.start < s.end && s.start < t.end; });
        };
        QList<Token> before;
        QList<Token> after;
        for (const Token &t : tokens) {
            if (overlapsAmount(t) || (t.start < to && from < t.end))
                continue;
            if (t.end <= from)
                before.append(t);
            else if (after.size() < options.wordsAfter)
                after.append(t);
        }
        before = before.mid(std::max<qsizetype>(0, before.size() - options.wordsBefore));
        for (const Token &t : before + after) {
            const QString w = subjectWord(text.mid(t.start, t.end - t.start));
            if (!w.isEmpty() && !p.words.contains(w))
                p.words << w;
        }
    }

    QList<AmountDisagreement> found;
    for (qsizetype i = 0; i < places.size(); ++i) {
        for (qsizetype j = i + 1; j < places.size(); ++j) {
            const Place &a = places[i];
            const Place &b = places[j];
            if (a.group == b.group || a.sentenceStart == b.sentenceStart
                || a.amount.kind != b.amount.kind)
                continue;
            if (!a.periods.isEmpty() && !b.periods.isEmpty() && !a.periods.intersects(b.periods))
                continue;
            Decimal second = *b.amount.value;
            bool converted = false;
            if (a.amount.kind == SpanKind::Money) {
                const auto rate = articleRate(rates, b.amount.currency, a.amount.currency);
                if (!rate)
                    continue;
                converted = b.amount.currency != a.amount.currency;
                const auto v = second.multiplied(*rate);
                if (!v)
                    continue;
                second = *v;
            } else if (a.amount.unit != b.amount.unit) {
                continue;
            }
            const auto rel = relative(*a.amount.value, second);
            if (!rel || rel->isZero() || rel->toDouble() > options.maxRelativeDifference)
                continue;
            QStringList shared;
            for (const QString &w : a.words) {
                if (b.words.contains(w))
                    shared << w;
            }
            if (shared.isEmpty())
                continue;
            AmountDisagreement d;
            d.first = a.span;
            d.second = b.span;
            d.firstValue = *a.amount.value;
            d.secondValue = second;
            d.currency = a.amount.currency;
            d.unit = a.amount.kind == SpanKind::Money ? QString() : a.amount.unit;
            d.converted = converted;
            d.relativeDifference = rel->toDouble();
            d.sharedWords = shared;
            const auto firstAgrees = selfConsistent(rates, a.span);
            const auto secondAgrees = selfConsistent(rates, b.span);
            if (firstAgrees.has_value() != secondAgrees.has_value()) {
                const auto &agrees = firstAgrees ? *firstAgrees : *secondAgrees;
                d.oddOne = firstAgrees ? AmountDisagreement::OddOne::Second
                                       : AmountDisagreement::OddOne::First;
                d.decidedBy = agrees.first;
                d.expected = agrees.second;
            }
            // One flag per pair of places: a direct comparison beats one through a rate.
            const auto same = std::find_if(found.begin(), found.end(), [&](const auto &f) {
                const auto group = [&places](const Span &s) {
                    for (const Place &p : places) {
                        if (p.span == s)
                            return p.group;
                    }
                    return -1;
                };
                return group(f.first) == a.group && group(f.second) == b.group;
            });
            if (same == found.end())
                found.append(d);
            else if (same->converted && !d.converted)
                *same = d;
        }
    }
    return found;
}

} // namespace newsmark
