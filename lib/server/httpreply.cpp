#include "httpreply.h"

#include "eventcodec.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

namespace cp::server {
namespace {

QByteArray reasonPhrase(int status)
{
    const QMetaEnum codes = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    const char *name = codes.valueToKey(status);
    return name ? QByteArray(name) : QByteArray("Status");
}

} // namespace

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = toJsonBytes(object);
    return reply;
}

HttpReply HttpReply::error(int status, const QString &code, const QString &message,
                           const QStringList &details)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), QJsonArray::fromStringList(details));
    return json({{QStringLiteral("error"), error}}, status);
}

HttpReply HttpReply::text(const QByteArray &body, const QByteArray &contentType)
{
    HttpReply reply;
    reply.body = body;
    reply.contentType = contentType;
    return reply;
}

HttpReply &HttpReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    extraHeader = {name, value};
    return *this;
}

void send(QHttpServerResponder &responder, const HttpReply &reply)
{
    const auto status = QHttpServerResponder::StatusCode(reply.status);
    if (reply.extraHeader.first.isEmpty()) {
        responder.write(reply.body,
                        {{"Content-Type", reply.contentType}, {"Cache-Control", "no-store"}},
                        status);
    } else {
        responder.write(
            reply.body,
            {{"Content-Type", reply.contentType}, {"Cache-Control", "no-store"}, reply.extraHeader},
            status);
    }
}

QByteArray rawResponse(const HttpReply &reply)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out + reply.body;
}

} // namespace cp::server
