// Edit › Preferences… on the real window: each preference applied to what the user sees (the
// reader page's computed style, the legend, the Amounts panel, the background indexes) and kept
// in the settings, Cancel taking everything back, bad rates refused with a message naming the
// field, and switching to a second real library file with the library locks as
// docs/ARCHITECTURE.md has them.

#include "window_test_base.h"

#include "amounts_dock.h"
#include "analysis/amount_conversion.h"
#include "gui_settings.h"
#include "library_session.h"
#include "preferences_dialog.h"
#include "search_index_controller.h"
#include "storage/library_lock.h"
#include "storage/search_index.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

namespace {

constexpr int kTimeoutMs = 20000;

// An original English article with one dollar amount and a person and a place.
const QString kDollarArticle =
        u"Harbor operator sells its Busan terminal for $2 billion\n\n"
        "Jane Porter, the chief executive of Harbor Lines, said on Monday in Seoul that the "
        "company would sell its container terminal in Busan, South Korea, for $2 billion to a "
        "group of pension funds.\n"_s;

} // namespace

class TestPreferencesGui : public WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void readerFontIsLiveAppliedAndKept();
    void cancelTakesEverythingBack();
    void themeIsAppliedAndKept();
    void hiddenKindsAreHiddenWhenAnArticleOpens();
    void savedRatesAreTheAmountsPanels();
    void badRatesAreRefusedWithAMessage_data();
    void badRatesAreRefusedWithAMessage();
    void backgroundIndexingCanBeTurnedOff();
    void switchesToAnotherLibraryAndMakesANewOne();

private:
    PreferencesDialog *openPreferences();
    void press(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which);
    QString bodyStyle(const QString &property);
    bool waitForShownArticle();
};

void TestPreferencesGui::initTestCase()
{
    setUpRun();
}

void TestPreferencesGui::init()
{
    QVERIFY(openWindow());
}

void TestPreferencesGui::cleanup()
{
    closeWindow();
}

void TestPreferencesGui::cleanupTestCase()
{
    tearDownRun();
}

PreferencesDialog *TestPreferencesGui::openPreferences()
{
    auto *action = m_window->findChild<QAction *>(u"preferencesAction"_s);
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<PreferencesDialog *>(u"preferencesDialog"_s);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestPreferencesGui::press(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QVERIFY(buttons->button(which));
    QTest::mouseClick(buttons->button(which), Qt::LeftButton);
}

// The computed style of the article's first paragraph, as the page lays it out.
QString TestPreferencesGui::bodyStyle(const QString &property)
{
    return evaluateInPage(u"(function () { const p = document.querySelector('.nm-paragraph');"
                          " return p ? getComputedStyle(p)['%1'] : ''; })()"_s.arg(property))
            .value_or(QVariant())
            .toString();
}

bool TestPreferencesGui::waitForShownArticle()
{
    return QTest::qWaitFor([this] { return m_window->readerView()->articleId() != 0; }, kTimeoutMs)
            && waitForPageOf(m_window->readerView()->articleId());
}

void TestPreferencesGui::readerFontIsLiveAppliedAndKept()
{
    QVERIFY(waitForShownArticle());
    QCOMPARE(bodyStyle(u"fontSize"_s), u"17px"_s);
    // A family the page does not use by itself, installed here.
    QString family;
    for (const QString &candidate : {u"DejaVu Serif"_s, u"Liberation Serif"_s, u"DejaVu Sans"_s}) {
        if (QFontDatabase::hasFamily(candidate)) {
            family = candidate;
            break;
        }
    }
    if (family.isEmpty())
        QSKIP("no DejaVu or Liberation font installed to choose");

    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *font = dialog->findChild<QComboBox *>(u"preferencesFont"_s);
    auto *size = dialog->findChild<QSpinBox *>(u"preferencesFontSize"_s);
    QVERIFY(font && size);
    QCOMPARE(size->value(), 17);
    size->setValue(24);
    font->setCurrentIndex(font->findData(family));
    QVERIFY(font->currentIndex() > 0);
    // Shown as it is chosen, before OK.
    QTRY_COMPARE_WITH_TIMEOUT(bodyStyle(u"fontSize"_s), u"24px"_s, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(bodyStyle(u"fontFamily"_s).startsWith(u'"' + family + u'"'),
                             kTimeoutMs);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>(u"preferencesDialog"_s));
    QCOMPARE(GuiSettings().readerFontSize(), 24);
    QCOMPARE(GuiSettings().readerFontFamily(), family);

    // The next article opens in it: the page carries the font itself (its CSP admits it).
    const ArticleId before = m_window->readerView()->articleId();
    const ArticleId other = importText(u"harbor.txt"_s, kDollarArticle);
    QVERIFY(other > 0 && other != before);
    QCOMPARE(bodyStyle(u"fontSize"_s), u"24px"_s);
    QVERIFY2(bodyStyle(u"fontFamily"_s).startsWith(u'"' + family + u'"'),
             qPrintable(bodyStyle(u"fontFamily"_s)));
}

void TestPreferencesGui::cancelTakesEverythingBack()
{
    QVERIFY(waitForShownArticle());
    const QString family = bodyStyle(u"fontFamily"_s);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(u"preferencesFontSize"_s)->setValue(28);
    QTRY_COMPARE_WITH_TIMEOUT(bodyStyle(u"fontSize"_s), u"28px"_s, kTimeoutMs);
    auto *theme = dialog->findChild<QComboBox *>(u"preferencesTheme"_s);
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    dialog->findChild<QCheckBox *>(u"preferencesShow_person"_s)->setChecked(false);
    auto *currency = dialog->findChild<QComboBox *>(u"preferencesCurrency"_s);
    currency->setCurrentIndex(currency->findData(u"EUR"_s));
    press(dialog, QDialogButtonBox::Cancel);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>(u"preferencesDialog"_s));

    QTRY_COMPARE_WITH_TIMEOUT(bodyStyle(u"fontSize"_s), u"17px"_s, kTimeoutMs);
    QCOMPARE(bodyStyle(u"fontFamily"_s), family);
    const GuiSettings settings;
    QCOMPARE(settings.readerFontSize(), 17);
    QCOMPARE(settings.theme(), ThemeChoice::System);
    QVERIFY(settings.hiddenHighlightKinds().isEmpty());
    QCOMPARE(settings.amountsCurrency(), QString());
    QCOMPARE(m_window->amountsDock()->conversion().currency, QString());
    QVERIFY(evaluateInPage(u"document.body.classList.contains('nm-hide-person')"_s)
                    .value_or(true)
                    .toBool()
            == false);

    // Opened again, the dialog shows what is in force.
    dialog = openPreferences();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"preferencesFontSize"_s)->value(), 17);
    QVERIFY(dialog->findChild<QCheckBox *>(u"preferencesShow_person"_s)->isChecked());
    press(dialog, QDialogButtonBox::Cancel);
}

