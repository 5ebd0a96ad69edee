#include "analysis/analyzer.h"
#include "analysis/span.h"
#include "model/note.h"
#include "notes/note_service.h"
#include "render/reader_page.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark;

namespace {

Article articleWith(const QStringList &paragraphs)
{
    Article a;
    a.id = 3;
    a.language = u"ko"_s;
    a.headline = u"반도체 투자 5000억달러 시대"_s;
    a.paragraphs = paragraphs;
    return a;
}

const QStringList kParagraphs = {
        u"글로벌 반도체 설비 투자 규모가 올해 처음으로 5000억달러를 넘어설 것으로 보인다."_s,
        u"국내 장비업체들의 수출 물량 가운데 90%가 메모리 공장으로 향한다. <b>&</b> \"끝\""_s};

QString unescape(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    return text.replace(u"&amp;"_s, u"&"_s);
}

// What the page's DOM would hold, read back from the HTML: the text of every block at its
// data-start, and for every canonical offset inside a block the note ids and span kinds whose
// elements enclose it. Fails (empty blocks) when a mark is left open at the end of a block or an
// end tag closes something other than the innermost element.
struct PageReading
{
    QMap<qsizetype, QString> blocks; // data-start → text content
    QMap<qsizetype, QSet<QString>> notesAt;
    QMap<qsizetype, QString> spanAt;
    bool wellNested = true;
};

PageReading readPage(const QString &html)
{
    static const QRegularExpression token(u"<(/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)"_s);
    static const QRegularExpression blockStart(u"class=\"nm-block[^\"]*\" data-start=\"(\\d+)\""_s);
    static const QRegularExpression noteId(u"data-note-id=\"([^\"]*)\""_s);
    static const QRegularExpression spanKind(u"class=\"nm-span nm-([a-z]+)\""_s);
    PageReading reading;
    const qsizetype body = html.indexOf(u"<body>"_s);
    struct Open
    {
        QString tag;
        QString note;
        QString span;
    };
    QList<Open> stack;
    qsizetype block = -1;
    qsizetype offset = 0;
    auto it = token.globalMatch(html, body);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(4).isEmpty()) {
            if (block < 0)
                continue;
            const QString text = unescape(m.captured(4));
            reading.blocks[block] += text;
            for (qsizetype i = 0; i < text.size(); ++i, ++offset) {
                for (const Open &open : std::as_const(stack)) {
                    if (!open.note.isEmpty())
                        reading.notesAt[block + offset].insert(open.note);
                    if (!open.span.isEmpty())
                        reading.spanAt[block + offset] = open.span;
                }
            }
            continue;
        }
        const QString tag = m.captured(2).toLower();
        const QString attrs = m.captured(3);
        if (m.captured(1) == u"/"_s) {
            if (block < 0)
                continue;
            if (stack.isEmpty() || stack.constLast().tag != tag) {
                reading.wellNested = false;
                continue;
            }
            stack.removeLast();
            if (stack.isEmpty())
                block = -1;
            continue;
        }
        if (const auto b = blockStart.match(attrs); b.hasMatch()) {
            if (!stack.isEmpty())
                reading.wellNested = false;
            stack.clear();
            block = b.captured(1).toLongLong();
            offset = 0;
            stack.append({tag, {}, {}});
            continue;
        }
        if (block < 0)
            continue;
        stack.append({tag, unescape(noteId.match(attrs).captured(1)),
                      spanKind.match(attrs).captured(1)});
    }
    return reading;
}

ReaderNote readerNote(const QString &id, const QString &color, qsizetype start, qsizetype end)
{
    return {id, color, start, end, {}};
}

} // namespace

class TestRenderNotes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notesNestWithSpans_data();
    void notesNestWithSpans();
    void notesAreEscapedAttributes();
    void codePointNotesConvert();
    void noNotesChangesNothing();
};

void TestRenderNotes::notesNestWithSpans_data()
{
    const Article article = articleWith(kParagraphs);
    const QString text = article.canonicalText();
    const QList<Span> spans = Analyzer::standard().analyze(text);
    const qsizetype p1 = text.indexOf(kParagraphs.at(0));
    const qsizetype p2 = text.indexOf(kParagraphs.at(1));
    // The amount in the first paragraph (the headline has one too).
    const auto money = std::find_if(spans.cbegin(), spans.cend(), [p1](const Span &s) {
        return s.kind == SpanKind::Money && s.start >= p1;
    });
    QVERIFY(money != spans.cend());

    QTest::addColumn<QList<ReaderNote>>("notes");
    QTest::newRow("note around an amount") << QList<ReaderNote> {
            readerNote(u"a"_s, u"yellow"_s, money->start - 3, money->end + 2)};
    QTest::newRow("note over part of an amount")
            << QList<ReaderNote> {readerNote(u"a"_s, u"green"_s, money->start + 2, money->end + 4)};
    QTest::newRow("note inside an amount")
            << QList<ReaderNote> {readerNote(u"a"_s, u"blue"_s, money->start + 1, money->end - 1)};
    QTest::newRow("two overlapping notes")
            << QList<ReaderNote> {readerNote(u"a"_s, u"yellow"_s, p1 + 2, p1 + 20),
                                  readerNote(u"b"_s, u"pink"_s, p1 + 10, money->end + 1)};
    QTest::newRow("same range twice")
            << QList<ReaderNote> {readerNote(u"a"_s, u"yellow"_s, p1 + 2, p1 + 20),
                                  readerNote(u"b"_s, u"purple"_s, p1 + 2, p1 + 20)};
    QTest::newRow("across two paragraphs")
            << QList<ReaderNote> {readerNote(u"a"_s, u"orange"_s, p1 + 30, p2 + 12)};
    QTest::newRow("across the headline and both paragraphs, with one inside")
            << QList<ReaderNote> {readerNote(u"a"_s, u"yellow"_s, 4, text.size()),
                                  readerNote(u"b"_s, u"green"_s, p2 + 3, p2 + 8)};
    QTest::newRow("over markup characters") << QList<ReaderNote> {
            readerNote(u"a\"<x>"_s, u"blue"_s, text.indexOf(u"<b>"_s), text.size() - 1)};
}

