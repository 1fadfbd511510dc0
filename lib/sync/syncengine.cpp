#include "syncengine.h"

#include "localstore.h"
#include "vocabulary.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcSync, "commandpost.sync", QtWarningMsg)

namespace cp::sync {
namespace {

const QString ServerIdKey = QStringLiteral("server_id");
// Events of the server's feed this client could not read, one a line.
const QString UnreadableKey = QStringLiteral("unreadable_events");
const QString OffsetKey = QStringLiteral("clock_offset_ms");
// Offsets closer than this to the stored one are not worth a write.
constexpr qint64 OffsetWriteThresholdMs = 100;
// A first offset smaller than this leaves what was made before it as it is: a store from
// before the first offset was recorded may hold sent events, and seconds do not matter.
constexpr qint64 ShiftFromMs = 2000;

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
                             engine->retryNow(false);
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
    return store.metaValue(OffsetKey).value_or(QString()).toLongLong();
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
    m_verified = false;
    m_isolate = false;
    m_batchSize = m_options.batchSize;
    m_acked.clear();
    m_backfill.clear();
    m_backfillAfter.clear();
    m_backfilled.clear();
    m_backoff.reset();
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
    m_verified = false;
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
    m_verified = false;
    updateState();
    scheduleKick();
}

void SyncEngine::retryNow(bool personAsked)
{
    if (!config().isEnabled() || m_mode == Mode::Stopped || (m_authFailed && !personAsked))
        return;
    qCInfo(lcSync) << "retrying now";
    m_retryTimer.stop();
    m_authFailed = false;
    m_backoff.reset();
    updateState();
    scheduleKick();
}

void SyncEngine::resendRejected()
{
    if (const auto resent = m_store.resendRejected(); !resent)
        setError(resent.error(), false);
    else if (m_lastError.contains(QStringLiteral("set aside")))
        setError({});
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
    // At most m_acked.size() of the rows read are acknowledged ones: that many more will do.
    for (const Event &event : m_store.oldestPending(limit + int(m_acked.size()))) {
        if (batch.size() >= limit)
            break;
        if (!m_acked.contains(event.id))
            batch.append(event);
    }
    return batch;
}

void SyncEngine::pushNext()
{
    if (!m_verified)
        return;
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
    for (qsizetype i = 0; i < batch.size(); ++i)
        m_acked.insert(batch.at(i).id, result->seqs.at(i));
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
    if (error.kind == ApiError::Kind::TooLarge && batch.size() > 1) {
        // Whoever said it (the server or a proxy in front), fewer events at once will do.
        m_batchSize = std::max<int>(1, int(batch.size()) / 2);
        return scheduleKick();
    }
    // Only the server's own verdict on the events sets one aside; a 400 from something in
    // between (a proxy, an older server) is retried like any failure.
    const bool verdict = error.code == u"invalid" || error.code == u"conflict" ||
                         error.code == u"batch_too_large" || error.code == u"payload_too_large";
    if (!verdict)
        return fail(error);
    if (batch.size() > 1) {
        m_isolate = true; // one at a time, to find the event at fault
        return scheduleKick();
    }
    const Event &event = batch.first();
    const QString reason = error.describe();
    qCWarning(lcSync).noquote() << "event" << event.id << "set aside:" << reason;
    if (const auto rejected = m_store.reject(event.id, reason); !rejected)
        return failLocally(rejected.error());
    m_isolate = false; // found it: the rest goes out in batches again
    setError(QStringLiteral("event %1 (%2) set aside: %3").arg(event.id, event.type, reason),
             false);
    scheduleKick();
}

void SyncEngine::pullNext()
{
    // A round pushes first (once the server is checked), so its pull brings this
    // workstation's own events back.
    if (m_verified && m_mode == Mode::Round && (m_pushing || hasUnsent()))
        return;
    if (!m_backfill.isEmpty())
        return backfillNext();
    const bool longPoll = m_mode == Mode::Live && m_contacted && m_verified;
    const int wait = longPoll ? m_options.longPollSeconds : 0;
    const auto cursor = m_store.cursor();
    if (!cursor)
        return failLocally(cursor.error());
    qint64 after = *cursor;
    if (!m_verified) {
        // Read from our newest confirmed event on, to see that the server still has it.
        const auto last = m_store.lastConfirmed();
        if (!last)
            return failLocally(last.error());
        if (*last)
            after = std::min(after, (*last)->second - 1);
    }
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
    if (!m_verified) {
        const auto continues = continuesOurLog(*result);
        if (!continues)
            return failLocally(continues.error());
        if (!*continues)
            return adoptServer(*result);
        if (const auto recorded = recordServerId(result->serverId); !recorded)
            return failLocally(recorded.error());
        m_verified = true;
    }
    if (const auto applied = m_store.applyConfirmed(result->events, result->lastSeq); !applied)
        return failLocally(applied.error());
    if (!m_storeError.isEmpty()) { // the store takes writes again
        m_storeError.clear();
        emit statusChanged();
    }
    for (const Event &event : result->events)
        m_acked.remove(event.id);
    if (!result->unreadable.isEmpty())
        noteUnreadable(result->unreadable);
    for (const QString &incident :
         m_store.incidentsMissingDeclaration(incidentsOf(result->events))) {
        if (!m_backfilled.contains(incident) && !m_backfill.contains(incident))
            m_backfill << incident;
    }
    // A page without `more` means the feed has nothing more (for what the display says); a
    // round stops only on a page that moved nothing, as hidden events also fill a page.
    const bool drained = result->lastSeq <= after;
    if (drained)
        forgetLostAcknowledgements(result->lastSeq);
    m_caughtUp = m_backfill.isEmpty() && (drained || !result->more);
    m_lastSyncedAt = m_serverClock.now();
    if (!hasUnsent()) // a failing push keeps its backoff growing
        m_backoff.reset();
    if (m_transientError)
        setError({}); // the server answers again: "unreachable" no longer holds
    if (!result->events.isEmpty())
        emit received(int(result->events.size()));
    if (m_mode == Mode::Round && drained && m_backfill.isEmpty() && !hasUnsent())
        return finishRound(true);
    scheduleKick();
}

// An event the server acknowledged comes back in its feed. If the feed has passed its seq
// without it (the server lost the write), it is sent again.
void SyncEngine::forgetLostAcknowledgements(qint64 coveredUpTo)
{
    for (auto it = m_acked.begin(); it != m_acked.end();) {
        if (it.value() <= coveredUpTo) {
            qCWarning(lcSync) << "event" << it.key() << "was acknowledged but not in the feed;"
                              << "sending it again";
            it = m_acked.erase(it);
        } else {
            ++it;
        }
    }
}

// The first page of a session starts at our newest confirmed event: the same server still
// has it at the same seq, or its log is not the one ours continues. An event this user may
// no longer see proves nothing either way.
// A store that cannot be read answers its error: never a verdict on the server.
std::expected<bool, QString> SyncEngine::continuesOurLog(const PullResult &page) const
{
    const auto known = m_store.metaValue(ServerIdKey);
    if (!known)
        return std::unexpected(known.error());
    if (!page.serverId.isEmpty() && !known->isEmpty() && page.serverId != *known)
        return false;
    const auto stored = m_store.lastConfirmed();
    if (!stored)
        return std::unexpected(stored.error());
    const auto &last = *stored;
    if (!last)
        return true;
    if (page.lastSeq < last->second)
        return false; // the server's log ends before our event: restored from a backup
    if (!page.events.isEmpty() && page.events.first().seq == last->second)
        return page.events.first().id == last->first;
    return true;
}

// A different server (its seqs number other events) or the same one restored from an older
// backup: everything this store had confirmed goes back in the outbox, ahead of what is
// pending, and is offered to the server again (ids make that idempotent); the feed is then
// read from the start.
void SyncEngine::adoptServer(const PullResult &page)
{
    const auto requeued = m_store.requeueConfirmed(0, page.serverId);
    if (!requeued)
        return failLocally(requeued.error());
    qCWarning(lcSync) << "the server's log does not continue this workstation's; offering it"
                      << *requeued << "confirmed events again";
    m_acked.clear();
    scheduleKick();
}

// An incident whose early events the feed did not send this user is read whole, page by
// page; it leaves the queue once its last page is in.
void SyncEngine::backfillNext()
{
    const QString incident = m_backfill.first();
    const qint64 after = m_backfillAfter.value(incident, 0);
    m_pulling = true;
    m_api.incidentLog(incident, after, [this, incident](const auto &log) {
        m_pulling = false;
        if (!log && log.error().status != 404)
            return fail(log.error()); // stays queued: tried again after the wait
        if (log) {
            // The cursor stays where it is: applyConfirmed never moves it back.
            if (const auto applied = m_store.applyConfirmed(log->events, 0); !applied)
                return failLocally(applied.error());
            if (log->more && !log->events.isEmpty()) {
                m_backfillAfter.insert(incident, log->events.last().seq);
                return scheduleKick();
            }
        }
        m_backfill.removeAll(incident);
        m_backfillAfter.remove(incident);
        m_backfilled.insert(incident);
        scheduleKick();
    });
}

void SyncEngine::fail(const ApiError &error)
{
    qCInfo(lcSync).noquote() << error.describe();
    setError(error.describe(), error.kind != ApiError::Kind::Auth);
    resetLanes();
    m_contacted = false; // the next pull answers at once, with a fresh clock sample
    m_verified = false;  // and checks the server again: it may have been restored
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

// The local store refused a read or a write (another process kept it busy past the busy
// timeout, a full disk): the server is not at fault and nothing about it is concluded. What
// was in flight is tried again after the wait.
void SyncEngine::failLocally(const QString &error)
{
    qCWarning(lcSync).noquote() << "local store:" << error;
    m_storeError = error;
    setError(QStringLiteral("local store: %1").arg(error), true);
    resetLanes();
    if (m_mode == Mode::Round)
        return finishRound(false);
    m_retryTimer.start(m_backoff.nextDelayMs());
    updateState();
}

std::expected<void, QString> SyncEngine::recordServerId(const QString &serverId)
{
    if (serverId.isEmpty())
        return {};
    const auto known = m_store.metaValue(ServerIdKey);
    if (!known)
        return std::unexpected(known.error());
    return *known == serverId ? std::expected<void, QString>{}
                              : m_store.setMetaValue(ServerIdKey, serverId);
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
    // The first offset ever measured is recorded at once, and what was made here before it
    // (stamped on this machine's clock) is moved onto the server's before any of it is sent.
    if (const auto stored = m_store.metaValue(OffsetKey); stored && stored->isEmpty()) {
        const auto shifted = m_store.recordFirstClockOffset(OffsetKey, *offset, ShiftFromMs);
        if (!shifted) {
            qCWarning(lcSync).noquote() << "local store:" << shifted.error();
            return; // the next sample tries again
        }
        if (*shifted > 0)
            qCInfo(lcSync) << "moved" << *shifted << "events made before the clock offset"
                           << *offset << "ms was known onto the server's clock";
    }
    m_serverClock.setOffsetMs(*offset);
    if (std::abs(*offset - storedClockOffsetMs(m_store)) >= OffsetWriteThresholdMs)
        m_store.setMetaValue(OffsetKey, QString::number(*offset));
}

// Events of the server's feed this client could not read were skipped so that sync goes on;
// they are kept in the store's notes and said until the next start.
void SyncEngine::noteUnreadable(const QStringList &events)
{
    qCWarning(lcSync) << "skipped events the server sent that this client cannot read:"
                      << events.join(QStringLiteral(", "));
    if (const auto before = m_store.metaValue(UnreadableKey)) // never written over unread
        m_store.setMetaValue(UnreadableKey, (before->isEmpty() ? QString() : *before + u'\n') +
                                                events.join(u'\n'));
    setError(QStringLiteral("skipped %1 event(s) from the server that cannot be read (%2); the "
                            "server's check names them")
                 .arg(events.size())
                 .arg(events.join(QStringLiteral(", "))),
             false);
}

void SyncEngine::setError(const QString &error, bool transient)
{
    m_transientError = !error.isEmpty() && transient;
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