void TestPreferencesGui::themeIsAppliedAndKept()
{
    QVERIFY(waitForShownArticle());
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *theme = dialog->findChild<QComboBox *>(u"preferencesTheme"_s);
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    press(dialog, QDialogButtonBox::Apply);
    // Apply leaves the dialog open and the theme in force.
    QVERIFY(m_window->findChild<PreferencesDialog *>(u"preferencesDialog"_s));
    QCOMPARE(GuiSettings().theme(), ThemeChoice::Dark);
    QCOMPARE(m_window->readerView()->theme(), ReaderTheme::Dark);
    QTRY_VERIFY_WITH_TIMEOUT(
            evaluateInPage(u"document.documentElement.classList.contains('nm-dark')"_s)
                    .value_or(false)
                    .toBool(),
            kTimeoutMs);
    // The page's background is the dark theme's, and the window's list goes dark with it.
    QCOMPARE(evaluateInPage(u"getComputedStyle(document.documentElement).backgroundColor"_s)
                     .value_or(QVariant())
                     .toString(),
             u"rgb(28, 29, 32)"_s);
    QVERIFY(m_window->palette().color(QPalette::Window).lightness() < 128);
    press(dialog, QDialogButtonBox::Cancel);
    // Cancel after Apply keeps what was applied.
    QCOMPARE(GuiSettings().theme(), ThemeChoice::Dark);
    QCOMPARE(m_window->readerView()->theme(), ReaderTheme::Dark);

    // Other windows follow as they show: a menu, and a message box opened from anywhere (they
    // were light on the dark window: a palette does not pass to other windows by itself).
    QMenu *help = m_window->menuBar()->findChild<QMenu *>(u"helpMenu"_s);
    QVERIFY(help);
    help->popup(m_window->mapToGlobal(QPoint(10, 10)));
    QTRY_VERIFY(help->isVisible());
    QVERIFY2(help->palette().color(QPalette::Window).lightness() < 128,
             qPrintable(help->palette().color(QPalette::Window).name()));
    help->hide();
    const QList<QAction *> helpActions = help->actions();
    const auto about = std::find_if(helpActions.begin(), helpActions.end(),
                                    [](QAction *a) { return a->objectName() == u"aboutAction"_s; });
    QVERIFY(about != helpActions.end());
    (*about)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"aboutBox"_s)) && box->isVisible());
    QVERIFY2(box->palette().color(QPalette::Window).lightness() < 128,
             qPrintable(box->palette().color(QPalette::Window).name()));
    QVERIFY(box->palette().color(QPalette::WindowText).lightness() > 128);
    box->close();
}

