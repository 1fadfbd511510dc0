#include "apiserver.h"

#include "batchbody.h"
#include "connectionguard.h"
#include "eventcodec.h"
#include "statejson.h"
#include "timeformat.h"
#include "tokens.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHttp, "commandpost.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPoll, "commandpost.server.poll", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "commandpost.server.auth", QtInfoMsg)

namespace cp::server {
namespace {

using Key = QLatin1StringView;

const QString Healthz = QStringLiteral("/healthz");
const QString Metrics = QStringLiteral("/metrics");
const QString Me = QStringLiteral("/api/v1/me");
const QString Events = QStringLiteral("/api/v1/events");
const QString Incidents = QStringLiteral("/api/v1/incidents");
const QString Incident = QStringLiteral("/api/v1/incidents/{id}");
const QString IncidentEvents = QStringLiteral("/api/v1/incidents/{id}/events");

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpReply invalid(const QString &message, const QStringList &details = {})
{
    return HttpReply::error(400, QStringLiteral("invalid"), message, details);
}

HttpReply notFound(const QString &incident)
{
    return HttpReply::error(404, QStringLiteral("not_found"),
                            QStringLiteral("incident: no incident %1").arg(incident));
}

// A query parameter that must be a whole number in [minimum, ∞), or its default.
std::expected<qint64, HttpReply> wholeNumber(const QUrlQuery &query, const QString &name,
                                             qint64 fallback, qint64 minimum)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum)
        return std::unexpected(
            invalid(QStringLiteral("%1: must be a whole number from %2 up, not \"%3\"")
                        .arg(name)
                        .arg(minimum)
                        .arg(query.queryItemValue(name))));
    return value;
}

QJsonObject resultJson(const AppendedEvent &result)
{
    return {{Key("id"), result.id},
            {Key("seq"), double(result.seq)},
            {Key("duplicate"), result.duplicate}};
}

} // namespace

ApiServer::ApiServer(ServerStore &store, const Limits &limits, const Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_limits(limits)
    , m_clock(clock)
{
}

ApiServer::~ApiServer()
{
    // Polls still parked get an answer rather than a silently dropped connection.
    for (auto &[id, poll] : m_polls) {
        if (poll.socket && poll.socket->state() == QAbstractSocket::ConnectedState)
            send(*poll.responder, HttpReply::error(503, QStringLiteral("shutting_down"),
                                                   QStringLiteral("the server is stopping")));
    }
}

template<typename Operation> auto ApiServer::timed(const QString &name, Operation &&operation)
{
    QElapsedTimer timer;
    timer.start();
    auto result = operation();
    m_metrics.observeStoreLatency(name, double(timer.nsecsElapsed()) / 1e9);
    return result;
}

std::expected<void, QString> ApiServer::loadIndex()
{
    constexpr int PageSize = 5000;
    qint64 after = 0;
    qint64 count = 0;
    for (;;) {
        const auto page = m_store.eventsAfter(after, PageSize);
        if (!page)
            return std::unexpected(page.error());
        m_index.apply(*page);
        count += page->size();
        if (page->size() < PageSize)
            break;
        after = page->last().seq;
    }
    const auto last = m_store.lastSeq();
    if (!last)
        return std::unexpected(last.error());
    m_lastSeq = *last;
    m_metrics.setStoredAtStart(count);
    qCInfo(lcHttp) << "loaded" << count << "events of" << m_index.size() << "incidents";
    return {};
}

std::expected<quint16, QString> ApiServer::listenOn(const ListenAddress &address)
{
    m_guard = new ConnectionGuard(m_limits, this);
    if (!m_guard->listen(address.address, address.port))
        return std::unexpected(QStringLiteral("cannot listen on %1:%2: %3")
                                   .arg(address.address.toString())
                                   .arg(address.port)
                                   .arg(m_guard->errorString()));
    bind(m_guard);
    return m_guard->serverPort();
}

ApiServer::Route ApiServer::matchRoute(const QString &path)
{
    static const QRegularExpression incident(
        QStringLiteral("^/api/v1/incidents/([A-Za-z0-9._:-]{1,64})(/events)?$"));
    const QStringList get{QStringLiteral("GET")};
    if (path == Healthz || path == Metrics || path == Me || path == Incidents)
        return {path, {}, get};
    if (path == Events)
        return {path, {}, {QStringLiteral("GET"), QStringLiteral("POST")}};
    if (const auto match = incident.match(path); match.hasMatch())
        return {match.hasCaptured(2) ? IncidentEvents : Incident, match.captured(1), get};
    return {};
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_guard->isParked(socket)) {
        // A request pipelined behind a waiting long-poll: HTTP/1.1 would have the poll answer
        // first, which may take 30 s. Such a client is disconnected instead.
        socket->abort();
        return true;
    }
    QElapsedTimer started;
    started.start();
    QHttpServerResponder responder = makeResponder(request, socket);
    const Route route = matchRoute(request.url().path());
    std::optional<User> user;
    const std::optional<HttpReply> reply = answer(request, route, responder, user);
    if (!reply) { // parked: answered later by wakePolls or its deadline
        m_guard->requestHandled(socket, true);
        return true;
    }
    const HttpReply answered = withinBufferBudget(*reply);
    send(responder, answered, m_guard->closesAfterReply(socket));
    m_guard->noteReplyBytes(socket, answered.body.size());
    m_guard->requestHandled(socket, false);
    // The encoded path: a decoded one could put a line break into the log.
    record(methodName(request.method()),
           route.pattern.isEmpty() ? QStringLiteral("other") : route.pattern,
           request.url().path(QUrl::FullyEncoded), answered.status, user, started);
    return true;
}

