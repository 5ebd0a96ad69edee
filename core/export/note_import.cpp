#include "export/note_import.h"

#include "i18n/ui_language.h"

#include "analysis/span.h"
#include "export/note_export.h"
#include "notes/anchoring.h"
#include "notes/note_service.h"
#include "storage/article_store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace newsmark {

namespace {

// One value or an array of them, as the model allows for body, target and selector.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray {value};
}

bool hasType(const QJsonObject &object, QStringView type)
{
    for (const QJsonValue &t : asArray(object.value(u"type"))) {
        if (t.toString() == type)
            return true;
    }
    return false;
}

QJsonArray annotationsIn(const QJsonDocument &document, QString *error)
{
    if (document.isArray())
        return document.array();
    const QJsonObject root = document.object();
    if (hasType(root, u"Annotation"))
        return QJsonArray {root};
    if (hasType(root, u"AnnotationPage"))
        return root.value(u"items").toArray();
    if (hasType(root, u"AnnotationCollection")) {
        // Pages may be embedded (as we write them) and linked with "next"; linked pages in other
        // files are not followed.
        QJsonArray all;
        QJsonValue page = root.value(u"first");
        while (page.isObject()) {
            for (const QJsonValue &item : page.toObject().value(u"items").toArray())
                all.append(item);
            page = page.toObject().value(u"next");
        }
        return all;
    }
    *error = QStringLiteral("neither an annotation, an AnnotationPage, an AnnotationCollection "
                            "nor an array of annotations");
    return {};
}

struct ArticleText
{
    ArticleId id = 0;
    QString text;
    QString hash;
};

class Reader final
{
public:
    explicit Reader(ArticleStore &articles)
        : m_articles(articles)
    { }

    // The note an annotation describes, or the reason it cannot be read.
    Result<Note> read(const QJsonObject &a)
    {
        if (!hasType(a, u"Annotation"))
            return Error {CoreText::tr("its type is not \"Annotation\"")};
        const QString id = a.value(u"id").toString();
        const QUuid uuid = id.startsWith(u"urn:uuid:") ? QUuid::fromString(id.mid(9)) : QUuid();
        if (uuid.isNull())
            return Error {CoreText::tr("its id \"%1\" is not an urn:uuid: UUID").arg(id)};

        const QJsonObject extension = a.value(u"newsmark").toObject();
        const QJsonArray targets = asArray(a.value(u"target"));
        if (targets.isEmpty() || !targets.at(0).isObject())
            return Error {CoreText::tr("it has no target")};
        const QJsonObject target = targets.at(0).toObject();
        const auto article = findArticle(target.value(u"source").toString(),
                                         extension.value(u"article").toObject());
        if (!article)
            return Error {article.error()};

        QJsonObject quoteSelector;
        QJsonObject positionSelector;
        for (const QJsonValue &s : asArray(target.value(u"selector"))) {
            const QJsonObject selector = s.toObject();
            if (hasType(selector, u"TextQuoteSelector") && quoteSelector.isEmpty())
                quoteSelector = selector;
            else if (hasType(selector, u"TextPositionSelector") && positionSelector.isEmpty())
                positionSelector = selector;
        }
        const anchoring::TextQuote quote {quoteSelector.value(u"exact").toString(),
                                          quoteSelector.value(u"prefix").toString(),
                                          quoteSelector.value(u"suffix").toString()};
        if (quote.exact.isEmpty())
            return Error {CoreText::tr("it has no TextQuoteSelector with an \"exact\" quote")};

        Note note;
        note.id = uuid;
        note.articleId = article->id;
        note.originalQuote = extension.value(u"originalQuote").toString(quote.exact);
        note.textHash = extension.value(u"textHash").toString(article->hash);
        note.anchoredHash = article->hash;
        if (!place(note, *article, quote, positionSelector))
            return Error {CoreText::tr("its TextPositionSelector is not a range")};

        const QString color = extension.value(u"color").toString(QStringLiteral("yellow"));
        const std::optional<NoteColor> parsedColor = noteColorFromKey(color);
        if (!parsedColor)
            return Error {CoreText::tr("its colour \"%1\" is not one of ours").arg(color)};
        note.color = *parsedColor;
        for (const QJsonValue &b : asArray(a.value(u"body"))) {
            const QJsonObject body = b.toObject();
            const QString purpose = body.value(u"purpose").toString();
            if (!hasType(body, u"TextualBody"))
                continue; // other bodies (links, images) have no place in a note
            if (purpose == u"tagging")
                note.tags << body.value(u"value").toString();
            else if (note.body.isEmpty())
                note.body = body.value(u"value").toString();
        }
        note.tags = normalizeTags(note.tags);
        note.created = noteTimestampFromText(a.value(u"created").toString());
        note.updated = noteTimestampFromText(a.value(u"modified").toString());
        if (!note.created.isValid())
            return Error {CoreText::tr("its \"created\" time is missing or not ISO 8601")};
        if (!note.updated.isValid())
            note.updated = note.created;
        return note;
    }

private:
    Result<ArticleText> findArticle(const QString &source, const QJsonObject &article)
    {
        // The content hash first: it names the same article in another library, where ids differ.
        std::optional<ArticleId> id;
        const QString hash = article.value(u"contentHash").toString();
        if (!hash.isEmpty())
            id = m_articles.findByHash(hash);
        if (!id) {
            const std::optional<NoteLink> link = parseNoteLink(source);
            if (!link) {
                return Error {CoreText::tr("its target \"%1\" is not a newsmark://article/ link")
                                      .arg(source)};
            }
            id = link->article;
        }
        if (const auto cached = m_texts.constFind(*id); cached != m_texts.constEnd())
            return *cached;
        const std::optional<Article> found = m_articles.find(*id);
        if (!found) {
            return Error {CoreText::tr("its article (%1) is not in this library")
                                  .arg(hash.isEmpty() ? source : hash)};
        }
        const ArticleText text {*id, found->canonicalText(), found->computeContentHash()};
        m_texts.insert(*id, text);
        return text;
    }