void TestPreferencesGui::hiddenKindsAreHiddenWhenAnArticleOpens()
{
    QVERIFY(waitForShownArticle());
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(u"preferencesShow_person"_s)->setChecked(false);
    dialog->findChild<QCheckBox *>(u"preferencesShow_location"_s)->setChecked(false);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(GuiSettings().hiddenHighlightKinds(), QStringList({u"person"_s, u"location"_s}));

    const ArticleId id = importText(u"harbor.txt"_s, kDollarArticle);
    QVERIFY(id > 0);
    // The page opens with them hidden: no background behind a person's or a place's name, the
    // legend's buttons unpressed; money is still marked.
    const QString script = uR"((function () {
        const bg = (sel) => { const m = document.querySelector(sel);
                              return m ? getComputedStyle(m).backgroundColor : 'none'; };
        const pressed = (kind) => { const b = document.querySelector(
                                        '.nm-legend-item[data-kind="' + kind + '"]');
                                    return b ? b.getAttribute('aria-pressed') : 'none'; };
        return [bg('mark.nm-person'), bg('mark.nm-location'), bg('mark.nm-money'),
                pressed('person'), pressed('location'), pressed('money')].join('|');
    })())"_s;
    const QStringList seen = evaluateInPage(script).value_or(QVariant()).toString().split(u'|');
    QCOMPARE(seen.size(), 6);
    QCOMPARE(seen.at(0), u"rgba(0, 0, 0, 0)"_s);
    QCOMPARE(seen.at(1), u"rgba(0, 0, 0, 0)"_s);
    QVERIFY2(seen.at(2) != u"rgba(0, 0, 0, 0)"_s && seen.at(2) != u"none"_s,
             qPrintable(seen.at(2)));
    QCOMPARE(seen.mid(3), QStringList({u"false"_s, u"false"_s, u"true"_s}));

    // The legend still shows them for this article.
    QVERIFY(evaluateInPage(u"document.querySelector('.nm-legend-item[data-kind=\"person\"]')"
                           ".click(), getComputedStyle(document.querySelector('mark.nm-person'))"
                           ".backgroundColor"_s)
                    .value_or(QVariant())
                    .toString()
            != u"rgba(0, 0, 0, 0)"_s);
}

void TestPreferencesGui::savedRatesAreTheAmountsPanels()
{
    const ArticleId id = importText(u"harbor.txt"_s, kDollarArticle);
    QVERIFY(id > 0);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *currency = dialog->findChild<QComboBox *>(u"preferencesCurrency"_s);
    currency->setCurrentIndex(currency->findData(u"KRW"_s));
    auto *source = dialog->findChild<QComboBox *>(u"preferencesRateSource"_s);
    source->setCurrentIndex(source->findData(false));
    // The Amounts page, as the user would open it before clicking its buttons.
    dialog->findChild<QTabWidget *>(u"preferencesPages"_s)->setCurrentIndex(2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"preferencesAddRate"_s), Qt::LeftButton);
    auto *rates = dialog->findChild<QTableWidget *>(u"preferencesRates"_s);
    QCOMPARE(rates->rowCount(), 1);
    rates->item(0, 0)->setText(u"USD"_s);
    rates->item(0, 1)->setText(u"1,500"_s);
    rates->item(0, 2)->setText(u"KRW"_s);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>(u"preferencesDialog"_s));

    // Kept where the panel and newsmark-cli's money: searches read them.
    QCOMPARE(savedUserRates(QSettings()).value(u"USD-KRW"_s), *Decimal::parse(u"1500"));
    QCOMPARE(GuiSettings().amountsCurrency(), u"KRW"_s);
    QCOMPARE(GuiSettings().amountsUseArticleRate(), false);
    // The panel converts at it at once: $2 billion at 1,500 won.
    AmountsDock *panel = m_window->amountsDock();
    QCOMPARE(panel->conversion().currency, u"KRW"_s);
    QTreeWidget *list = panel->amountList();
    QVERIFY(!list->isColumnHidden(AmountsDock::ConvertedColumn));
    const auto converted = [list]() -> QString {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            // The column is short ("약 3조 원"); the exact figure is in its tooltip.
            if (list->topLevelItem(i)->text(AmountsDock::WrittenColumn) == u"$2 billion"_s)
                return list->topLevelItem(i)->text(AmountsDock::ConvertedColumn) % u'\n'
                        % list->topLevelItem(i)->toolTip(AmountsDock::ConvertedColumn);
        }
        return u"(no row for $2 billion)"_s;
    };
    QVERIFY2(converted().contains(u"₩3,000,000,000,000"_s), qPrintable(converted()));
    QCOMPARE(panel->findChild<QComboBox *>(u"amountsCurrency"_s)->currentData().toString(),
             u"KRW"_s);

    // Removing the rate in Preferences removes it everywhere.
    dialog = openPreferences();
    QVERIFY(dialog);
    rates = dialog->findChild<QTableWidget *>(u"preferencesRates"_s);
    QCOMPARE(rates->rowCount(), 1);
    QCOMPARE(rates->item(0, 1)->text(), u"1500"_s);
    dialog->findChild<QTabWidget *>(u"preferencesPages"_s)->setCurrentIndex(2);
    rates->setCurrentCell(0, 1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"preferencesRemoveRate"_s), Qt::LeftButton);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(savedUserRates(QSettings()).isEmpty());
    QVERIFY2(!converted().contains(u"₩3,000,000,000,000"_s), qPrintable(converted()));
}

