#include "amounts_dock.h"
#include "gui_settings.h"
#include "import_controller.h"
#include "library/library.h"
#include "library_pane.h"
#include "main_window.h"
#include "reader_profile.h"
#include "reader_view.h"
#include "window_test_base.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWebEnginePage>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

namespace {

constexpr int kTimeoutMs = 20000;

// An original test article: the sub-headline rounds the figure the body gives in brackets
// differently (730조원 against 약 720조원), about the same project.
const QString kConvertedArticle = uR"nm(국제
인공지능 기반시설 경쟁 본격화
730조원 규모 스타게이트 사업 윤곽
[뉴스마크 = 한지민 기자] 미국 기업들이 5000억달러(약 720조원) 규모의 스타게이트 사업을 함께 추진한다고 밝혔다.
합작법인의 지분 40%는 한 투자회사가 갖는다.
한지민 기자 jimin@newsmark.example
)nm"_s;

// Amounts, but no bracketed conversion and no figure written twice.
const QString kPlainArticle = uR"nm(경제
반도체 설비 투자 늘어
[뉴스마크 = 한지민 기자] 국내 업체의 올해 설비 투자는 3조원으로 집계됐다.
수출 물량의 90%가 메모리 공장으로 향했고, 해외 매출은 20억달러를 기록했다.
한지민 기자 jimin@newsmark.example
)nm"_s;

const QString kNoAmountArticle = uR"nm(사회
도서관 개관 시간 바뀐다
[뉴스마크 = 한지민 기자] 시립 도서관이 다음 달부터 저녁까지 문을 연다.
한지민 기자 jimin@newsmark.example
)nm"_s;

