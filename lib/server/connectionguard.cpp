#include "connectionguard.h"

#include "httpreply.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcGuard, "commandpost.server.connections", QtInfoMsg)

namespace cp::server {
namespace {

// Room for the request line and headers on top of the body limit.
constexpr qint64 HeaderAllowance = 64 * 1024;
// How long a refused client may go on sending before the connection is closed: reading
// its leftovers lets it see the answer instead of a connection reset.
constexpr int LingerMs = 2000;

} // namespace

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    const int shortest = std::min(limits.requestTimeoutMs, limits.idleTimeoutMs);
    m_sweep.setInterval(std::clamp(shortest / 4, 50, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweep.start();
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    Connection &connection = m_connections[socket];
    connection.lastActivity.start();
    // Connected before QtHttpServer connects its own slot, so this one runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    addPendingConnection(socket);
}

qint64 ConnectionGuard::announcedLength(QTcpSocket *socket) const
{
    const QByteArray head = socket->peek(16 * 1024);
    const qsizetype end = head.indexOf("\r\n\r\n");
    for (const QByteArray &line : head.left(end < 0 ? head.size() : end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return -1;
}

void ConnectionGuard::onReadyRead(QTcpSocket *socket)
{
    Connection &connection = m_connections[socket];
    if (connection.refused) {
        socket->readAll(); // linger: discard what the refused client still sends
        return;
    }
    if (connection.parked) {
        // HTTP/1.1 answers in order, and the parked poll must answer first: a client that
        // pipelines behind a long-poll is disconnected (the poll is dropped with it).
        qCInfo(lcGuard) << "closing a connection that sent a request behind a long-poll";
        connection.refused = true;
        socket->abort();
        return;
    }
    connection.lastActivity.start();
    if (connection.requestBytes == 0) {
        connection.requestStarted.start();
        if (announcedLength(socket) > m_limits.maxBodyBytes) {
            refuse(socket, HttpReply::error(413, QStringLiteral("payload_too_large"),
                                            QStringLiteral("body: larger than the limit of %1 "
                                                           "bytes")
                                                .arg(m_limits.maxBodyBytes)));
            return;
        }
    }
    connection.requestBytes += socket->bytesAvailable();
    if (connection.requestBytes > m_limits.maxBodyBytes + HeaderAllowance)
        refuse(socket, HttpReply::error(413, QStringLiteral("payload_too_large"),
                                        QStringLiteral("body: larger than the limit of %1 bytes")
                                            .arg(m_limits.maxBodyBytes)));
}

void ConnectionGuard::refuse(QTcpSocket *socket, const HttpReply &reply)
{
    qCInfo(lcGuard) << "refused a request from" << socket->peerAddress().toString() << "with"
                    << reply.status;
    Connection &connection = m_connections[socket];
    connection.refused = true;
    // QtHttpServer must not go on parsing a request that has been answered already.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    socket->write(rawResponse(reply));
    QTimer::singleShot(LingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

void ConnectionGuard::requestHandled(QTcpSocket *socket, bool parked)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->requestBytes = 0;
    it->parked = parked;
    it->lastActivity.start();
}

void ConnectionGuard::replySent(QTcpSocket *socket)
{
    requestHandled(socket, false);
}

void ConnectionGuard::sweep()
{
    // Collected first: refusing or closing can destroy sockets and change the hash.
    QList<QTcpSocket *> slow;
    QList<QTcpSocket *> idle;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        const Connection &connection = it.value();
        if (connection.parked || connection.refused)
            continue;
        if (connection.requestBytes > 0 &&
            connection.requestStarted.hasExpired(m_limits.requestTimeoutMs))
            slow.append(it.key());
        else if (connection.requestBytes == 0 &&
                 connection.lastActivity.hasExpired(m_limits.idleTimeoutMs))
            idle.append(it.key());
    }
    for (QTcpSocket *socket : slow) {
        refuse(socket, HttpReply::error(408, QStringLiteral("request_timeout"),
                                        QStringLiteral("request: not complete after %1 ms")
                                            .arg(m_limits.requestTimeoutMs)));
    }
    for (QTcpSocket *socket : idle) {
        qCDebug(lcGuard) << "closing an idle connection from" << socket->peerAddress().toString();
        m_connections[socket].refused = true;
        socket->disconnectFromHost();
    }
}

} // namespace cp::server
