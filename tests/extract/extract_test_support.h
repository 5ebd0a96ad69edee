#pragma once

#include "page_extractor.h"

#include <QFile>
#include <QTest>

#include <optional>

namespace newsmark::extract::test {

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning() << "cannot read" << path;
    return file.readAll();
}

// Runs one page through the extractor and waits for its answer (tests only: QTest::qWaitFor
// spins the event loop).
inline Result<ExtractedPage> extractAndWait(PageExtractor &extractor, const QByteArray &bytes,
                                            const QUrl &url, const QByteArray &charset = {})
{
    std::optional<Result<ExtractedPage>> answer;
    quint64 ticket = 0;
    const auto connection =
            QObject::connect(&extractor, &PageExtractor::finished,
                             [&](quint64 finished, const Result<ExtractedPage> &result) {
                                 if (finished == ticket)
                                     answer = result;
                             });
    ticket = extractor.extract(bytes, url, charset);
    const bool answered = QTest::qWaitFor([&] { return answer.has_value(); }, 120'000);
    QObject::disconnect(connection);
    if (!answered)
        return Error {QStringLiteral("no answer within two minutes")};
    return *answer;
}

} // namespace newsmark::extract::test
