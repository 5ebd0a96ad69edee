// The interface in Korean, as a Korean reader meets it: every menu and menu item, a dialog with
// Qt's own buttons, the reader page's legend (DOM) and a newsmark-cli error. Registered with
// NEWSMARK_LANGUAGE=ko (tests/CMakeLists.txt); fails when any of them still speaks English.

#include "window_test_base.h"

#include "i18n/ui_language.h"
#include "saved_searches_controller.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

namespace {

// An original sample: a headline, a money amount, a counter, a person and an organization.
const QString kArticle = u"가온전자, 새 공장에 3조원 투자\n\n"
                         u"가온전자는 충남 아산에 짓는 새 공장에 3조원을 투자한다고 5일 밝혔다. "
                         u"이 공장에서는 직원 1,200명이 일하게 된다.\n\n"
                         u"김하늘 가온전자 대표는 \"설비 발주를 앞당기겠다\"고 말했다.\n"_s;

bool hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

// A menu text without its accelerator and shortcut hint: "파일(&F)" → "파일".
QString plain(QString text)
{
    static const QRegularExpression accelerator(u"\\(&.\\)|&"_s);
    return text.remove(accelerator).section(u'\t', 0, 0).trimmed();
}

// Every item of `menu` and its submenus that a Korean reader would read in English: a word of
// two Latin letters or more and no Hangul (names such as "Newsmark" and "Qt" sit beside Korean).
void collectEnglish(QMenu *menu, const QString &path, QStringList *english)
{
    const QString title = plain(menu->title());
    if (!title.isEmpty() && !hasHangul(title))
        english->append(path + title);
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collectEnglish(action->menu(), path + title + u" › "_s, english);
            continue;
        }
        const QString text = plain(action->text());
        if (!text.isEmpty() && !hasHangul(text))
            english->append(path + title + u" › "_s + text);
    }
}

} // namespace

class TestKoreanUi : public WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpRun();
        QCOMPARE(uiLanguage(), u"ko"_s);
    }
    void init() { QVERIFY(openWindow()); }
    void cleanup() { closeWindow(); }
    void cleanupTestCase() { tearDownRun(); }

    void menusSpeakKorean()
    {
        QStringList titles;
        QStringList english;
        for (QAction *action : m_window->menuBar()->actions()) {
            if (QMenu *menu = action->menu()) {
                titles.append(plain(menu->title()));
                collectEnglish(menu, QString(), &english);
            }
        }
        // The main menus as a Korean application names them.
        for (const QString &expected : {u"파일"_s, u"편집"_s, u"보기"_s, u"도움말"_s})
            QVERIFY2(titles.contains(expected), qPrintable(titles.join(u", "_s)));
        QVERIFY2(english.isEmpty(), qPrintable(u"left in English: "_s + english.join(u"; "_s)));
    }

    void dialogSpeaksKorean()
    {
        m_window->libraryPane()->setSearchText(u"금리"_s);
        m_window->savedSearches()->saveAction()->trigger();
        QDialog *dialog = m_window->savedSearches()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), u"검색 저장"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), u"저장"_s);
        // Qt's own standard button, from qt6-translations-l10n.
        QCOMPARE(plain(buttons->button(QDialogButtonBox::Cancel)->text()), u"취소"_s);
        dialog->reject();
    }

    void legendSpeaksKorean()
    {
        const ArticleId id = importText(u"gaon.txt"_s, kArticle);
        QVERIFY(id > 0);
        QCOMPARE(evaluateInPage(
                         u"document.querySelector('nav.nm-legend').getAttribute('aria-label')"_s)
                         .value_or(QVariant())
                         .toString(),
                 u"강조 표시"_s);
        const QString money =
                evaluateInPage(u"document.querySelector('.nm-legend-item[data-kind=money]')"
                               u".textContent"_s)
                        .value_or(QVariant())
                        .toString();
        QVERIFY2(money.startsWith(u"금액"_s), qPrintable(money));
        const QString toggle = evaluateInPage(u"document.querySelector('.nm-legend-item').title"_s)
                                       .value_or(QVariant())
                                       .toString();
        QCOMPARE(toggle, u"이 강조 표시를 보이거나 숨깁니다"_s);
        // The amount's tooltip names its kind in Korean and reads the counter the Korean way.
        const QString tips = evaluateInPage(u"Array.from(document.querySelectorAll('mark.nm-span'))"
                                            u".map(m => m.title).join('\\n')"_s)
                                     .value_or(QVariant())
                                     .toString();
        QVERIFY2(tips.contains(u"금액: 3조원"_s), qPrintable(tips));
        QVERIFY2(tips.contains(u"1,200명"_s), qPrintable(tips));
        QVERIFY2(!tips.contains(u"Money"_s), qPrintable(tips));
    }

    void cliErrorSpeaksKorean()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NEWSMARK_LANGUAGE"_s, u"ko"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(NEWSMARK_CLI),
                  {u"show"_s, u"--library"_s, m_window->library().path(), u"열두"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(u"'열두'는 기사 id가 아닙니다"_s), qPrintable(err));
    }
};

NEWSMARK_GUI_TEST_MAIN(TestKoreanUi)
#include "tst_korean_ui.moc"
