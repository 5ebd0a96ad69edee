#include "reader_view.h"

#include "gui_logging.h"
#include "notes/note_service.h"
#include "reader_bridge.h"
#include "reader_profile.h"
#include "reader_scheme_handler.h"
#include "reader_web_page.h"
#include "web_setup.h"

#include <QChildEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QWebChannel>
#include <QWebEngineScript>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

// The steps a browser's zoom goes through, so that in and out retrace each other exactly.
constexpr std::array kZoomSteps {0.5,  0.67, 0.75, 0.8, 0.9, 1.0, 1.1,
                                 1.25, 1.5,  1.75, 2.0, 2.5, 3.0};

// Matches the page background of reader.css, so the view does not flash white between pages.
QColor backgroundFor(ReaderTheme theme)
{
    return theme == ReaderTheme::Dark ? QColor(0x1c, 0x1d, 0x20) : QColor(0xfb, 0xfa, 0xf7);
}

} // namespace

ReaderView::ReaderView(ReaderProfile &profile, ShownArticle &shown, QWidget *parent)
    : QWebEngineView(parent)
    , m_shown(shown)
    , m_scheme(*profile.schemeHandler())
    , m_readerPage(new ReaderWebPage(profile.profile(), this))
    , m_channel(new QWebChannel(this))
    , m_bridge(new ReaderBridge(this))
{
    setObjectName(u"readerView"_s);
    // Drops belong to the window (import), never to the page.
    setAcceptDrops(false);
    setContextMenuPolicy(Qt::NoContextMenu);
    m_channel->registerObject(u"bridge"_s, m_bridge);
    // The page only ever shows newsmark://app/ pages (ReaderWebPage refuses the rest), so the
    // channel is only ever offered to our own script.
    m_readerPage->setWebChannel(m_channel);
    m_readerPage->setBackgroundColor(backgroundFor(m_theme));
    setPage(m_readerPage);
    // Only the shown article's images: a page cannot ask for another article's.
    m_scheme.setFigureSource([this](ArticleId article, int ordinal) -> std::optional<Figure> {
        return article == m_shown.id() ? m_shown.figure(ordinal) : std::nullopt;
    });
    // Whatever changes in the shown article is rendered; a new article or new spans are news
    // for the panels that read them through this view.
    connect(&m_shown, &ShownArticle::articleChanged, this, [this] {
        // Matches are of one article: the window marks the new one's again.
        m_searchMatches.clear();
        m_findMatches.clear();
        m_findCurrent = -1;
        render();
        Q_EMIT articleChanged();
    });
    connect(&m_shown, &ShownArticle::spansChanged, this, [this] {
        render();
        Q_EMIT articleChanged();
    });
    connect(&m_shown, &ShownArticle::notesChanged, this, &ReaderView::refresh);
    connect(m_readerPage, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_pageReady = true;
        if (ok)
            markMatches(std::exchange(m_scrollToSearch, false));
    });
}

