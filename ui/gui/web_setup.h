#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace newsmark::gui {

// Reader pages and everything they load live under newsmark://app/.
inline constexpr char kReaderScheme[] = "newsmark";
inline constexpr char kReaderHost[] = "app";

// A URL on the app's own scheme, e.g. appUrl(u"/web/reader.css").
QUrl appUrl(const QString &path);
// True for newsmark://app/... and nothing else (another host on our scheme is as foreign as http).
bool isAppUrl(const QUrl &url);

// Registers the newsmark: scheme and prepares Chromium. Must run before QApplication exists:
// WebEngine reads both exactly once, when it starts.
void prepareWebEngine();

} // namespace newsmark::gui
