// libFuzzer target: arbitrary bytes, read as UTF-8, through the standard Analyzer and the amount
// helpers that consume its spans. Any broken invariant aborts, which libFuzzer reports as a crash
// and the replay driver as a failed test.
#include "analysis/amount.h"
#include "analysis/amount_consistency.h"
#include "analysis/amount_readout.h"
#include "analysis/analyzer.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace newsmark;

namespace {

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_amounts: invariant broken: %s\n", what);
        std::abort();
    }
}

// The JSON carries the typed value exactly: it parses back to the same Decimal, in canonical form.
void checkDecimal(const QJsonObject &normalized, const QString &key,
                  const std::optional<Decimal> &typed)
{
    require(normalized.contains(key) == typed.has_value(), "JSON and typed value disagree");
    if (!typed)
        return;
    const QString text = normalized.value(key).toString();
    const auto value = Decimal::parse(text);
    require(value.has_value(), "a normalized value does not parse");
    require(value->toString() == text, "a normalized value is not in canonical form");
    require(*value == *typed, "a normalized value does not round-trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<Span> spans = Analyzer::standard().analyze(text);
    qsizetype previousEnd = 0;
    for (const Span &s : spans) {
        require(s.start >= 0 && s.end <= text.size(), "span out of range");
        require(s.start < s.end, "empty span");
        require(s.start >= previousEnd, "spans unsorted or overlapping");
        previousEnd = s.end;
        require(!text.at(s.start).isLowSurrogate(), "span starts inside a surrogate pair");
        require(!text.at(s.end - 1).isHighSurrogate(), "span ends inside a surrogate pair");
        // Entities (people, places, dates ...) come from other recognisers: only the order
        // and range checks above apply to them.
        if (s.kind != SpanKind::Money && s.kind != SpanKind::Percent
            && s.kind != SpanKind::Quantity)
            continue;
        const auto amount = Amount::fromSpan(s);
        require(amount.has_value(), "amount span without a readable value");
        require(amount->kind == s.kind, "amount kind differs from the span's");
        const QJsonObject normalized = s.normalized();
        checkDecimal(normalized, QStringLiteral("value"), amount->value);
        checkDecimal(normalized, QStringLiteral("min"), amount->min);
        checkDecimal(normalized, QStringLiteral("max"), amount->max);
        require(amount->value.has_value() != amount->isRange(), "value and range both or neither");
        if (amount->isRange())
            require(*amount->min <= *amount->max, "range with min > max");
        if (s.kind == SpanKind::Money)
            require(amount->currency.size() == 3, "money without an ISO currency");
        const QString readout =
                amountReadout(*amount, QStringView(text).mid(s.start, s.length()), u"ko");
        require(!readout.isEmpty(), "empty readout");
        (void)readEnglish(*amount);
        (void)readKorean(*amount);
    }
    const QList<ImpliedRate> rates = impliedRates(spans, text);
    for (const ImpliedRate &r : rates)
        require(r.rate > Decimal(), "non-positive implied rate");
    for (const AmountDisagreement &d : findDisagreements(spans, text)) {
        require(d.first.end <= d.second.start, "disagreement out of reading order");
        require(d.relativeDifference > 0 && d.relativeDifference <= 0.1,
                "disagreement outside the threshold");
    }
    return 0;
}