// Slow clients leave answers in memory until they read them. Past the budget a large answer
// is not added: the client is told to retry shortly (sync backs off), and memory stays bounded.
HttpReply ApiServer::withinBufferBudget(const HttpReply &reply) const
{
    constexpr qsizetype SmallReply = 64 * 1024; // always answered: errors, states, short pages
    if (reply.body.size() <= SmallReply ||
        m_guard->bufferedBytes() + reply.body.size() <= m_limits.maxBufferedBytes)
        return reply;
    return HttpReply::error(503, QStringLiteral("busy"),
                            QStringLiteral("server: %1 bytes of answers wait for slow clients; "
                                           "retry shortly")
                                .arg(m_guard->bufferedBytes()))
        .withHeader("Retry-After", "1");
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this exists because the base class requires it.
    auto responder = makeResponder(request, socket);
    send(responder, HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("path")));
}

std::optional<HttpReply> ApiServer::answer(const QHttpServerRequest &request, const Route &route,
                                           QHttpServerResponder &responder,
                                           std::optional<User> &user)
{
    const QString method = methodName(request.method());
    if (m_shuttingDown)
        return HttpReply::error(503, QStringLiteral("shutting_down"),
                                QStringLiteral("the server is stopping; retry shortly"))
            .withHeader("Retry-After", "5");
    if (route.pattern.isEmpty())
        return HttpReply::error(
            404, QStringLiteral("not_found"),
            QStringLiteral("path: no route %1").arg(request.url().path(QUrl::FullyEncoded)));
    if (!route.methods.contains(method))
        return HttpReply::error(405, QStringLiteral("method_not_allowed"),
                                QStringLiteral("method: %1 takes %2, not %3")
                                    .arg(route.pattern, route.methods.join(u", "), method))
            .withHeader("Allow", route.methods.join(u", ").toLatin1());
    if (route.pattern == Healthz)
        return HttpReply::json({{Key("status"), QStringLiteral("ok")}});
    auto authenticated = authenticate(request);
    if (!authenticated)
        return authenticated.error();
    user = *authenticated;
    if (route.pattern == Me)
        return HttpReply::json({{Key("name"), user->name},
                                {Key("role"), roleName(user->role)},
                                {Key("server_id"), m_store.serverId()}});
    if (route.pattern == Metrics)
        return getMetrics();
    if (route.pattern == Incidents)
        return getIncidents(*user);
    if (route.pattern == Incident)
        return getIncident(route.incident, *user);
    if (route.pattern == IncidentEvents)
        return getIncidentEvents(request, route.incident, *user);
    if (method == u"POST")
        return postEvents(request, *user);
    return getEvents(request, *user, responder);
}

std::expected<User, HttpReply> ApiServer::authenticate(const QHttpServerRequest &request)
{
    const auto unauthorized = [](const QString &message) {
        return std::unexpected(HttpReply::error(401, QStringLiteral("unauthorized"), message)
                                   .withHeader("WWW-Authenticate", "Bearer realm=\"commandpost\""));
    };
    const QString token = bearerToken(headerValue(request, "authorization"));
    if (token.isEmpty())
        return unauthorized(QStringLiteral("Authorization: send \"Bearer <token>\"; an admin "
                                           "creates tokens with `commandpost-server user add`"));
    const auto found = timed(QStringLiteral("auth"), [&] { return m_store.userByToken(token); });
    if (!found) {
        qCWarning(lcAuth).noquote() << found.error();
        return std::unexpected(HttpReply::error(500, QStringLiteral("store_error"),
                                                QStringLiteral("store: cannot check the token")));
    }
    if (!*found) {
        qCInfo(lcAuth).noquote() << "unknown token from" << request.remoteAddress().toString();
        return unauthorized(QStringLiteral("Authorization: this token is not known to the "
                                           "server (mistyped, or revoked)"));
    }
    return **found;
}

