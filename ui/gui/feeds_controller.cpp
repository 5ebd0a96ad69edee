#include "feeds_controller.h"

#include "background_job.h"
#include "feeds_pane.h"
#include "file_dialogs.h"
#include "gui_logging.h"

#include "save_page.h"

#include "feeds/feed_actions.h"
#include "feeds/feed_encoding.h"
#include "feeds/opml.h"
#include "library/library.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kScheduleMs = 60 * 1000; // how often due feeds are looked for
constexpr int kFirstLookMs = 5 * 1000; // after start: the window settles first

struct RefreshOutcome
{
    QList<FeedRefreshReport> reports;
    QString error; // the library could not be opened
};

struct AddOutcome
{
    Result<FeedId> added = Error {};
    RefreshOutcome refreshed;
};

RefreshOutcome runRefresh(const QString &path, const QList<FeedRecord> &feeds,
                          const BackgroundJob::Progress &progress)
{
    RefreshOutcome outcome;
    auto library = Library::open(path);
    if (!library) {
        outcome.error = library.error();
        return outcome;
    }
    progress(0, feeds.size());
    outcome.reports = refreshFeeds(
            *library.value(), feeds,
            [&](const FeedRefreshReport &, int done, int total) { return progress(done, total); },
            extract::feedWebReader());
    return outcome;
}

QComboBox *fullTextBox(FullText current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(QObject::tr("When the feed carries only summaries"), fullTextName(FullText::Auto));
    box->addItem(QObject::tr("Always"), fullTextName(FullText::Always));
    box->addItem(QObject::tr("Never"), fullTextName(FullText::Never));
    box->setCurrentIndex(box->findData(fullTextName(current)));
    return box;
}

QComboBox *folderBox(const QStringList &folders, const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->addItem(QString());
    box->addItems(folders);
    box->setCurrentText(current);
    box->lineEdit()->setPlaceholderText(QObject::tr("None (A/B makes B inside A)"));
    return box;
}

// A dialog asking for a web address: the address row (and any `extraRows` below it), a note,
// OK (named `okText`) and Cancel. `accepted` gets the address once it is one; otherwise the note
// says why and the dialog stays. Opened with open(), deleted on close.
void openAddressDialog(QWidget *parent, const QString &objectName, const QString &addressName,
                       const QString &title, const QString &placeholder, const QString &noteText,
                       const QString &okText,
                       const std::function<void(QFormLayout *, QDialog *)> &addRows,
                       const std::function<void(const QString &typed)> &accepted)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    auto *address = new QLineEdit(dialog);
    address->setObjectName(addressName);
    address->setPlaceholderText(placeholder);
    address->setMinimumWidth(420);
    auto *form = new QFormLayout;
    form->addRow(QObject::tr("&Address:"), address);
    auto *note = new QLabel(noteText, dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (addRows)
        addRows(form, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        if (!feedAddressFromUserInput(address->text()).isValid()) {
            note->setText(
                    QObject::tr("\"%1\" is not a web address.").arg(address->text().trimmed()));
            address->setFocus();
            return;
        }
        dialog->accept();
        accepted(address->text());
    });
    dialog->open();
}

} // namespace

FeedsController::FeedsController(Library &library, FeedsPane &pane, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_pane(pane)
    , m_window(window)
    , m_refreshJob(new BackgroundJob(u"newsmark-feeds"_s, this))
    , m_addJob(new BackgroundJob(u"newsmark-add-feed"_s, this))
    , m_saveJob(new BackgroundJob(u"newsmark-save-page"_s, this))
    , m_schedule(new QTimer(this))
    , m_status(new QWidget)
    , m_label(new QLabel(m_status))
    , m_bar(new QProgressBar(m_status))
    , m_stop(new QToolButton(m_status))
{
    m_status->setObjectName(u"feedsStatus"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop refreshing; what arrived is kept"));
    m_stop->setAutoRaise(true);
    connect(m_stop, &QToolButton::clicked, this, &FeedsController::stop);
    auto *layout = new QHBoxLayout(m_status);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_stop);
    m_status->hide();
    connect(m_refreshJob, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_refreshJob->isCancelled())
            return;
        m_label->setText(tr("Refreshing feeds: %1 of %2").arg(done).arg(total));
        m_bar->setRange(0, int(total));
        m_bar->setValue(int(done));
    });
    connect(&m_pane, &FeedsPane::sourceChanged, this, &FeedsController::updateActions);

    m_schedule->setInterval(kScheduleMs);
    connect(m_schedule, &QTimer::timeout, this, &FeedsController::refreshDue);
    m_schedule->start();
    QTimer::singleShot(kFirstLookMs, this, &FeedsController::refreshDue);
    reload();
}

