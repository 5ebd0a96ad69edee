#pragma once

#include <QObject>

class QWebEngineProfile;

namespace newsmark::gui {

class ReaderSchemeHandler;
class RequestInterceptor;

// The one WebEngine profile of the app: off the record (the reader keeps nothing of its own on
// disk), with the newsmark: scheme and the request interceptor installed. Create it before any
// window and destroy it after the last page, which is why main() and tests own it on the stack.
class ReaderProfile final : public QObject
{
    Q_OBJECT

public:
    explicit ReaderProfile(QObject *parent = nullptr);
    ~ReaderProfile() override;
    Q_DISABLE_COPY_MOVE(ReaderProfile)

    [[nodiscard]] QWebEngineProfile *profile() const { return m_profile; }
    [[nodiscard]] ReaderSchemeHandler *schemeHandler() const { return m_schemeHandler; }
    [[nodiscard]] RequestInterceptor *interceptor() const { return m_interceptor; }

private:
    QWebEngineProfile *m_profile = nullptr;
    ReaderSchemeHandler *m_schemeHandler = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
};

} // namespace newsmark::gui