HttpReply ApiServer::postEvents(const QHttpServerRequest &request, const User &user)
{
    if (!user.canWrite())
        return HttpReply::error(403, QStringLiteral("forbidden"),
                                QStringLiteral("role: %1 may read but not write; an admin can "
                                               "give a responder token")
                                    .arg(user.name));
    const auto batch = readBatch(request.body(), m_limits);
    if (!batch)
        return batch.error();
    for (qsizetype i = 0; i < batch->size(); ++i) {
        if (const QString &incident = batch->at(i).incident; !m_index.isVisible(incident, user))
            return HttpReply::error(403, QStringLiteral("forbidden"),
                                    QStringLiteral("events[%1].incident: incident %2 is "
                                                   "restricted to the people it names")
                                        .arg(i)
                                        .arg(incident));
    }
    const auto outcome = timed(QStringLiteral("append"),
                               [&] { return m_store.append(*batch, user.name, m_clock.now()); });
    if (!outcome) {
        if (outcome.error().kind == StoreFailure::Kind::Conflict)
            return HttpReply::error(409, QStringLiteral("conflict"), outcome.error().message);
        qCWarning(lcHttp).noquote() << outcome.error().message;
        return HttpReply::error(500, QStringLiteral("store_error"),
                                QStringLiteral("store: the batch could not be stored; nothing "
                                               "was written"));
    }
    if (!outcome->stored.isEmpty()) {
        m_lastSeq = outcome->stored.last().seq;
        m_index.apply(outcome->stored);
        m_metrics.countStored(outcome->stored.size());
        wakePolls(outcome->stored);
    }
    QJsonArray results;
    for (const AppendedEvent &result : outcome->results) {
        results.append(resultJson(result));
        m_metrics.countDuplicates(result.duplicate ? 1 : 0);
    }
    return HttpReply::json({{Key("results"), results},
                            {Key("last_seq"), double(m_lastSeq)},
                            {Key("server_time"), formatTime(m_clock.now())}});
}

std::expected<ApiServer::Page, HttpReply> ApiServer::readPage(const User &user, qint64 after,
                                                              int limit)
{
    const auto rows = timed(QStringLiteral("read"),
                            [&] { return m_store.page(after, limit, m_limits.maxPageBytes); });
    if (!rows) {
        qCWarning(lcHttp).noquote() << rows.error();
        return std::unexpected(HttpReply::error(500, QStringLiteral("store_error"),
                                                QStringLiteral("store: cannot read events")));
    }
    Page page;
    // With nothing newer, the answer covers up to the server's last seq; a client ahead of
    // it (a server restored from an older backup) learns so from a lower last_seq.
    page.lastSeq = rows->events.isEmpty() ? std::min(after, m_lastSeq) : rows->events.last().seq;
    page.more = rows->more;
    for (const Event &event : rows->events) {
        if (m_index.isVisible(event.incident, user))
            page.events.append(event);
    }
    return page;
}

HttpReply ApiServer::pageReply(const Page &page) const
{
    return HttpReply::json({{Key("events"), toJson(page.events)},
                            {Key("last_seq"), double(page.lastSeq)},
                            {Key("more"), page.more},
                            {Key("server_time"), formatTime(m_clock.now())},
                            {Key("server_id"), m_store.serverId()}});
}

// `limit`, shortened to the server's largest page.
std::expected<int, HttpReply> ApiServer::pageSizeOf(const QUrlQuery &query) const
{
    const auto limit = wholeNumber(query, QStringLiteral("limit"), m_limits.defaultPageSize, 1);
    if (!limit)
        return std::unexpected(limit.error());
    return int(std::min<qint64>(*limit, m_limits.maxPageSize));
}

