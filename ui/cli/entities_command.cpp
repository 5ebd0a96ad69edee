// entities: the library's people, organizations and places, and the user's corrections to them.

#include "command_line.h"
#include "commands.h"
#include "console.h"

#include "analysis/entity_corrections.h"
#include "library/entity_indexer.h"
#include "library/library.h"
#include "storage/entity_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

// A column header right-aligned over numbers, by display width.
QString rightToWidth(const QString &text, qsizetype width)
{
    return QString(std::max<qsizetype>(0, width - displayWidth(text)), u' ') + text;
}

QString groupHelp()
{
    return CliText::tr(R"(Usage: newsmark-cli entities SUBCOMMAND [options] [arguments]
People, organizations and places across the library: one entity per name, with the articles
and notes that mention it, and the corrections that always win over the recogniser.

Subcommands:
  list [--filter TEXT] [--limit N] [--json]
                   Entities, the most widely mentioned first.
  show NAME [--kind K] [--json]
                   One entity: its aliases, and every article and note that mentions it.
  index            Analyse the articles whose entities are not indexed yet (or were indexed
                   by another model or before a correction).
  mark TEXT --as K [--name NAME]
                   Every occurrence of TEXT is a K (named NAME), across the library.
  remove TEXT --kind K
                   TEXT is not a K, wherever the recogniser finds it.
  merge NAME --kind K --into NAME2 [--into-kind K2]
                   The entity NAME is the entity NAME2.
  corrections [--json]
                   The corrections made so far, oldest first.
  forget ID        Delete a correction (see corrections).

K is person, org or place. list and show bring the index up to date first; every subcommand
accepts --help and --library PATH.
)");
}

int runList(const QStringList &arguments);
int runShow(const QStringList &arguments);
int runIndex(const QStringList &arguments);
int runMark(const QStringList &arguments);
int runRemove(const QStringList &arguments);
int runMerge(const QStringList &arguments);
int runCorrections(const QStringList &arguments);
int runForget(const QStringList &arguments);

const QList<Subcommand> subcommands {
        {u"list", runList},
        {u"show", runShow},
        {u"index", runIndex},
        {u"mark", runMark},
        {u"remove", runRemove},
        {u"merge", runMerge},
        {u"corrections", runCorrections},
        {u"forget", runForget},
};

// Brings the index up to date, with progress on stderr when it takes a while.
bool updateIndex(Library &library, EntityStore &entities)
{
    EntityIndexer indexer(library.articles(), entities);
    int lastShown = -1;
    const auto report = indexer.run([&](int done, int total) {
        if (total >= 500 && done * 10 / total != lastShown) {
            lastShown = done * 10 / total;
            printErr(CliText::tr("%1: indexing entities: %2 of %3 articles\n")
                             .arg(programName)
                             .arg(done)
                             .arg(total));
        }
        return true;
    });
    if (!report) {
        fail(CliText::tr("cannot index the library's entities: %1").arg(report.error()));
        return false;
    }
    return true;
}

std::optional<SpanKind> kindOption(CommandLine &cli, const QCommandLineOption &option,
                                   int *exitCode)
{
    const QString value = cli.parser().value(option);
    const auto kind = indexedEntityKindFromName(value);
    if (!kind)
        *exitCode = cli.usageError(
                CliText::tr("'%1' is not a kind: use person, org or place").arg(value));
    return kind;
}

QJsonObject recordToJson(const EntityRecord &e)
{
    return {{u"id"_s, e.id},
            {u"name"_s, e.name},
            {u"type"_s, spanKindName(e.kind)},
            {u"articles"_s, e.articles},
            {u"mentions"_s, e.mentions},
            {u"aliases"_s, QJsonArray::fromStringList(e.aliases)}};
}

QJsonObject correctionToJson(const EntityCorrection &c)
{
    QJsonObject json {{u"id"_s, c.id},
                      {u"action"_s, correctionActionName(c.action)},
                      {u"text"_s, c.surface},
                      {u"type"_s, spanKindName(c.kind)},
                      {u"created"_s, c.createdAt}};
    if (!c.target.isEmpty())
        json.insert(c.action == CorrectionAction::Merge ? u"into"_s : u"name"_s, c.target);
    if (c.action == CorrectionAction::Merge)
        json.insert(u"intoType"_s, spanKindName(c.targetKind));
    return json;
}

