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

// The setting that makes pages render with the GPU (off: Chromium composites in software).
inline constexpr char kGpuSettingKey[] = "reader/gpu";

// Whether the GPU renders pages: `--gpu` among the arguments, else NEWSMARK_GPU, else the
// setting.
bool wantsGpu(int argc, char **argv);

// Registers the newsmark: scheme and prepares Chromium and the graphics stack. Must run before
// QApplication exists: WebEngine and Qt's platform plugin read both exactly once, when they
// start.
void prepareWebEngine(int argc, char **argv);

} // namespace newsmark::gui
