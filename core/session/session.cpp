#include "session/session.h"

#include "i18n/ui_language.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <QtEndian>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace newsmark {

namespace {

// A frame is a 4-byte big-endian length, a type byte and the payload. Requests are one 'r'
// frame; replies are 'o' (stdout), 'e' (stderr) and a last 'x' (the exit code).
constexpr qsizetype kHeader = 5;
// A request carries arguments and standard input; refuse anything absurd before allocating it.
constexpr quint32 kMaxFrame = 256u * 1024u * 1024u;

QByteArray frame(char type, const QByteArray &payload)
{
    QByteArray bytes(kHeader, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), bytes.data());
    bytes[4] = type;
    return bytes + payload;
}

// Takes one whole frame off the front of `buffer`; false while it is incomplete.
bool takeFrame(QByteArray &buffer, char &type, QByteArray &payload, bool &tooLarge)
{
    if (buffer.size() < kHeader)
        return false;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length > kMaxFrame) {
        tooLarge = true;
        return false;
    }
    if (buffer.size() < kHeader + qsizetype(length))
        return false;
    type = buffer.at(4);
    payload = buffer.mid(kHeader, length);
    buffer.remove(0, kHeader + qsizetype(length));
    return true;
}

} // namespace

// --- SessionRequest ------------------------------------------------------------------------------

QByteArray SessionRequest::encode() const
{
    QJsonObject object;
    object.insert(u"kind"_s, kind == Kind::Open ? u"open"_s : u"command"_s);
    object.insert(u"arguments"_s, QJsonArray::fromStringList(arguments));
    object.insert(u"workingDirectory"_s, workingDirectory);
    object.insert(u"terminal"_s, terminal);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<SessionRequest> SessionRequest::decode(const QByteArray &bytes)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error {CoreText::tr("a malformed request: %1").arg(error.errorString())};
    const QJsonObject object = document.object();
    SessionRequest request;
    const QString kind = object.value(u"kind"_s).toString();
    if (kind != u"open"_s && kind != u"command"_s)
        return Error {CoreText::tr("a request of unknown kind '%1'").arg(kind)};
    request.kind = kind == u"open"_s ? Kind::Open : Kind::Command;
    for (const QJsonValue &argument : object.value(u"arguments"_s).toArray()) {
        if (!argument.isString())
            return Error {CoreText::tr("a request whose arguments are not all text")};
        request.arguments.append(argument.toString());
    }
    request.workingDirectory = object.value(u"workingDirectory"_s).toString();
    request.terminal = object.value(u"terminal"_s).toBool();
    return request;
}

// --- SessionChannel ------------------------------------------------------------------------------

SessionChannel::SessionChannel(QLocalSocket *socket)
    : m_socket(socket)
{
    m_socket->setParent(nullptr);
}

SessionChannel::~SessionChannel()
{
    // A finished channel's socket deletes itself once its last bytes are out (see send()).
    if (!m_finished)
        m_socket->deleteLater();
}

void SessionChannel::writeOut(const QByteArray &bytes)
{
    send('o', bytes, false);
}

void SessionChannel::writeErr(const QByteArray &bytes)
{
    send('e', bytes, false);
}

void SessionChannel::finish(int exitCode)
{
    send('x', QByteArray::number(exitCode), true);
}

void SessionChannel::send(char type, const QByteArray &payload, bool last)
{
    if (m_finished || (m_gone && !last))
        return;
    if (last)
        m_finished = true;
    const QByteArray bytes = frame(type, payload);
    // The socket lives on the server's thread; a worker's output is queued to it in order.
    QMetaObject::invokeMethod(
            m_socket,
            [socket = m_socket, bytes, last] {
                const bool connected = socket->state() == QLocalSocket::ConnectedState;
                if (connected)
                    socket->write(bytes);
                if (!last)
                    return;
                if (!connected) {
                    socket->deleteLater();
                    return;
                }
                // Closing waits until what is buffered has been written; only then it goes.
                QObject::connect(socket, &QLocalSocket::disconnected, socket,
                                 &QObject::deleteLater);
                socket->disconnectFromServer();
            },
            Qt::AutoConnection);
}

// --- SessionServer -------------------------------------------------------------------------------