QString correctionLine(const EntityCorrection &c)
{
    const QString kind = spanKindName(c.kind);
    switch (c.action) {
    case CorrectionAction::Mark:
        return u"%1  mark    %2 as %3%4"_s.arg(c.id).arg(
                c.surface, kind, c.target.isEmpty() ? QString() : u" named "_s + c.target);
    case CorrectionAction::Remove: return u"%1  remove  %2 (%3)"_s.arg(c.id).arg(c.surface, kind);
    case CorrectionAction::Merge:
        return u"%1  merge   %2 (%3) into %4 (%5)"_s.arg(c.id).arg(c.surface, kind, c.target,
                                                                   spanKindName(c.targetKind));
    }
    return {};
}

// Opens the library named on the command line with its entity store.
struct Opened
{
    std::unique_ptr<Library> library;
    EntityStore *entities = nullptr;
};

std::optional<Opened> open(CommandLine &cli)
{
    auto library = openLibrary(cli.libraryPath());
    if (!library)
        return std::nullopt;
    EntityStore *entities = &library->entities();
    return Opened {std::move(library), entities};
}

// Stores the correction and applies it: the articles it touches are analysed again.
int store(Opened &opened, const EntityCorrection &correction)
{
    const auto change = opened.entities->addCorrection(correction);
    if (!change)
        return fail(CliText::tr("correction not saved: %1").arg(change.error()));
    printOut(QString(correctionLine(change->added) + u'\n'));
    for (const EntityCorrection &old : change->replaced)
        printOut(QString(u"replaces: "_s + correctionLine(old) + u'\n'));
    return updateIndex(*opened.library, *opened.entities) ? ExitSuccess : ExitFailure;
}