std::optional<HttpReply> ApiServer::getEvents(const QHttpServerRequest &request, const User &user,
                                              QHttpServerResponder &responder)
{
    const QUrlQuery query(request.url());
    const auto after = wholeNumber(query, QStringLiteral("after"), 0, 0);
    if (!after)
        return after.error();
    const auto wait = wholeNumber(query, QStringLiteral("wait"), 0, 0);
    if (!wait)
        return wait.error();
    const auto pageSize = pageSizeOf(query);
    if (!pageSize)
        return pageSize.error();
    const auto page = readPage(user, *after, *pageSize);
    if (!page)
        return page.error();
    const bool behind = *after > m_lastSeq;
    if (*wait == 0 || !page->events.isEmpty() || page->more || behind)
        return pageReply(*page);
    if (int(m_polls.size()) >= m_limits.maxPollers)
        return HttpReply::error(429, QStringLiteral("too_many_requests"),
                                QStringLiteral("wait: %1 requests are waiting already; retry "
                                               "later")
                                    .arg(m_limits.maxPollers))
            .withHeader("Retry-After", "2");
    const int seconds = int(std::min<qint64>(*wait, m_limits.maxWaitSeconds));
    park(responder, user, page->lastSeq, *pageSize, seconds,
         request.url().path(QUrl::FullyEncoded));
    return std::nullopt;
}

void ApiServer::park(QHttpServerResponder &responder, const User &user, qint64 after, int limit,
                     int waitSeconds, const QString &path)
{
    const quint64 id = m_nextPollId++;
    Poll &poll = m_polls[id];
    poll.socket = responder.socket();
    poll.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    poll.user = user;
    poll.after = after;
    poll.limit = limit;
    poll.path = path;
    poll.started.start();
    poll.deadline = new QTimer(this);
    poll.deadline->setSingleShot(true);
    poll.deadline->setTimerType(Qt::PreciseTimer);
    connect(poll.deadline, &QTimer::timeout, this, [this, id] {
        const auto it = m_polls.find(id);
        if (it != m_polls.end())
            finishPoll(id, pageReply(Page{{}, it->second.after, false}));
    });
    poll.deadline->start(waitSeconds * 1000);
    // A client that goes away must not leave a responder behind: writing to it would crash.
    connect(poll.socket, &QTcpSocket::disconnected, this, [this, id] { dropPoll(id); });
    qCDebug(lcPoll) << "parked poll" << id << "of" << user.name << "after" << after;
}

void ApiServer::refreshPollUsers()
{
    // A poll may have waited for half a minute: its user may have been removed or given
    // another role since, and visibility is decided when a request is answered.
    const auto users = timed(QStringLiteral("auth"), [this] { return m_store.users(); });
    if (!users) {
        qCWarning(lcAuth).noquote() << users.error();
        return;
    }
    QHash<QString, User> byName;
    for (const User &user : *users)
        byName.insert(user.name, user);
    QList<quint64> revoked;
    for (auto &[id, poll] : m_polls) {
        if (const auto it = byName.constFind(poll.user.name); it != byName.cend())
            poll.user = *it;
        else
            revoked.append(id);
    }
    for (quint64 id : revoked) {
        finishPoll(id, HttpReply::error(401, QStringLiteral("unauthorized"),
                                        QStringLiteral("Authorization: this token was revoked")));
    }
}

void ApiServer::wakePolls(const QList<Event> &stored)
{
    if (m_polls.empty())
        return;
    refreshPollUsers();
    QList<std::pair<quint64, Page>> ready;
    for (auto &[id, poll] : m_polls) {
        Page page;
        for (const Event &event : stored) {
            if (event.seq <= poll.after || !m_index.isVisible(event.incident, poll.user))
                continue;
            if (page.events.size() == poll.limit) {
                page.more = true;
                break;
            }
            page.events.append(event);
        }
        if (page.events.isEmpty()) {
            poll.after = stored.last().seq; // nothing it may see: keep waiting from here
            continue;
        }
        page.lastSeq = page.more ? page.events.last().seq : stored.last().seq;
        ready.append({id, page});
    }
    // Pollers that may see the same events get the same bytes, encoded once: a thousand
    // clients waiting on one incident cost one encoding, not a thousand.
    QHash<QByteArray, HttpReply> replies;
    for (const auto &[id, page] : ready) {
        QByteArray key = QByteArray::number(page.lastSeq) + (page.more ? "+" : "");
        for (const Event &event : page.events)
            key += ',' + QByteArray::number(event.seq);
        auto reply = replies.constFind(key);
        if (reply == replies.cend())
            reply = replies.insert(key, pageReply(page));
        finishPoll(id, *reply);
    }
}

