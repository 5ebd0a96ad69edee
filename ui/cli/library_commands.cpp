// The commands that make and read the library: init, list and show.

#include "article_text.h"
#include "command_line.h"
#include "commands.h"
#include "console.h"

#include "analysis/analyzer.h"
#include "library/library.h"
#include "render/reader_page.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

QString toJsonText(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

int runInit(const QStringList &arguments)
{
    CommandLine cli(
            u"init"_s, u"[options] [PATH]"_s,
            CliText::tr("Create an empty library at PATH (or --library, or the default library). "
                        "An existing library is left as it is."));
    const QCommandLineOption samples(
            u"samples"_s, CliText::tr("Add the bundled sample articles (original texts)."));
    cli.parser().addOption(samples);
    cli.parser().addPositionalArgument(u"PATH"_s, CliText::tr("Where the library file goes."),
                                       u"[PATH]"_s);
    if (const auto early = cli.parse(arguments, 1))
        return *early;
    const QStringList positional = cli.positional();
    if (!positional.isEmpty() && cli.parser().isSet(u"library"_s))
        return cli.usageError(CliText::tr("give the library either as PATH or with --library"));
    const QString path =
            positional.isEmpty() ? cli.libraryPath() : absolutePath(positional.constFirst());
    const bool existed = QFileInfo::exists(path);
    const auto library = openLibrary(path, OpenMode::Create);
    if (!library)
        return ExitFailure;
    const int added = cli.isSet(samples) ? library->addSamples() : 0;
    const int total = library->articles().count({});
    if (existed) {
        printOut(
                CliText::tr("%1 is a library already (%2 article(s)); %3 sample article(s) added\n")
                        .arg(path)
                        .arg(total)
                        .arg(added));
    } else {
        printOut(CliText::tr("created the library %1 with %2 article(s)\n").arg(path).arg(total));
    }
    return ExitSuccess;
}

int runList(const QStringList &arguments)
{
    CommandLine cli(
            u"list"_s, u"[options]"_s,
            CliText::tr(
                    "List the articles in the library, newest first: id, date, outlet and "
                    "headline (an article without a date of its own has none), or a JSON array "
                    "of objects with id, headline, outlet, published (null when the article "
                    "carries no date), imported_at, read and starred, as `show --json` has them."));
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON array."));
    const QCommandLineOption filter(
            u"filter"_s,
            CliText::tr("Only articles whose headline, outlet, reporter or category "
                        "contain TEXT."),
            u"TEXT"_s);
    const QCommandLineOption unread(u"unread"_s, CliText::tr("Only unread articles."));
    const QCommandLineOption starred(u"starred"_s, CliText::tr("Only starred articles."));
    cli.parser().addOption(json);
    cli.parser().addOption(filter);
    cli.parser().addOption(unread);
    cli.parser().addOption(starred);
    if (const auto early = cli.parse(arguments, 0))
        return *early;

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;

    ArticleQuery query;
    query.filter = cli.parser().value(filter);
    query.unreadOnly = cli.isSet(unread);
    query.starredOnly = cli.isSet(starred);
    const QList<ArticleSummary> rows = allSummaries(library->articles(), query);
    if (cli.isSet(json)) {
        printOut(summariesJson(rows));
        return ExitSuccess;
    }

    // An undated article's place in the order is its import date, but the column says when
    // the article was published: nothing, rather than a date that is not the article's.
    const QString table = summaryTable(rows, CliText::tr("DATE"), [](const ArticleSummary &row) {
        return row.undated ? QString() : publishedForDisplay(row.published, false);
    });
    printOut(table);
    return ExitSuccess;
}

int runShow(const QStringList &arguments)
{
    CommandLine cli(
            u"show"_s, u"[options] ID"_s,
            CliText::tr("Show one article: as text, as JSON with every stored field, or as a "
                        "standalone HTML page with the recognised amounts and names highlighted."));
    const QCommandLineOption json(u"json"_s,
                                  CliText::tr("Print every stored field as a JSON object."));
    const QCommandLineOption html(u"html"_s, CliText::tr("Print a standalone HTML page."));
    cli.parser().addOption(json);
    cli.parser().addOption(html);
    cli.parser().addPositionalArgument(u"ID"_s, CliText::tr("The article's id (see `list`)."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing article ID")))
        return *early;
    const QStringList positional = cli.positional();
    if (cli.isSet(json) && cli.isSet(html))
        return cli.usageError(CliText::tr("--json and --html exclude each other"));
    bool isNumber = false;
    const ArticleId id = positional.constFirst().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return cli.usageError(
                CliText::tr("'%1' is not an article id").arg(positional.constFirst()));

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    const std::optional<Article> article = library->articles().find(id);
    if (!article)
        return fail(CliText::tr("no article with id %1 in %2").arg(id).arg(library->path()));

    if (cli.isSet(json)) {
        printOut(toJsonText(QJsonDocument(articleToJson(*article))));
    } else if (cli.isSet(html)) {
        const QList<Span> spans = Analyzer::standard().analyze(article->canonicalText());
        ReaderPageOptions options;
        options.standalone = true;
        printOut(ReaderPage::render(*article, spans, options));
    } else {
        printOut(articleToText(*article));
    }
    return ExitSuccess;
}

} // namespace newsmark::cli
