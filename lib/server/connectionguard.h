#pragma once

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
// - answer 413 as soon as a request announces or sends more than the body limit, before
//   the body is buffered;
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

    int connectionCount() const { return int(m_connections.size()); }
    bool isParked(QTcpSocket *socket) const { return m_connections.value(socket).parked; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection
    {
        qint64 requestBytes = 0; // bytes of the request being received
        QElapsedTimer requestStarted;
        QElapsedTimer lastActivity;
        bool parked = false;
        bool refused = false;
    };

    void onReadyRead(QTcpSocket *socket);
    void sweep();
    void refuse(QTcpSocket *socket, const HttpReply &reply);
    qint64 announcedLength(QTcpSocket *socket) const;

    Limits m_limits;
    QHash<QTcpSocket *, Connection> m_connections;
    QTimer m_sweep;
};

} // namespace cp::server