SessionServer::SessionServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SessionServer::accept);
}

SessionServer::~SessionServer() = default;

QString SessionServer::serverName(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray digest =
            QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return u"newsmark-%1-%2"_s.arg(::getuid()).arg(QString::fromLatin1(digest.left(20)));
}

Status SessionServer::listen(const QString &libraryPath)
{
    const QString name = serverName(libraryPath);
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        return Error {CoreText::tr("cannot listen for newsmark-cli on %1: %2")
                              .arg(name, m_server->errorString())};
    }
    qCInfo(lcLibrary) << "serving newsmark-cli for" << libraryPath << "on"
                      << m_server->fullServerName();
    return Done {};
}

void SessionServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        // Until its request has arrived the channel is kept here; then by whoever handles it.
        // The socket belongs to the channel, so this must let go on disconnection.
        auto pending = std::make_shared<std::shared_ptr<SessionChannel>>(
                std::make_shared<SessionChannel>(socket));
        std::weak_ptr<SessionChannel> weak = *pending;
        connect(socket, &QLocalSocket::disconnected, socket, [weak, pending] {
            if (auto alive = weak.lock())
                alive->markGone();
            pending->reset();
        });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer, pending] {
            if (!*pending)
                return;
            const std::shared_ptr<SessionChannel> channel = std::exchange(*pending, nullptr);
            *buffer += socket->readAll();
            char type = 0;
            QByteArray payload;
            bool tooLarge = false;
            if (!takeFrame(*buffer, type, payload, tooLarge)) {
                if (tooLarge) {
                    channel->writeErr("newsmark: the request is too large\n");
                    channel->finish(1);
                    return;
                }
                *pending = channel; // wait for the rest
                return;
            }
            // One request per connection: *pending stays empty, so later bytes are ignored.
            auto request = type == 'r'
                    ? SessionRequest::decode(payload)
                    : Result<SessionRequest>(Error {CoreText::tr("not a request")});
            if (!request) {
                qCWarning(lcLibrary) << "refused a session request:" << request.error();
                channel->writeErr(u"newsmark: %1\n"_s.arg(request.error()).toUtf8());
                channel->finish(1);
                return;
            }
            m_handler(request.value(), channel);
        });
    }
}

// --- SessionClient -------------------------------------------------------------------------------

Result<int> SessionClient::run(const QString &libraryPath, const SessionRequest &request,
                               const std::function<void(bool, const QByteArray &)> &output,
                               int connectTimeoutMs, bool *delivered)
{
    if (delivered)
        *delivered = false;
    const QString name = SessionServer::serverName(libraryPath);
    QLocalSocket socket;
    // The program may hold the lock a moment before it listens: try again until the deadline.
    QDeadlineTimer deadline(connectTimeoutMs);
    for (;;) {
        socket.connectToServer(name);
        if (socket.waitForConnected(int(std::max<qint64>(deadline.remainingTime(), 1))))
            break;
        if (deadline.hasExpired())
            return Error {CoreText::tr("it does not answer (%1)").arg(socket.errorString())};
        socket.abort();
        QThread::msleep(50);
    }
    socket.write(frame('r', request.encode()));
    if (!socket.waitForBytesWritten(-1))
        return Error {CoreText::tr("cannot send the command: %1").arg(socket.errorString())};
    if (delivered)
        *delivered = true;

    QByteArray buffer;
    for (;;) {
        char type = 0;
        QByteArray payload;
        bool tooLarge = false;
        while (takeFrame(buffer, type, payload, tooLarge)) {
            if ((type == 'o' || type == 'e') && output)
                output(type == 'e', payload);
            else if (type == 'x')
                return payload.toInt();
        }
        if (tooLarge)
            return Error {CoreText::tr("a malformed reply")};
        if (socket.state() != QLocalSocket::ConnectedState && socket.bytesAvailable() == 0)
            return Error {CoreText::tr("it closed the connection before the command finished")};
        if (!socket.waitForReadyRead(-1) && socket.bytesAvailable() == 0)
            return Error {CoreText::tr("it closed the connection before the command finished")};
        buffer += socket.readAll();
    }
}

} // namespace newsmark
