#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>
#include <QSemaphore>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace newsmark::extract {

// Runs `start` (work that lives on the main thread, such as a QWebEnginePage, and answers through
// the callback it is given) and waits for its answer: on the main thread by running an event
// loop, from any other thread by posting `start` to the main thread and blocking until it answers.
// The extractor's and the PDF printer's blocking calls (newsmark-cli, worker threads).
template<typename Value>
Value waitForMainThread(std::function<void(std::function<void(const Value &)>)> start)
{
    auto result = std::make_shared<std::optional<Value>>();
    QCoreApplication *app = QCoreApplication::instance();
    if (QThread::currentThread() == app->thread()) {
        QEventLoop loop;
        start([result, &loop](const Value &value) {
            *result = value;
            loop.quit();
        });
        if (!result->has_value())
            loop.exec();
        return **result;
    }
    auto ready = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
            app,
            [start = std::move(start), result, ready] {
                start([result, ready](const Value &value) {
                    *result = value;
                    ready->release();
                });
            },
            Qt::QueuedConnection);
    ready->acquire();
    return **result;
}

} // namespace newsmark::extract