namespace {

QString rangesJson(const QList<std::pair<int, int>> &ranges)
{
    QJsonArray array;
    for (const auto &[start, end] : ranges)
        array.append(QJsonArray {start, end});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

void ReaderView::setSearchMatches(const QList<std::pair<int, int>> &ranges, bool scrollToFirst)
{
    m_searchMatches = ranges;
    if (!m_pageReady) {
        m_scrollToSearch = scrollToFirst && !ranges.isEmpty();
        return;
    }
    callPage(u"newsmarkMarkSearch"_s,
             rangesJson(m_searchMatches) + (scrollToFirst ? u",true"_s : u",false"_s));
}

void ReaderView::setFindMatches(const QList<std::pair<int, int>> &ranges, int current)
{
    m_findMatches = ranges;
    m_findCurrent = current;
    if (m_pageReady)
        callPage(u"newsmarkMarkFind"_s,
                 rangesJson(m_findMatches) + u',' + QString::number(m_findCurrent));
}

void ReaderView::showFindMatch(int current)
{
    m_findCurrent = current;
    if (m_pageReady)
        callPage(u"newsmarkFindShow"_s, QString::number(m_findCurrent));
}

void ReaderView::markMatches(bool scrollToSearch)
{
    if (!m_searchMatches.isEmpty()) {
        callPage(u"newsmarkMarkSearch"_s,
                 rangesJson(m_searchMatches) + (scrollToSearch ? u",true"_s : u",false"_s));
    }
    if (!m_findMatches.isEmpty()) {
        callPage(u"newsmarkMarkFind"_s,
                 rangesJson(m_findMatches) + u',' + QString::number(m_findCurrent));
    }
}

const std::optional<Article> &ReaderView::article() const
{
    return m_shown.article();
}

const QList<Span> &ReaderView::spans() const
{
    return m_shown.spans();
}

ArticleId ReaderView::articleId() const
{
    return m_shown.id();
}

void ReaderView::childEvent(QChildEvent *event)
{
    QWebEngineView::childEvent(event);
    // Chromium's render widget takes drops for itself; files dropped on the reader are meant for
    // the window's import, so they must pass through it.
    if (event->type() == QEvent::ChildPolished) {
        if (auto *child = qobject_cast<QWidget *>(event->child()))
            child->setAcceptDrops(false);
    }
}

void ReaderView::showArticle(const Article &article)
{
    m_placeholder.clear();
    m_shown.show(article);
}

void ReaderView::showPlaceholder(const QString &message)
{
    m_placeholder = message;
    m_shown.clear();
}

void ReaderView::setConversion(const ConversionChoice &choice)
{
    if (choice == m_conversion)
        return;
    m_conversion = choice;
    if (!m_shown.article())
        return;
    // Only the money amounts' titles change: a shown page has them rewritten in place, so the
    // reader keeps their place in the article; a page still loading is rendered again.
    if (m_readerPage->isLoading()) {
        render();
        return;
    }
    const Article &article = *m_shown.article();
    const QString text = article.canonicalText();
    ReaderPageOptions options;
    applyConversion(options, m_conversion, m_shown.spans(), text);
    QJsonObject titles;
    for (const Span &span : m_shown.spans()) {
        if (span.kind == SpanKind::Money)
            titles.insert(QString::number(span.start),
                          ReaderPage::tooltip(span, text, article.language, options));
    }
    callPage(u"newsmarkSetMoneyTitles"_s,
             QString::fromUtf8(QJsonDocument(titles).toJson(QJsonDocument::Compact)));
}

void ReaderView::setTheme(ReaderTheme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    m_readerPage->setBackgroundColor(backgroundFor(m_theme));
    render();
}

void ReaderView::setReaderFont(const QString &family, int size)
{
    if (family == m_fontFamily && size == m_fontSize)
        return;
    m_fontFamily = family;
    m_fontSize = size;
    // A page still loading was rendered with the old font: it is rendered again.
    if (!m_pageReady) {
        render();
        return;
    }
    callPage(u"newsmarkSetReaderFont"_s,
             u"..."_s
                     + QString::fromUtf8(QJsonDocument(QJsonArray {m_fontFamily, m_fontSize})
                                                 .toJson(QJsonDocument::Compact)));
}

void ReaderView::setHiddenKinds(const QStringList &kinds)
{
    if (kinds == m_hiddenKinds)
        return;
    m_hiddenKinds = kinds;
    if (!m_pageReady) {
        render();
        return;
    }
    callPage(u"newsmarkSetHiddenKinds"_s,
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m_hiddenKinds))
                                       .toJson(QJsonDocument::Compact)));
}

void ReaderView::setNoteLabel(std::function<QString(const Note &)> label)
{
    m_noteLabel = std::move(label);
}

void ReaderView::refresh()
{
    if (m_shown.article())
        render();
}

void ReaderView::setCorrections(EntityCorrections corrections)
{
    m_shown.setCorrections(std::move(corrections));
}

void ReaderView::focusHighlights(const QList<qsizetype> &starts)
{
    QJsonArray offsets;
    for (const qsizetype start : starts)
        offsets.append(qint64(start));
    callPage(u"newsmarkFocusHighlights"_s,
             QString::fromUtf8(QJsonDocument(offsets).toJson(QJsonDocument::Compact)));
}

