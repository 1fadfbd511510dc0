#include "faultproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        // Set when the request under way is a POST whose answer is to be lost.
        auto dropAnswer = std::make_shared<bool>(false);
        auto closeBoth = [client = QPointer(client), upstream = QPointer(upstream)] {
            if (upstream)
                upstream->abort();
            if (client) {
                client->abort();
                client->deleteLater();
            }
        };
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, dropAnswer] {
            const QByteArray bytes = client->readAll();
            if (bytes.startsWith("POST ") && m_toDrop > 0) {
                --m_toDrop;
                *dropAnswer = true;
            }
            upstream->write(bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, client, upstream, dropAnswer, closeBoth] {
                    const QByteArray bytes = upstream->readAll();
                    if (*dropAnswer) {
                        ++m_dropped;
                        closeBoth();
                        return;
                    }
                    client->write(bytes);
                });
        connect(client, &QTcpSocket::disconnected, upstream, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, client, closeBoth);
    }
}
