#include "syncapi.h"

#include "eventcodec.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace cp::sync {
namespace {

constexpr int PushTimeoutMs = 30000;
// A long-poll is held up to its wait; the rest covers a slow network.
constexpr int PollMarginMs = 15000;

QString errorPrefix(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return QStringLiteral("server unreachable");
    case ApiError::Kind::Auth:
        return QStringLiteral("not allowed");
    case ApiError::Kind::Refused:
        return QStringLiteral("refused by the server");
    case ApiError::Kind::TooLarge:
        return QStringLiteral("too large for the server");
    case ApiError::Kind::Unavailable:
        return QStringLiteral("server unavailable");
    case ApiError::Kind::Protocol:
        return QStringLiteral("unexpected answer");
    }
    return {};
}

ApiError::Kind kindOf(int status, const QString &code)
{
    if (status == 401 || status == 403)
        return ApiError::Kind::Auth;
    if (status == 413 || code == u"batch_too_large")
        return ApiError::Kind::TooLarge;
    if (status == 400 || status == 409)
        return ApiError::Kind::Refused;
    if (status == 429 || status >= 500)
        return ApiError::Kind::Unavailable;
    return ApiError::Kind::Protocol;
}

// Turns a finished reply into its JSON body or a classified error.
std::expected<QJsonObject, ApiError> readReply(QNetworkReply *reply)
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid())
        return std::unexpected(ApiError{ApiError::Kind::Network, 0, {}, reply->errorString()});
    const int status = statusAttribute.toInt();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (status >= 200 && status < 300) {
        if (!document.isObject())
            return std::unexpected(ApiError{ApiError::Kind::Protocol,
                                            status,
                                            {},
                                            QStringLiteral("the body is not a JSON object")});
        return document.object();
    }
    const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    QString message = error.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QStringLiteral("HTTP %1 %2")
                      .arg(status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    return std::unexpected(ApiError{kindOf(status, code), status, code, message});
}

ApiError protocolError(const QString &message)
{
    return ApiError{ApiError::Kind::Protocol, 200, {}, message};
}

struct Feed
{
    QList<Event> events;
    QStringList unreadable;
};

// Events as the server sends them: shape checked, data taken as stored (a newer server may
// know types this client does not; the fold lists those as warnings). One this client cannot
// read (an older server stored it) is left out and named: it never stops the feed.
std::expected<Feed, ApiError> readEvents(const QJsonValue &value)
{
    if (!value.isArray())
        return std::unexpected(protocolError(QStringLiteral("events: must be an array")));
    Feed feed;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const Event event = readTrustedEvent(object);
        if (event.id.isEmpty() || event.incident.isEmpty() || event.type.isEmpty() ||
            event.seq <= 0 || !event.occurredAt.isValid())
            feed.unreadable << QStringLiteral("seq %1 (id %2)")
                                   .arg(object.value(QStringLiteral("seq")).toInteger())
                                   .arg(object.value(QStringLiteral("id")).toString());
        else
            feed.events.append(event);
    }
    return feed;
}

} // namespace

QString ApiError::describe() const
{
    return QStringLiteral("%1: %2").arg(errorPrefix(kind), message);
}

SyncApi::SyncApi(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_network.setAutoDeleteReplies(false);
}

void SyncApi::setConfig(const SyncConfig &config)
{
    abortAll();
    m_config = config;
}

QNetworkRequest SyncApi::request(const QString &path, const QString &query, int timeoutMs) const
{
    QUrl url = m_config.url;
    url.setPath(url.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("commandpost/%1").arg(QStringLiteral(COMMANDPOST_VERSION)));
    request.setTransferTimeout(timeoutMs);
    return request;
}

void SyncApi::track(QNetworkReply *reply, Handler handler)
{
    m_replies.insert(reply);
    const QDateTime sent = m_clock.now();
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent, handler] {
        m_replies.remove(reply);
        reply->deleteLater();
        handler(readReply(reply), Timing{sent, m_clock.now()});
    });
}

void SyncApi::abortAll()
{
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }
}

void SyncApi::push(const QList<Event> &batch, Callback<PushResult> done)
{
    const QByteArray body = toJsonBytes(QJsonObject{{QStringLiteral("events"), toJson(batch)}});
    QNetworkReply *reply =
        m_network.post(request(QStringLiteral("/api/v1/events"), {}, PushTimeoutMs), body);
    const qsizetype expected = batch.size();
    track(reply, [done, expected](const std::expected<QJsonObject, ApiError> &answer,
                                  Timing timing) {
        if (!answer)
            return done(std::unexpected(answer.error()));
        const QJsonArray results = answer->value(QStringLiteral("results")).toArray();
        if (results.size() != expected)
            return done(std::unexpected(protocolError(
                QStringLiteral("results: %1 for %2 events").arg(results.size()).arg(expected))));
        PushResult result;
        for (const QJsonValue &value : results) {
            const QJsonObject item = value.toObject();
            result.seqs << item.value(QStringLiteral("seq")).toInteger();
            result.duplicates += item.value(QStringLiteral("duplicate")).toBool() ? 1 : 0;
        }
        result.serverTime = parseTime(answer->value(QStringLiteral("server_time")).toString());
        result.timing = timing;
        done(result);
    });
}

void SyncApi::pull(qint64 after, int waitSeconds, int limit, Callback<PullResult> done)
{
    const QString query =
        QStringLiteral("after=%1&wait=%2&limit=%3").arg(after).arg(waitSeconds).arg(limit);
    QNetworkReply *reply = m_network.get(
        request(QStringLiteral("/api/v1/events"), query, waitSeconds * 1000 + PollMarginMs));
    track(reply, [done, limit](const std::expected<QJsonObject, ApiError> &answer, Timing timing) {
        if (!answer)
            return done(std::unexpected(answer.error()));
        const auto feed = readEvents(answer->value(QStringLiteral("events")));
        if (!feed)
            return done(std::unexpected(feed.error()));
        const QJsonValue lastSeq = answer->value(QStringLiteral("last_seq"));
        if (!lastSeq.isDouble() || lastSeq.toDouble() < 0)
            return done(std::unexpected(protocolError(QStringLiteral("last_seq: missing"))));
        PullResult result{feed->events,
                          lastSeq.toInteger(),
                          parseTime(answer->value(QStringLiteral("server_time")).toString()),
                          answer->value(QStringLiteral("server_id")).toString(),
                          timing,
                          feed->unreadable};
        // A page cut by its bytes says so; a server without `more` cuts only at the limit.
        const QJsonValue more = answer->value(QStringLiteral("more"));
        result.more =
            more.isBool() ? more.toBool() : feed->events.size() + feed->unreadable.size() >= limit;
        done(result);
    });
}

void SyncApi::incidentLog(const QString &incident, qint64 after, Callback<LogPage> done)
{
    const QString path = QStringLiteral("/api/v1/incidents/%1/events")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(incident)));
    QNetworkReply *reply =
        m_network.get(request(path, QStringLiteral("after=%1").arg(after), PushTimeoutMs));
    track(reply, [done](const std::expected<QJsonObject, ApiError> &answer, Timing) {
        if (!answer)
            return done(std::unexpected(answer.error()));
        const auto feed = readEvents(answer->value(QStringLiteral("events")));
        if (!feed)
            return done(std::unexpected(feed.error()));
        // The unreadable ones are named by the feed's own pull.
        done(LogPage{feed->events, answer->value(QStringLiteral("more")).toBool()});
    });
}

} // namespace cp::sync
