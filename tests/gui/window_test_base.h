#pragma once

#include "i18n/ui_language.h"
#include "import_controller.h"
#include "library/library.h"
#include "library_pane.h"
#include "main_window.h"
#include "reader_profile.h"
#include "reader_view.h"
#include "web_setup.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

#include <memory>
#include <optional>

// The suites run in English and, as <suite>_ko, in Korean: text the user reads is compared through
// the translation of the same source rather than an English literal.
inline bool inKorean()
{
    return newsmark::uiLanguage() == QStringLiteral("ko");
}

inline QString trIn(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// An approximate figure as the Amounts panel writes it ("about ₩720…", "약 ₩720…").
inline QString about(const QString &figure)
{
    return (inKorean() ? QStringLiteral("약 ") : QStringLiteral("about ")) + figure;
}

// Runs script in a page and waits, spinning the event loop, for its result; nothing on a timeout.
inline std::optional<QVariant> evaluate(QWebEnginePage *page, const QString &script,
                                        int timeoutMs = 20000)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs))
        return std::nullopt;
    return *result;
}

inline QString evaluateString(QWebEnginePage *page, const QString &script)
{
    return evaluate(page, script).value_or(QVariant()).toString();
}

// -1 on a timeout.
inline int evaluateInt(QWebEnginePage *page, const QString &script)
{
    return evaluate(page, script).value_or(QVariant(-1)).toInt();
}

// What every GUI test case starts from: one WebEngine profile for the whole run (pages must die
// before it), and per test function a shown main window on a fresh library (with the bundled
// samples) in its own temporary folder, with settings cleared.
class WindowTestBase : public QObject
{
protected:
    void setUpRun()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Newsmark"));
        QApplication::setApplicationName(QStringLiteral("Newsmark"));
        // ctest runs each GUI suite twice: in English and, as <suite>_ko, in Korean
        // (NEWSMARK_LANGUAGE); text is compared through tr() of the same source.
        newsmark::installTranslations(qEnvironmentVariable("NEWSMARK_LANGUAGE"));
        m_profile = std::make_unique<newsmark::gui::ReaderProfile>();
    }

    // False, with the reason logged, when the window could not be opened and shown.
    [[nodiscard]] bool openWindow()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        newsmark::Library::OpenOptions options;
        options.samplesIfNew = true;
        auto library =
                newsmark::Library::open(m_dir->filePath(QStringLiteral("library.sqlite")), options);
        if (!library) {
            qWarning("cannot open the test library: %s", qPrintable(library.error()));
            return false;
        }
        m_window =
                std::make_unique<newsmark::gui::MainWindow>(std::move(library).value(), *m_profile);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void closeWindow()
    {
        m_window.reset();
        m_dir.reset();
    }

    void tearDownRun() { m_profile.reset(); }

    static constexpr int kPageTimeoutMs = 20000;

    [[nodiscard]] QWebEnginePage *readerPage() const { return m_window->readerView()->page(); }

    // Runs script in the reader page and waits for its value; nothing on a timeout.
    std::optional<QVariant> evaluateInPage(const QString &script)
    {
        return evaluate(readerPage(), script, kPageTimeoutMs);
    }

    // Writes `text` to a file in the test's folder and imports it through the window, as a user
    // would; the id of the article the window then shows, once its page has loaded; 0 otherwise.
    newsmark::ArticleId importText(const QString &name, const QString &text)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(text.toUtf8());
        file.close();
        QSignalSpy finished(m_window->importController(),
                            &newsmark::gui::ImportController::finished);
        m_window->importPaths({path});
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, kPageTimeoutMs))
            return 0;
        if (auto *summary = m_window->findChild<QMessageBox *>(QStringLiteral("importSummary")))
            summary->close();
        const newsmark::ArticleId id = m_window->readerView()->articleId();
        return waitForPageOf(id) ? id : 0;
    }

    // Whether the reader page of article `id` has loaded.
    bool waitForPageOf(newsmark::ArticleId id)
    {
        const QString script = QStringLiteral(
                "(function () { const a = document.querySelector('article.nm-article');"
                " return document.readyState === 'complete' && a ? a.dataset.articleId : ''; })()");
        return id != 0
                && QTest::qWaitFor(
                        [&] {
                            return evaluateInPage(script).value_or(QVariant()).toString()
                                    == QString::number(id);
                        },
                        kPageTimeoutMs);
    }

#ifdef NEWSMARK_CLI
    // newsmark-cli run beside the window, its output ("" when it failed, the reason logged). The
    // event loop turns while it runs: the command may be handed to this very window.
    QString runCliBeside(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(NEWSMARK_CLI), arguments);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            return {};
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning("newsmark-cli failed: %s", process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }
#endif

    std::unique_ptr<newsmark::gui::ReaderProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<newsmark::gui::MainWindow> m_window;
};

// The main() of every GUI suite: off-screen unless QT_QPA_PLATFORM says otherwise, and WebEngine
// prepared as the application's main() prepares it (the newsmark: scheme registered, Chromium's
// switches set) before the QApplication exists. QTEST_MAIN would skip the preparation.
#define NEWSMARK_GUI_TEST_MAIN(TestClass) \
    int main(int argc, char *argv[]) \
    { \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) \
            qputenv("QT_QPA_PLATFORM", "offscreen"); \
        newsmark::gui::prepareWebEngine(argc, argv); \
        QApplication app(argc, argv); \
        TestClass test; \
        QTEST_SET_MAIN_SOURCE_PATH \
        return QTest::qExec(&test, argc, argv); \
    }
