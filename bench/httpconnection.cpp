#include "httpconnection.h"

#include <QElapsedTimer>
#include <QHostAddress>

namespace cp::bench {

HttpConnection::HttpConnection(quint16 port, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_token(std::move(token))
{
    m_socket.setParent(this);
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_blocking)
            qFatal("bench: the server closed a connection: %s", qPrintable(m_socket.errorString()));
    });
}

HttpConnection::~HttpConnection()
{
    m_socket.disconnect(this); // closing our own end is no news
}

void HttpConnection::connectToServer()
{
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void HttpConnection::send(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!m_token.isEmpty())
        request += "Authorization: Bearer " + m_token + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    m_socket.write(request);
}

HttpConnection::Response HttpConnection::exchange(const QByteArray &method, const QByteArray &path,
                                                  const QByteArray &body, int timeoutMs)
{
    m_blocking = true;
    if (!isConnected()) {
        connectToServer();
        if (!m_socket.waitForConnected(timeoutMs))
            qFatal("bench: cannot connect: %s", qPrintable(m_socket.errorString()));
    }
    send(method, path, body);
    Response response;
    QElapsedTimer timer;
    timer.start();
    while (!takeResponse(response)) {
        if (timer.hasExpired(timeoutMs) || !m_socket.waitForReadyRead(timeoutMs))
            qFatal("bench: no answer to %s %s", method.constData(), path.constData());
        m_buffer += m_socket.readAll();
    }
    m_blocking = false;
    return response;
}

void HttpConnection::onReadyRead()
{
    if (m_blocking)
        return; // exchange() reads for itself
    m_buffer += m_socket.readAll();
    Response response;
    while (takeResponse(response))
        emit answered(response);
}

// Cuts one whole response (headers and a Content-Length body) off the front of the buffer.
bool HttpConnection::takeResponse(Response &response)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray head = m_buffer.left(headerEnd);
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length = trimmed.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + length;
    if (m_buffer.size() < total)
        return false;
    response.status = head.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
    response.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, total);
    return true;
}

} // namespace cp::bench
