#pragma once

#include "feeds/feed_refresh.h"
#include "storage/feed_store.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
class QToolButton;
class QWidget;

namespace newsmark {
class Library;
}

namespace newsmark::gui {

class BackgroundJob;
class FeedsPane;

// The window's feeds: the Feeds menu (Add Feed, Refresh All, Stop, Mark Read, Properties,
// Remove, OPML in and out), refreshing in the background when feeds are due, and the feeds
// pane's contents. Network and parsing run on a thread of their own with its own connection
// (BackgroundJob); the window hears what changed through `articlesChanged`.
class FeedsController final : public QObject
{
    Q_OBJECT

public:
    FeedsController(Library &library, FeedsPane &pane, QWidget *window);
    ~FeedsController() override;

    void addActions(QMenu *menu);
    [[nodiscard]] QWidget *statusWidget() const { return m_status; }
    [[nodiscard]] bool isRefreshing() const;

    // Re-reads the subscriptions (after another process changed them).
    void reload();
    // Re-reads the unread counts only (an article read or starred), keeping the sidebar's tree
    // and selection.
    void reloadCounts();
    // One article was read: its feeds' counts go down by one, without counting them all again.
    void articleRead(ArticleId article);
    void addFeed();
    // File › Save Page: asks for an address, keeps the page's article.
    void savePage();
    void refreshAll();
    void refreshDue();
    void stop();
    // Feeds › Properties… of the feed chosen in the pane.
    void showProperties();

Q_SIGNALS:
    // New or rewritten articles were stored: the list, the notes and the entity index follow.
    void articlesChanged(const QList<newsmark::ArticleId> &added,
                         const QList<newsmark::ArticleId> &updated);
    // A saved page: the window shows it.
    void pageSaved(newsmark::ArticleId id);
    void refreshStarted(int feeds);
    // The refresh is over and the window has been told what changed.
    void refreshFinished();
    void message(const QString &text);
    // Mark Feed/Folder as Read: the window marks `ids` read as one undoable step.
    void markReadRequested(const QList<newsmark::ArticleId> &ids, const QString &undoText);

private:
    void refresh(const QList<FeedRecord> &feeds, bool quiet);
    void subscribe(const QString &address, const FeedRecord &options);
    void save(const QUrl &url);
    void markRead();
    void remove();
    void importOpml();
    void exportOpml();
    void updateActions();

    Library &m_library;
    FeedsPane &m_pane;
    QWidget *m_window;
    BackgroundJob *m_refreshJob;
    BackgroundJob *m_addJob;
    BackgroundJob *m_saveJob;
    QTimer *m_schedule;
    QPointer<QWidget> m_status; // the status bar owns it once it is added
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_stop;
    QAction *m_add = nullptr;
    QAction *m_refreshAll = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_markRead = nullptr;
    QAction *m_properties = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace newsmark::gui
