// star, unstar, read and unread: an article's two flags, as the window's list sets them.
#include "article_text.h"
#include "command_line.h"
#include "commands.h"
#include "console.h"

#include "library/library.h"

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

struct FlagCommand
{
    QString name;
    ArticleFlag flag;
    bool value;
    QString description;
    QString done; // "starred", printed before each changed article
    QString already; // "already starred"
};

// One transaction for all the ids: an unknown id changes nothing and is named.
int setFlag(const QStringList &arguments, const FlagCommand &command)
{
    CommandLine cli(command.name, u"[options] ID..."_s, command.description);
    cli.parser().addPositionalArgument(u"ID"_s, CliText::tr("An article's id (see `list`)."),
                                       u"ID..."_s);
    if (const auto early =
                cli.parse(arguments, CommandLine::kAnyCount, CliText::tr("missing article ID")))
        return *early;
    QList<ArticleId> ids;
    for (const QString &argument : cli.positional()) {
        bool isNumber = false;
        const ArticleId id = argument.toLongLong(&isNumber);
        if (!isNumber || id <= 0)
            return cli.usageError(CliText::tr("'%1' is not an article id").arg(argument));
        if (!ids.contains(id))
            ids.append(id);
    }

    const auto library = openLibrary(cli.libraryPath());
    if (!library)
        return ExitFailure;
    ArticleStore &store = library->articles();
    const Result<FlagChange> change = store.setFlag(ids, command.flag, command.value);
    if (!change)
        return fail(CliText::tr("%1: %2; nothing was changed").arg(command.name, change.error()));
    QString out;
    const auto line = [&store](const QString &what, ArticleId id) {
        const std::optional<Article> article = store.find(id);
        return u"%1: %2  %3\n"_s.arg(what).arg(id).arg(article ? article->headline : QString());
    };
    for (const ArticleId id : change->changed)
        out += line(command.done, id);
    for (const ArticleId id : change->unchanged)
        out += line(command.already, id);
    printOut(out);
    return ExitSuccess;
}

} // namespace

int runStar(const QStringList &arguments)
{
    return setFlag(arguments,
                   {u"star"_s, ArticleFlag::Starred, true,
                    CliText::tr("Star articles (list them with `list --starred`)."),
                    CliText::tr("starred"), CliText::tr("already starred")});
}

int runUnstar(const QStringList &arguments)
{
    return setFlag(arguments,
                   {u"unstar"_s, ArticleFlag::Starred, false,
                    CliText::tr("Take the star off articles."), CliText::tr("unstarred"),
                    CliText::tr("not starred")});
}

int runRead(const QStringList &arguments)
{
    return setFlag(arguments,
                   {u"read"_s, ArticleFlag::Read, true, CliText::tr("Mark articles as read."),
                    CliText::tr("marked read"), CliText::tr("already read")});
}

int runUnread(const QStringList &arguments)
{
    return setFlag(arguments,
                   {u"unread"_s, ArticleFlag::Read, false,
                    CliText::tr("Mark articles as unread (list them with `list --unread`)."),
                    CliText::tr("marked unread"), CliText::tr("already unread")});
}

} // namespace newsmark::cli
