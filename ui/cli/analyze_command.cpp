// analyze: the analysis pipeline over any text, without a library.

#include "command_line.h"
#include "commands.h"
#include "console.h"
#include "span_json.h"

#include "analysis/analyzer.h"
#include "import/text_decoder.h"

#include <QFile>
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
                        "\"text\", ...normalized value}]}."));
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
        const QJsonObject output {
                {u"text"_s, *text},
                {u"spans"_s, spansToJson(spans, *text)},
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
