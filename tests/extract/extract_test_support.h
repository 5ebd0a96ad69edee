#pragma once

#include "page_extractor.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <optional>

namespace newsmark::extract::test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "cannot read" << path;
    return file.readAll();
}

// Runs one page through the extractor and waits for its answer in a local event loop (tests
// only; QTest::qWaitFor sleeps 10 ms between rounds of events, which slows WebEngine's many
// small steps down tenfold).
inline Result<ExtractedPage> extractAndWait(PageExtractor &extractor, const QByteArray &bytes,
                                            const QUrl &url, const QByteArray &charset = {})
{
    std::optional<Result<ExtractedPage>> answer;
    quint64 ticket = 0;
    QEventLoop loop;
    const auto connection =
            QObject::connect(&extractor, &PageExtractor::finished, &loop,
                             [&](quint64 finished, const Result<ExtractedPage> &result) {
                                 if (finished != ticket)
                                     return;
                                 answer = result;
                                 loop.quit();
                             });
    ticket = extractor.extract(bytes, url, charset);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    if (!answer)
        return Error {QStringLiteral("no answer within two minutes")};
    return *answer;
}

} // namespace newsmark::extract::test
