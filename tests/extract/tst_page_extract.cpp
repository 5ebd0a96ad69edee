// PageExtractor on original fixture pages (tests/data/pages): Korean news layouts in UTF-8 and
// CP949, an English article, a page that tries to reach the network, a page that is no article,
// pages over the size limit and over setContent's 2 MB; the queue, cancel and the time limit;
// the charset decision; and the Qt 6.4 behaviour the design rests on (ApplicationWorld scripts
// run while the page's own JavaScript is disabled).

#include "extract_test_support.h"
#include "extraction_web.h"
#include "figure_fetch.h"
#include "page_cleanup.h"
#include "page_decoder.h"
#include "page_extractor.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QTcpServer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <memory>

using namespace newsmark;
using namespace newsmark::extract;
using newsmark::extract::test::extractAndWait;
using newsmark::extract::test::readFile;

namespace {

QByteArray fixture(const char *name)
{
    return readFile(QStringLiteral(NEWSMARK_TEST_DATA "/pages/") + QString::fromLatin1(name));
}

QString allText(const ExtractedPage &page)
{
    return page.article.headline + u'\n' + page.plainText();
}

bool hasBlock(const ExtractedPage &page, PageBlock::Kind kind, const QString &start)
{
    for (const PageBlock &block : page.blocks) {
        if (block.kind == kind && block.text.startsWith(start))
            return true;
    }
    return false;
}

void dump(const ExtractedPage &page)
{
    for (const PageBlock &block : page.blocks)
        qDebug().noquote() << int(block.kind) << block.text;
}

} // namespace

class TestPageExtract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void decoder_data();
    void decoder();
    void boilerplate();
    void applicationWorldRunsWithPageScriptsDisabled();
    void koreanNewsPage();
    void eucKrDeclaredByMeta();
    void cp949DeclaredByHttpOnly_data();
    void cp949DeclaredByHttpOnly();
    void englishArticle();
    void nothingReachesTheNetwork();
    void figuresArePicturesOnly_data();
    void figuresArePicturesOnly();
    void pageOverTheSizeLimit();
    void pageOverTwoMegabytes();
    void notAnArticle();
    void severalPagesInARow();
    void cancel();
    void timeLimit();

private:
    std::unique_ptr<PageExtractor> m_extractor;
};

void TestPageExtract::initTestCase()
{
    m_extractor = std::make_unique<PageExtractor>();
}

void TestPageExtract::cleanupTestCase()
{
    m_extractor.reset();
}

void TestPageExtract::decoder_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("httpCharset");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("text");

    const QByteArray cp949 = QByteArrayLiteral("<p>\x8c\x63\xbe\xe4 \xc1\x64</p>"); // 똠얌 햏
    const QString korean = QStringLiteral("똠얌 햏");
    QTest::newRow("http euc-kr label")
            << cp949 << QByteArrayLiteral("euc-kr") << QByteArrayLiteral("CP949") << korean;
    QTest::newRow("http ks_c_5601-1987")
            << cp949 << QByteArrayLiteral("KS_C_5601-1987") << QByteArrayLiteral("CP949") << korean;
    QTest::newRow("meta euc-kr") << QByteArray("<meta charset=\"euc-kr\">" + cp949) << QByteArray()
                                 << QByteArrayLiteral("CP949") << korean;
    QTest::newRow("http-equiv euc-kr") << QByteArray(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-KR\">" + cp949)
                                       << QByteArray() << QByteArrayLiteral("CP949") << korean;
    QTest::newRow("wrong http utf-8")
            << cp949 << QByteArrayLiteral("utf-8") << QByteArrayLiteral("CP949") << korean;
    QTest::newRow("no label") << cp949 << QByteArray() << QByteArrayLiteral("CP949") << korean;
    QTest::newRow("http utf-8 beats meta euc-kr")
            << QByteArray("<meta charset=\"euc-kr\"><p>" + korean.toUtf8()) << QByteArray("utf-8")
            << QByteArrayLiteral("UTF-8") << korean;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<p>" + korean.toUtf8())
                               << QByteArrayLiteral("euc-kr") << QByteArrayLiteral("UTF-8")
                               << korean;
    QTest::newRow("latin-1 label is windows-1252")
            << QByteArrayLiteral("<meta charset=iso-8859-1><p>caf\xe9 \x93quoted\x94")
            << QByteArray() << QByteArrayLiteral("windows-1252") << QStringLiteral("café “quoted”");
}