int runList(const QStringList &arguments)
{
    CommandLine cli(
            u"entities list"_s, u"[options]"_s,
            CliText::tr("List the library's people, organizations and places, the most widely "
                        "mentioned first."));
    const QCommandLineOption filter(
            u"filter"_s, CliText::tr("Only names or aliases containing TEXT."), u"TEXT"_s);
    const QCommandLineOption limit(u"limit"_s, CliText::tr("At most N entities (default 100)."),
                                   u"N"_s, u"100"_s);
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON array."));
    for (const auto &option : {filter, limit, json})
        cli.parser().addOption(option);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    bool isNumber = false;
    const int max = cli.parser().value(limit).toInt(&isNumber);
    if (!isNumber || max <= 0)
        return cli.usageError(CliText::tr("--limit wants a positive number"));
    auto opened = open(cli);
    if (!opened || !updateIndex(*opened->library, *opened->entities))
        return ExitFailure;
    const QList<EntityRecord> all = opened->entities->list(cli.parser().value(filter), max);
    if (cli.isSet(json)) {
        QJsonArray array;
        for (const EntityRecord &e : all)
            array.append(recordToJson(e));
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    QString out = u"%1 %2 %3 %4\n"_s.arg(
            fitToWidth(CliText::tr("NAME"), 24), fitToWidth(CliText::tr("TYPE"), 8),
            rightToWidth(CliText::tr("ARTICLES"), 8), rightToWidth(CliText::tr("MENTIONS"), 8));
    for (const EntityRecord &e : all)
        out += u"%1 %2 %3 %4%5\n"_s.arg(fitToWidth(e.name, 24), fitToWidth(spanKindName(e.kind), 8))
                       .arg(e.articles, 8)
                       .arg(e.mentions, 8)
                       .arg(e.aliases.isEmpty() ? QString()
                                                : u"  (also "_s + e.aliases.join(u", "_s) + u')');
    printOut(out);
    return ExitSuccess;
}

int runShow(const QStringList &arguments)
{
    CommandLine cli(
            u"entities show"_s, u"[options] NAME"_s,
            CliText::tr(
                    "Show one entity: its aliases, and every article and note that mentions it."));
    const QCommandLineOption kind(
            u"kind"_s, CliText::tr("person, org or place, when NAME is several."), u"K"_s);
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON object."));
    cli.parser().addOption(kind);
    cli.parser().addOption(json);
    cli.parser().addPositionalArgument(u"NAME"_s, CliText::tr("The entity's name (see list)."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing entity NAME")))
        return *early;
    const QStringList positional = cli.positional();
    int exitCode = ExitSuccess;
    std::optional<SpanKind> wanted;
    if (cli.isSet(kind) && !(wanted = kindOption(cli, kind, &exitCode)))
        return exitCode;
    auto opened = open(cli);
    if (!opened || !updateIndex(*opened->library, *opened->entities))
        return ExitFailure;
    const QString name = positional.constFirst();
    std::optional<EntityRecord> entity;
    for (const SpanKind k : {SpanKind::Person, SpanKind::Organization, SpanKind::Location}) {
        if (wanted && *wanted != k)
            continue;
        if (auto found = opened->entities->find(name, k)) {
            if (entity)
                return fail(
                        CliText::tr("'%1' names entities of two kinds (%2 and %3): say which with "
                                    "--kind")
                                .arg(name, spanKindName(entity->kind), spanKindName(k)));
            entity = found;
        }
    }
    if (!entity)
        return fail(CliText::tr("no entity named '%1' in the library").arg(name));
    const QList<EntityReference> refs = opened->entities->references(entity->id);
    if (cli.isSet(json)) {
        QJsonObject out = recordToJson(*entity);
        QJsonArray articles;
        QJsonArray notes;
        for (const EntityReference &r : refs) {
            if (r.noteId.isEmpty())
                articles.append(QJsonObject {{u"article"_s, r.article},
                                             {u"headline"_s, r.headline},
                                             {u"outlet"_s, r.outlet},
                                             {u"date"_s, r.published},
                                             {u"mentions"_s, r.mentions}});
            else
                notes.append(QJsonObject {
                        {u"id"_s, r.noteId}, {u"article"_s, r.article}, {u"quote"_s, r.quote}});
        }
        out.insert(u"inArticles"_s, articles);
        out.insert(u"inNotes"_s, notes);
        printOut(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    QString text = u"%1 (%2): %3, %4\n"_s.arg(
            entity->name, spanKindName(entity->kind),
            CliText::tr("%n article(s)", nullptr, int(entity->articles)),
            CliText::tr("%n mention(s)", nullptr, int(entity->mentions)));
    if (!entity->aliases.isEmpty())
        text += CliText::tr("also written: %1").arg(entity->aliases.join(u", "_s)) + u'\n';
    for (const EntityReference &r : refs) {
        if (r.noteId.isEmpty())
            text += u"%1  %2  %3 (%4 mentions)\n"_s.arg(r.article, 6)
                            .arg(fitToWidth(r.published.left(10), 10), r.headline)
                            .arg(r.mentions);
        else
            text += u"        note %1: \"%2\"\n"_s.arg(r.noteId.left(8), r.quote);
    }
    printOut(text);
    return ExitSuccess;
}

int runIndex(const QStringList &arguments)
{
    CommandLine cli(
            u"entities index"_s, u"[options]"_s,
            CliText::tr("Analyse the articles whose entities are not indexed yet, were indexed by "
                        "another model, or before a correction."));
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    auto opened = open(cli);
    if (!opened)
        return ExitFailure;
    EntityIndexer indexer(opened->library->articles(), *opened->entities);
    const auto report = indexer.run();
    if (!report)
        return fail(CliText::tr("cannot index the library's entities: %1").arg(report.error()));
    printOut(u"analysed: %1\n"_s.arg(report->analysed));
    return ExitSuccess;
}

// mark, remove and merge: one TEXT (or NAME), its kind, and for mark a name, for merge the entity
// kept; the correction is stored and applied to the library at once.
int runCorrection(const QStringList &arguments, CorrectionAction action)
{
    const bool mark = action == CorrectionAction::Mark;
    const bool merge = action == CorrectionAction::Merge;
    const QString what = merge ? u"NAME"_s : u"TEXT"_s;
    CommandLine cli(
            u"entities "_s + correctionActionName(action),
            mark            ? u"[options] TEXT --as K"_s
                    : merge ? u"[options] NAME --kind K --into NAME2"_s
                            : u"[options] TEXT --kind K"_s,
            mark ? CliText::tr(
                    "Every occurrence of TEXT (as a word, particles allowed after it) is an "
                    "entity of kind K across the library, whatever the recogniser says.")
                    : merge
                    ? CliText::tr(
                            "The entity NAME is the entity NAME2: its mentions count for NAME2.")
                    : CliText::tr(
                            "TEXT is not an entity of kind K, wherever the recogniser finds it."));
    const QCommandLineOption kind(mark ? u"as"_s : u"kind"_s,
                                  merge ? CliText::tr("NAME's kind: person, org or place.")
                                        : CliText::tr("person, org or place."),
                                  u"K"_s);
    const QCommandLineOption name(u"name"_s, CliText::tr("The entity's name, when not TEXT."),
                                  u"NAME"_s);
    const QCommandLineOption into(u"into"_s, CliText::tr("The entity kept."), u"NAME2"_s);
    const QCommandLineOption intoKind(u"into-kind"_s, CliText::tr("NAME2's kind (default: K)."),
                                      u"K2"_s);
    cli.parser().addOption(kind);
    if (mark)
        cli.parser().addOption(name);
    if (merge) {
        cli.parser().addOption(into);
        cli.parser().addOption(intoKind);
    }
    cli.parser().addPositionalArgument(what,
                                       merge ? CliText::tr("The entity merged away.")
                                             : CliText::tr("The words, exactly as written."));
    if (const auto early = cli.parse(arguments, 1, u"missing %1"_s.arg(what)))
        return *early;
    if (!cli.isSet(kind))
        return cli.usageError(CliText::tr("--%1 K is required").arg(kind.names().constFirst()));
    if (merge && !cli.isSet(into))
        return cli.usageError(CliText::tr("--into NAME2 is required"));
    int exitCode = ExitSuccess;
    const auto k = kindOption(cli, kind, &exitCode);
    if (!k)
        return exitCode;
    std::optional<SpanKind> k2 = k;
    if (merge && cli.isSet(intoKind) && !(k2 = kindOption(cli, intoKind, &exitCode)))
        return exitCode;
    auto opened = open(cli);
    if (!opened)
        return ExitFailure;
    const QString target = mark ? cli.parser().value(name)
            : merge             ? cli.parser().value(into)
                                : QString();
    return store(*opened, {0, action, cli.positional().constFirst(), *k, target, *k2, {}});
}

int runMark(const QStringList &arguments)
{
    return runCorrection(arguments, CorrectionAction::Mark);
}

int runRemove(const QStringList &arguments)
{
    return runCorrection(arguments, CorrectionAction::Remove);
}

int runMerge(const QStringList &arguments)
{
    return runCorrection(arguments, CorrectionAction::Merge);
}

int runCorrections(const QStringList &arguments)
{
    CommandLine cli(u"entities corrections"_s, u"[options]"_s,
                    CliText::tr("List the corrections made so far, oldest first."));
    const QCommandLineOption json(u"json"_s, CliText::tr("Print a JSON array."));
    cli.parser().addOption(json);
    if (const auto early = cli.parse(arguments, 0))
        return *early;
    auto opened = open(cli);
    if (!opened)
        return ExitFailure;
    const EntityCorrections all = opened->entities->corrections();
    if (cli.isSet(json)) {
        QJsonArray array;
        for (const EntityCorrection &c : all.list())
            array.append(correctionToJson(c));
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitSuccess;
    }
    QString out;
    for (const EntityCorrection &c : all.list())
        out += correctionLine(c) + u'\n';
    printOut(out);
    return ExitSuccess;
}

int runForget(const QStringList &arguments)
{
    CommandLine cli(
            u"entities forget"_s, u"[options] ID"_s,
            CliText::tr("Delete a correction; the articles it touched are analysed again."));
    cli.parser().addPositionalArgument(u"ID"_s,
                                       CliText::tr("The correction's id (see corrections)."));
    if (const auto early = cli.parse(arguments, 1, CliText::tr("missing correction ID")))
        return *early;
    bool isNumber = false;
    const qint64 id = cli.positional().constFirst().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return cli.usageError(
                CliText::tr("'%1' is not a correction id").arg(cli.positional().constFirst()));
    auto opened = open(cli);
    if (!opened)
        return ExitFailure;
    const auto removed = opened->entities->removeCorrection(id);
    if (!removed)
        return fail(removed.error());
    printOut(QString(u"forgotten: "_s + correctionLine(*removed) + u'\n'));
    return ExitSuccess;
}

} // namespace

int runEntities(const QStringList &arguments)
{
    return runSubcommand(u"entities", groupHelp(), subcommands, arguments);
}

} // namespace newsmark::cli