FeedsController::~FeedsController()
{
    delete m_refreshJob; // cancels and waits
    delete m_addJob;
    delete m_saveJob;
    if (m_status && !m_status->parent())
        delete m_status.data();
}

bool FeedsController::isRefreshing() const
{
    return m_refreshJob->isRunning();
}

void FeedsController::addActions(QMenu *menu)
{
    m_add = menu->addAction(tr("&Add Feed…"), this, &FeedsController::addFeed);
    // Ctrl+N, the platform's New: subscribing is what a news reader makes new (Liferea too);
    // Ctrl+Shift+N is the Notes panel's.
    m_add->setObjectName(u"addFeedAction"_s);
    m_add->setShortcuts(QKeySequence::New);
    m_add->setStatusTip(tr("Subscribe to a feed, or to the feed of a site's page"));
    m_refreshAll = menu->addAction(tr("&Refresh All"), this, &FeedsController::refreshAll);
    m_refreshAll->setObjectName(u"refreshAllAction"_s);
    m_refreshAll->setShortcuts(QKeySequence::Refresh);
    m_stopAction = menu->addAction(tr("S&top Refreshing"), this, &FeedsController::stop);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape | Qt::SHIFT));
    menu->addSeparator();
    // The chosen feed's or folder's articles, whatever the list shows of them (Article › Mark
    // All as Read marks the list's); one step of the undo stack either way.
    m_markRead = menu->addAction(tr("&Mark Feed as Read"), this, &FeedsController::markRead);
    m_markRead->setObjectName(u"markFeedReadAction"_s);
    m_markRead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_properties = menu->addAction(tr("&Properties…"), this, &FeedsController::showProperties);
    m_remove = menu->addAction(tr("R&emove Feed…"), this, &FeedsController::remove);
    menu->addSeparator();
    m_import = menu->addAction(tr("&Import Subscriptions (OPML)…"), this,
                               &FeedsController::importOpml);
    m_export = menu->addAction(tr("E&xport Subscriptions (OPML)…"), this,
                               &FeedsController::exportOpml);
    connect(&m_pane, &FeedsPane::contextMenuRequested, this, [this](const QPoint &at) {
        if (m_pane.showsTrash() || m_pane.onSavedSearches())
            return; // the Trash's own menu (TrashController), the saved searches'
                    // (SavedSearchesController)
        QMenu context;
        for (QAction *action : {m_refreshAll, m_markRead, m_properties, m_remove})
            context.addAction(action);
        context.exec(at);
    });
    updateActions();
}

void FeedsController::updateActions()
{
    if (!m_add)
        return;
    const bool feed = m_pane.currentFeed() > 0;
    const bool source = feed || !m_pane.currentFolder().isEmpty();
    m_markRead->setEnabled(source);
    m_markRead->setText(feed || !source ? tr("&Mark Feed as Read") : tr("&Mark Folder as Read"));
    m_properties->setEnabled(feed);
    m_remove->setEnabled(feed);
    m_refreshAll->setEnabled(!m_refreshJob->isRunning() && !m_pane.feeds().isEmpty());
    m_stopAction->setEnabled(m_refreshJob->isRunning());
    m_export->setEnabled(!m_pane.feeds().isEmpty());
}

void FeedsController::reload()
{
    m_pane.setTrashCount(m_library.articles().trashCount());
    m_pane.setFeeds(m_library.feeds().list());
    updateActions();
}

void FeedsController::reloadCounts()
{
    m_pane.updateUnread(m_library.feeds().list());
}

void FeedsController::articleRead(ArticleId article)
{
    const QList<FeedId> from = m_library.feeds().feedsOf(article);
    if (from.isEmpty())
        return;
    QList<FeedRecord> feeds = m_pane.feeds();
    for (FeedRecord &f : feeds) {
        if (from.contains(f.id))
            f.unread = std::max(f.unread - 1, 0);
    }
    m_pane.updateUnread(feeds);
}

void FeedsController::refreshAll()
{
    refresh(m_library.feeds().list(), false);
}