void TestPageExtract::decoder()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, httpCharset);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, text);
    const DecodedHtml decoded = decodeHtml(bytes, httpCharset);
    QCOMPARE(decoded.encoding, encoding);
    QVERIFY2(decoded.html.contains(text), qPrintable(decoded.html));
}

// The lines Readability keeps under Korean articles (it dropped them from the fixture pages
// already, so they are checked here on blocks as Readability returns them elsewhere).
void TestPageExtract::boilerplate()
{
    using Kind = PageBlock::Kind;
    const auto p = [](const char *text) {
        return PageBlock {Kind::Paragraph, QString::fromUtf8(text)};
    };
    QList<PageBlock> blocks = {
            p("홈 > 경제 > 산업"),
            p("입력 2026.03.10 14:22 | 수정 2026.03.10 16:05"),
            p("공유 페이스북 트위터 카카오톡 URL복사"),
            p("[항구일보 = 이민재 기자] 항만공사가 새 크레인 네 대를 들여왔다."),
            p("크레인은 다음 주부터 시험 가동에 들어간다. 공사는 하역 시간이 20% 줄 것으로 본다."),
            p("[관련기사] 항만 물동량 석 달째 늘어"),
            p("▶ 항구일보 뉴스레터 받아보기"),
            PageBlock {Kind::Heading, QStringLiteral("관련기사")},
            PageBlock {Kind::ListItem, QStringLiteral("크레인 기사 자격증 응시자 늘어")},
            p("항만 야간 하역 재개"),
            p("공사는 올해 안에 크레인 두 대를 더 들일 계획이다. 예산은 이미 확보했다고 밝혔다."),
            p("이민재 기자 minjae@hangu.example.kr"),
            p("기사제보 및 보도자료 news@hangu.example.kr"),
            p("ⓒ 항구일보(www.hangu.example.kr) 무단전재 및 재배포 금지"),
            p("Copyright © 2026 Hangu Ilbo. All rights reserved."),
            p("댓글 0"),
            p("[ 300자 이내 / 현재: 0자 ]"),
            p("현재 총 0개의 댓글이 있습니다."),
            p("로그인 후 댓글을 남길 수 있습니다"),
    };
    const RemovedBoilerplate found = removeBoilerplate(blocks);
    QStringList kept;
    for (const PageBlock &block : std::as_const(blocks))
        kept.append(block.text);
    QCOMPARE(kept,
             (QStringList {QStringLiteral("항만공사가 새 크레인 네 대를 들여왔다."),
                           QStringLiteral("크레인은 다음 주부터 시험 가동에 들어간다. 공사는 하역 "
                                          "시간이 20% 줄 것으로 본다."),
                           QStringLiteral("공사는 올해 안에 크레인 두 대를 더 들일 계획이다. "
                                          "예산은 이미 확보했다고 밝혔다.")}));
    QCOMPARE(found.outlet, QStringLiteral("항구일보"));
    QCOMPARE(found.reporter, QStringLiteral("이민재"));
    QCOMPARE(found.email, QStringLiteral("minjae@hangu.example.kr"));
    QCOMPARE(found.copyright,
             QStringLiteral("ⓒ 항구일보(www.hangu.example.kr) 무단전재 및 재배포 금지"));
    QCOMPARE(found.published, QStringLiteral("2026-03-10T14:22:00"));

    // Body text that only mentions these words stays.
    QList<PageBlock> body = {
            p("그는 \"댓글 하나에도 상처받는다\"며 기사제보 창구를 늘리고 저작권 교육을 "
              "강화하겠다고 말했다. "
              "이어 공유 경제 정책과 관련기사 작성 원칙도 손보겠다고 덧붙였다."),
            p("The copyright office said the rule would change next year, and that share prices "
              "would "
              "not be affected."),
    };
    const QList<PageBlock> before = body;
    QCOMPARE(removeBoilerplate(body).removedBlocks, 0);
    QCOMPARE(body, before);
}

