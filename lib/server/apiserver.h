#pragma once

#include "clock.h"
#include "httpreply.h"
#include "incidentindex.h"
#include "serverconfig.h"
#include "servermetrics.h"
#include "serverstore.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>

#include <map>
#include <memory>

class QHttpServerResponder;
class QTimer;

class QUrlQuery;

namespace cp::server {

class ConnectionGuard;

// The HTTP API of PROTOCOL.md §2 on QtHttpServer. Everything runs on one thread, so writes
// are serialised by the event loop: a batch commits, the in-memory index folds it, every
// waiting poll is answered, and only then the writer gets its reply.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(ServerStore &store, const Limits &limits, const Clock &clock,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Folds the stored log into memory; call once before listening.
    std::expected<void, QString> loadIndex();
    // Answers the port actually bound (useful with port 0).
    std::expected<quint16, QString> listenOn(const ListenAddress &address);

    int waitingPollers() const { return int(m_polls.size()); }
    bool isShuttingDown() const { return m_shuttingDown; }

    // Graceful stop: no new connections, waiting polls answered, replies flushed; then
    // finished() is emitted.
    void shutdown();

signals:
    void finished();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QString pattern; // e.g. "/api/v1/incidents/{id}"; empty when nothing matches
        QString incident;
        QStringList methods;
    };

    struct Poll
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        User user;
        qint64 after = 0;
        int limit = 0;
        QString path;
        QTimer *deadline = nullptr;
        QElapsedTimer started;
    };

    // What a read of the feed gives a user: the events they may see and the seq to go on from.
    struct Page
    {
        QList<Event> events;
        qint64 lastSeq = 0;
        bool more = false; // the read was cut at its limit
    };

    static Route matchRoute(const QString &path);
    HttpReply withinBufferBudget(const HttpReply &reply) const;
    std::expected<int, HttpReply> pageSizeOf(const QUrlQuery &query) const;
    std::optional<HttpReply> answer(const QHttpServerRequest &request, const Route &route,
                                    QHttpServerResponder &responder, std::optional<User> &user);
    std::expected<User, HttpReply> authenticate(const QHttpServerRequest &request);

    HttpReply postEvents(const QHttpServerRequest &request, const User &user);
    std::optional<HttpReply> getEvents(const QHttpServerRequest &request, const User &user,
                                       QHttpServerResponder &responder);
    HttpReply getIncidents(const User &user) const;
    HttpReply getIncident(const QString &incident, const User &user) const;
    HttpReply getIncidentEvents(const QHttpServerRequest &request, const QString &incident,
                                const User &user);
    HttpReply getMetrics() const;

    std::expected<Page, HttpReply> readPage(const User &user, qint64 after, int limit);
    HttpReply pageReply(const Page &page) const;
    void park(QHttpServerResponder &responder, const User &user, qint64 after, int limit,
              int waitSeconds, const QString &path);
    void wakePolls(const QList<Event> &stored);
    void refreshPollUsers();
    void finishPoll(quint64 id, const HttpReply &reply);
    void dropPoll(quint64 id);

    void record(const QString &method, const QString &pattern, const QString &path, int status,
                const std::optional<User> &user, const QElapsedTimer &started);
    template<typename Operation> auto timed(const QString &name, Operation &&operation);
    void finishShutdown();

    ServerStore &m_store;
    Limits m_limits;
    const Clock &m_clock;
    IncidentIndex m_index;
    ServerMetrics m_metrics;
    ConnectionGuard *m_guard = nullptr;
    std::map<quint64, Poll> m_polls;
    quint64 m_nextPollId = 1;
    qint64 m_lastSeq = 0;
    bool m_shuttingDown = false;
};

} // namespace cp::server