void ReaderView::scrollToOffset(qsizetype start)
{
    callPage(u"newsmarkScrollToOffset"_s, QString::number(start));
}

void ReaderView::focusNote(const QUuid &id)
{
    // A UUID is hex digits and dashes: quoted, nothing in it can leave the string.
    callPage(u"newsmarkFocusNote"_s, u'\'' + id.toString(QUuid::WithoutBraces) + u'\'');
}

void ReaderView::scrollTo(const QPointF &position)
{
    callPage(u"newsmarkScrollTo"_s,
             QString::number(position.x()) + u',' + QString::number(position.y()));
}

void ReaderView::pageDownOr(std::function<void()> atEnd)
{
    // The application world: the page's own scripts neither see nor change this.
    static const QString script = uR"((function () {
        const e = document.scrollingElement || document.documentElement;
        const view = window.innerHeight;
        if (e.scrollTop + view >= e.scrollHeight - 2)
            return true;
        window.scrollBy(0, Math.max(view - 40, view * 0.85));
        return false;
    })())"_s;
    QPointer<ReaderView> self(this);
    m_readerPage->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                [self, atEnd = std::move(atEnd)](const QVariant &result) {
                                    if (self && result.toBool())
                                        atEnd();
                                });
}

void ReaderView::callPage(const QString &function, const QString &arguments)
{
    // Only reader.js's own functions, with arguments made here (numbers, JSON, a UUID); never
    // waits for the page, and does nothing on a page that has no such function.
    m_readerPage->runJavaScript(u"window."_s + function + u" && window."_s + function + u'('
                                + arguments + u')');
}

void ReaderView::render()
{
    ReaderPageOptions options;
    options.theme = m_theme;
    options.fontFamily = m_fontFamily;
    options.fontSize = m_fontSize;
    options.hiddenKinds = m_hiddenKinds;
    QString path;
    QString html;
    if (const std::optional<Article> &article = m_shown.article()) {
        const QString text = article->canonicalText();
        const QList<Span> &spans = m_shown.spans();
        m_bridge->setArticle(article->id, text, spans);
        applyConversion(options, m_conversion, spans, text);
        for (const Note &note : m_shown.notes()) {
            if (const auto range = noteUtf16Range(note, text)) {
                options.notes.append({note.idText(), noteColorKey(note.color), range->first,
                                      range->second, m_noteLabel ? m_noteLabel(note) : QString()});
            }
        }
        QStringList noteIds;
        for (const ReaderNote &note : std::as_const(options.notes))
            noteIds.append(note.id);
        m_bridge->setNoteIds(noteIds);
        path = u"/article/%1"_s.arg(article->id);
        html = ReaderPage::render(*article, spans, options);
    } else {
        m_bridge->clear();
        path = u"/welcome"_s;
        html = ReaderPage::placeholder(m_placeholder, options);
    }
    m_scheme.setDocument(path, html.toUtf8());
    m_pageReady = false;
    load(appUrl(path));
}

void ReaderView::zoomIn()
{
    const qreal current = zoomFactor();
    const auto next = std::upper_bound(kZoomSteps.begin(), kZoomSteps.end(), current + 0.001);
    if (next != kZoomSteps.end())
        setZoom(*next);
}

void ReaderView::zoomOut()
{
    const qreal current = zoomFactor();
    auto below = std::lower_bound(kZoomSteps.begin(), kZoomSteps.end(), current - 0.001);
    if (below != kZoomSteps.begin())
        setZoom(*std::prev(below));
}

void ReaderView::resetZoom()
{
    setZoom(1.0);
}

void ReaderView::setZoom(qreal factor)
{
    factor = std::clamp(factor, kZoomSteps.front(), kZoomSteps.back());
    if (qFuzzyCompare(factor, zoomFactor()))
        return;
    setZoomFactor(factor);
    Q_EMIT zoomChanged(factor);
}

} // namespace newsmark::gui