// What the design rests on, checked on the Qt this builds with: with JavascriptEnabled off, the
// page's own scripts and MainWorld calls do not run, ApplicationWorld calls do.
void TestPageExtract::applicationWorldRunsWithPageScriptsDisabled()
{
    QWebEngineProfile profile;
    profile.settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    QWebEnginePage page(&profile);
    bool loaded = false;
    connect(&page, &QWebEnginePage::loadFinished, this, [&](bool ok) { loaded = ok; });
    page.setHtml(QStringLiteral("<title>still</title><script>document.title = 'ran';</script>"));
    QTRY_VERIFY_WITH_TIMEOUT(loaded, 30'000);

    std::optional<QVariant> application;
    std::optional<QVariant> main;
    page.runJavaScript(QStringLiteral("document.title + ':' + (1 + 1)"),
                       QWebEngineScript::ApplicationWorld,
                       [&](const QVariant &value) { application = value; });
    page.runJavaScript(QStringLiteral("document.title + ':' + (1 + 1)"),
                       QWebEngineScript::MainWorld, [&](const QVariant &value) { main = value; });
    QTRY_VERIFY_WITH_TIMEOUT(application && main, 30'000);
    QCOMPARE(application->toString(), QStringLiteral("still:2"));
    QVERIFY2(!main->isValid(), qPrintable(main->toString()));
}

void TestPageExtract::koreanNewsPage()
{
    const QUrl url(
            QStringLiteral("https://news.example.kr/news/articleView.html?idxno=20461&ref=rss"));
    const Result<ExtractedPage> result =
            extractAndWait(*m_extractor, fixture("korean_news_utf8.html"), url);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    const ExtractedPage &page = *result;
    dump(page);
    QCOMPARE(page.url, url);
    QCOMPARE(page.encoding, QByteArrayLiteral("UTF-8"));
    QCOMPARE(page.title, QStringLiteral("해안 도시 도서관, 24시간 열람실 연다"));
    QCOMPARE(page.siteName, QStringLiteral("뉴스마크데일리"));
    QCOMPARE(page.byline, QStringLiteral("김서연 기자"));
    QCOMPARE(page.language, QStringLiteral("ko"));
    QCOMPARE(page.publishedTime, QStringLiteral("2026-03-10T14:22:00+09:00"));
    QCOMPARE(page.canonicalUrl,
             QUrl(QStringLiteral("https://news.example.kr/news/articleView.html?idxno=20461")));
    QCOMPARE(page.leadImageUrl,
             QUrl(QStringLiteral("https://news.example.kr/news/photo/202603/20461_1_main.jpg")));
    QVERIFY(page.readerable);

    // The opening "[매체 = 기자 기자]" is cut, headings, quotes and list items keep their kind.
    QVERIFY(!page.blocks.isEmpty());
    QVERIFY(hasBlock(page, PageBlock::Kind::Paragraph,
                     QStringLiteral("바다시립도서관이 다음 달 1일부터 2층 일반 열람실을")));
    QVERIFY(hasBlock(page, PageBlock::Kind::Heading,
                     QStringLiteral("시민 설문에서 \"야간 개방\" 요구 가장 많아")));
    QVERIFY(hasBlock(page, PageBlock::Kind::Quote,
                     QStringLiteral("열람실 불이 꺼지지 않는 도서관이")));
    QVERIFY(hasBlock(page, PageBlock::Kind::ListItem,
                     QStringLiteral("좌석은 도서관 누리집에서 하루 전에 예약하고")));
    QVERIFY(page.blocks.last().text.startsWith(QStringLiteral("한편 바다시는 올해 하반기")));

    const QString text = allText(page);
    for (const char *gone : {"관련기사",
                             "작은도서관 다섯 곳",
                             "자리 전쟁",
                             "무단전재",
                             "기사제보",
                             "seoyeon@",
                             "댓글",
                             "페이스북",
                             "URL복사",
                             "▶",
                             "구독하고",
                             "현재 총",
                             "많이 본 뉴스",
                             "Copyright",
                             "본문 바로가기",
                             "로그인",
                             "입력 2026",
                             "홈 >",
                             "<",
                             ">"}) {
        QVERIFY2(!text.contains(QString::fromUtf8(gone)), gone);
    }

    const Article &article = page.article;
    QCOMPARE(article.headline, page.title);
    QCOMPARE(article.language, QStringLiteral("ko"));
    QCOMPARE(article.outlet, QStringLiteral("뉴스마크데일리"));
    QCOMPARE(article.reporter, QStringLiteral("김서연"));
    QCOMPARE(article.published, QStringLiteral("2026-03-10T14:22:00+09:00"));
    QCOMPARE(article.subheadlines,
             QStringList {QStringLiteral("다음 달부터 시범 운영…야간 이용자 안전 요원 배치")});
    QCOMPARE(article.paragraphs.first(),
             QStringLiteral("바다시립도서관 2층 열람실 모습. [사진=바다시 제공]"));
    QCOMPARE((article.subheadlines + article.paragraphs).join(u'\n'), page.plainText());
    QCOMPARE(article.contentHash, article.computeContentHash());

    // The layout stays as plain text with its kinds; the figure stands before its caption, its
    // address resolved against the page's (Readability made it absolute against the extractor's
    // own scheme); a related article's thumbnail goes with the list. Nothing is fetched here.
    QCOMPARE(article.paragraphKinds.size(), article.paragraphs.size());
    QCOMPARE(article.paragraphKind(0), ParagraphKind::Caption);
    const auto kindOf = [&](const QString &start) {
        for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
            if (article.paragraphs.at(i).startsWith(start))
                return article.paragraphKind(i);
        }
        return ParagraphKind(99);
    };
    QCOMPARE(kindOf(QStringLiteral("시민 설문에서")), ParagraphKind::Heading);
    QCOMPARE(kindOf(QStringLiteral("열람실 불이")), ParagraphKind::Quote);
    QCOMPARE(kindOf(QStringLiteral("음식물 반입")), ParagraphKind::ListItem);
    QCOMPARE(kindOf(QStringLiteral("한편 바다시는")), ParagraphKind::Paragraph);
    QCOMPARE(article.figures.size(), 1);
    const Figure &figure = article.figures.first();
    QCOMPARE(figure.sourceUrl,
             QStringLiteral("https://news.example.kr/news/photo/202603/20461_1_main.jpg"));
    QCOMPARE(figure.alt, QStringLiteral("바다시립도서관 전경"));
    QCOMPARE(figure.beforeParagraph, 0);
    QVERIFY(figure.data.isEmpty());
}

void TestPageExtract::eucKrDeclaredByMeta()
{
    const QUrl url(QStringLiteral("http://www.hangu.example.kr/article/2026/0311/food_0311.html"));
    const Result<ExtractedPage> result =
            extractAndWait(*m_extractor, fixture("korean_euckr_meta.html"), url);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    const ExtractedPage &page = *result;
    dump(page);
    QCOMPARE(page.encoding, QByteArrayLiteral("CP949"));
    QCOMPARE(page.title, QStringLiteral("골목 식당가에 '똠얌꿍' 바람…\"햏\" 티셔츠도 등장"));
    QCOMPARE(page.siteName, QStringLiteral("항구일보"));
    QVERIFY(hasBlock(page, PageBlock::Kind::Paragraph,
                     QStringLiteral("구도심 골목 식당가에 태국 수프 똠얌꿍을")));
    const QString text = allText(page);
    QVERIFY(text.contains(QStringLiteral("똠얌꿍 한 그릇 먹고 햏 티셔츠 한 장 사 가는 게")));
    QVERIFY(!text.contains(QChar(0xFFFD)));
    for (const char *gone : {"관련 뉴스", "전통시장", "빈 점포", "저작권자", "minjae@", "Copyright",
                             "(항구=항구일보)", "기사입력"}) {
        QVERIFY2(!text.contains(QString::fromUtf8(gone)), gone);
    }
    QCOMPARE(page.article.reporter, QStringLiteral("이민재"));
    QCOMPARE(page.article.email, QStringLiteral("minjae@hangu.example.kr"));
    QCOMPARE(page.article.language, QStringLiteral("ko"));
}

void TestPageExtract::cp949DeclaredByHttpOnly_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("euc-kr") << QByteArrayLiteral("euc-kr");
    QTest::newRow("ks_c_5601-1987") << QByteArrayLiteral("ks_c_5601-1987");
    QTest::newRow("cp949") << QByteArrayLiteral("CP949");
}