// tests/data/amounts/odd-one-out.txt: the sub-headline's 73조원 against the body's
// 500억달러(약 72조원), which agree with each other at the article's 1,440 KRW per USD.
QString oddOneOutArticle()
{
    QFile file(QStringLiteral(NEWSMARK_TEST_DATA "/amounts/odd-one-out.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList column(const QTreeWidget *tree, int col)
{
    QStringList texts;
    // As read: the zero-width spaces that let a long figure wrap are not seen.
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(col).remove(QChar(0x200B));
    return texts;
}

QTreeWidgetItem *rowFor(const QTreeWidget *tree, const QString &written)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(AmountsDock::WrittenColumn) == written)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestAmountsDock final : public WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsAmountsWithRatesAndDisagreements();
    void articleWithoutConversionHasNoRate();
    void articleWithoutAmountsShowsEmptyState();
    void oddOneOutIsNamedAndMarkedInTheText();
    void conversionFitsThePanel();
    void viewMenuTogglesDock();

private:
    ArticleId importArticle(const QString &name, const QString &text);
    bool waitForArticle(ArticleId id);
    QWebEnginePage *page() const { return m_window->readerView()->page(); }
    AmountsDock *dock() const { return m_window->amountsDock(); }
    template<typename T>
    T *child(const QString &name) const
    {
        return dock()->findChild<T *>(name);
    }
};

void TestAmountsDock::initTestCase()
{
    setUpRun();
}

void TestAmountsDock::init()
{
    QVERIFY(openWindow());
    QVERIFY(dock());
    QVERIFY(dock()->isVisible());
}

void TestAmountsDock::cleanup()
{
    closeWindow();
}

void TestAmountsDock::cleanupTestCase()
{
    tearDownRun();
}

ArticleId TestAmountsDock::importArticle(const QString &name, const QString &text)
{
    return importText(name, text);
}

bool TestAmountsDock::waitForArticle(ArticleId id)
{
    return waitForPageOf(id);
}

void TestAmountsDock::listsAmountsWithRatesAndDisagreements()
{
    const ArticleId id = importArticle(u"stargate.txt"_s, kConvertedArticle);
    QVERIFY(id > 0);
    QVERIFY(waitForArticle(id));
    QTreeWidget *list = dock()->amountList();

    // Reading order: the sub-headline's figure first, then the body's.
    QCOMPARE(column(list, AmountsDock::WrittenColumn),
             QStringList({u"730조원"_s, u"5000억달러"_s, u"약 720조원"_s, u"40%"_s}));
    QCOMPARE(column(list, AmountsDock::ExactColumn),
             QStringList({u"₩730,000,000,000,000"_s, u"US$500,000,000,000"_s,
                          about(u"₩720,000,000,000,000"_s), u"40%"_s}));
    QCOMPARE(rowFor(list, u"5000억달러"_s)->text(AmountsDock::ReadingColumn), u"US$500 billion"_s);
    // Each exact figure is seen whole in its two-line row at the panel's width, wrapped at its
    // digit groups, not cut short ("₩730,000,0…").
    dock()->show();
    dock()->raise();
    QTRY_VERIFY(list->isVisible());
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        const QString text = item->text(AmountsDock::ExactColumn);
        const int width = list->columnWidth(AmountsDock::ExactColumn) - 10; // the cell's margins
        const QRect needed =
                list->fontMetrics().boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, text);
        QVERIFY2(needed.width() <= width, qPrintable(text));
        QVERIFY2(needed.height() <= list->visualItemRect(item).height(),
                 qPrintable(u"%1: %2 px high in a row of %3 px"_s.arg(text)
                                    .arg(needed.height())
                                    .arg(list->visualItemRect(item).height())));
    }
    QVERIFY(list->isColumnHidden(AmountsDock::ConvertedColumn));

    // The article's own rate, in the panel and on both rows of the conversion.
    const QString perUsd = CoreText::tr("%1 %2 per %3").arg(u"1,440"_s, u"KRW"_s, u"USD"_s);
    QVERIFY2(child<QLabel>(u"amountsRateInfo"_s)->text().contains(perUsd),
             qPrintable(child<QLabel>(u"amountsRateInfo"_s)->text()));
    for (const QString &written : {u"5000억달러"_s, u"약 720조원"_s})
        QVERIFY(rowFor(list, written)->toolTip(AmountsDock::ExactColumn).contains(perUsd));

    // Converted to won at the article's rate.
    auto *currency = child<QComboBox>(u"amountsCurrency"_s);
    currency->setCurrentIndex(currency->findData(u"KRW"_s));
    QVERIFY(!list->isColumnHidden(AmountsDock::ConvertedColumn));
    QTreeWidgetItem *dollars = rowFor(list, u"5000억달러"_s);
    QCOMPARE(dollars->text(AmountsDock::ConvertedColumn), u"약 720조 원"_s);
    QVERIFY(dollars->toolTip(AmountsDock::ConvertedColumn)
                    .contains(about(u"₩720,000,000,000,000"_s)));
    QVERIFY2(dollars->toolTip(AmountsDock::ConvertedColumn)
                     .contains(CoreText::tr("at %1, implied by %2")
                                       .arg(perUsd, u"5000억달러(약 720조원)"_s)),
             qPrintable(dollars->toolTip(AmountsDock::ConvertedColumn)));
    QCOMPARE(GuiSettings().amountsCurrency(), u"KRW"_s);

    // The user's rate: it starts from the article's and then is the user's.
    auto *source = child<QComboBox>(u"amountsRateSource"_s);
    source->setCurrentIndex(1);
    auto *rate = child<QDoubleSpinBox>(u"amountsUserRate"_s);
    QVERIFY(rate->isEnabled());
    QCOMPARE(rate->value(), 1440.0);
    rate->setValue(1300);
    QCOMPARE(dollars->text(AmountsDock::ConvertedColumn), u"약 650조 원"_s);
    QVERIFY(dollars->toolTip(AmountsDock::ConvertedColumn)
                    .contains(CoreText::tr("at %1, your rate")
                                      .arg(CoreText::tr("%1 %2 per %3")
                                                   .arg(u"1,300"_s, u"KRW"_s, u"USD"_s))));
    QCOMPARE(GuiSettings().amountsUserRates().value(u"USD-KRW"_s), *Decimal::parse(u"1300"));
    QCOMPARE(GuiSettings().amountsUseArticleRate(), false);

    // The disagreement: both rows flagged, and the pair listed with places and difference.
    QTreeWidget *disagreements = dock()->disagreementList();
    QVERIFY(disagreements->isVisibleTo(dock()));
    QCOMPARE(disagreements->topLevelItemCount(), 1);
    QTreeWidgetItem *pair = disagreements->topLevelItem(0);
    QVERIFY2(pair->text(0).contains(u"730조원"_s) && pair->text(0).contains(u"약 720조원"_s)
                     && pair->text(0).contains(u"1.4%"_s),
             qPrintable(pair->text(0)));
    QCOMPARE(pair->childCount(), 2);
    QCOMPARE(pair->child(0)->text(1), trIn("newsmark::gui::AmountsDock", "sub-headline"));
    QCOMPARE(pair->child(1)->text(1), trIn("newsmark::gui::AmountsDock", "paragraph %1").arg(1));
    QCOMPARE(pair->child(0)->text(2).remove(QChar(0x200B)), u"₩730,000,000,000,000"_s);
    QCOMPARE(pair->child(1)->text(2).remove(QChar(0x200B)), u"₩720,000,000,000,000"_s);
    // Whole in their tooltips, as the figures are written.
    QCOMPARE(pair->child(0)->toolTip(2), u"₩730,000,000,000,000"_s);
    QVERIFY(pair->child(1)->toolTip(0).startsWith(u"약 720조원"_s));
    // The values are seen whole too, wrapped in rows that grow to hold them.
    for (int i = 0; i < pair->childCount(); ++i) {
        QTreeWidgetItem *place = pair->child(i);
        const int width = disagreements->columnWidth(2) - 10;
        const QRect needed = disagreements->fontMetrics().boundingRect(
                QRect(0, 0, width, 1000), Qt::TextWordWrap, place->text(2));
        QVERIFY2(needed.width() <= width, qPrintable(place->text(2)));
        QTRY_VERIFY2(needed.height() <= disagreements->visualItemRect(place).height(),
                     qPrintable(u"%1: %2 px in a row of %3 px"_s.arg(place->text(2))
                                        .arg(needed.height())
                                        .arg(disagreements->visualItemRect(place).height())));
    }
    QVERIFY(!rowFor(list, u"730조원"_s)->icon(AmountsDock::WrittenColumn).isNull());
    QVERIFY(!rowFor(list, u"약 720조원"_s)->icon(AmountsDock::WrittenColumn).isNull());
    QVERIFY(rowFor(list, u"40%"_s)->icon(AmountsDock::WrittenColumn).isNull());

    // The reader's tooltip reads the amount in English scales and in won at the user's rate.
    const QString start = QString::number(dollars->data(0, Qt::UserRole).toLongLong());
    const QString title =
            u"(document.querySelector('mark.nm-span[data-start=\"%1\"]') || {}).title"_s.arg(start);
    QTRY_VERIFY_WITH_TIMEOUT(evaluateString(page(), title).contains(u"₩650,000,000,000,000"_s),
                             kTimeoutMs);
    QVERIFY2(evaluateString(page(), title).contains(u"500 billion"_s),
             qPrintable(evaluateString(page(), title)));

    // A click on the row scrolls the reader to the amount and outlines it.
    list->scrollToItem(dollars);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(dollars).center());
    const QString active =
            u"(document.querySelector('mark.nm-span[data-start=\"%1\"]') || {classList: "
            u"{contains: function () { return false; }}}).classList.contains('nm-active')"_s.arg(
                    start);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page(), active).value_or(false).toBool(), kTimeoutMs);

    // A new rate rewrites the titles in place: the page is not reloaded under the reader.
    QVERIFY(evaluate(page(), u"window.nmStillHere = true"_s).has_value());
    rate->setValue(1250);
    QTRY_VERIFY_WITH_TIMEOUT(evaluateString(page(), title).contains(u"₩625,000,000,000,000"_s),
                             kTimeoutMs);
    QCOMPARE(evaluate(page(), u"window.nmStillHere === true"_s).value_or(false).toBool(), true);

    // The other way round: won to dollars at the article's rate, inverted without losing cents.
    dock()->setUseArticleRate(true);
    dock()->setCurrency(u"USD"_s);
    QCOMPARE(dock()->rateBase(), u"USD"_s);
    QCOMPARE(dock()->rateQuote(), u"KRW"_s);
    QTreeWidgetItem *won = rowFor(list, u"730조원"_s);
    QVERIFY(won->toolTip(AmountsDock::ConvertedColumn).contains(about(u"US$506,944,444,444.44"_s)));
    QVERIFY2(won->text(AmountsDock::ConvertedColumn).contains(u"US$506.9 billion"_s),
             qPrintable(won->text(AmountsDock::ConvertedColumn)));
    QVERIFY(won->toolTip(AmountsDock::ConvertedColumn).contains(perUsd));
    QCOMPARE(dollars->text(AmountsDock::ConvertedColumn), QString());
}