void FeedsController::refreshDue()
{
    if (m_refreshJob->isRunning() || m_addJob->isRunning())
        return;
    refresh(m_library.feeds().due(QDateTime::currentDateTimeUtc()), true);
}

void FeedsController::stop()
{
    if (!m_refreshJob->isRunning())
        return;
    m_refreshJob->cancel();
    m_label->setText(tr("Stopping…"));
}

void FeedsController::refresh(const QList<FeedRecord> &feeds, bool quiet)
{
    if (feeds.isEmpty() || m_refreshJob->isRunning())
        return;
    m_label->setText(tr("Refreshing feeds: 0 of %1").arg(feeds.size()));
    m_bar->setRange(0, int(feeds.size()));
    m_bar->setValue(0);
    m_status->setVisible(!quiet || feeds.size() > 1);
    m_refreshJob->start<RefreshOutcome>(
            [path = m_library.path(), feeds](const BackgroundJob::Progress &progress) {
                return runRefresh(path, feeds, progress);
            },
            [this](const RefreshOutcome &outcome) {
                m_status->hide();
                if (!outcome.error.isEmpty()) {
                    Q_EMIT message(tr("Feeds could not be refreshed: %1").arg(outcome.error));
                    updateActions();
                    Q_EMIT refreshFinished();
                    return;
                }
                QList<ArticleId> added;
                QList<ArticleId> updated;
                QStringList failing;
                for (const FeedRefreshReport &r : outcome.reports) {
                    added += r.stored.addedIds;
                    updated += r.stored.updatedIds;
                    if (!r.error.isEmpty() && r.error != u"cancelled")
                        failing << (r.title.isEmpty() ? r.url : r.title);
                }
                reload();
                if (!added.isEmpty() || !updated.isEmpty())
                    Q_EMIT articlesChanged(added, updated);
                QString text = tr("%n new article(s) from feeds", nullptr, int(added.size()));
                if (!updated.isEmpty())
                    text += u"; "_s + tr("%n updated at the source", nullptr, int(updated.size()));
                if (!failing.isEmpty())
                    text += u"; "_s
                            + tr("%n feed(s) failing: %1", nullptr, int(failing.size()))
                                      .arg(failing.mid(0, 3).join(u", "_s));
                Q_EMIT message(text);
                Q_EMIT refreshFinished();
            });
    Q_EMIT refreshStarted(int(feeds.size()));
    updateActions();
}

void FeedsController::addFeed()
{
    const FeedId current = m_pane.currentFeed();
    QString folderNow = m_pane.currentFolder();
    for (const FeedRecord &f : m_pane.feeds()) {
        if (f.id == current)
            folderNow = f.folder;
    }
    // Made with the dialog, read when it is accepted (the dialog owns them till then).
    auto folder = std::make_shared<QPointer<QComboBox>>();
    auto fullText = std::make_shared<QPointer<QComboBox>>();
    openAddressDialog(
            m_window, u"addFeedDialog"_s, u"feedAddress"_s, tr("Add Feed"),
            tr("https://www.example.com, or a feed's address"),
            tr("A site's address is enough: its feed is found for you."), tr("Subscribe"),
            [&, folder, fullText](QFormLayout *form, QDialog *dialog) {
                *folder = folderBox(m_pane.folders(), folderNow, dialog);
                *fullText = fullTextBox(FullText::Auto, dialog);
                form->addRow(tr("&Folder:"), *folder);
                form->addRow(tr("Whole &pages:"), *fullText);
            },
            [this, folder, fullText](const QString &typed) {
                FeedRecord options;
                options.folder = (*folder)->currentText().trimmed();
                options.fullText = fullTextFromName((*fullText)->currentData().toString())
                                           .value_or(FullText::Auto);
                subscribe(typed, options);
            });
}

void FeedsController::savePage()
{
    if (m_saveJob->isRunning()) {
        Q_EMIT message(tr("A page is being saved; try again in a moment."));
        return;
    }
    openAddressDialog(m_window, u"savePageDialog"_s, u"pageAddress"_s, tr("Save Page"),
                      tr("https://news.example.com/article/123"),
                      tr("The article's text is kept; nothing of the page runs."), tr("Save"), {},
                      [this](const QString &typed) { save(feedAddressFromUserInput(typed)); });
}