void TestPageExtract::cp949DeclaredByHttpOnly()
{
    QFETCH(QByteArray, charset);
    const QByteArray bytes = fixture("korean_cp949_http.html");
    QVERIFY(!bytes.contains("charset"));
    const Result<ExtractedPage> result = extractAndWait(
            *m_extractor, bytes, QUrl(QStringLiteral("http://www.hangu.example.kr/a/2")), charset);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result->encoding, QByteArrayLiteral("CP949"));
    QCOMPARE(result->article.headline,
             QStringLiteral("야시장 골목에 '똠얌꿍' 바람…\"햏\" 티셔츠도 등장"));
    const QString text = result->plainText();
    QVERIFY(text.contains(QStringLiteral("똠얌꿍이라는 이름을 읽지 못하는 손님")));
    QVERIFY(text.contains(QStringLiteral("'햏'을 큼직하게 새긴 티셔츠")));
    QVERIFY(!text.contains(QChar(0xFFFD)));
}

void TestPageExtract::englishArticle()
{
    const Result<ExtractedPage> result = extractAndWait(
            *m_extractor, fixture("english_article.html"),
            QUrl(QStringLiteral(
                    "https://courier.example.com/2026/03/harbour-night-ferry?utm=feed")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    const ExtractedPage &page = *result;
    dump(page);
    QCOMPARE(page.title, QStringLiteral("Harbour town votes to keep its night ferry"));
    QCOMPARE(page.siteName, QStringLiteral("The Coastline Courier"));
    QCOMPARE(page.publishedTime, QStringLiteral("2026-03-09T18:30:00Z"));
    QCOMPARE(page.language, QStringLiteral("en-GB"));
    QCOMPARE(page.canonicalUrl,
             QUrl(QStringLiteral("https://courier.example.com/2026/03/harbour-night-ferry")));
    QCOMPARE(page.leadImageUrl,
             QUrl(QStringLiteral("https://courier.example.com/images/ferry-dusk.jpg")));
    QCOMPARE(page.article.reporter, QStringLiteral("Ellen Marsh"));
    QCOMPARE(page.article.language, QStringLiteral("en"));
    QVERIFY(hasBlock(page, PageBlock::Kind::Paragraph,
                     QStringLiteral("Councillors in Port Wenlow voted on Monday night")));
    QVERIFY(hasBlock(page, PageBlock::Kind::Heading, QStringLiteral("Where the money comes from")));
    QVERIFY(hasBlock(page, PageBlock::Kind::ListItem,
                     QStringLiteral("Mooring fees for visiting yachts rise from 1 May.")));
    QVERIFY(hasBlock(page, PageBlock::Kind::Quote,
                     QStringLiteral("We heard very clearly that this boat")));
    const QString text = page.plainText();
    QVERIFY(text.contains(QStringLiteral("save £310,000 a year")));
    for (const char *gone : {"Related stories", "Ferry fares to rise", "Share this article",
                             "Facebook", "Comments", "Copyright", "Subscribe", "Privacy"}) {
        QVERIFY2(!text.contains(QString::fromUtf8(gone)), gone);
    }
}

// The page asks for scripts, styles, fonts, images, frames, media, prefetches, a refresh and a
// form from a loopback server: no connection may reach it, and none of the page's script runs.
void TestPageExtract::figuresArePicturesOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("mimeType");
    QTest::addColumn<QString>("why");
    auto picture = [](const char *format, int width, int height) {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(QColor(40, 110, 160));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        return bytes;
    };
    QTest::addRow("png") << picture("PNG", 640, 360) << QByteArray("image/png") << QString();
    QTest::addRow("jpeg") << picture("JPEG", 300, 200) << QByteArray("image/jpeg") << QString();
    QTest::addRow("webp") << picture("WEBP", 300, 200) << QByteArray("image/webp") << QString();
    QTest::addRow("tracking pixel")
            << QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01"
                          "\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;",
                          43)
            << QByteArray() << QStringLiteral("too small");
    QTest::addRow("icon") << picture("PNG", 32, 32) << QByteArray() << QStringLiteral("too small");
    QTest::addRow("html served as an image") << QByteArray("<!doctype html><p>Not found</p>")
                                             << QByteArray() << QStringLiteral("not a picture");
    QTest::addRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" "
                                       "height=\"300\"><script>alert(1)</script></svg>")
                         << QByteArray() << QStringLiteral("picture");
    QTest::addRow("empty") << QByteArray() << QByteArray() << QStringLiteral("empty");
}

