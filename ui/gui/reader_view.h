#pragma once

#include "analysis/amount_conversion.h"
#include "analysis/entity_corrections.h"
#include "analysis/span.h"
#include "library/shown_article.h"
#include "model/article.h"
#include "model/note.h"
#include "render/reader_page.h"

#include <QList>
#include <QPointF>
#include <QUuid>
#include <QWebEngineView>

#include <functional>
#include <optional>

class QWebChannel;

namespace newsmark::gui {

class ReaderBridge;
class ReaderProfile;
class ReaderSchemeHandler;
class ReaderWebPage;

// The reading pane: renders the ShownArticle (or a placeholder) through core/render whenever it
// changes, serves it on newsmark://app/, keeps the page's bridge pointed at what is shown, and
// offers typed page operations. It renders only: the article, its spans and notes are the
// ShownArticle's, which the panels observe as well.
class ReaderView final : public QWebEngineView
{
    Q_OBJECT

public:
    ReaderView(ReaderProfile &profile, ShownArticle &shown, QWidget *parent = nullptr);

    [[nodiscard]] ShownArticle &shown() const { return m_shown; }
    // ShownArticle::show(), for the window's list.
    void showArticle(const Article &article);
    void showPlaceholder(const QString &message);
    // Re-renders what is shown in the new theme.
    void setTheme(ReaderTheme theme);
    [[nodiscard]] ReaderTheme theme() const { return m_theme; }
    // The reader's text font and size in CSS pixels (empty, 0: reader.css's), applied to the
    // shown page at once and to every page after.
    void setReaderFont(const QString &family, int size);
    [[nodiscard]] const QString &readerFontFamily() const { return m_fontFamily; }
    [[nodiscard]] int readerFontSize() const { return m_fontSize; }
    // The highlight kinds (spanKindKey) hidden when an article opens; the shown page follows.
    void setHiddenKinds(const QStringList &kinds);
    [[nodiscard]] const QStringList &hiddenKinds() const { return m_hiddenKinds; }
    // Re-renders what is shown with amounts' tooltips converted as chosen (Amounts panel).
    void setConversion(const ConversionChoice &choice);
    [[nodiscard]] const std::optional<Article> &article() const;
    [[nodiscard]] const QList<Span> &spans() const;
    // 0 while a placeholder is shown.
    [[nodiscard]] ArticleId articleId() const;
    [[nodiscard]] ReaderBridge *bridge() const { return m_bridge; }
    // The tooltip of a note's marks (its colour's name, comment and tags: the Notes settings').
    void setNoteLabel(std::function<QString(const Note &)> label);
    // Renders the shown article again.
    void refresh();
    // ShownArticle::setCorrections().
    void setCorrections(EntityCorrections corrections);
    // The page operations (reader.js), typed; none waits for the page.
    // Outlines the highlights that start at these UTF-16 offsets and scrolls to the first; an
    // empty list clears the outline.
    void focusHighlights(const QList<qsizetype> &starts);
    // Scrolls to the highlight that starts at this UTF-16 offset and marks it active.
    void scrollToOffset(qsizetype start);
    // Outlines every mark of a note and scrolls to the first.
    void focusNote(const QUuid &id);
    // Space: scrolls the page down by a screen, less a line, or, when its end is in view
    // already, leaves it and calls `atEnd` (never blocks: the page answers later).
    void pageDownOr(std::function<void()> atEnd);
    // Scrolls the page to a position (kept across a re-render).
    void scrollTo(const QPointF &position);
    // Marks every match of the list's search ([start, end), UTF-16 in the canonical text) and,
    // when asked, scrolls to the first; kept across re-renders of the same article, dropped
    // with it.
    void setSearchMatches(const QList<std::pair<int, int>> &ranges, bool scrollToFirst = true);
    [[nodiscard]] const QList<std::pair<int, int>> &searchMatches() const
    {
        return m_searchMatches;
    }
    // The find bar's matches, and which is current (outlined and scrolled to; -1: none).
    void setFindMatches(const QList<std::pair<int, int>> &ranges, int current);
    void showFindMatch(int current);

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setZoom(qreal factor);

    // The scheme that serves this view's pages (and one-off pages for printing).
    [[nodiscard]] ReaderSchemeHandler &schemeHandler() const { return m_scheme; }

Q_SIGNALS:
    void zoomChanged(qreal factor);
    // A new article or a placeholder is shown: article() and spans() changed.
    void articleChanged();

protected:
    void childEvent(QChildEvent *event) override;

private:
    void render();
    void callPage(const QString &function, const QString &arguments);
    // Puts the match layers on a freshly loaded page.
    void markMatches(bool scrollToSearch);

    ShownArticle &m_shown;
    ReaderSchemeHandler &m_scheme;
    ReaderWebPage *m_readerPage = nullptr;
    QWebChannel *m_channel = nullptr;
    ReaderBridge *m_bridge = nullptr;
    QString m_placeholder;
    ReaderTheme m_theme = ReaderTheme::Light;
    ConversionChoice m_conversion;
    QString m_fontFamily;
    int m_fontSize = 0;
    QStringList m_hiddenKinds;
    std::function<QString(const Note &)> m_noteLabel;
    QList<std::pair<int, int>> m_searchMatches;
    QList<std::pair<int, int>> m_findMatches;
    int m_findCurrent = -1;
    // The next load scrolls to the first search match (a result was just opened).
    bool m_scrollToSearch = false;
    // False from a render until its page has loaded: page calls then wait for loadFinished.
    bool m_pageReady = false;
};

} // namespace newsmark::gui
