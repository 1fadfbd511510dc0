#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>

class QHttpServerResponder;

namespace cp::server {

// One answer of the API, before it is written: the error shape of PROTOCOL.md §2 lives here.
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    std::pair<QByteArray, QByteArray> extraHeader; // e.g. Allow, Retry-After; empty if none

    static HttpReply json(const QJsonObject &object, int status = 200);
    // {"error": {"code", "message", "details"?}}; the message names the problem.
    static HttpReply error(int status, const QString &code, const QString &message,
                           const QStringList &details = {});
    static HttpReply text(const QByteArray &body, const QByteArray &contentType);

    HttpReply &withHeader(const QByteArray &name, const QByteArray &value);
};

// Writes the reply on a responder (the normal path); `closing` says the connection ends
// after it.
void send(QHttpServerResponder &responder, const HttpReply &reply, bool closing = false);

// The reply as raw HTTP/1.1 bytes with "Connection: close", for answers written straight to
// a socket that QtHttpServer never finished reading (too large, too slow).
QByteArray rawResponse(const HttpReply &reply);

} // namespace cp::server
