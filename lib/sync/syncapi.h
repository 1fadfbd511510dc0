#pragma once

#include "clock.h"
#include "event.h"
#include "syncconfig.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <expected>
#include <functional>

class QNetworkReply;

namespace cp::sync {

// Why a request got no useful answer. The kind decides what the sync loop does next.
struct ApiError
{
    enum class Kind {
        Network,     // no answer: refused, reset, timed out; retry later
        Auth,        // 401 or 403: a person has to fix the token or the role
        Refused,     // 400 or 409: this batch will never be taken as it is
        TooLarge,    // 413 or batch_too_large: send fewer events at once
        Unavailable, // 429, 5xx: the server is there but cannot take it now
        Protocol,    // an answer that is not what PROTOCOL.md promises
    };
    Kind kind;
    int status = 0;
    QString code;
    QString message;

    QString describe() const;
};

// Local times around a request, for the clock offset.
struct Timing
{
    QDateTime sent;
    QDateTime received;
};

struct PushResult
{
    QList<qint64> seqs; // one per event sent, in order
    int duplicates = 0; // events the server had already (a retried batch)
    QDateTime serverTime;
    Timing timing;
};

struct PullResult
{
    QList<Event> events;
    qint64 lastSeq = 0;
    QDateTime serverTime;
    QString serverId;
    Timing timing;
    // Events in the page this client cannot read (left out, the page applied without them),
    // as "seq N (id …)".
    QStringList unreadable;
    bool more = false; // the server has more after this page
};

template<typename T> using Callback = std::function<void(const std::expected<T, ApiError> &)>;

// The server's HTTP API (PROTOCOL.md §2) as calls with callbacks. It never logs the token.
class SyncApi : public QObject
{
    Q_OBJECT
public:
    explicit SyncApi(const Clock &clock, QObject *parent = nullptr);

    void setConfig(const SyncConfig &config);
    const SyncConfig &config() const { return m_config; }

    void push(const QList<Event> &batch, Callback<PushResult> done);
    void pull(qint64 after, int waitSeconds, int limit, Callback<PullResult> done);
    // One incident's whole log (the feed skips events of a restricted incident written
    // before this user was named in it).
    // One page of an incident's log after `after`; read on from the last event's seq while
    // `more` is true.
    struct LogPage
    {
        QList<Event> events;
        bool more = false;
    };
    void incidentLog(const QString &incident, qint64 after, Callback<LogPage> done);
    // Drops every request under way; their callbacks are not called.
    void abortAll();
    int inFlight() const { return int(m_replies.size()); }

private:
    using Handler = std::function<void(const std::expected<QJsonObject, ApiError> &, Timing)>;
    QNetworkRequest request(const QString &path, const QString &query, int timeoutMs) const;
    void track(QNetworkReply *reply, Handler handler);

    const Clock &m_clock;
    SyncConfig m_config;
    QNetworkAccessManager m_network;
    QSet<QNetworkReply *> m_replies;
};

} // namespace cp::sync
