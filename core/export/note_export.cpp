#include "export/note_export.h"

#include "i18n/ui_language.h"

#include "analysis/amount.h"
#include "analysis/amount_readout.h"
#include "analysis/analyzer.h"
#include "export/exporters.h"
#include "logging.h"
#include "notes/note_service.h"
#include "storage/article_store.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <tuple>

namespace newsmark {

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    const QString key = name.toString().toLower();
    if (key == u"md" || key == u"markdown")
        return ExportFormat::Markdown;
    if (key == u"html")
        return ExportFormat::Html;
    if (key == u"csv")
        return ExportFormat::Csv;
    if (key == u"json")
        return ExportFormat::Json;
    return std::nullopt;
}

bool QuotedSpan::isAmount() const
{
    return kind == SpanKind::Money || kind == SpanKind::Percent || kind == SpanKind::Quantity;
}

QList<ExportedNote> prepareExport(ArticleStore &articles, const QList<Note> &notes)
{
    struct Source
    {
        ExportedArticle article;
        QString text;
        QString hash;
        QList<Span> spans;
    };
    QHash<ArticleId, std::optional<Source>> sources;
    QList<ExportedNote> out;
    for (const Note &note : notes) {
        auto it = sources.find(note.articleId);
        if (it == sources.end()) {
            std::optional<Source> source;
            if (const std::optional<Article> a = articles.find(note.articleId)) {
                const QString text = a->canonicalText();
                source = Source {{a->id, a->headline, a->outlet, a->published, a->sourcePath,
                                  a->contentHash},
                                 text,
                                 a->computeContentHash(),
                                 Analyzer::standard().analyze(text)};
            } else {
                qCWarning(lcLibrary) << "note" << note.idText() << "has no article"
                                     << note.articleId << "to export with";
            }
            it = sources.insert(note.articleId, source);
        }
        if (!it.value())
            continue;
        const Source &source = *it.value();
        ExportedNote exported {note, source.article, {}};
        const auto range =
                note.anchoredHash == source.hash ? noteUtf16Range(note, source.text) : std::nullopt;
        if (range) {
            for (const Span &span : source.spans) {
                if (span.start >= range->first && span.end <= range->second) {
                    exported.spans.append({span.kind, source.text.mid(span.start, span.length()),
                                           span.normalized()});
                }
            }
        }
        out.append(exported);
    }
    std::sort(out.begin(), out.end(), [](const ExportedNote &a, const ExportedNote &b) {
        const auto key = [](const ExportedNote &n) {
            return std::tuple(n.article.published, n.article.id, n.note.isOrphaned(), n.note.start,
                              n.note.end, n.note.idText());
        };
        return key(a) < key(b);
    });
    return out;
}

Result<QList<ExportedNote>> preparePlacedExport(NoteService &service, ArticleStore &articles,
                                                const QList<Note> &notes)
{
    const Result<QList<Note>> placed = service.placed(notes);
    if (!placed)
        return Error {placed.error()};
    return prepareExport(articles, placed.value());
}

QByteArray exportNotes(const QList<ExportedNote> &notes, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return exporters::markdown(notes);
    case ExportFormat::Html: return exporters::html(notes);
    case ExportFormat::Csv: return exporters::csv(notes);
    case ExportFormat::Json: return exporters::webAnnotation(notes);
    }
    return {};
}

Status writeExportFile(const QString &path, const QByteArray &bytes)
{
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {CoreText::tr("%1: cannot write: %2").arg(name, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error {CoreText::tr("%1: cannot write: %2").arg(name, file.errorString())};
    return Done {};
}

QString articleLink(ArticleId article)
{
    return QStringLiteral("newsmark://article/%1").arg(article);
}

QString noteLink(const Note &note)
{
    return articleLink(note.articleId) % QStringLiteral("?note=") % note.idText();
}

std::optional<NoteLink> parseNoteLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"newsmark" || url.host() != u"article")
        return std::nullopt;
    const QString path = url.path();
    bool isNumber = false;
    const ArticleId id = path.mid(1).toLongLong(&isNumber);
    if (!path.startsWith(u'/') || !isNumber || id <= 0)
        return std::nullopt;
    NoteLink parsed {id, std::nullopt};
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("note"))) {
        const QUuid note = QUuid::fromString(query.queryItemValue(QStringLiteral("note")));
        if (note.isNull())
            return std::nullopt;
        parsed.note = note;
    }
    return parsed;
}

QString quotedSpanText(const QuotedSpan &span)
{
    QStringList values;
    for (auto it = span.normalized.constBegin(); it != span.normalized.constEnd(); ++it)
        values << it.key() % u'=' % normalizedValueText(it.value());
    QString text = spanKindName(span.kind) % u' ' % span.text;
    if (!values.isEmpty())
        text += QStringLiteral(" (") % values.join(QStringLiteral(", ")) % u')';
    return text;
}

QString readableSpanText(const QuotedSpan &span)
{
    QString text = spanKindLabel(span.kind) % u' ' % span.text;
    QString detail;
    if (span.isAmount()) {
        if (const auto amount = Amount::fromJson(span.kind, span.normalized))
            detail = readExact(*amount);
    } else {
        detail = span.normalized.value(QStringLiteral("entity")).toString();
    }
    if (!detail.isEmpty() && detail != span.text)
        text += QStringLiteral(" (") % detail % u')';
    return text;
}

namespace exporters {

namespace {

QStringList spanTexts(const ExportedNote &note, SpanStyle style, bool amounts)
{
    QStringList out;
    for (const QuotedSpan &span : note.spans) {
        if (span.isAmount() == amounts)
            out << (style == SpanStyle::Readable ? readableSpanText(span) : quotedSpanText(span));
    }
    return out;
}

} // namespace

QStringList entityTexts(const ExportedNote &note, SpanStyle style)
{
    return spanTexts(note, style, false);
}

QStringList amountTexts(const ExportedNote &note, SpanStyle style)
{
    return spanTexts(note, style, true);
}

} // namespace exporters

} // namespace newsmark
