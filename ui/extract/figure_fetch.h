#pragma once

#include "model/article.h"

#include <QObject>

#include <functional>

namespace newsmark::extract {

// Limits on the images of one saved page.
struct FigureLimits
{
    qint64 maxBytes = 8 * 1024 * 1024; // per image
    int minSide = 80; // px on the shorter side: icons, spacers and tracking pixels are no figures
    int maxSide = 12'000; // px on the longer side
    int timeoutMs = 30'000; // per image
};

// Fetches the images an extracted article names (Figure::sourceUrl) and keeps those that are
// pictures: each one's bytes are read by QImageReader (the server's Content-Type is not
// trusted) and kept only as PNG, JPEG, GIF or WebP of a sane size, unchanged, with their pixel
// size. What cannot be fetched or is no picture is dropped, its reason logged; the text never
// depends on it. Several images load at once (HttpFetcher's per-host limit), on an HttpFetcher
// that is a child of `context` (cancelAll() on it drops what is left). `done` runs on the calling
// thread, which needs an event loop, unless `context` is gone by then.
void fetchFigures(Article article, QObject *context, std::function<void(Article)> done,
                  FigureLimits limits = {});

// The same, waiting: runs a local event loop until every image has answered.
Article fetchFiguresNow(Article article, FigureLimits limits = {});

// Whether `bytes` are a picture the library keeps; fills the figure's MIME type and size.
bool acceptFigure(Figure &figure, const QByteArray &bytes, const FigureLimits &limits,
                  QString *why = nullptr);

} // namespace newsmark::extract