// What the library keeps of a fetched image: only PNG, JPEG, GIF and WebP pictures of a figure's
// size, as QImageReader reads them, whatever the server said.
void TestPageExtract::figuresArePicturesOnly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, mimeType);
    QFETCH(QString, why);
    Figure figure;
    QString reason;
    const bool kept = acceptFigure(figure, bytes, FigureLimits {}, &reason);
    QCOMPARE(kept, !mimeType.isEmpty());
    if (kept) {
        QCOMPARE(figure.mimeType, mimeType);
        QVERIFY(figure.width >= 200 && figure.height >= 200);
        QCOMPARE(figure.data, bytes);
    } else {
        QVERIFY2(reason.contains(why), qPrintable(reason));
        QVERIFY(figure.data.isEmpty());
    }
}

void TestPageExtract::nothingReachesTheNetwork()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->close();
        }
    });
    QByteArray bytes = fixture("network_page.html");
    bytes.replace("{{PORT}}", QByteArray::number(server.serverPort()));
    QList<QUrl> blocked;
    const auto watch = connect(m_extractor.get(), &PageExtractor::requestBlocked, this,
                               [&](const QUrl &url) { blocked.append(url); });

    const Result<ExtractedPage> result = extractAndWait(
            *m_extractor, bytes, QUrl(QStringLiteral("https://lighthouse.example.org/cottages")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result->title, QStringLiteral("Lighthouse keepers' cottages restored"));
    QVERIFY(result->plainText().contains(QStringLiteral("restored by volunteers")));
    QVERIFY(!allText(*result).contains(QStringLiteral("SCRIPT RAN")));
    // The meta refresh fires a second after the load, and late requests may follow.
    QTest::qWait(2500);
    disconnect(watch);
    // On the extractor's profile Chromium refuses these requests itself (the page's scheme is
    // local); whatever reaches the interceptor is refused there and listed here.
    qInfo() << "requests refused by the interceptor:" << blocked;
    QCOMPARE(connections, 0);
}

