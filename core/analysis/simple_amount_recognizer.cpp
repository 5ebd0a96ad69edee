#include "analysis/simple_amount_recognizer.h"

#include <QRegularExpression>

namespace newsmark {

namespace {

QString currencyCode(const QString &unit)
{
    static const QList<std::pair<QString, QString>> codes = {
            {QStringLiteral("US$"), QStringLiteral("USD")},
            {QStringLiteral("$"), QStringLiteral("USD")},
            {QStringLiteral("달러"), QStringLiteral("USD")},
            {QStringLiteral("₩"), QStringLiteral("KRW")},
            {QStringLiteral("원"), QStringLiteral("KRW")},
            {QStringLiteral("€"), QStringLiteral("EUR")},
            {QStringLiteral("유로"), QStringLiteral("EUR")},
            {QStringLiteral("£"), QStringLiteral("GBP")},
            {QStringLiteral("엔"), QStringLiteral("JPY")},
            {QStringLiteral("위안"), QStringLiteral("CNY")},
    };
    for (const auto &[word, code] : codes) {
        if (unit.contains(word))
            return code;
    }
    return {};
}

} // namespace

QList<Span> SimpleAmountRecognizer::recognize(QStringView text) const
{
    // Symbol first ($2.5 billion), or a number with Korean scale words and a currency word after
    // it (5000억달러, 150억 달러, 3,300원), or a percentage (13.1%).
    static const QRegularExpression symbolFirst(
            QStringLiteral("(?:US\\$|\\$|₩|€|£)\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:trillion|"
                           "billion|million|bn|tn|m)\\b)?"));
    static const QRegularExpression wordAfter(
            QStringLiteral("\\d[\\d,]*(?:\\.\\d+)?(?:\\s?[조억만천]\\s?(?:\\d[\\d,]*)?)*\\s?(?:"
                           "달러|원|유로|엔|위안)"));
    static const QRegularExpression percent(QStringLiteral("\\d[\\d,]*(?:\\.\\d+)?\\s?%"));

    QList<Span> spans;
    auto collect = [&](const QRegularExpression &re, SpanKind kind) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            // A digit run glued to letters before it is a model number, not an amount.
            if (m.capturedStart() > 0 && text.at(m.capturedStart() - 1).isLetterOrNumber())
                continue;
            Span s {m.capturedStart(), m.capturedEnd(), kind, {}};
            if (kind == SpanKind::Money)
                s.normalized.insert(QStringLiteral("currency"), currencyCode(m.captured()));
            spans.append(s);
        }
    };
    collect(symbolFirst, SpanKind::Money);
    collect(wordAfter, SpanKind::Money);
    collect(percent, SpanKind::Percent);
    return spans;
}

} // namespace newsmark
