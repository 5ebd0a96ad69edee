#include "figure_fetch.h"

#include "extract_logging.h"
#include "feeds/http_fetcher.h"

#include <QBuffer>
#include <QEventLoop>
#include <QImageReader>
#include <QPointer>

#include <memory>

namespace newsmark::extract {

bool acceptFigure(Figure &figure, const QByteArray &bytes, const FigureLimits &limits, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (bytes.isEmpty())
        return refuse(QStringLiteral("empty"));
    if (bytes.size() > limits.maxBytes)
        return refuse(QStringLiteral("larger than %1 bytes").arg(limits.maxBytes));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    static const QHash<QByteArray, QByteArray> kept {{"png", "image/png"},
                                                     {"jpeg", "image/jpeg"},
                                                     {"jpg", "image/jpeg"},
                                                     {"gif", "image/gif"},
                                                     {"webp", "image/webp"}};
    const auto type = kept.constFind(format);
    if (type == kept.constEnd())
        return refuse(format.isEmpty() ? QStringLiteral("not a picture")
                                       : QStringLiteral("a picture in %1 format, which is not kept")
                                                 .arg(QString::fromLatin1(format)));
    const QSize size = reader.size();
    if (!size.isValid())
        return refuse(QStringLiteral("no readable size"));
    if (qMin(size.width(), size.height()) < limits.minSide)
        return refuse(QStringLiteral("too small to be a figure (%1×%2)")
                              .arg(size.width())
                              .arg(size.height()));
    if (qMax(size.width(), size.height()) > limits.maxSide)
        return refuse(QStringLiteral("too large (%1×%2)").arg(size.width()).arg(size.height()));
    figure.mimeType = *type;
    figure.width = size.width();
    figure.height = size.height();
    figure.data = bytes;
    return true;
}

void fetchFigures(Article article, QObject *context, std::function<void(Article)> done,
                  FigureLimits limits)
{
    if (article.figures.isEmpty()) {
        done(std::move(article));
        return;
    }
    FetchLimits fetchLimits;
    fetchLimits.maxBytes = limits.maxBytes;
    fetchLimits.totalTimeoutMs = limits.timeoutMs;
    // Lives until the last image answered; a context that goes first takes it along.
    auto *fetcher = new HttpFetcher(fetchLimits, context);
    struct Pending
    {
        Article article;
        QList<bool> kept;
        qsizetype waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->article = std::move(article);
    pending->kept.fill(false, pending->article.figures.size());
    pending->waiting = pending->article.figures.size();
    QPointer<HttpFetcher> guard(fetcher);
    for (qsizetype i = 0; i < pending->article.figures.size(); ++i) {
        const QUrl url(pending->article.figures.at(i).sourceUrl);
        fetcher->fetch({url, {}, {}}, [pending, i, limits, guard, done](const FetchResponse &r) {
            Figure &figure = pending->article.figures[i];
            QString why = r.error;
            if (r.ok() && acceptFigure(figure, r.body, limits, &why))
                pending->kept[i] = true;
            else
                qCInfo(lcExtract) << "image left out:" << figure.sourceUrl << why;
            if (--pending->waiting > 0)
                return;
            QList<Figure> kept;
            for (qsizetype j = 0; j < pending->article.figures.size(); ++j) {
                if (pending->kept.at(j))
                    kept.append(std::move(pending->article.figures[j]));
            }
            pending->article.figures = std::move(kept);
            if (guard)
                guard->deleteLater();
            done(std::move(pending->article));
        });
    }
}

Article fetchFiguresNow(Article article, FigureLimits limits)
{
    if (article.figures.isEmpty())
        return article;
    QObject context;
    std::optional<Article> result;
    QEventLoop loop;
    fetchFigures(
            std::move(article), &context,
            [&](Article fetched) {
                result = std::move(fetched);
                loop.quit();
            },
            limits);
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace newsmark::extract