void ApiServer::finishPoll(quint64 id, const HttpReply &reply)
{
    auto node = m_polls.extract(id);
    if (node.empty())
        return;
    Poll &poll = node.mapped();
    poll.deadline->deleteLater();
    if (!poll.socket || poll.socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left; there is no one to answer
    QObject::disconnect(poll.socket, &QTcpSocket::disconnected, this, nullptr);
    const HttpReply answered = withinBufferBudget(reply);
    send(*poll.responder, answered, m_guard->closesAfterReply(poll.socket));
    m_guard->noteReplyBytes(poll.socket, answered.body.size());
    m_guard->replySent(poll.socket);
    record(QStringLiteral("GET"), Events, poll.path, answered.status, poll.user, poll.started);
}

void ApiServer::dropPoll(quint64 id)
{
    auto node = m_polls.extract(id);
    if (node.empty())
        return;
    node.mapped().deadline->deleteLater();
    qCDebug(lcPoll) << "poll" << id << "ended: the client went away";
}

HttpReply ApiServer::getIncidents(const User &user) const
{
    QJsonArray incidents;
    for (const IncidentState *state : m_index.visibleTo(user))
        incidents.append(summaryJson(*state));
    return HttpReply::json({{Key("incidents"), incidents}, {Key("last_seq"), double(m_lastSeq)}});
}

HttpReply ApiServer::getIncident(const QString &incident, const User &user) const
{
    const IncidentState *state = m_index.find(incident);
    if (!state || !state->declared || !IncidentIndex::isVisible(*state, user))
        return notFound(incident);
    return HttpReply::json(toJson(*state));
}

// Paged like the feed, so that no answer holds a long incident whole: read on from the seq
// of the page's last event while `more` is true.
HttpReply ApiServer::getIncidentEvents(const QHttpServerRequest &request, const QString &incident,
                                       const User &user)
{
    const IncidentState *state = m_index.find(incident);
    if (!state || !state->declared || !IncidentIndex::isVisible(*state, user))
        return notFound(incident);
    const QUrlQuery query(request.url());
    const auto after = wholeNumber(query, QStringLiteral("after"), 0, 0);
    if (!after)
        return after.error();
    const auto pageSize = pageSizeOf(query);
    if (!pageSize)
        return pageSize.error();
    const auto page = timed(QStringLiteral("read"), [&] {
        return m_store.page(*after, *pageSize, m_limits.maxPageBytes, incident);
    });
    if (!page) {
        qCWarning(lcHttp).noquote() << page.error();
        return HttpReply::error(500, QStringLiteral("store_error"),
                                QStringLiteral("store: cannot read events"));
    }
    return HttpReply::json({{Key("events"), toJson(page->events)},
                            {Key("last_seq"), double(state->lastSeq)},
                            {Key("more"), page->more}});
}

HttpReply ApiServer::getMetrics() const
{
    return HttpReply::text(m_metrics.render(waitingPollers(), int(m_index.size())),
                           "text/plain; version=0.0.4; charset=utf-8");
}

void ApiServer::record(const QString &method, const QString &pattern, const QString &path,
                       int status, const std::optional<User> &user, const QElapsedTimer &started)
{
    m_metrics.countRequest(method, pattern, status);
    // Paths and user names only: tokens travel in a header that is never logged.
    qCInfo(lcHttp).noquote() << method << path << status << started.elapsed() << "ms"
                             << (user ? user->name : QStringLiteral("-"));
}

void ApiServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    qCInfo(lcHttp) << "shutting down:" << m_polls.size() << "waiting polls to answer";
    if (m_guard)
        m_guard->close();
    QList<std::pair<quint64, qint64>> waiting;
    for (const auto &[id, poll] : m_polls)
        waiting.append({id, poll.after});
    for (const auto &[id, after] : waiting)
        finishPoll(id, pageReply(Page{{}, after, false}));
    finishShutdown();
}

void ApiServer::finishShutdown()
{
    // Give replies already written up to two seconds to leave the socket buffers.
    auto *flush = new QTimer(this);
    auto *clock = new QElapsedTimer;
    clock->start();
    connect(flush, &QTimer::timeout, this, [this, flush, clock] {
        bool pending = false;
        if (m_guard) {
            for (QTcpSocket *socket : m_guard->findChildren<QTcpSocket *>())
                pending = pending || socket->bytesToWrite() > 0;
        }
        if (!pending || clock->hasExpired(2000)) {
            flush->stop();
            delete clock;
            emit finished();
        }
    });
    flush->start(20);
}

} // namespace cp::server
