#pragma once

#include <QObject>
#include <QRandomGenerator>
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

    // Faults at random, from `seed` so that a run replays: of every chunk relayed either
    // way, `percent` in 100 meet one — the connection cut there, or the chunk (and what
    // follows it on that connection) held back for up to half a second. 0 stops them.
    void setChaos(quint32 seed, int percent);
    int cuts() const { return m_cuts; }
    int delays() const { return m_delays; }

private:
    void accept();
    enum class Fault { None, Cut, Delay };
    Fault nextFault();

    QTcpServer m_server;
    quint16 m_target;
    int m_toDrop = 0;
    int m_dropped = 0;
    QRandomGenerator m_random;
    int m_chaosPercent = 0;
    int m_cuts = 0;
    int m_delays = 0;
};
