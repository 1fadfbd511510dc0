#include "syncengine.h"

#include "localstore.h"
#include "vocabulary.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcSync, "commandpost.sync", QtWarningMsg)

namespace cp::sync {
namespace {

const QString ServerIdKey = QStringLiteral("server_id");
const QString OffsetKey = QStringLiteral("clock_offset_ms");
// Offsets closer than this to the stored one are not worth a write.
constexpr qint64 OffsetWriteThresholdMs = 100;

QStringList incidentsOf(const QList<Event> &events)
{
    QStringList incidents;
    for (const Event &event : events) {
        if (!incidents.contains(event.incident))
            incidents << event.incident;
    }
    return incidents;
}

// Retries at once when the operating system reports the network back (where a backend is
// available: NetworkManager on a desktop; nothing happens without one).
void watchReachability(SyncEngine *engine)
{
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QObject::connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                     engine, [engine](QNetworkInformation::Reachability reachability) {
                         if (reachability != QNetworkInformation::Reachability::Disconnected)
                             engine->retryNow();
                     });
}

} // namespace

SyncEngine::SyncEngine(LocalStore &store, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_api(clock)
    , m_backoff(m_options.backoffBaseMs, m_options.backoffCapMs, m_options.random)
    , m_serverClock(clock, storedClockOffsetMs(store))
    , m_batchSize(m_options.batchSize)
{
    m_kickTimer.setSingleShot(true);
    m_kickTimer.setInterval(0);
    connect(&m_kickTimer, &QTimer::timeout, this, &SyncEngine::kick);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::kick);
    // A local write (or another process's, seen by the store's disk watch) goes out at once.
    connect(&m_store, &LocalStore::changed, this, [this] {
        emit statusChanged();
        scheduleKick();
    });
    watchReachability(this);
}

SyncEngine::SyncEngine(LocalStore &store, QObject *parent)
    : SyncEngine(store, SystemClock::instance(), Options{}, parent)
{
}

qint64 SyncEngine::storedClockOffsetMs(const LocalStore &store)
{
    return store.metaValue(OffsetKey).toLongLong();
}

QString SyncEngine::stateName(State state)
{
    switch (state) {
    case State::Disabled:
        return QStringLiteral("disabled");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::Online:
        return QStringLiteral("online");
    case State::Offline:
        return QStringLiteral("offline");
    case State::AuthFailed:
        return QStringLiteral("auth_failed");
    }
    return {};
}

int SyncEngine::pendingCount() const
{
    return m_store.pendingCount();
}

int SyncEngine::rejectedCount() const
{
    return int(m_store.rejectedEvents().size());
}

void SyncEngine::setConfig(const SyncConfig &config)
{
    const Mode mode = m_mode;
    stop();
    m_api.setConfig(config);
    m_authFailed = false;
    m_offline = false;
    m_contacted = false;
    m_offset = {};
    setError({});
    if (mode == Mode::Live)
        start();
    updateState();
}

void SyncEngine::start()
{
    m_mode = Mode::Live;
    m_caughtUp = false;
    updateState();
    scheduleKick();
}

void SyncEngine::stop()
{
    m_mode = Mode::Stopped;
    resetLanes();
    updateState();
}

void SyncEngine::resetLanes()
{
    m_api.abortAll();
    m_retryTimer.stop();
    m_kickTimer.stop();
    m_pushing = m_pulling = false;
}

void SyncEngine::syncOnce()
{
    m_mode = Mode::Round;
    m_caughtUp = false;
    if (!config().isEnabled()) {
        setError(QStringLiteral("no server configured"));
        return finishRound(false);
    }
    m_authFailed = false;
    updateState();
    scheduleKick();
}

void SyncEngine::retryNow()
{
    if (!config().isEnabled() || m_mode == Mode::Stopped)
        return;
    qCInfo(lcSync) << "retrying now";
    m_retryTimer.stop();
    m_authFailed = false;
    m_backoff.reset();
    updateState();
    scheduleKick();
}

void SyncEngine::scheduleKick()
{
    if (m_mode != Mode::Stopped)
        m_kickTimer.start();
}