void TestRenderNotes::notesNestWithSpans()
{
    QFETCH(QList<ReaderNote>, notes);
    const Article article = articleWith(kParagraphs);
    const QString text = article.canonicalText();
    const QList<Span> spans = Analyzer::standard().analyze(text);
    ReaderPageOptions options;
    options.notes = notes;
    const QString html = ReaderPage::render(article, spans, options);
    const PageReading page = readPage(html);
    QVERIFY(page.wellNested);

    // The text content is the canonical text, block by block.
    for (const TextBlock &block : article.blocks())
        QCOMPARE(page.blocks.value(block.start), block.text);
    QCOMPARE(page.blocks.size(), article.blocks().size());

    // Each character is inside exactly the notes and the span that cover it.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            continue;
        QSet<QString> expected;
        for (const ReaderNote &note : notes) {
            if (note.start <= i && i < note.end)
                expected.insert(note.id);
        }
        QCOMPARE(page.notesAt.value(i), expected);
        QString kind;
        for (const Span &span : spans) {
            if (span.start <= i && i < span.end)
                kind = spanKindKey(span.kind);
        }
        QCOMPARE(page.spanAt.value(i), kind);
    }
    for (const ReaderNote &note : notes) {
        QVERIFY(html.contains(u"data-note-id=\""_s + note.id.toHtmlEscaped() + u'"'));
        QVERIFY(html.contains(u"nm-note nm-note-"_s + note.color));
    }
    // The page script and the entity marks are there as before.
    QVERIFY(html.contains(u"data-kind=\"MONEY\""_s));
    QCOMPARE(html.count(u"<script"_s), 2);
}

void TestRenderNotes::notesAreEscapedAttributes()
{
    const Article article = articleWith(kParagraphs);
    ReaderPageOptions options;
    options.notes = {{u"\" onclick=\"x"_s, u"yellow\" onmouseover=\"y"_s, 5, 12,
                      u"<script>alert(1)</script>"_s}};
    const QString html = ReaderPage::render(article, {}, options);
    QVERIFY(!html.contains(u"onclick=\""_s));
    QVERIFY(!html.contains(u"onmouseover=\""_s));
    QVERIFY(!html.contains(u"<script>alert"_s));
    QVERIFY(readPage(html).wellNested);
}

void TestRenderNotes::codePointNotesConvert()
{
    // An emoji is two UTF-16 units but one code point: the store's positions count code points.
    const Article article = articleWith({u"😀 앞 문장. 표시할 구절이 여기에 있다."_s});
    const QString text = article.canonicalText();
    const QString quote = u"표시할 구절"_s;
    Note note;
    note.id = QUuid::createUuid();
    note.start = codePointOffset(text, text.indexOf(quote));
    note.end = note.start + quote.size();
    const auto range = noteUtf16Range(note, text);
    QVERIFY(range);
    ReaderPageOptions options;
    options.notes = {{note.idText(), u"yellow"_s, range->first, range->second, {}}};
    const PageReading page = readPage(ReaderPage::render(article, {}, options));
    QString marked;
    for (auto it = page.notesAt.cbegin(); it != page.notesAt.cend(); ++it) {
        if (it.value().contains(note.idText()))
            marked += text.at(it.key());
    }
    QCOMPARE(marked, quote);
}

void TestRenderNotes::noNotesChangesNothing()
{
    const Article article = articleWith(kParagraphs);
    const QList<Span> spans = Analyzer::standard().analyze(article.canonicalText());
    const QString html = ReaderPage::render(article, spans);
    QVERIFY(!html.contains(u"nm-note"_s));
    // One element per span, as before notes.
    QCOMPARE(html.count(u"<mark class=\"nm-span"_s), spans.size());
    QVERIFY(readPage(html).wellNested);
}

QTEST_APPLESS_MAIN(TestRenderNotes)
#include "tst_render_notes.moc"
