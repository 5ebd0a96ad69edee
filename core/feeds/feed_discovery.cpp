#include "feeds/feed_discovery.h"

#include "feeds/feed_encoding.h"
#include "feeds/html_text.h"

#include <QRegularExpression>

namespace newsmark {

namespace {

QString attribute(QStringView tag, QLatin1String name)
{
    static const QRegularExpression attr(QStringLiteral(
            R"re(([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"));
    auto it = attr.globalMatch(tag);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedView(1).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (int group = 2; group <= 4; ++group) {
            if (m.capturedStart(group) >= 0)
                return decodeHtmlEntities(m.capturedView(group)).trimmed();
        }
    }
    return {};
}

bool isFeedType(const QString &type)
{
    const QString t = type.toLower().section(u';', 0, 0).trimmed();
    return t == QLatin1String("application/rss+xml") || t == QLatin1String("application/atom+xml")
            || t == QLatin1String("application/feed+json")
            || t == QLatin1String("application/rdf+xml") || t == QLatin1String("text/rss+xml")
            || t == QLatin1String("text/atom+xml") || t == QLatin1String("application/x.atom+xml")
            || t == QLatin1String("application/x-atom+xml");
}

// Script, style and comments may contain anything that looks like a tag.
QString withoutScriptsAndComments(const QString &html)
{
    static const QRegularExpression hidden(
            QStringLiteral(
                    R"(<!--.*?(?:-->|$)|<script\b.*?(?:</script\s*>|$)|<style\b.*?(?:</style\s*>|$))"),
            QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::DotMatchesEverythingOption);
    QString out = html;
    out.replace(hidden, QStringLiteral(" "));
    return out;
}

} // namespace

QList<FeedCandidate> discoverFeeds(const QByteArray &html, const QUrl &pageUrl,
                                   QByteArrayView httpCharset)
{
    QList<FeedCandidate> found;
    const auto add = [&](const QUrl &url, const QString &title, FeedCandidate::Source source) {
        // A page with thousands of feed links is no help, and would make this quadratic.
        constexpr qsizetype kMaxCandidates = 64;
        if (!url.isValid() || url.isRelative() || !url.scheme().startsWith(u"http")
            || found.size() >= kMaxCandidates)
            return;
        for (const FeedCandidate &c : std::as_const(found)) {
            if (c.url.adjusted(QUrl::NormalizePathSegments)
                == url.adjusted(QUrl::NormalizePathSegments))
                return;
        }
        found.append(FeedCandidate {url, title, source});
    };

    // Links are ASCII nearly always; titles need the page's encoding.
    const QString text = withoutScriptsAndComments(decodeDocument(html, httpCharset).text);
    QUrl base = pageUrl;
    static const QRegularExpression baseTag(QStringLiteral(R"(<base\b[^>]*>)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const auto m = baseTag.match(text); m.hasMatch()) {
        const QString href = attribute(m.capturedView(), QLatin1String("href"));
        if (!href.isEmpty())
            base = pageUrl.resolved(QUrl(href, QUrl::TolerantMode));
    }
    static const QRegularExpression linkTag(QStringLiteral(R"(<link\b[^>]*>)"),
                                            QRegularExpression::CaseInsensitiveOption);
    auto it = linkTag.globalMatch(text);
    while (it.hasNext()) {
        const QStringView tag = it.next().capturedView();
        const QStringList rel =
                attribute(tag, QLatin1String("rel")).toLower().split(u' ', Qt::SkipEmptyParts);
        if (!rel.contains(QLatin1String("alternate")) && !rel.contains(QLatin1String("feed")))
            continue;
        if (!isFeedType(attribute(tag, QLatin1String("type"))))
            continue;
        const QString href = attribute(tag, QLatin1String("href"));
        if (href.isEmpty())
            continue;
        add(base.resolved(QUrl(href, QUrl::TolerantMode)),
            collapseWhitespace(attribute(tag, QLatin1String("title"))),
            FeedCandidate::Source::Declared);
    }

    if (!pageUrl.isValid() || pageUrl.host().isEmpty())
        return found;
    // Where WordPress, Blogger, Jekyll, Hugo, Ghost and the Korean news CMSes keep theirs.
    static const char *const paths[] = {"/feed",
                                        "/rss",
                                        "/atom.xml",
                                        "/rss.xml",
                                        "/feed.xml",
                                        "/index.xml",
                                        "/feeds/posts/default",
                                        "/feed.json",
                                        "/atom",
                                        "/index.rss",
                                        "/rss/allArticle.xml",
                                        "/?feed=rss2"};
    QUrl site = pageUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    for (const char *path : paths)
        add(site.resolved(QUrl(QString::fromLatin1(path))), QString(),
            FeedCandidate::Source::Conventional);
    return found;
}

bool looksLikeFeed(const QByteArray &bytes)
{
    const QString text = decodeDocument(bytes.left(8192)).text;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text[i].isSpace())
            ++i;
    };
    for (;;) {
        skipSpace();
        if (i >= text.size())
            return false;
        if (text[i] == u'{') {
            return text.indexOf(QLatin1String("jsonfeed.org/version/"), i) >= 0;
        }
        if (text[i] != u'<')
            return false;
        const QStringView rest = QStringView(text).sliced(i);
        if (rest.startsWith(QLatin1String("<?")) || rest.startsWith(QLatin1String("<!"))) {
            // Declarations, processing instructions, comments and the DOCTYPE come before the root.
            const QLatin1String close = rest.startsWith(QLatin1String("<!--"))
                    ? QLatin1String("-->")
                    : QLatin1String(">");
            const qsizetype end = text.indexOf(close, i + 2);
            if (end < 0)
                return false;
            i = end + close.size();
            continue;
        }
        static const QRegularExpression root(
                QStringLiteral(R"(^<([A-Za-z_][-A-Za-z0-9_.]*:)?([A-Za-z_][-A-Za-z0-9_.]*))"));
        const auto m = root.match(rest);
        if (!m.hasMatch())
            return false;
        const QString name = m.captured(2).toLower();
        return name == QLatin1String("rss") || name == QLatin1String("feed")
                || name == QLatin1String("rdf") || name == QLatin1String("channel");
    }
}

} // namespace newsmark