void TestPreferencesGui::badRatesAreRefusedWithAMessage_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown code") << u"USX"_s << u"1400"_s << u"KRW"_s
                                  << u"My rates, row 2: \"USX\" is not a currency code"_s;
    QTest::newRow("negative") << u"EUR"_s << u"-3"_s << u"USD"_s
                              << u"My rates, row 2 (EUR → USD): the rate must be a number "
                                 "above 0, not \"-3\""_s;
    QTest::newRow("zero") << u"EUR"_s << u"0"_s << u"USD"_s
                          << u"the rate must be a number above 0, not \"0\""_s;
    QTest::newRow("no number") << u"EUR"_s << u"abc"_s << u"USD"_s << u"not \"abc\""_s;
    QTest::newRow("same currency")
            << u"EUR"_s << u"1"_s << u"EUR"_s << u"two different currencies"_s;
    QTest::newRow("twice") << u"USD"_s << u"1450"_s << u"KRW"_s << u"already on row 1"_s;
}

void TestPreferencesGui::badRatesAreRefusedWithAMessage()
{
    QFETCH(QString, base);
    QFETCH(QString, rate);
    QFETCH(QString, quote);
    QFETCH(QString, message);
    GuiSettings().setAmountsUserRate(u"USD-KRW"_s, Decimal::parse(u"1400"));
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    // The Amounts page, as the user would open it before clicking its buttons.
    dialog->findChild<QTabWidget *>(u"preferencesPages"_s)->setCurrentIndex(2);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"preferencesAddRate"_s), Qt::LeftButton);
    auto *rates = dialog->findChild<QTableWidget *>(u"preferencesRates"_s);
    QCOMPARE(rates->rowCount(), 2);
    rates->item(1, 0)->setText(base);
    rates->item(1, 1)->setText(rate);
    rates->item(1, 2)->setText(quote);
    auto *size = dialog->findChild<QSpinBox *>(u"preferencesFontSize"_s);
    size->setValue(20);
    press(dialog, QDialogButtonBox::Ok);

    // Still open, on the Amounts page, saying which field and why; nothing applied.
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(u"preferencesError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(dialog->findChild<QTabWidget *>(u"preferencesPages"_s)->currentIndex(), 2);
    QCOMPARE(rates->currentRow(), 1);
    QCOMPARE(GuiSettings().readerFontSize(), 17);
    QCOMPARE(savedUserRates(QSettings()),
             (QMap<QString, Decimal> {{u"USD-KRW"_s, *Decimal::parse(u"1400")}}));

    // Fixed, it goes through.
    rates->removeRow(1);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>(u"preferencesDialog"_s));
    QCOMPARE(GuiSettings().readerFontSize(), 20);
}

