#pragma once

#include <QByteArray>
#include <QString>
#include <QWebEngineUrlSchemeHandler>

namespace newsmark::gui {

// Serves newsmark://app/: the reader's CSS and JS from the core resources (:/web/), QtWebChannel's
// qwebchannel.js, and the one page the reader is showing. Everything else is "not found", so a
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

private:
    QString m_documentPath;
    QByteArray m_document;
};

} // namespace newsmark::gui
