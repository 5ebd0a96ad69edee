#include "analysis/analyzer.h"
#include "render/reader_page.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace newsmark;

namespace {

Article articleWith(const QStringList &paragraphs,
                    const QString &headline = QStringLiteral("헤드라인"))
{
    Article a;
    a.id = 7;
    a.language = QStringLiteral("ko");
    a.headline = headline;
    a.subheadlines = {QStringLiteral("부제")};
    a.outlet = QStringLiteral("한빛경제");
    a.reporter = QStringLiteral("김하늘");
    a.paragraphs = paragraphs;
    return a;
}

// The text of every element the page would create from article text, i.e. tags that are not
// ones the renderer itself writes.
QStringList foreignTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)"));
    static const QStringList ours = {
            QStringLiteral("html"),   QStringLiteral("head"),   QStringLiteral("meta"),
            QStringLiteral("title"),  QStringLiteral("link"),   QStringLiteral("script"),
            QStringLiteral("style"),  QStringLiteral("body"),   QStringLiteral("article"),
            QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("nav"),
            QStringLiteral("button"), QStringLiteral("span"),   QStringLiteral("p"),
            QStringLiteral("h1"),     QStringLiteral("h2"),     QStringLiteral("div"),
            QStringLiteral("mark"),   QStringLiteral("time")};
    QStringList found;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QString name = it.next().captured(1).toLower();
        if (!ours.contains(name))
            found << name;
    }
    return found;
}

int countOf(const QString &html, const QString &needle)
{
    return int(html.count(needle));
}

} // namespace

