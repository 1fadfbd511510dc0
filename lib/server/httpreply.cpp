#include "httpreply.h"

#include "eventcodec.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <cctype>

namespace cp::server {
namespace {

// "BadRequest" (Qt's enum key) → "Bad Request".
QByteArray reasonPhrase(int status)
{
    const QMetaEnum codes = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    const QByteArray key = codes.valueToKey(status);
    if (key.isEmpty())
        return "Status";
    QByteArray phrase;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (i > 0 && std::isupper(uchar(key[i])) && std::islower(uchar(key[i - 1])))
            phrase += ' ';
        phrase += key[i];
    }
    return phrase;
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

void send(QHttpServerResponder &responder, const HttpReply &reply, bool closing)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Cache-Control", "no-store");
    if (!reply.extraHeader.first.isEmpty())
        responder.writeHeader(reply.extraHeader.first, reply.extraHeader.second);
    if (closing)
        responder.writeHeader("Connection", "close");
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
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
