#pragma once

#include "model/article.h"

#include <QByteArray>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <optional>

namespace newsmark::gui {

// Serves newsmark://app/: the reader's CSS and JS from the core resources (:/web/), QtWebChannel's
// qwebchannel.js, the one page the reader is showing and its article's images
// (/image/<article>/<n>, from the library). Everything else is "not found", so a
// page can never read arbitrary resources through the scheme.
class ReaderSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit ReaderSchemeHandler(QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // Publishes a generated page at `path` (e.g. "/article/42"), replacing the previous one: the
    // reader shows one page at a time and nothing needs an older one.
    void setDocument(const QString &path, const QByteArray &html);
    // Where /image/<article>/<n> comes from: the library's copy of the article's n-th image.
    using FigureSource = std::function<std::optional<Figure>(ArticleId, int)>;
    void setFigureSource(FigureSource source) { m_figures = std::move(source); }

private:
    QString m_documentPath;
    QByteArray m_document;
    FigureSource m_figures;
};

} // namespace newsmark::gui