void TestAmountsDock::articleWithoutConversionHasNoRate()
{
    const ArticleId id = importArticle(u"plain.txt"_s, kPlainArticle);
    QVERIFY(id > 0);
    QVERIFY(waitForArticle(id));
    QTreeWidget *list = dock()->amountList();
    QCOMPARE(column(list, AmountsDock::WrittenColumn),
             QStringList({u"3조원"_s, u"90%"_s, u"20억달러"_s}));
    const QString info = child<QLabel>(u"amountsRateInfo"_s)->text();
    QVERIFY2(info.contains(trIn("newsmark::gui::AmountsDock",
                                "Article's rate: none (the article converts no amount in "
                                "brackets).")),
             qPrintable(info));
    QVERIFY(!dock()->disagreementList()->isVisibleTo(dock()));
    QCOMPARE(dock()->disagreementList()->topLevelItemCount(), 0);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        QVERIFY(list->topLevelItem(i)->icon(AmountsDock::WrittenColumn).isNull());

    // Nothing to convert at: the row says so rather than guessing a rate.
    dock()->setCurrency(u"KRW"_s);
    QTreeWidgetItem *dollars = rowFor(list, u"20억달러"_s);
    QCOMPARE(dollars->text(AmountsDock::ConvertedColumn), u"—"_s);
    dock()->setUseArticleRate(false);
    dock()->setUserRate(1400);
    QCOMPARE(dollars->text(AmountsDock::ConvertedColumn), u"약 2조 8000억 원"_s);
}

