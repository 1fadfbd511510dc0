#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

namespace cp::bench {

// One kept-alive HTTP/1.1 connection on a plain socket. QNetworkAccessManager opens at most
// six connections to a host; the latency benchmark needs a thousand.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
    };

    HttpConnection(quint16 port, QByteArray token, QObject *parent = nullptr);
    ~HttpConnection() override;

    void connectToServer();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Sends a request; `answered` follows when its response has arrived.
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body = {});
    // Sends a request and blocks until its response: for a client that does one thing at a
    // time. Stops the program if the server does not answer within `timeoutMs`.
    Response exchange(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                      int timeoutMs = 60000);

signals:
    void answered(const cp::bench::HttpConnection::Response &response);

private:
    void onReadyRead();
    bool takeResponse(Response &response);

    QTcpSocket m_socket;
    quint16 m_port;
    QByteArray m_token;
    QByteArray m_buffer;
    bool m_blocking = false;
};

} // namespace cp::bench
