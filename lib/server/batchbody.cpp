#include "batchbody.h"

#include "eventcodec.h"

#include <QJsonDocument>

namespace cp::server {
namespace {

HttpReply invalid(const QString &message, const QStringList &details = {})
{
    return HttpReply::error(400, QStringLiteral("invalid"), message, details);
}

} // namespace

std::expected<QList<Event>, HttpReply> readBatch(const QByteArray &body, const Limits &limits)
{
    if (body.size() > limits.maxBodyBytes)
        return std::unexpected(HttpReply::error(
            413, QStringLiteral("payload_too_large"),
            QStringLiteral("body: larger than the limit of %1 bytes").arg(limits.maxBodyBytes)));
    if (hasRawByteOrderMark(body))
        return std::unexpected(invalid(
            QStringLiteral("body: a raw U+FEFF (byte order mark) would not be read back as sent; "
                           "write it as \\ufeff")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(
            HttpReply::error(400, QStringLiteral("malformed_json"),
                             QStringLiteral("body: not valid JSON (%1 at byte %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)));
    const QJsonValue list = document.object().value(QLatin1StringView("events"));
    if (!document.isObject() || !list.isArray())
        return std::unexpected(
            invalid(QStringLiteral("events: the body must be {\"events\": [ … ]}")));
    const QJsonArray array = list.toArray();
    if (array.isEmpty())
        return std::unexpected(invalid(QStringLiteral("events: the batch is empty")));
    if (array.size() > limits.maxBatch)
        return std::unexpected(
            HttpReply::error(413, QStringLiteral("batch_too_large"),
                             QStringLiteral("events: %1 events in one batch; the limit is %2")
                                 .arg(array.size())
                                 .arg(limits.maxBatch)));
    QList<Event> batch;
    QStringList problems;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto event = decodeEvent(array.at(i));
        if (!event) {
            for (const QString &problem : event.error())
                problems << QStringLiteral("events[%1].%2").arg(i).arg(problem);
        } else {
            batch.append(std::move(*event));
        }
    }
    if (!problems.isEmpty()) {
        const QString more = problems.size() > 1
                                 ? QStringLiteral(" (and %1 more)").arg(problems.size() - 1)
                                 : QString();
        return std::unexpected(invalid(problems.first() + more, problems));
    }
    return batch;
}

} // namespace cp::server
