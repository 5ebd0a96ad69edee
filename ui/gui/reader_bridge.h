#pragma once

#include "analysis/span.h"
#include "model/article.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>

namespace newsmark::gui {

// What page script may tell the app, registered on the reader page's QWebChannel as "bridge".
// Page script is not trusted: every call is checked against the article the reader shows, and
// only calls that make sense for it come out as signals.
class ReaderBridge final : public QObject
{
    Q_OBJECT

public:
    explicit ReaderBridge(QObject *parent = nullptr);

    void setArticle(ArticleId id, const QString &canonicalText, const QList<Span> &spans);
    // The notes whose marks the page shows (ids without braces), for noteClicked.
    void setNoteIds(const QStringList &ids);
    void clear();
    [[nodiscard]] ArticleId articleId() const { return m_articleId; }
    // The canonical text the offsets of every call refer to.
    [[nodiscard]] const QString &text() const { return m_text; }

    // [start, end) in UTF-16 units of the canonical text; start == end with empty text means the
    // selection went away.
    Q_INVOKABLE void selectionChanged(int start, int end, const QString &text);
    // kind is a data-kind ("MONEY") or legend key ("money"); the span must be one we rendered.
    Q_INVOKABLE void highlightClicked(const QString &kind, int start, int end);
    // A note's mark was clicked (the innermost, when notes overlap); the id must be one of the
    // notes rendered in the page.
    Q_INVOKABLE void noteClicked(const QString &id);

Q_SIGNALS:
    void selectionReported(newsmark::ArticleId articleId, int start, int end, const QString &text);
    void selectionCleared(newsmark::ArticleId articleId);
    void highlightActivated(newsmark::ArticleId articleId, const newsmark::Span &span);
    void noteActivated(newsmark::ArticleId articleId, const QUuid &id);
    void callRejected(const QString &reason);

private:
    void reject(const QString &reason);

    ArticleId m_articleId = 0;
    QString m_text;
    QList<Span> m_spans;
    QSet<QString> m_noteIds;
};

} // namespace newsmark::gui
