#include "faultproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

// One direction of a relayed connection: bytes go on in order, possibly held back a while.
struct Lane
{
    QPointer<QTcpSocket> to;
    QByteArray held;
    bool holding = false;

    // Only to a socket still open: one cut meanwhile takes what was held with it.
    void write(const QByteArray &bytes)
    {
        if (to && to->isOpen() && to->state() != QAbstractSocket::ClosingState &&
            to->state() != QAbstractSocket::UnconnectedState)
            to->write(bytes);
    }
    void send(const QByteArray &bytes)
    {
        if (holding)
            held += bytes;
        else
            write(bytes);
    }
};

// Holds the lane's bytes back for `ms`; the lane lives as long as the timer needs it.
void holdFor(const std::shared_ptr<Lane> &lane, int ms, QObject *context)
{
    lane->holding = true;
    QTimer::singleShot(ms, context, [lane] {
        lane->holding = false;
        lane->write(std::exchange(lane->held, {}));
    });
}

} // namespace

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

void FaultProxy::setChaos(quint32 seed, int percent)
{
    m_random.seed(seed);
    m_chaosPercent = percent;
}

FaultProxy::Fault FaultProxy::nextFault()
{
    if (m_chaosPercent <= 0 || int(m_random.bounded(100)) >= m_chaosPercent)
        return Fault::None;
    return m_random.bounded(2) == 0 ? Fault::Cut : Fault::Delay;
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
        auto toServer = std::make_shared<Lane>(Lane{upstream, {}, false});
        auto toClient = std::make_shared<Lane>(Lane{client, {}, false});
        auto relay = [this, closeBoth](const std::shared_ptr<Lane> &lane, const QByteArray &bytes,
                                       QObject *context) {
            switch (nextFault()) {
            case Fault::Cut:
                ++m_cuts;
                closeBoth();
                return;
            case Fault::Delay:
                ++m_delays;
                holdFor(lane, int(m_random.bounded(500)), context);
                break;
            case Fault::None:
                break;
            }
            lane->send(bytes);
        };
        connect(client, &QTcpSocket::readyRead, this,
                [this, client, upstream, dropAnswer, toServer, relay] {
                    const QByteArray bytes = client->readAll();
                    if (bytes.startsWith("POST ") && m_toDrop > 0) {
                        --m_toDrop;
                        *dropAnswer = true;
                    }
                    relay(toServer, bytes, upstream);
                });
        connect(upstream, &QTcpSocket::readyRead, this,
                [this, client, upstream, dropAnswer, closeBoth, toClient, relay] {
                    const QByteArray bytes = upstream->readAll();
                    if (*dropAnswer) {
                        ++m_dropped;
                        closeBoth();
                        return;
                    }
                    relay(toClient, bytes, client);
                });
        connect(client, &QTcpSocket::disconnected, upstream, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, client, closeBoth);
    }
}
