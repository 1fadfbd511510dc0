#pragma once

#include "backoff.h"
#include "clock.h"
#include "clockoffset.h"
#include "syncapi.h"
#include "syncconfig.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

namespace cp {
class LocalStore;
}

namespace cp::sync {

// Keeps a workstation's local store in step with the server (PROTOCOL.md §2):
// - pushes the outbox in batches; an event leaves the outbox only when the server's feed
//   brings it back confirmed, so a lost answer or a crash means a retry, which the event id
//   makes harmless;
// - pulls the feed from the store's cursor (long-poll when live) and records each page with
//   the new cursor in one transaction; pending events fold after the confirmed ones;
// - backs off with jitter when the server is unreachable, retries at once when the network
//   comes back or a person asks, and stops on 401/403 until the configuration changes;
// - estimates the server's clock offset so countdowns agree across workstations.
// Everything runs on the caller's thread, driven by its event loop.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Disabled, Connecting, Syncing, Online, Offline, AuthFailed };
    Q_ENUM(State)

    struct Options
    {
        int batchSize = 200;
        int pageSize = 500;
        int longPollSeconds = 25;
        int backoffBaseMs = 500;
        int backoffCapMs = 30000;
        Backoff::Random random; // jitter source; empty: a real random generator
    };

    SyncEngine(LocalStore &store, const Clock &clock, Options options, QObject *parent = nullptr);
    explicit SyncEngine(LocalStore &store, QObject *parent = nullptr);

    // Points the engine at a server (or none). What runs restarts; local data is kept.
    void setConfig(const SyncConfig &config);
    const SyncConfig &config() const { return m_api.config(); }

    void start();    // stay live: push on every local change, long-poll the feed
    void stop();     // drop requests under way; the outbox keeps everything
    void syncOnce(); // one round: push all, then pull until caught up; then roundFinished
    // Skips the backoff wait (the network came back). A person asking also retries after a
    // refused token (the role may have been changed on the server).
    void retryNow(bool personAsked = false);

    // Puts the events the server refused back in the outbox under new ids; the error, if any,
    // shows as lastError.
    void resendRejected();

    State state() const { return m_state; }
    static QString stateName(State state);
    bool isRunning() const { return m_mode != Mode::Stopped; }
    int pendingCount() const;
    int rejectedCount() const;
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    QString lastError() const { return m_lastError; }
    // The local store's failure that stopped the last round (busy, full, read-only), in its
    // words; empty once it took the server's events again. Not the server's fault.
    QString storeError() const { return m_storeError; }
    std::optional<qint64> clockOffsetMs() const { return m_offset.offsetMs(); }

    // This workstation's clock corrected to the server's (the last known offset, kept in the
    // store between runs): new events and countdowns read it.
    const OffsetClock &serverClock() const { return m_serverClock; }
    static qint64 storedClockOffsetMs(const LocalStore &store);

signals:
    void stateChanged(cp::sync::SyncEngine::State state);
    void statusChanged(); // state, pending count, last synced at or last error changed
    void received(int events);
    void roundFinished(bool ok);

private:
    enum class Mode { Stopped, Round, Live };

    void scheduleKick();
    void kick();
    void pushNext();
    void pullNext();
    void backfillNext();
    void onPushed(const QList<Event> &batch, const std::expected<PushResult, ApiError> &result);
    void onPulled(qint64 after, int wait, const std::expected<PullResult, ApiError> &result);
    std::expected<bool, QString> continuesOurLog(const PullResult &page) const;
    void adoptServer(const PullResult &page);
    void forgetLostAcknowledgements(qint64 coveredUpTo);
    void onPushRefused(const QList<Event> &batch, const ApiError &error);
    void fail(const ApiError &error);
    void failLocally(const QString &error);
    std::expected<void, QString> recordServerId(const QString &serverId);
    void finishRound(bool ok);
    void noteClockSample(const Timing &timing, const QDateTime &serverTime);
    // A transient error (no answer) clears itself on the next success; others stay shown.
    void setError(const QString &error, bool transient = true);
    void noteUnreadable(const QStringList &events);
    void updateState();
    QList<Event> unsent(int limit) const;
    bool hasUnsent() const { return !unsent(1).isEmpty(); }
    void resetLanes();

    LocalStore &m_store;
    const Clock &m_clock;
    Options m_options;
    SyncApi m_api;
    Backoff m_backoff;
    ClockOffset m_offset;
    OffsetClock m_serverClock;

    Mode m_mode = Mode::Stopped;
    State m_state = State::Disabled;
    bool m_pushing = false;
    bool m_pulling = false;
    bool m_contacted = false; // a request succeeded since the last start or failure
    bool m_caughtUp = false;
    bool m_authFailed = false;
    bool m_offline = false; // the last request got no answer; retrying after a wait
    bool m_isolate = false; // a batch was refused: send one event at a time to find which
    // The first pull of a session checks that the server still has the newest event this
    // store confirmed (and is the same server); nothing is pushed before.
    bool m_verified = false;
    bool m_transientError = false;
    int m_batchSize;
    QHash<QString, qint64> m_acked; // pushed and acknowledged (id → seq), not yet back
    QStringList m_backfill;
    QHash<QString, qint64> m_backfillAfter; // where the next page of a backfill starts
    QSet<QString> m_backfilled;
    QTimer m_kickTimer;
    QTimer m_retryTimer;
    QDateTime m_lastSyncedAt;
    QString m_lastError;
    QString m_storeError;
};

} // namespace cp::sync