void TestPageExtract::pageOverTheSizeLimit()
{
    ExtractionLimits limits;
    limits.maxBytes = 64 * 1024;
    PageExtractor small(limits);
    const QByteArray bytes = fixture("english_article.html").repeated(30);
    QVERIFY(bytes.size() > limits.maxBytes);
    const Result<ExtractedPage> result =
            extractAndWait(small, bytes, QUrl(QStringLiteral("https://example.com/big")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("too large")), qPrintable(result.error()));
    QCOMPARE(small.blockedRequestCount(), 0); // refused before anything was loaded
}

// setContent() would show nothing past 2 MB of percent-encoded page; our scheme has no limit.
void TestPageExtract::pageOverTwoMegabytes()
{
    QByteArray bytes = fixture("korean_news_utf8.html");
    const QByteArray padding = "<!-- " + QByteArray(3 * 1024 * 1024, 'x') + " -->";
    bytes.replace("</body>", QByteArray(padding + "</body>"));
    QVERIFY(bytes.size() > 3 * 1024 * 1024);
    const Result<ExtractedPage> result = extractAndWait(
            *m_extractor, bytes, QUrl(QStringLiteral("https://news.example.kr/news/big")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result->title, QStringLiteral("해안 도시 도서관, 24시간 열람실 연다"));
    QVERIFY(result->plainText().contains(QStringLiteral("한편 바다시는 올해 하반기")));
}

void TestPageExtract::notAnArticle()
{
    const Result<ExtractedPage> result =
            extractAndWait(*m_extractor, fixture("not_an_article.html"),
                           QUrl(QStringLiteral("https://news.example.kr/")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("no article")), qPrintable(result.error()));
}

void TestPageExtract::severalPagesInARow()
{
    const QList<QByteArray> pages = {
            fixture("korean_news_utf8.html"), fixture("english_article.html"),
            fixture("korean_euckr_meta.html"), fixture("not_an_article.html")};
    QList<quint64> order;
    QList<bool> ok;
    const auto connection = connect(m_extractor.get(), &PageExtractor::finished, this,
                                    [&](quint64 ticket, const Result<ExtractedPage> &result) {
                                        order.append(ticket);
                                        ok.append(result.ok());
                                    });
    QList<quint64> tickets;
    for (const QByteArray &bytes : pages)
        tickets.append(m_extractor->extract(bytes, QUrl(QStringLiteral("https://example.com/"))));
    QCOMPARE(m_extractor->pendingCount(), pages.size());
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), pages.size(), 120'000);
    disconnect(connection);
    QCOMPARE(order, tickets);
    QCOMPARE(ok, (QList<bool> {true, true, true, false}));
    QCOMPARE(m_extractor->pendingCount(), 0);
}

