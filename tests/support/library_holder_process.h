#pragma once

// library_holder (tests/support/library_holder.cpp) as a child process: it holds a library as the
// window does and answers lines on stdin with lines on stdout. Needs LIBRARY_HOLDER defined.
#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace newsmark::test {

class HolderProcess final
{
public:
    // XDG_DATA_HOME goes under `scratch`, so that it never touches the user's library.
    HolderProcess(const QStringList &arguments, const QString &scratch)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), scratch + QStringLiteral("/xdg-data"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(LIBRARY_HOLDER), arguments);
    }
    ~HolderProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("quit\n");
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    Q_DISABLE_COPY_MOVE(HolderProcess)

    // The next line it prints; empty when it printed none within the time.
    QString line(int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_process.canReadLine() && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1))))
                break;
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QString ask(const QString &command)
    {
        m_process.write((command + QLatin1Char('\n')).toUtf8());
        return line();
    }
    // SIGKILL: a crash or a kill in the middle of its work.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
};

} // namespace newsmark::test