void TestPreferencesGui::backgroundIndexingCanBeTurnedOff()
{
    SearchIndexController *indexer = m_window->searchIndex();
    // The samples are indexed after the start.
    SearchIndex index(m_window->library().database());
    QTRY_COMPARE_WITH_TIMEOUT(index.pendingCount(), qint64(0), kTimeoutMs);
    PreferencesDialog *dialog = openPreferences();
    QVERIFY(dialog);
    auto *indexing = dialog->findChild<QCheckBox *>(u"preferencesIndexing"_s);
    QVERIFY(indexing->isChecked());
    indexing->setChecked(false);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(GuiSettings().backgroundIndexing(), false);

    // An import waits for the index: nothing builds it.
    QVERIFY(importText(u"harbor.txt"_s, kDollarArticle) > 0);
    QTest::qWait(1500);
    QVERIFY(!indexer->isRunning());
    QCOMPARE(index.pendingCount(), qint64(1));

    // On again, the waiting article goes in.
    dialog = openPreferences();
    QVERIFY(dialog);
    dialog->findChild<QCheckBox *>(u"preferencesIndexing"_s)->setChecked(true);
    press(dialog, QDialogButtonBox::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(index.pendingCount(), qint64(0), kTimeoutMs);
    QCOMPARE(GuiSettings().backgroundIndexing(), true);
}

void TestPreferencesGui::switchesToAnotherLibraryAndMakesANewOne()
{
    // The window of this test is a session's, as main() makes it.
    const QString first = m_dir->filePath(u"first.sqlite"_s);
    const QString second = m_dir->filePath(u"second.sqlite"_s);
    const QString made = m_dir->filePath(u"made/new.sqlite"_s);
    m_window.reset();
    {
        Library::OpenOptions options;
        options.samplesIfNew = true;
        QVERIFY(Library::open(second, options).ok());
    }
    LibraryLock::Attempt taken =
            LibraryLock::tryAcquire(first, LibraryLock::Mode::Exclusive, u"Newsmark"_s);
    QVERIFY(taken.lock);
    auto library = Library::open(first);
    QVERIFY(library.ok());
    LibrarySession session(*m_profile, std::move(taken.lock), std::move(library).value());
    session.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(session.window()));
    QCOMPARE(session.window()->library().articles().count({}), 0);

    // What cannot be opened is said, naming the file; the window stays on its library.
    const QString notALibrary = m_dir->filePath(u"notes.txt"_s);
    {
        QFile file(notALibrary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a library\n");
    }
    MainWindow *before = session.window();
    const Status refused = session.switchTo(notALibrary, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"notes.txt"_s), qPrintable(refused.error()));
    QCOMPARE(session.window(), before);
    QCOMPARE(session.libraryPath(), first);
    // … and the file was not locked behind the refusal.
    QVERIFY(LibraryLock::tryAcquire(notALibrary, LibraryLock::Mode::Exclusive, u"test"_s).lock);

    // Preferences › Open Another Library…, then OK.
    before->findChild<QAction *>(u"preferencesAction"_s)->trigger();
    auto *dialog = before->findChild<PreferencesDialog *>(u"preferencesDialog"_s);
    QVERIFY(dialog);
    dialog->setPendingLibrary(second, false);
    QVERIFY(dialog->findChild<QLabel *>(u"preferencesPendingLibrary"_s)
                    ->text()
                    .contains(u"second.sqlite"_s));
    QSignalSpy changed(&session, &LibrarySession::windowChanged);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, kTimeoutMs);
    MainWindow *window = session.window();
    QVERIFY(window);
    QCOMPARE(window->library().path(), second);
    QVERIFY(window->isVisible());
    QVERIFY(window->windowTitle().contains(u"second.sqlite"_s));
    // The second library's articles are listed (the samples).
    QVERIFY(window->library().articles().count({}) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(window->readerView()->articleId() != 0, kTimeoutMs);
    // The locks: the first library is free for others, the second is this process's.
    QVERIFY(LibraryLock::tryAcquire(first, LibraryLock::Mode::Shared, u"test"_s).lock);
    const LibraryLock::Attempt held =
            LibraryLock::tryAcquire(second, LibraryLock::Mode::Shared, u"test"_s);
    QVERIFY(!held.lock);
    QVERIFY(held.heldExclusively);
    // Remembered for the next start.
    QCOMPARE(Library::currentPath(), second);

    // New Library…: made, empty, opened.
    QVERIFY(session.switchTo(made, true).ok());
    QCOMPARE(changed.count(), 2);
    QVERIFY(QFileInfo::exists(made));
    QCOMPARE(session.window()->library().path(), made);
    QCOMPARE(session.window()->library().articles().count({}), 0);
    QVERIFY(LibraryLock::tryAcquire(second, LibraryLock::Mode::Shared, u"test"_s).lock);
    QCOMPARE(Library::currentPath(), made);
    // A new library where a file is: refused, nothing overwritten.
    const Status exists = session.switchTo(second, true);
    QVERIFY(!exists);
    QVERIFY2(exists.error().contains(u"second.sqlite"_s), qPrintable(exists.error()));
}

NEWSMARK_GUI_TEST_MAIN(TestPreferencesGui)
#include "tst_preferences_gui.moc"