    // Exactly where the position selector says when the quote is there, else as reanchoring does.
    static bool place(Note &note, const ArticleText &article, const anchoring::TextQuote &quote,
                      const QJsonObject &position)
    {
        std::optional<qsizetype> hint;
        qsizetype start = 0;
        qsizetype end = 0;
        if (!position.isEmpty()) {
            start = position.value(u"start").toInteger(-1);
            end = position.value(u"end").toInteger(-1);
            if (start < 0 || end <= start)
                return false;
            hint = utf16Offset(article.text, start);
        }
        const anchoring::AnchorMatch match = anchoring::anchorQuote(article.text, quote, hint);
        note.anchor = match.state;
        if (!match.isPlaced()) {
            note.quote = quote.exact;
            note.prefix = quote.prefix;
            note.suffix = quote.suffix;
            note.start = hint ? start : 0;
            note.end = hint ? end : codePointOffset(quote.exact, quote.exact.size());
            return true;
        }
        const anchoring::TextQuote placed =
                anchoring::quoteAt(article.text, match.start, match.end);
        note.quote = placed.exact;
        note.prefix = placed.prefix;
        note.suffix = placed.suffix;
        note.start = codePointOffset(article.text, match.start);
        note.end = codePointOffset(article.text, match.end);
        return true;
    }

    ArticleStore &m_articles;
    QHash<ArticleId, ArticleText> m_texts;
};

} // namespace

Result<NoteImportReport> importNotesJson(NoteService &service, const QByteArray &json,
                                         const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {CoreText::tr("%1: not valid JSON (at byte %2: %3)")
                              .arg(sourceName)
                              .arg(parseError.offset)
                              .arg(parseError.errorString())};
    }
    QString error;
    const QJsonArray annotations = annotationsIn(document, &error);
    if (!error.isEmpty())
        return Error {QStringLiteral("%1: %2").arg(sourceName, error)};

    Reader reader(service.articles());
    QList<Note> notes;
    QSet<QUuid> seen;
    NoteImportReport report;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QJsonObject object = annotations.at(i).toObject();
        const QString name =
                QStringLiteral("%1: annotation %2%3")
                        .arg(sourceName)
                        .arg(i + 1)
                        .arg(object.contains(u"id")
                                     ? QStringLiteral(" (%1)").arg(object.value(u"id").toString())
                                     : QString());
        if (!annotations.at(i).isObject())
            return Error {CoreText::tr("%1: not a JSON object").arg(name)};
        auto note = reader.read(object);
        if (!note)
            return Error {QStringLiteral("%1: %2").arg(name, note.error())};
        if (seen.contains(note->id))
            return Error {CoreText::tr("%1: its id appears twice in the file").arg(name)};
        seen.insert(note->id);
        notes.append(note.value());
    }
    auto stored = service.restoreMany(notes, true);
    if (!stored)
        return Error {CoreText::tr("%1: nothing was imported: %2").arg(sourceName, stored.error())};
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (!stored.value().at(i)) {
            ++report.skipped;
            continue;
        }
        ++report.added;
        if (notes.at(i).isOrphaned())
            ++report.orphaned;
    }
    return report;
}

Result<NoteImportReport> importNotesFile(NoteService &service, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {CoreText::tr("%1: cannot read: %2").arg(name, file.errorString())};
    return importNotesJson(service, file.readAll(), name);
}

} // namespace newsmark