void FeedsController::save(const QUrl &url)
{
    if (m_saveJob->isRunning())
        return;
    Q_EMIT message(tr("Saving %1…").arg(url.toDisplayString()));
    m_saveJob->start<Result<extract::SavedPage>>(
            [path = m_library.path(), url](const BackgroundJob::Progress &) {
                auto library = Library::open(path);
                if (!library)
                    return Result<extract::SavedPage>(Error {library.error()});
                return extract::savePage(*library.value(), url);
            },
            [this](const Result<extract::SavedPage> &saved) {
                if (!saved) {
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Page"),
                                                tr("The page was not saved."), QMessageBox::Ok,
                                                m_window);
                    box->setObjectName(u"savePageError"_s);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->setInformativeText(saved.error());
                    box->open();
                    return;
                }
                Q_EMIT articlesChanged(saved->updated ? QList<ArticleId> {} : QList {saved->id},
                                       saved->updated ? QList {saved->id} : QList<ArticleId> {});
                Q_EMIT pageSaved(saved->id);
                Q_EMIT message(saved->images > 0
                                       ? tr("Saved \"%1\" with %n image(s)", nullptr, saved->images)
                                                 .arg(saved->headline)
                                       : tr("Saved \"%1\"").arg(saved->headline));
            });
}

void FeedsController::subscribe(const QString &address, const FeedRecord &options)
{
    Q_EMIT message(tr("Looking for the feed at %1…").arg(address.trimmed()));
    m_addJob->start<AddOutcome>(
            [path = m_library.path(), address, options](const BackgroundJob::Progress &progress) {
                AddOutcome outcome;
                auto library = Library::open(path);
                if (!library) {
                    outcome.added = Error {library.error()};
                    return outcome;
                }
                outcome.added = subscribeToFeed(*library.value(), address, options);
                if (outcome.added && progress(0, 1)) {
                    const auto feed = library.value()->feeds().find(*outcome.added);
                    if (feed)
                        outcome.refreshed = runRefresh(path, {*feed}, progress);
                }
                return outcome;
            },
            [this, address](const AddOutcome &outcome) {
                if (!outcome.added) {
                    auto *box =
                            new QMessageBox(QMessageBox::Warning, tr("Add Feed"),
                                            tr("No feed was added."), QMessageBox::Ok, m_window);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->setInformativeText(outcome.added.error());
                    box->open();
                    return;
                }
                reload();
                QList<ArticleId> added;
                for (const FeedRefreshReport &r : outcome.refreshed.reports)
                    added += r.stored.addedIds;
                if (!added.isEmpty())
                    Q_EMIT articlesChanged(added, {});
                const auto feed = m_library.feeds().find(*outcome.added);
                Q_EMIT message(tr("Subscribed to %1: %n article(s)", nullptr, int(added.size()))
                                       .arg(feed ? feed->title : address));
            });
}

void FeedsController::markRead()
{
    const FeedId feed = m_pane.currentFeed();
    const QString folder = m_pane.currentFolder();
    if (feed <= 0 && folder.isEmpty())
        return;
    const QList<ArticleId> ids = m_library.feeds().unreadArticles(feed, folder);
    if (ids.isEmpty()) {
        Q_EMIT message(feed > 0 ? tr("Every article of this feed is read already.")
                                : tr("Every article in this folder is read already."));
        return;
    }
    const auto count = int(ids.size());
    Q_EMIT markReadRequested(ids,
                             feed > 0
                                     ? tr("Mark %n Article(s) of the Feed Read", nullptr, count)
                                     : tr("Mark %n Article(s) of the Folder Read", nullptr, count));
}

void FeedsController::remove()
{
    const auto feed = m_library.feeds().find(m_pane.currentFeed());
    if (!feed)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Feed"),
                                tr("Unsubscribe from \"%1\"?").arg(feed->title),
                                QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Its %n article(s) stay in the library, with their notes.", nullptr,
                               feed->articles));
    QPushButton *removeButton = box->addButton(tr("Unsubscribe"), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, id = feed->id] {
        if (box->clickedButton() != removeButton)
            return;
        if (auto removed = m_library.feeds().remove(id); !removed)
            Q_EMIT message(removed.error());
        reload();
    });
    box->open();
}

