#include "command_host.h"

#include "cli_logging.h"
#include "program.h"

#include "session/session.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

CommandHost::CommandHost(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
    , m_server(new SessionServer(
              [this](const SessionRequest &request,
                     const std::shared_ptr<SessionChannel> &channel) { handle(request, channel); },
              this))
{ }

CommandHost::~CommandHost()
{
    m_closing = true;
    m_stop->store(true);
    // A command is a few transactions; an import stops after the file it is on (m_stop), and
    // nothing is interrupted mid-write.
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

bool CommandHost::listen(QString *error)
{
    const Status listening = m_server->listen(m_libraryPath);
    if (!listening && error)
        *error = listening.error();
    return bool(listening);
}

void CommandHost::handle(const SessionRequest &request,
                         const std::shared_ptr<SessionChannel> &channel)
{
    if (m_closing) {
        channel->writeErr("newsmark: Newsmark is closing; try again in a moment\n");
        channel->finish(1);
        return;
    }
    if (request.kind == SessionRequest::Kind::Open) {
        Q_EMIT openRequested(request.arguments);
        channel->finish(0);
        return;
    }
    qCInfo(lcCli) << "running newsmark-cli" << request.arguments << "for a client";
    QThread *thread = QThread::create(
            [request, channel, stop = m_stop] { serveCommand(request, channel, stop); });
    thread->setObjectName(u"newsmark-cli command"_s);
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, arguments = request.arguments] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        Q_EMIT commandFinished(arguments);
    });
    thread->start();
}

} // namespace newsmark::cli