void SyncEngine::kick()
{
    if (m_mode == Mode::Stopped || m_authFailed || m_retryTimer.isActive() || !config().isEnabled())
        return updateState();
    if (!m_pushing)
        pushNext();
    if (!m_pulling)
        pullNext();
    updateState();
}

QList<Event> SyncEngine::unsent(int limit) const
{
    QList<Event> batch;
    for (const Event &event : m_store.pendingEvents()) {
        if (batch.size() >= limit)
            break;
        if (!m_acked.contains(event.id))
            batch.append(event);
    }
    return batch;
}

void SyncEngine::pushNext()
{
    const QList<Event> batch = unsent(m_isolate ? 1 : m_batchSize);
    if (batch.isEmpty()) {
        m_isolate = false;
        return;
    }
    m_pushing = true;
    qCDebug(lcSync) << "pushing" << batch.size() << "events";
    m_api.push(batch, [this, batch](const auto &result) { onPushed(batch, result); });
}

void SyncEngine::onPushed(const QList<Event> &batch,
                          const std::expected<PushResult, ApiError> &result)
{
    m_pushing = false;
    if (!result) {
        const ApiError::Kind kind = result.error().kind;
        if (kind == ApiError::Kind::Refused || kind == ApiError::Kind::TooLarge)
            return onPushRefused(batch, result.error());
        return fail(result.error());
    }
    for (const Event &event : batch)
        m_acked.insert(event.id);
    if (result->duplicates > 0)
        qCInfo(lcSync) << result->duplicates << "events were on the server already";
    noteClockSample(result->timing, result->serverTime);
    m_contacted = true;
    m_offline = false;
    m_backoff.reset();
    scheduleKick();
}

void SyncEngine::onPushRefused(const QList<Event> &batch, const ApiError &error)
{
    if (batch.size() > 1) {
        // Find the event at fault: smaller batches when too large, one by one when refused.
        if (error.kind == ApiError::Kind::TooLarge)
            m_batchSize = std::max<int>(1, int(batch.size()) / 2);
        else
            m_isolate = true;
        return scheduleKick();
    }
    const Event &event = batch.first();
    const QString reason = error.describe();
    qCWarning(lcSync).noquote() << "event" << event.id << "set aside:" << reason;
    if (const auto rejected = m_store.reject(event.id, reason); !rejected)
        return fail(ApiError{ApiError::Kind::Protocol, 0, {}, rejected.error()});
    setError(QStringLiteral("event %1 (%2) set aside: %3").arg(event.id, event.type, reason));
    scheduleKick();
}

void SyncEngine::pullNext()
{
    // A round pushes first, so its pull brings this workstation's own events back.
    if (m_mode == Mode::Round && (m_pushing || hasUnsent()))
        return;
    if (!m_backfill.isEmpty())
        return backfillNext();
    const bool longPoll = m_mode == Mode::Live && m_contacted;
    const int wait = longPoll ? m_options.longPollSeconds : 0;
    const qint64 after = m_store.cursor();
    m_pulling = true;
    m_api.pull(after, wait, m_options.pageSize,
               [this, after, wait](const auto &result) { onPulled(after, wait, result); });
}

void SyncEngine::onPulled(qint64 after, int wait, const std::expected<PullResult, ApiError> &result)
{
    m_pulling = false;
    if (!result)
        return fail(result.error());
    if (wait == 0)
        noteClockSample(result->timing, result->serverTime);
    m_contacted = true;
    m_offline = false;
    if (!adoptServer(*result, after))
        return scheduleKick();
    if (const auto applied = m_store.applyConfirmed(result->events, result->lastSeq); !applied)
        return fail(ApiError{ApiError::Kind::Protocol, 0, {}, applied.error()});
    for (const Event &event : result->events)
        m_acked.remove(event.id);
    for (const QString &incident :
         m_store.incidentsMissingDeclaration(incidentsOf(result->events))) {
        if (!m_backfilled.contains(incident))
            m_backfill << incident;
    }
    // A short page means the feed has nothing more (for what the display says); a round
    // stops only on a page that moved nothing, as hidden events also fill a page.
    const bool drained = result->lastSeq <= after;
    m_caughtUp = m_backfill.isEmpty() && (drained || result->events.size() < m_options.pageSize);
    m_lastSyncedAt = m_serverClock.now();
    m_backoff.reset();
    if (m_lastError.startsWith(QStringLiteral("server")))
        setError({}); // the server is back: its "unreachable" no longer holds
    if (!result->events.isEmpty())
        emit received(int(result->events.size()));
    if (m_mode == Mode::Round && drained && m_backfill.isEmpty() && !hasUnsent())
        return finishRound(true);
    scheduleKick();
}