void FeedsController::showProperties()
{
    const auto feed = m_library.feeds().find(m_pane.currentFeed());
    if (!feed)
        return;
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(u"feedPropertiesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 — Properties").arg(feed->title));
    auto *url = new QLabel(feed->url, dialog);
    url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *interval = new QSpinBox(dialog);
    interval->setRange(5, 24 * 60);
    interval->setSuffix(tr(" min"));
    interval->setValue(feed->intervalMinutes);
    QComboBox *fullText = fullTextBox(feed->fullText, dialog);
    auto *encoding = new QComboBox(dialog);
    encoding->setObjectName(u"feedEncoding"_s);
    encoding->setEditable(true);
    encoding->addItem(tr("As the feed says"), QString());
    for (const char *name : {"utf-8", "windows-949", "euc-kr", "iso-8859-1", "shift_jis"})
        encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    const int index = encoding->findData(feed->encoding);
    if (index >= 0)
        encoding->setCurrentIndex(index);
    else
        encoding->setCurrentText(feed->encoding);
    QComboBox *folder = folderBox(m_pane.folders(), feed->folder, dialog);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("Address:"), url);
    form->addRow(tr("&Folder:"), folder);
    form->addRow(tr("&Refresh every:"), interval);
    form->addRow(tr("Whole &pages:"), fullText);
    form->addRow(tr("&Encoding:"), encoding);
    if (!feed->lastError.isEmpty())
        form->addRow(tr("Last error:"), new QLabel(feed->lastError, dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [=, this, id = feed->id, previousEncoding = feed->encoding] {
                // A name from the list, or what the user typed over it.
                const QString typed = encoding->currentText().trimmed();
                const int listed = encoding->findText(typed);
                const QString chosenEncoding =
                        listed >= 0 ? encoding->itemData(listed).toString() : typed;
                if (!chosenEncoding.isEmpty() && !isKnownEncoding(chosenEncoding.toLatin1())) {
                    auto *box = new QMessageBox(
                            QMessageBox::Warning, tr("Feed Properties"),
                            tr("\"%1\" is not an encoding Newsmark knows. Choose one from the "
                               "list, or leave \"As the feed says\".")
                                    .arg(chosenEncoding),
                            QMessageBox::Ok, dialog);
                    box->setObjectName(u"encodingRefused"_s);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    encoding->setFocus();
                    return;
                }
                auto set = m_library.feeds().setOptions(
                        id, interval->value(),
                        fullTextFromName(fullText->currentData().toString())
                                .value_or(FullText::Auto),
                        chosenEncoding);
                if (set)
                    set = m_library.feeds().setFolder(id, folder->currentText().trimmed());
                if (!set)
                    Q_EMIT message(set.error());
                dialog->accept();
                reload();
                // Another encoding reads the feed again now: the user wants to see the text right.
                if (set && chosenEncoding != previousEncoding) {
                    if (const auto changed = m_library.feeds().find(id))
                        refresh({*changed}, false);
                }
            });
    dialog->open();
}

void FeedsController::importOpml()
{
    askForFiles(m_window, tr("Import Subscriptions"), QDir::homePath(),
                tr("OPML files (*.opml *.xml);;All files (*)"), QFileDialog::ExistingFile,
                [this](const QStringList &files) {
                    const auto document = readOpmlFile(files.constFirst());
                    if (!document) {
                        Q_EMIT message(document.error());
                        return;
                    }
                    const auto subscribed = subscribeFromOpml(m_library.feeds(), *document);
                    if (!subscribed) {
                        Q_EMIT message(subscribed.error());
                        return;
                    }
                    const int added = subscribed->added;
                    reload();
                    Q_EMIT message(tr("Subscribed to %n feed(s) from %1", nullptr, added)
                                           .arg(QFileInfo(files.constFirst()).fileName()));
                    refreshDue();
                });
}

void FeedsController::exportOpml()
{
    askForSaveFile(m_window, tr("Export Subscriptions"),
                   QDir::home().filePath(u"newsmark-subscriptions.opml"_s),
                   tr("OPML files (*.opml)"), [this](const QString &path) {
                       if (isLibraryFile(m_library.path(), path)) {
                           Q_EMIT message(tr("%1 is this library's own file").arg(path));
                           return;
                       }
                       const OpmlDocument document =
                               subscriptionsAsOpml(m_library.feeds(), tr("Newsmark subscriptions"));
                       const Status written = writeOpmlFile(path, document);
                       Q_EMIT message(written ? tr("Wrote %n feed(s) to %1", nullptr,
                                                   int(document.feeds.size()))
                                                        .arg(path)
                                              : written.error());
                   });
}

} // namespace newsmark::gui
