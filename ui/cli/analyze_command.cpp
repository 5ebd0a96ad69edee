// analyze: the analysis pipeline over any text, without a library.

#include "command_line.h"
#include "commands.h"
#include "console.h"
#include "span_json.h"

#include "analysis/amount_consistency.h"
#include "analysis/analyzer.h"
#include "import/text_decoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

// The bytes of FILE, or of stdin for "-" or no argument; nothing after reporting why.
std::optional<QByteArray> readInput(const QString &path)
{
    const bool isStdin = path.isEmpty() || path == u"-";
    QFile file(isStdin ? QString() : path);
    const bool opened =
            isStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        fail(CliText::tr("cannot read %1: %2")
                     .arg(isStdin ? u"standard input"_s : path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

// The text the spans index into: decoded the way imported articles are (UTF-8, UTF-16 or CP949,
// NFC, '\n' line ends), so that analyze finds what the reader would highlight.
std::optional<QString> decodeInput(const QByteArray &bytes, const QString &path)
{
    if (bytes.isEmpty())
        return QString();
    Result<QString> text = decodeArticleBytes(bytes);
    if (!text) {
        fail(u"%1: %2"_s.arg(path.isEmpty() || path == u"-" ? u"standard input"_s : path,
                             text.error()));
        return std::nullopt;
    }
    return std::move(text).value();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// One {"id", "text"} object a line in, one {"id", "spans"} a line out, in the same order. Blank
// lines are skipped; anything else that is not such an object stops the run, naming its line.
int analyzeJsonLines(const QByteArray &bytes)
{
    const Analyzer &analyzer = Analyzer::standard();
    qsizetype lineNumber = 0;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype to = bytes.indexOf('\n', from);
        if (to < 0)
            to = bytes.size();
        const QByteArray line = bytes.mid(from, to - from).trimmed();
        from = to + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;

        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(CliText::tr("line %1: not valid JSON: %2")
                                .arg(lineNumber)
                                .arg(error.errorString()));
        const QJsonObject input = document.object();
        if (!document.isObject() || !input.value(u"text"_s).isString())
            return fail(CliText::tr("line %1: expected an object with a string \"text\"")
                                .arg(lineNumber));

        const QString text = input.value(u"text"_s).toString();
        const QJsonObject output {
                // A line without an id still answers in its place, with a null id.
                {u"id"_s, input.contains(u"id"_s) ? input.value(u"id"_s) : QJsonValue()},
                {u"spans"_s, spansToJson(analyzer.analyze(text), text)},
        };
        printOut(QString(compact(output) % u'\n'));
    }
    return ExitSuccess;
}

// The amounts' checks, from the amounts alone (as the Amounts panel sees them): the rates the
// text's bracketed conversions imply and the figures that disagree (docs/AMOUNTS.md).
QJsonObject rateToJson(const ImpliedRate &rate, QStringView text)
{
    return {
            {u"source"_s, spanToJson(rate.source, text)},
            {u"converted"_s, spanToJson(rate.converted, text)},
            {u"from"_s, rate.from},
            {u"to"_s, rate.to},
            {u"rate"_s, rate.rate.rounded(6).toString()},
    };
}

std::pair<QJsonArray, QJsonArray> amountChecksToJson(const QList<Span> &spans, QStringView text)
{
    QList<Span> amounts;
    for (const Span &s : spans) {
        if (s.kind == SpanKind::Money || s.kind == SpanKind::Percent
            || s.kind == SpanKind::Quantity)
            amounts.append(s);
    }
    QJsonArray rates;
    for (const ImpliedRate &r : impliedRates(amounts, text))
        rates.append(rateToJson(r, text));
    QJsonArray disagreements;
    for (const AmountDisagreement &d : findDisagreements(amounts, text)) {
        QJsonObject o {
                {u"first"_s, spanToJson(d.first, text)},
                {u"second"_s, spanToJson(d.second, text)},
                {u"first_value"_s, d.firstValue.toString()},
                {u"second_value"_s, d.secondValue.rounded(6).toString()},
                {u"converted"_s, d.converted},
                {u"relative_difference"_s, QString::number(d.relativeDifference, 'f', 4)},
                {u"shared_words"_s, QJsonArray::fromStringList(d.sharedWords)},
        };
        if (!d.currency.isEmpty())
            o.insert(u"currency"_s, d.currency);
        if (!d.unit.isEmpty())
            o.insert(u"unit"_s, d.unit);
        switch (d.oddOne) {
        case AmountDisagreement::OddOne::Undecided: o.insert(u"odd_one_out"_s, QJsonValue()); break;
        case AmountDisagreement::OddOne::First: o.insert(u"odd_one_out"_s, u"first"_s); break;
        case AmountDisagreement::OddOne::Second: o.insert(u"odd_one_out"_s, u"second"_s); break;
        }
        if (d.decidedBy) {
            QJsonObject by = rateToJson(*d.decidedBy, text);
            by.insert(u"expected"_s, d.expected.rounded(6).toString());
            o.insert(u"decided_by"_s, by);
        }
        disagreements.append(o);
    }
    return {rates, disagreements};
}

} // namespace

int runAnalyze(const QStringList &arguments)
{
    CommandLine cli(
            u"analyze"_s, u"[options] [FILE|-]"_s,
            CliText::tr(
                    "Find amounts, percentages, quantities, people, organizations, places, dates, "
                    "times and counts (COUNT: ranks, ages, scores) in text. Offsets count Unicode "
                    "code points, end exclusive. No library is used."));
    const QCommandLineOption json(
            u"json"_s,
            CliText::tr("Print {\"text\", \"spans\": [{\"start\", \"end\", \"type\", "
                        "\"text\", ...normalized value}], \"implied_rates\", "
                        "\"disagreements\"} (docs/AMOUNTS.md)."));
    const QCommandLineOption jsonl(
            u"jsonl"_s,
            CliText::tr("Read lines {\"id\", \"text\"}, write lines {\"id\", "
                        "\"spans\"}."));
    cli.parser().addOption(json);
    cli.parser().addOption(jsonl);
    cli.parser().addPositionalArgument(
            u"FILE"_s, CliText::tr("The text to analyze; standard input when '-' or absent."),
            u"[FILE|-]"_s);
    if (const auto early = cli.parse(arguments, 1))
        return *early;
    const QStringList positional = cli.positional();
    if (cli.isSet(json) && cli.isSet(jsonl))
        return cli.usageError(CliText::tr("--json and --jsonl exclude each other"));

    const QString path = positional.value(0);
    const std::optional<QByteArray> bytes = readInput(path);
    if (!bytes)
        return ExitFailure;
    if (cli.isSet(jsonl))
        return analyzeJsonLines(*bytes);

    const std::optional<QString> text = decodeInput(*bytes, path);
    if (!text)
        return ExitFailure;
    const QList<Span> spans = Analyzer::standard().analyze(*text);

    if (cli.isSet(json)) {
        const auto [rates, disagreements] = amountChecksToJson(spans, *text);
        const QJsonObject output {
                {u"text"_s, *text},
                {u"spans"_s, spansToJson(spans, *text)},
                {u"implied_rates"_s, rates},
                {u"disagreements"_s, disagreements},
        };
        printOut(QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    QString lines;
    for (const Span &span : spans)
        lines += spanToLine(span, *text) % u'\n';
    printOut(lines);
    return ExitSuccess;
}

} // namespace newsmark::cli