class TestRender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileTextStaysText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script> 본문");
        QTest::newRow("img onerror") << QStringLiteral("<img src=x onerror=alert(1)>");
        QTest::newRow("javascript link")
                << QStringLiteral("<a href=\"javascript:alert(1)\">클릭</a>");
        QTest::newRow("attribute breakout") << QStringLiteral("\" onmouseover=\"alert(1)\" x=\"");
        QTest::newRow("entity") << QStringLiteral("&lt;script&gt; &amp; &#x3c;");
        QTest::newRow("closing tags") << QStringLiteral("</p></article></body><iframe src=//x>");
    }
    void hostileTextStaysText()
    {
        QFETCH(QString, text);
        const Article a = articleWith({text}, text);
        const QString html = ReaderPage::render(a, Analyzer::standard().analyze(a.canonicalText()));
        QVERIFY2(foreignTags(html).isEmpty(), qPrintable(foreignTags(html).join(u',')));
        QCOMPARE(countOf(html, QStringLiteral("<script")), 2); // qwebchannel.js and reader.js only
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("onmouseover=\"")));
        QVERIFY(html.contains(text.toHtmlEscaped())); // shown, as text
    }

    void standalonePageHasNoScriptAndInlineStyle()
    {
        const Article a = articleWith({QStringLiteral("<script>x</script>")});
        ReaderPageOptions options;
        options.standalone = true;
        const QString html = ReaderPage::render(a, {}, options);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("newsmark://")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(html.contains(QStringLiteral(".nm-headline"))); // the real stylesheet, inlined
    }

    void everyPageDeclaresTheCsp()
    {
        const QString html = ReaderPage::render(articleWith({QStringLiteral("x")}), {});
        QVERIFY(html.contains(QStringLiteral("http-equiv=\"Content-Security-Policy\"")));
        QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
        QVERIFY(!ReaderPage::contentSecurityPolicy(false).contains(QStringLiteral("http")));
        QVERIFY(ReaderPage::placeholder(QStringLiteral("<b>"))
                        .contains(QStringLiteral("&lt;b&gt;")));
    }

    void highlightsCarryKindOffsetsAndTooltip()
    {
        const Article a = articleWith(
                {QStringLiteral("오픈AI는 5000억달러(약 720조원)를 투자하고 지분 90%를 가진다.")});
        const QString canonical = a.canonicalText();
        const QList<Span> spans = Analyzer::standard().analyze(canonical);
        QVERIFY(spans.size() >= 3);
        const QString html = ReaderPage::render(a, spans);
        QCOMPARE(countOf(html, QStringLiteral("<mark class=\"nm-span")), int(spans.size()));
        QVERIFY(html.contains(QStringLiteral("data-kind=\"MONEY\"")));
        QVERIFY(html.contains(QStringLiteral("data-kind=\"PERCENT\"")));
        // Each mark's offsets select exactly the text it wraps.
        static const QRegularExpression mark(QStringLiteral(
                "<mark class=\"nm-span nm-\\w+\" data-kind=\"\\w+\" data-start=\"(\\d+)\" "
                "data-end=\"(\\d+)\" title=\"([^\"]*)\">([^<]*)</mark>"));
        auto it = mark.globalMatch(html);
        int seen = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            const int start = m.captured(1).toInt();
            const int end = m.captured(2).toInt();
            QCOMPARE(canonical.mid(start, end - start).toHtmlEscaped(), m.captured(4));
            QVERIFY(m.captured(3).contains(m.captured(4)));
            ++seen;
        }
        QCOMPARE(seen, int(spans.size()));
        QVERIFY(html.contains(QStringLiteral("class=\"nm-legend\"")));
        QVERIFY(html.contains(QStringLiteral("data-kind=\"money\"")));
    }

    // A count, rank or age the entity model reads is its own kind: highlighted, in the legend
    // with its own toggle key, and its tooltip names it without an amount's read-out.
    void countsHaveTheirOwnLegendItem()
    {
        const Article a = articleWith(
                {QStringLiteral("그는 올해 마라톤에서 3위를 차지했고 상금 500만원을 받았다.")});
        const QString canonical = a.canonicalText();
        const QList<Span> spans = Analyzer::standard().analyze(canonical);
        const auto count = std::find_if(spans.cbegin(), spans.cend(),
                                        [](const Span &s) { return s.kind == SpanKind::Count; });
        QVERIFY(count != spans.cend());
        QCOMPARE(canonical.mid(count->start, count->length()), QStringLiteral("3위"));
        const QString html = ReaderPage::render(a, spans);
        QVERIFY(html.contains(
                QStringLiteral("<mark class=\"nm-span nm-count\" data-kind=\"COUNT\"")));
        QVERIFY(html.contains(
                QStringLiteral("class=\"nm-legend-item nm-count\" data-kind=\"count\"")));
        QVERIFY(html.contains(QStringLiteral("title=\"Count: 3위\"")));
        QVERIFY(html.contains(QStringLiteral("data-kind=\"MONEY\"")));
    }

    void blocksCarryTheirCanonicalOffsets()
    {
        const Article a = articleWith({QStringLiteral("첫 문단"), QStringLiteral("둘째 문단")});
        const QString html = ReaderPage::render(a, {});
        for (const TextBlock &b : a.blocks())
            QVERIFY(html.contains(
                    QStringLiteral("data-start=\"%1\">%2<").arg(b.start).arg(b.text)));
        QCOMPARE(a.canonicalText().mid(a.blocks().at(3).start, 5), QStringLiteral("둘째 문단"));
    }

    // A saved page's layout: a heading, a list, a quote, a figure with its caption, every block
    // still one element with its canonical offset; the image comes from the app's scheme.
    void pageLayoutKeepsItsKinds()
    {
        Article a =
                articleWith({QStringLiteral("본문"), QStringLiteral("사진 설명"),
                             QStringLiteral("소제목"), QStringLiteral("하나"), QStringLiteral("둘"),
                             QStringLiteral("인용"), QStringLiteral("끝 문단")});
        a.paragraphKinds = {ParagraphKind::Paragraph, ParagraphKind::Caption,
                            ParagraphKind::Heading,   ParagraphKind::ListItem,
                            ParagraphKind::ListItem,  ParagraphKind::Quote,
                            ParagraphKind::Paragraph};
        Figure figure;
        figure.beforeParagraph = 1;
        figure.alt = QStringLiteral("\"<사진>\"");
        figure.width = 640;
        figure.height = 360;
        Figure last = figure;
        last.beforeParagraph = 7;
        a.figures = {figure, last};
        const QString html = ReaderPage::render(a, {});
        const QList<TextBlock> blocks = a.blocks();
        const auto start = [&](int paragraph) { return blocks.at(2 + paragraph).start; };
        QVERIFY(html.contains(
                QStringLiteral("<figure class=\"nm-figure\"><img src=\"newsmark://app/image/7/0\""
                               " alt=\"&quot;&lt;사진&gt;&quot;\" width=\"640\" height=\"360\""
                               " loading=\"lazy\"><figcaption class=\"nm-block nm-caption\""
                               " data-start=\"%1\">사진 설명</figcaption></figure>")
                        .arg(start(1))));
        QVERIFY(html.contains(
                QStringLiteral("<h3 class=\"nm-block nm-heading\" data-start=\"%1\">소제목</h3>")
                        .arg(start(2))));
        QVERIFY(html.contains(
                QStringLiteral("<ul class=\"nm-list\"><li class=\"nm-block nm-list-item\""
                               " data-start=\"%1\">하나</li><li class=\"nm-block nm-list-item\""
                               " data-start=\"%2\">둘</li></ul><blockquote")
                        .arg(start(3))
                        .arg(start(4))));
        // The last figure closes the body, after its last paragraph.
        QVERIFY(html.contains(QStringLiteral("끝 문단</p><figure class=\"nm-figure\"><img "
                                             "src=\"newsmark://app/image/7/1\"")));
        QCOMPARE(countOf(html, QStringLiteral("<figure")),
                 countOf(html, QStringLiteral("</figure>")));
        // An export has no scheme to serve images from: the captions stay, the images go.
        ReaderPageOptions standalone;
        standalone.standalone = true;
        const QString exported = ReaderPage::render(a, {}, standalone);
        QVERIFY(!exported.contains(QStringLiteral("<img")));
        QVERIFY(exported.contains(QStringLiteral(">사진 설명</p>")));
    }

    // An article opened from the Trash says where it is, with the time it went there.
    void aTrashedArticleSaysSo()
    {
        Article a = articleWith({QStringLiteral("본문")});
        QVERIFY(!ReaderPage::render(a, {}).contains(QStringLiteral("nm-trashed")));
        a.deletedAt = QDateTime(QDate(2026, 12, 5), QTime(1, 2), QTimeZone::utc());
        const QString html = ReaderPage::render(a, {});
        QVERIFY(html.contains(QStringLiteral("<p class=\"nm-trashed\" role=\"status\">In the "
                                             "Trash since ")));
        QVERIFY(html.contains(QStringLiteral("newsmark-cli restore 7</code>")));
        QCOMPARE(foreignTags(html), QStringList {QStringLiteral("code")});
    }

    void spanAcrossBlocksIsClipped()
    {
        const Article a = articleWith({QStringLiteral("가나다"), QStringLiteral("라마바")});
        const qsizetype start = a.blocks().at(2).start + 1;
        const QList<Span> spans {Span {start, start + 5, SpanKind::Organization, {}, {}}};
        const QString html = ReaderPage::render(a, spans);
        QVERIFY(html.contains(QStringLiteral(">나다</mark>")));
        QVERIFY(html.contains(QStringLiteral(">라마</mark>")));
    }

    void veryLongLineRenders()
    {
        const QString line = QString(100000, QLatin1Char('a')) + QStringLiteral("<script>");
        const QString html = ReaderPage::render(articleWith({line}), {});
        QVERIFY(html.contains(QString(100000, QLatin1Char('a'))
                              + QStringLiteral("&lt;script&gt;")));
    }

    void darkThemeMarksTheRoot()
    {
        ReaderPageOptions dark;
        dark.theme = ReaderTheme::Dark;
        QVERIFY(ReaderPage::render(articleWith({}), {}, dark)
                        .contains(QStringLiteral("class=\"nm-dark\"")));
        QVERIFY(ReaderPage::render(articleWith({}), {})
                        .contains(QStringLiteral("class=\"nm-light\"")));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
