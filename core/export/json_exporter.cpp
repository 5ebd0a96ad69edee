// The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/): one Annotation per
// note, gathered in an AnnotationCollection whose first (and only) AnnotationPage embeds them.

#include "export/exporters.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace newsmark::exporters {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray spansJson(const ExportedNote &e, bool amounts)
{
    QJsonArray out;
    for (const QuotedSpan &span : e.spans) {
        if (span.isAmount() != amounts)
            continue;
        QJsonObject json {{QStringLiteral("type"), spanKindName(span.kind)},
                          {QStringLiteral("text"), span.text}};
        if (!span.normalized.isEmpty())
            json.insert(QStringLiteral("normalized"), span.normalized);
        out.append(json);
    }
    return out;
}

// A collection's id is derived from what it holds, so exporting the same notes twice gives the
// same document.
QString collectionId(const QList<ExportedNote> &notes)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const ExportedNote &e : notes)
        hash.addData(e.note.idText().toLatin1());
    static const QUuid ns = QUuid::fromString(u"6f1e3c5a-5a43-4f6e-9d7c-4e65f7a0b1c2");
    return QStringLiteral("urn:uuid:")
            % QUuid::createUuidV5(ns, hash.result()).toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject annotation(const ExportedNote &e)
{
    const Note &n = e.note;
    QJsonArray bodies;
    if (!n.body.isEmpty()) {
        bodies.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                   {QStringLiteral("value"), n.body},
                                   {QStringLiteral("format"), QStringLiteral("text/markdown")},
                                   {QStringLiteral("purpose"), QStringLiteral("commenting")}});
    }
    for (const QString &tag : n.tags) {
        bodies.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                   {QStringLiteral("value"), tag},
                                   {QStringLiteral("purpose"), QStringLiteral("tagging")}});
    }
    QJsonArray selectors {
            QJsonObject {{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                         {QStringLiteral("exact"), n.quote},
                         {QStringLiteral("prefix"), n.prefix},
                         {QStringLiteral("suffix"), n.suffix}}};
    // An orphaned note has no place: its position would point at text that is not its quote.
    if (!n.isOrphaned()) {
        selectors.append(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                             {QStringLiteral("start"), double(n.start)},
                             {QStringLiteral("end"), double(n.end)}});
    }
    const QJsonObject target {{QStringLiteral("source"), articleLink(e.article.id)},
                              {QStringLiteral("selector"), selectors}};
    const QJsonObject article {{QStringLiteral("id"), double(e.article.id)},
                               {QStringLiteral("headline"), e.article.headline},
                               {QStringLiteral("outlet"), orNull(e.article.outlet)},
                               {QStringLiteral("published"), orNull(e.article.published)},
                               {QStringLiteral("sourcePath"), orNull(e.article.sourcePath)},
                               {QStringLiteral("contentHash"), orNull(e.article.contentHash)}};
    // What the model has no word for travels under one "newsmark" key, which JSON-LD processors
    // ignore and our import reads back.
    const QJsonObject extension {{QStringLiteral("article"), article},
                                 {QStringLiteral("color"), noteColorKey(n.color)},
                                 {QStringLiteral("anchor"), anchorStateKey(n.anchor)},
                                 {QStringLiteral("originalQuote"), n.originalQuote},
                                 {QStringLiteral("textHash"), n.textHash},
                                 {QStringLiteral("link"), noteLink(n)},
                                 {QStringLiteral("entities"), spansJson(e, false)},
                                 {QStringLiteral("amounts"), spansJson(e, true)}};
    QJsonObject json {
            {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
            {QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") % n.idText())},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"),
             n.body.isEmpty() ? QStringLiteral("highlighting") : QStringLiteral("commenting")},
            {QStringLiteral("created"), noteTimestampText(n.created)},
            {QStringLiteral("modified"), noteTimestampText(n.updated)},
            {QStringLiteral("target"), target},
            {QStringLiteral("newsmark"), extension}};
    if (!bodies.isEmpty())
        json.insert(QStringLiteral("body"), bodies.size() == 1 ? bodies.at(0) : QJsonValue(bodies));
    return json;
}

QByteArray webAnnotation(const QList<ExportedNote> &notes)
{
    QJsonArray items;
    // Items keep their own @context (allowed, if redundant, when embedded) so that each one
    // copied out of the file is a complete annotation.
    for (const ExportedNote &e : notes)
        items.append(annotation(e));
    const QJsonObject page {{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                            {QStringLiteral("startIndex"), 0},
                            {QStringLiteral("items"), items}};
    const QJsonObject collection {
            {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
            {QStringLiteral("id"), collectionId(notes)},
            {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
            {QStringLiteral("label"), QStringLiteral("Newsmark notes")},
            {QStringLiteral("total"), double(notes.size())},
            {QStringLiteral("first"), page}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace newsmark::exporters