void TestAmountsDock::articleWithoutAmountsShowsEmptyState()
{
    const ArticleId id = importArticle(u"library.txt"_s, kNoAmountArticle);
    QVERIFY(id > 0);
    QVERIFY(waitForArticle(id));
    auto *empty = child<QLabel>(u"amountsEmpty"_s);
    QVERIFY(empty->isVisibleTo(dock()));
    QCOMPARE(empty->text(),
             trIn("newsmark::gui::AmountsDock",
                  "No amounts in this article: no money, percentages or counted "
                  "quantities were found."));
    QCOMPARE(dock()->amountList()->topLevelItemCount(), 0);
}

void TestAmountsDock::oddOneOutIsNamedAndMarkedInTheText()
{
    const QString text = oddOneOutArticle();
    QVERIFY(!text.isEmpty());
    const ArticleId id = importArticle(u"odd.txt"_s, text);
    QVERIFY(id > 0);
    QVERIFY(waitForArticle(id));

    // The panel names the figure the article's own conversion contradicts, and why.
    QTreeWidget *disagreements = dock()->disagreementList();
    QCOMPARE(disagreements->topLevelItemCount(), 1);
    auto *verdict = child<QLabel>(u"amountsVerdict"_s);
    QVERIFY(verdict->isVisibleTo(dock()));
    if (uiLanguage() == u"en"_s) {
        QCOMPARE(
                verdict->text(),
                u"73조원 (sub-headline) is the odd one out: 500억달러 at the article's own rate of "
                u"1,440 KRW per USD is ₩72,000,000,000,000."_s);
    } else {
        // Natural Korean: the particles chosen for the figures (원 → 이, 러 → 는).
        QVERIFY2(verdict->text().startsWith(u"73조원(부제)이 어긋납니다"_s),
                 qPrintable(verdict->text()));
        QVERIFY2(verdict->text().contains(u"500억달러는"_s), qPrintable(verdict->text()));
        QVERIFY(!verdict->text().contains(u"(가)"_s));
    }
    // In any language: the odd figure, the figure that decides, the article's rate, the value.
    for (const QString &part : {u"73조원"_s, u"500억달러"_s,
                                CoreText::tr("%1 %2 per %3").arg(u"1,440"_s, u"KRW"_s, u"USD"_s),
                                u"₩72,000,000,000,000"_s})
        QVERIFY2(verdict->text().contains(part), qPrintable(verdict->text()));
    QTreeWidgetItem *pair = disagreements->topLevelItem(0);
    QCOMPARE(pair->child(0)->text(0), u"73조원"_s);
    QVERIFY(!pair->child(0)->icon(0).isNull());
    QVERIFY(pair->child(1)->icon(0).isNull());

    // Both places are marked in the text itself, each naming the other figure; the odd one out
    // says so.
    const auto markOf = [this](const QString &written, const QString &what) {
        return evaluateString(
                page(),
                u"(function () { for (const m of document.querySelectorAll('mark.nm-span')) "
                u"if (m.textContent === '%1') return %2; return 'none'; })()"_s.arg(written, what));
    };
    QCOMPARE(markOf(u"73조원"_s, u"m.className"_s), u"nm-span nm-money nm-disagree nm-odd"_s);
    QCOMPARE(markOf(u"약 72조원"_s, u"m.className"_s), u"nm-span nm-money nm-disagree"_s);
    QVERIFY2(markOf(u"73조원"_s, u"m.title"_s)
                     .contains(u"Disagrees with 약 72조원 (paragraph 1): 1.4% apart."_s),
             qPrintable(markOf(u"73조원"_s, u"m.title"_s)));
    QVERIFY(markOf(u"73조원"_s, u"m.title"_s).contains(u"73조원 is the odd one out"_s));
    QVERIFY2(markOf(u"약 72조원"_s, u"m.title"_s)
                     .contains(u"Disagrees with 73조원 (sub-headline): 1.4% apart."_s),
             qPrintable(markOf(u"약 72조원"_s, u"m.title"_s)));
    // The mark is visible: a wavy underline in the alert colour and a sign after the figure.
    QCOMPARE(markOf(u"73조원"_s, u"getComputedStyle(m).textDecorationStyle"_s), u"wavy"_s);
    QCOMPARE(markOf(u"73조원"_s, u"getComputedStyle(m, '::after').content"_s), u"\"≠?\""_s);
    QCOMPARE(markOf(u"약 72조원"_s, u"getComputedStyle(m, '::after').content"_s), u"\"≠\""_s);
    QCOMPARE(markOf(u"500억달러"_s, u"getComputedStyle(m, '::after').content"_s), u"none"_s);

    // A new conversion rewrites the money titles in place and keeps what disagrees.
    dock()->setCurrency(u"USD"_s);
    QTRY_VERIFY_WITH_TIMEOUT(markOf(u"73조원"_s, u"m.title"_s).contains(u"US$"_s), kTimeoutMs);
    QVERIFY(markOf(u"73조원"_s, u"m.title"_s).contains(u"73조원 is the odd one out"_s));
}

