#pragma once

#include "library/library.h"
#include "main_window.h"
#include "reader_profile.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

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
        m_profile = std::make_unique<newsmark::gui::ReaderProfile>();
    }

    // False, with the reason logged, when the window could not be opened and shown.
    [[nodiscard]] bool openWindow()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        auto library = newsmark::Library::open(m_dir->filePath(QStringLiteral("library.sqlite")));
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

    std::unique_ptr<newsmark::gui::ReaderProfile> m_profile;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<newsmark::gui::MainWindow> m_window;
};