void TestPageExtract::cancel()
{
    QHash<quint64, QString> answers;
    const auto connection =
            connect(m_extractor.get(), &PageExtractor::finished, this,
                    [&](quint64 ticket, const Result<ExtractedPage> &result) {
                        answers.insert(ticket, result.ok() ? result->title : result.error());
                    });
    const QUrl url(QStringLiteral("https://example.com/"));
    const quint64 first = m_extractor->extract(fixture("english_article.html"), url);
    const quint64 second = m_extractor->extract(fixture("korean_news_utf8.html"), url);
    const quint64 third = m_extractor->extract(fixture("korean_euckr_meta.html"), url);
    m_extractor->cancel(second);
    QTRY_VERIFY_WITH_TIMEOUT(answers.contains(first) && answers.contains(second), 60'000);
    QCOMPARE(answers.value(second), QStringLiteral("cancelled"));
    QCOMPARE(answers.value(first), QStringLiteral("Harbour town votes to keep its night ferry"));
    // The third is loading or waiting: cancelled either way, and the extractor goes on after it.
    m_extractor->cancel(third);
    QTRY_VERIFY_WITH_TIMEOUT(answers.contains(third), 60'000);
    QCOMPARE(answers.value(third), QStringLiteral("cancelled"));
    m_extractor->cancel(third); // answered already: nothing more
    const quint64 fourth = m_extractor->extract(fixture("korean_euckr_meta.html"), url);
    const quint64 fifth = m_extractor->extract(fixture("english_article.html"), url);
    QTest::qWait(20);
    m_extractor->cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(answers.contains(fourth) && answers.contains(fifth), 60'000);
    QCOMPARE(answers.value(fourth), QStringLiteral("cancelled"));
    QCOMPARE(answers.value(fifth), QStringLiteral("cancelled"));
    const quint64 sixth = m_extractor->extract(fixture("english_article.html"), url);
    QTRY_VERIFY_WITH_TIMEOUT(answers.contains(sixth), 60'000);
    QCOMPARE(answers.value(sixth), QStringLiteral("Harbour town votes to keep its night ferry"));
    QCOMPARE(answers.size(), 6);
    disconnect(connection);
}

void TestPageExtract::timeLimit()
{
    ExtractionLimits limits;
    limits.timeout = std::chrono::milliseconds(1);
    PageExtractor hasty(limits);
    const Result<ExtractedPage> result = extractAndWait(
            hasty, fixture("korean_news_utf8.html"), QUrl(QStringLiteral("https://example.com/")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(QStringLiteral("longer than")), qPrintable(result.error()));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareExtraction();
    QGuiApplication app(argc, argv);
    TestPageExtract test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_page_extract.moc"
