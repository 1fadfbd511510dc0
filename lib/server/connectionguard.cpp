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

ConnectionGuard::Connection::Connection(const Limits &limits)
    : framing(limits.maxBodyBytes, HeaderAllowance)
{
}

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
    Connection &connection = m_connections.emplace(socket, m_limits).value();
    connection.lastActivity.start();
    // Connected before QtHttpServer connects its own slot, so this one runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    addPendingConnection(socket);
}

void ConnectionGuard::onReadyRead(QTcpSocket *socket)
{
    Connection &connection = m_connections.find(socket).value();
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
    if (!connection.framing.inRequest())
        connection.requestStarted.start();
    // QtHttpServer 6.4 reads all it is given of a request that is not complete yet, and stops
    // at the end of one that is, leaving the rest (seen here already) for its next readyRead:
    // requestHandled() notes how much that is.
    const QByteArray unread = socket->peek(socket->bytesAvailable());
    const QByteArray fresh = unread.mid(std::min<qsizetype>(connection.fedUnread, unread.size()));
    connection.fedUnread = 0;
    if (const auto refusal = connection.framing.feed(fresh))
        refuse(socket, HttpReply::error(refusal->status, refusal->code, refusal->message));
}

void ConnectionGuard::refuse(QTcpSocket *socket, const HttpReply &reply)
{
    qCInfo(lcGuard) << "refused a request from" << socket->peerAddress().toString() << "with"
                    << reply.status;
    Connection &connection = m_connections.find(socket).value();
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
    it->parked = parked;
    it->lastActivity.start();
    it->fedUnread = socket->bytesAvailable(); // pipelined behind this request, fed already
    if (!parked)
        answered(socket);
}

qint64 ConnectionGuard::bufferedBytes() const
{
    qint64 total = 0;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (const qint64 unsent = it.key()->bytesToWrite(); unsent > 0)
            total += std::max(unsent, it->replyBytes);
    }
    return total;
}

void ConnectionGuard::noteReplyBytes(QTcpSocket *socket, qint64 bytes)
{
    if (const auto it = m_connections.find(socket); it != m_connections.end())
        it->replyBytes = bytes;
}

bool ConnectionGuard::closesAfterReply(QTcpSocket *socket) const
{
    const auto it = m_connections.constFind(socket);
    return it != m_connections.cend() && it->framing.closesAfterReply();
}

void ConnectionGuard::replySent(QTcpSocket *socket)
{
    requestHandled(socket, false);
}

// A request that ends its connection has had its answer: the connection closes once that is
// written. Queued, as QtHttpServer is still working with the socket when it returns here.
void ConnectionGuard::answered(QTcpSocket *socket)
{
    Connection &connection = m_connections.find(socket).value();
    const bool closing = connection.framing.closesAfterReply();
    connection.framing.answered();
    if (!closing)
        return;
    connection.refused = true; // nothing more is read from it
    QMetaObject::invokeMethod(socket, &QTcpSocket::disconnectFromHost, Qt::QueuedConnection);
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
        const bool arriving = connection.framing.inRequest();
        if (arriving && connection.requestStarted.hasExpired(m_limits.requestTimeoutMs))
            slow.append(it.key());
        else if (!arriving && connection.lastActivity.hasExpired(m_limits.idleTimeoutMs))
            idle.append(it.key());
    }
    for (QTcpSocket *socket : slow) {
        refuse(socket, HttpReply::error(408, QStringLiteral("request_timeout"),
                                        QStringLiteral("request: not complete after %1 ms")
                                            .arg(m_limits.requestTimeoutMs)));
    }
    for (QTcpSocket *socket : idle) {
        qCDebug(lcGuard) << "closing an idle connection from" << socket->peerAddress().toString();
        m_connections.find(socket)->refused = true;
        socket->disconnectFromHost();
    }
}

} // namespace cp::server
