#include "file_dialogs.h"

namespace newsmark::gui {

namespace {

QFileDialog *makeDialog(QWidget *parent, const QString &title, const QString &directory,
                        const QString &filter)
{
    auto *dialog = new QFileDialog(parent, title, directory, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace

void askForFiles(QWidget *parent, const QString &title, const QString &directory,
                 const QString &filter, QFileDialog::FileMode mode,
                 std::function<void(const QStringList &)> chosen)
{
    QFileDialog *dialog = makeDialog(parent, title, directory, filter);
    dialog->setObjectName(QStringLiteral("openFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(mode);
    if (mode == QFileDialog::Directory)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::filesSelected, dialog,
                     [chosen = std::move(chosen)](const QStringList &files) {
                         if (!files.isEmpty())
                             chosen(files);
                     });
    dialog->open();
}

void askForSaveFile(QWidget *parent, const QString &title, const QString &suggested,
                    const QString &filter, std::function<void(const QString &)> chosen)
{
    QFileDialog *dialog = makeDialog(parent, title, suggested, filter);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(suggested);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString &file) {
                         if (!file.isEmpty())
                             chosen(file);
                     });
    dialog->open();
}

} // namespace newsmark::gui
