#pragma once

#include "analysis/amount_conversion.h"
#include "analysis/entity_corrections.h"
#include "analysis/span.h"
#include "model/article.h"
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

// The reading pane: renders an article (or a placeholder) through core/render, serves it on
// newsmark://app/ and keeps the page's bridge pointed at what is shown.
class ReaderView final : public QWebEngineView
{
    Q_OBJECT

public:
    explicit ReaderView(ReaderProfile &profile, QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void showPlaceholder(const QString &message);
    // Re-renders what is shown in the new theme.
    void setTheme(ReaderTheme theme);
    [[nodiscard]] ReaderTheme theme() const { return m_theme; }
    // Re-renders what is shown with amounts' tooltips converted as chosen (Amounts panel).
    void setConversion(const ConversionChoice &choice);
    [[nodiscard]] const std::optional<Article> &article() const { return m_article; }
    [[nodiscard]] const QList<Span> &spans() const { return m_spans; }
    // 0 while a placeholder is shown.
    [[nodiscard]] ArticleId articleId() const { return m_article ? m_article->id : 0; }
    [[nodiscard]] ReaderBridge *bridge() const { return m_bridge; }
    // Where the article's notes come from (the Notes controller): asked on every render.
    void setNoteSource(std::function<QList<ReaderNote>(const Article &)> source);
    // Renders the shown article again, e.g. after its notes changed.
    void refresh();
    // The library's entity corrections, applied to every analysis from now on; the shown
    // article is analysed and rendered again.
    void setCorrections(EntityCorrections corrections);
    // The page operations (reader.js), typed; none waits for the page.
    // Outlines the highlights that start at these UTF-16 offsets and scrolls to the first; an
    // empty list clears the outline.
    void focusHighlights(const QList<qsizetype> &starts);
    // Scrolls to the highlight that starts at this UTF-16 offset and marks it active.
    void scrollToOffset(qsizetype start);
    // Outlines every mark of a note and scrolls to the first.
    void focusNote(const QUuid &id);
    // Scrolls the page to a position (kept across a re-render).
    void scrollTo(const QPointF &position);

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

    ReaderSchemeHandler &m_scheme;
    ReaderWebPage *m_readerPage = nullptr;
    QWebChannel *m_channel = nullptr;
    ReaderBridge *m_bridge = nullptr;
    std::optional<Article> m_article;
    QList<Span> m_spans;
    QString m_placeholder;
    ReaderTheme m_theme = ReaderTheme::Light;
    ConversionChoice m_conversion;
    EntityCorrections m_corrections;
    std::function<QList<ReaderNote>(const Article &)> m_noteSource;
};

} // namespace newsmark::gui