// Checks that the feed continues what the store holds. A different server (its seqs are
// other events) or one that lost events (restored from a backup) gets our copies pushed again.
bool SyncEngine::adoptServer(const PullResult &page, qint64 after)
{
    const QString known = m_store.metaValue(ServerIdKey);
    qint64 keepUpTo = -1;
    if (!page.serverId.isEmpty() && !known.isEmpty() && page.serverId != known)
        keepUpTo = 0;
    else if (page.lastSeq < after && page.events.isEmpty())
        keepUpTo = page.lastSeq;
    if (!page.serverId.isEmpty() && page.serverId != known)
        m_store.setMetaValue(ServerIdKey, page.serverId);
    if (keepUpTo < 0)
        return true;
    const auto requeued = m_store.requeueConfirmed(keepUpTo);
    if (requeued)
        qCWarning(lcSync) << "the server does not have" << *requeued
                          << "events this workstation had confirmed; pushing them again";
    else
        setError(requeued.error());
    m_acked.clear();
    return false;
}

void SyncEngine::backfillNext()
{
    const QString incident = m_backfill.takeFirst();
    m_backfilled.insert(incident);
    m_pulling = true;
    m_api.incidentLog(incident, [this](const std::expected<QList<Event>, ApiError> &log) {
        m_pulling = false;
        if (!log && (log.error().kind == ApiError::Kind::Network ||
                     log.error().kind == ApiError::Kind::Auth))
            return fail(log.error());
        if (log) // anything else (404: not visible after all) leaves the log as it is
            m_store.applyConfirmed(*log, m_store.cursor());
        scheduleKick();
    });
}

void SyncEngine::fail(const ApiError &error)
{
    qCInfo(lcSync).noquote() << error.describe();
    setError(error.describe());
    resetLanes();
    m_contacted = false; // the next pull answers at once, with a fresh clock sample
    if (error.kind == ApiError::Kind::Auth) {
        m_authFailed = true;
        updateState();
        if (m_mode == Mode::Round)
            finishRound(false);
        return;
    }
    m_offline = true;
    if (m_mode == Mode::Round)
        return finishRound(false);
    m_retryTimer.start(m_backoff.nextDelayMs());
    updateState();
}

void SyncEngine::finishRound(bool ok)
{
    m_mode = Mode::Stopped;
    resetLanes();
    updateState();
    emit roundFinished(ok);
}

void SyncEngine::noteClockSample(const Timing &timing, const QDateTime &serverTime)
{
    m_offset.addSample(timing.sent, timing.received, serverTime);
    const auto offset = m_offset.offsetMs();
    if (!offset || *offset == m_serverClock.offsetMs())
        return;
    m_serverClock.setOffsetMs(*offset);
    if (std::abs(*offset - storedClockOffsetMs(m_store)) >= OffsetWriteThresholdMs)
        m_store.setMetaValue(OffsetKey, QString::number(*offset));
}

void SyncEngine::setError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit statusChanged();
}

void SyncEngine::updateState()
{
    State state = State::Online;
    if (!config().isEnabled())
        state = State::Disabled;
    else if (m_authFailed)
        state = State::AuthFailed;
    else if (m_offline)
        state = State::Offline;
    else if (!m_contacted)
        state = State::Connecting;
    else if (m_pushing || !m_caughtUp || hasUnsent())
        state = State::Syncing;
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcSync) << "state" << stateName(state);
    emit stateChanged(state);
    emit statusChanged();
}

} // namespace cp::sync
