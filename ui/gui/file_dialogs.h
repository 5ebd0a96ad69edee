#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace newsmark::gui {

// File dialogs that do not block: open() instead of the static QFileDialog::get*() functions,
// whose nested event loop runs timers, background results and newsmark-cli commands in the
// middle of the action that asked. `chosen` runs once the user chose (never on Cancel).
void askForFiles(QWidget *parent, const QString &title, const QString &directory,
                 const QString &filter, QFileDialog::FileMode mode,
                 std::function<void(const QStringList &)> chosen);
void askForSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                    const QString &filter, std::function<void(const QString &)> chosen);

} // namespace newsmark::gui
