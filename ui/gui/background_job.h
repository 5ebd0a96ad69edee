#pragma once

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace newsmark::gui {

// One piece of work off the GUI thread, the way every long task of the window runs (imports, the
// entity index, note export and import): the work gets a progress callback that reports
// (done, total) to this object's thread and answers whether to go on; its result comes back to
// this object's thread. The work must open its own library connection (SQLite connections are
// per thread) and touch nothing of the caller's but what it was given by value.
class BackgroundJob final : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit BackgroundJob(QString name, QObject *parent = nullptr)
        : QObject(parent)
        , m_name(std::move(name))
    { }
    // Cancels and waits: the work stops at its next progress call.
    ~BackgroundJob() override
    {
        if (m_thread) {
            m_cancelled->store(true);
            m_thread->wait();
            delete m_thread;
        }
    }
    Q_DISABLE_COPY_MOVE(BackgroundJob)

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled && m_cancelled->load(); }

    // Starts `work` on a thread of its own; `done` receives its result on this object's thread.
    // False (and nothing runs) while another run of this job is going.
    template<typename Value>
    bool start(std::function<Value(const Progress &)> work, std::function<void(Value)> done)
    {
        if (m_thread)
            return false;
        m_cancelled = std::make_shared<std::atomic_bool>(false);
        Progress progress = [this, cancelled = m_cancelled](qint64 doneCount, qint64 total) {
            // Queued to this object: if it is gone, Qt drops the call instead of running it.
            QMetaObject::invokeMethod(
                    this, [this, doneCount, total] { Q_EMIT progressed(doneCount, total); },
                    Qt::QueuedConnection);
            return !cancelled->load();
        };
        m_thread = QThread::create([this, work = std::move(work), done = std::move(done),
                                    progress = std::move(progress)]() mutable {
            Value result = work(progress);
            QMetaObject::invokeMethod(
                    this,
                    [this, result = std::move(result), done = std::move(done)]() mutable {
                        // Posted as the worker's last act: the wait is for a thread that ends.
                        m_thread->wait();
                        delete m_thread;
                        m_thread = nullptr;
                        done(std::move(result));
                        Q_EMIT finished();
                    },
                    Qt::QueuedConnection);
        });
        m_thread->setObjectName(m_name);
        m_thread->start(QThread::LowPriority);
        return true;
    }

    // Asks the work to stop at its next progress call; what it did stays done.
    void cancel()
    {
        if (m_cancelled)
            m_cancelled->store(true);
    }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    QString m_name;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace newsmark::gui
