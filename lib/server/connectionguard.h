#pragma once

#include "requestframing.h"
#include "serverconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

namespace cp::server {

struct HttpReply;

// The listening socket, with the protections QtHttpServer 6.4 lacks. It sees every byte
// before QtHttpServer does (its slot is connected first), so it can
// - refuse a request whose framing is in doubt (RequestFraming: 400, 411, 431, 505), and
//   answer 413 as soon as a request announces more than the body limit, before the body is
//   buffered;
// - close the connection after answering a request that asks for it (Connection: close,
//   HTTP/1.0);
// - answer 408 and close a request still arriving after the request timeout (slowloris);
// - close a kept-alive connection that stays silent past the idle timeout.
// Connections parked in a long-poll are left alone: their own deadline answers them.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
public:
    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);

    // The server tells the guard where each connection is in its request cycle.
    void requestHandled(QTcpSocket *socket, bool parked);
    void replySent(QTcpSocket *socket);
    // Whether the connection ends with the answer to its oldest unanswered request.
    bool closesAfterReply(QTcpSocket *socket) const;

    int connectionCount() const { return int(m_connections.size()); }
    // The memory answers still being sent hold, all connections together: a socket keeps an
    // answer's whole buffer until its last byte is taken, so each counts in full till then.
    qint64 bufferedBytes() const;
    void noteReplyBytes(QTcpSocket *socket, qint64 bytes);
    bool isParked(QTcpSocket *socket) const
    {
        const auto it = m_connections.constFind(socket);
        return it != m_connections.cend() && it->parked;
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        explicit Connection(const Limits &limits);
        RequestFraming framing;
        QElapsedTimer requestStarted; // when the first byte of the request arriving came
        QElapsedTimer lastActivity;
        bool parked = false;
        bool refused = false;
        qint64 replyBytes = 0; // of the last answer written
        // Unread bytes at the front of the socket's buffer that framing has seen already:
        // QtHttpServer reads one request and leaves what follows for its next readyRead.
        qint64 fedUnread = 0;
    };

    void onReadyRead(QTcpSocket *socket);
    void sweep();
    void refuse(QTcpSocket *socket, const HttpReply &reply);
    void answered(QTcpSocket *socket);

    Limits m_limits;
    QHash<QTcpSocket *, Connection> m_connections;
    QTimer m_sweep;
};

} // namespace cp::server
