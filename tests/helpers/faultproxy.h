#pragma once

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A TCP relay on loopback in front of the real server, to make the network fail in the ways
// it does: the answer to a POST lost after the server committed it (the connection drops
// instead of delivering it).
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // The next `count` answers to POST requests are dropped with their connections.
    void dropPostAnswers(int count) { m_toDrop = count; }
    int dropped() const { return m_dropped; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_target;
    int m_toDrop = 0;
    int m_dropped = 0;
};