void TestAmountsDock::conversionFitsThePanel()
{
    // The first start's layout: the panel in the right-hand column, a tab beside the notes.
    dock()->raise();
    QTest::qWait(200);
    const ArticleId odd = importArticle(u"odd.txt"_s, oddOneOutArticle());
    QVERIFY(odd > 0);
    QVERIFY(waitForArticle(odd));
    dock()->raise();
    dock()->setCurrency(u"KRW"_s);
    QTreeWidget *list = dock()->amountList();
    QTest::qWait(200);
    QVERIFY(list->isVisible());
    const int width = dock()->width();
    QVERIFY2(width <= 420, qPrintable(QString::number(width)));
    QVERIFY(!list->isColumnHidden(AmountsDock::ConvertedColumn));
    QVERIFY2(!list->horizontalScrollBar()->isVisible(),
             qPrintable(u"the list scrolls sideways at %1 px"_s.arg(width)));
    QVERIFY2(list->header()->length() <= list->viewport()->width() + 8,
             qPrintable(u"columns %1 px in %2 px"_s.arg(list->header()->length())
                                .arg(list->viewport()->width())));
    // Rows have room for a long exact figure to wrap onto a second line.
    QVERIFY(list->visualItemRect(rowFor(list, u"500억달러"_s)).height()
            >= 2 * list->fontMetrics().lineSpacing());
    // The disagreements' columns stretch to the panel, all of them in view.
    QTreeWidget *disagreements = dock()->disagreementList();
    QVERIFY2(disagreements->header()->length() <= disagreements->viewport()->width() + 8,
             qPrintable(u"columns %1 px in %2 px"_s.arg(disagreements->header()->length())
                                .arg(disagreements->viewport()->width())));
    // The conversion reads in the scales of its currency.
    QCOMPARE(rowFor(list, u"500억달러"_s)->text(AmountsDock::ConvertedColumn), u"약 72조 원"_s);

    // Another article, other figures: the panel keeps its width.
    const ArticleId plain = importArticle(u"plain.txt"_s, kPlainArticle);
    QVERIFY(plain > 0);
    QVERIFY(waitForArticle(plain));
    QTest::qWait(200);
    QCOMPARE(dock()->width(), width);
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    const ArticleId again = importArticle(u"stargate.txt"_s, kConvertedArticle);
    QVERIFY(again > 0);
    QVERIFY(waitForArticle(again));
    QTest::qWait(200);
    QCOMPARE(dock()->width(), width);
    QVERIFY(!list->horizontalScrollBar()->isVisible());
}

void TestAmountsDock::viewMenuTogglesDock()
{
    // View › Amounts (Ctrl+Shift+A): in front, it closes the panel; closed, it opens it.
    auto *toggle = m_window->findChild<QAction *>(u"amountsDockAction"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    dock()->raise();
    QTRY_VERIFY(dock()->isVisible());
    QVERIFY(toggle->isChecked());
    toggle->trigger();
    QVERIFY(!dock()->isVisible());
    QVERIFY(!toggle->isChecked());
    toggle->trigger();
    QVERIFY(dock()->isVisible());
    QVERIFY(toggle->isChecked());
}

NEWSMARK_GUI_TEST_MAIN(TestAmountsDock)

#include "tst_amounts_dock.moc"
