#pragma once

#include "event.h"
#include "incidentstate.h"
#include "incidentsummary.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <expected>
#include <functional>
#include <optional>

namespace cp {

// What one write to a local store changed, for those who keep a view of it up to date
// without reading it all again.
struct StoreChange
{
    enum class Kind {
        Appended,  // `events` went into the outbox, after what was there
        Confirmed, // `events` (with their seq) were recorded as confirmed; their copies left
                   // the outbox
        Rewritten, // the logs of `incidents` changed otherwise (moved, set aside, re-timed)
        OnDisk,    // another process wrote: what changed is read from the store
    };
    Kind kind = Kind::OnDisk;
    QStringList incidents; // whose logs changed; empty for OnDisk
    QList<Event> events;
    // Rewritten: the store's count of rewrites with this one. A view that knew the count
    // before it as one less missed none; otherwise another process rewrote too.
    qint64 rewrites = 0;
    // Confirmed: how many of `events` were new rows (a repeated delivery is not).
    qint64 inserted = 0;
};

// The workstation's own SQLite store: the confirmed log (events the server acknowledged,
// with their seq), the outbox (events made here and not acknowledged yet) and the sync
// cursor. WAL with synchronous=FULL: an event appended is on disk when append() returns.
class LocalStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 5;
    static inline const QString FileName = QStringLiteral("commandpost.db");

    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    // What open() checks of a store that exists: SQLite's quick_check reads every page (about
    // 0.1 s for 100,000 events); None leaves damage to be found by the reads that meet it.
    enum class Check { Quick, None };

    // What a failure of the store is, read from its message (SQLite's words, which every
    // message from here carries): the console says "the disk is full", not "sync failed".
    enum class Trouble { None, Busy, Full, ReadOnly, Damaged, Other };
    static Trouble troubleIn(const QString &error);

    // Opens (creating if needed) the store file in `dataDir` and migrates it to the current
    // schema. A new store is made under another name and renamed when complete, so a store
    // file of 0 bytes is damage and refused, as is a store that fails the check: nothing is
    // ever started over on top of a damaged file. `targetVersion` exists for migration tests.
    std::expected<void, QString> open(const QString &dataDir, int targetVersion = SchemaVersion,
                                      Check check = Check::Quick);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_path; }
    int schemaVersion() const;

    // Validates the events and puts them in the outbox in one transaction: all or nothing.
    // Each error names the event and field, or the event id that is stored already.
    std::expected<void, QStringList> append(const QList<Event> &events);
    std::expected<void, QStringList> append(const Event &event)
    {
        return append(QList<Event>{event});
    }

    QList<Event> confirmedEvents(const QString &incident = {}) const;
    QList<Event> pendingEvents(const QString &incident = {}) const;
    // The oldest `limit` events of the outbox, of every incident.
    QList<Event> oldestPending(int limit) const;
    // One incident's log in fold order: confirmed by seq, then pending in the order made.
    QList<Event> events(const QString &incident) const;
    QStringList incidentIds() const;
    int pendingCount() const;

    IncidentState incident(const QString &id) const;
    QMap<QString, IncidentState> incidents() const;
    // A summary of every incident with a log (declared or not), in no order: read from the
    // summaries kept in the store, and for an incident whose log changed since its summary
    // was made, from a fold of that one log (the summary made is kept for the next reader).
    // Costs a row per incident, not a fold of every log. Fails when the store cannot be read.
    std::expected<QList<IncidentSummary>, QString> summaries();

    // Records events the server confirmed and the new cursor in one transaction, and drops
    // their copies from the outbox.
    std::expected<void, QString> applyConfirmed(const QList<Event> &events, qint64 cursor);
    // Reads that decide what sync does next say when they fail rather than answer a default
    // (a cursor of 0 read while another process held the store would look like a new server).
    std::expected<qint64, QString> cursor() const;

    // Records the first offset ever measured between this machine's clock and the server's
    // (`key` in meta), once. What the outbox holds then was stamped on this machine's clock as
    // if it were right: when the offset is at least `shiftFromMs`, its times (when each event
    // happened, and the times in its data) are moved by it in the same transaction, so two
    // processes cannot both move them. Nothing has been sent yet at that point: a push waits
    // for the first answer, which measures the offset. Answers how many events moved.
    std::expected<int, QString> recordFirstClockOffset(const QString &key, qint64 offsetMs,
                                                       qint64 shiftFromMs);

    // Puts the confirmed events with seq > `after` back in the outbox, ahead of what is
    // pending there (the fold order stays the same), and moves the cursor back to `after`.
    // For a server that lost them (restored from a backup) or a different server (after 0):
    // they are pushed again, and ids make that idempotent. `serverId`, when given, is
    // recorded as the server's in the same transaction. Rows move as they are, damaged or not.
    std::expected<int, QString> requeueConfirmed(qint64 after, const QString &serverId = {});

    // The newest confirmed event at or below the cursor, id and seq, if any: what a server must
    // still have for this store's log to continue its feed.
    std::expected<std::optional<std::pair<QString, qint64>>, QString> lastConfirmed() const;

    // Moves an outbox event the server refused for good (invalid, id conflict) aside,
    // with the reason, so the rest can go out. Nothing typed is deleted.
    std::expected<void, QString> reject(const QString &id, const QString &reason);
    struct Rejected
    {
        Event event;
        QString reason;
        QDateTime rejectedAt;
    };
    QList<Rejected> rejectedEvents() const;
    // Puts every set-aside event back in the outbox under a new id (an id the server holds
    // with other content is never accepted again), keeping what was typed. Answers how many.
    std::expected<int, QString> resendRejected();

    // The incidents among `ids` whose confirmed log lacks its declaration (a restricted
    // incident whose early events the feed did not send this user).
    QStringList incidentsMissingDeclaration(const QStringList &ids) const;

    // Small settings kept with the data (the server's id, the clock offset).
    std::expected<QString, QString> metaValue(const QString &key) const; // empty when unset
    std::expected<void, QString> setMetaValue(const QString &key, const QString &value);

    // What a view that knew the store up to `afterSeq` needs to catch up with writes by other
    // processes, read in one snapshot: the confirmed events past it, how many confirmed
    // events there are, the outbox's ids in order and the count of rewrites (requeues,
    // re-timings), after which a view reads everything again.
    struct Catchup
    {
        QList<Event> confirmed;
        qint64 confirmedCount = 0;
        QList<std::pair<QString, QString>> outbox; // incident, event id
        qint64 rewrites = 0;
    };
    std::expected<Catchup, QString> catchup(qint64 afterSeq) const;
    // The count of rewrites (requeues, re-timings, events set aside or sent again), as
    // catchup() reads it.
    qint64 rewrites() const;
    // How many confirmed rows the store holds (readable or not), and the highest seq of them.
    qint64 confirmedRowCount() const;
    qint64 highestSeq() const;

    // Polls for commits by other processes every `intervalMs` and emits changed(OnDisk).
    void watchDisk(int intervalMs = 1000);

    // How long a read or write waits for another process's write to finish before it fails
    // (5 s). Tests shorten it.
    void setBusyTimeoutMs(int ms);

    // Recovers the damaged store in `dataDir`: moves it aside (with its WAL) under a name
    // ending in .damaged-TIME, makes a new store of every row that can still be read, with the
    // sync cursor at 0 so that the next sync brings back from the server what was lost.
    struct Recovery
    {
        QString setAside; // where the damaged file now is
        int confirmed = 0;
        int pending = 0;
        int rejected = 0;
        int unreadable = 0;   // rows read but not events
        QStringList problems; // where reading stopped
    };
    static std::expected<Recovery, QString> recover(const QString &dataDir);

    // The value of a PRAGMA on this store's connection, for diagnostics and tests.
    QString pragma(const QString &name) const;

    // SQLite's integrity check: an error names what it found.
    std::expected<void, QString> checkIntegrity() const;

    // True when another process (another CLI, a sync) committed since the last call.
    bool changedOnDisk();

    // The first read that failed since open (a damaged page, an unreadable row), with what
    // to do; empty while every read worked. A read that fails answers what it could read.
    QString readError() const { return m_readError; }

signals:
    // Emitted once, when a read first fails.
    void damaged(const QString &error);

    // Emitted after this object wrote, or when another process did (OnDisk).
    void changed(const cp::StoreChange &change);

private:
    struct Row
    {
        QVariantList values; // the key, then the columns read
    };
    struct RecoveredRows
    {
        QList<Row> confirmed, pending, rejected, meta;
    };
    static QList<Row> readAround(const QSqlDatabase &db, const QString &table, const QString &key,
                                 const QString &columns, QStringList &problems);
    QString copyRecovered(const RecoveredRows &rows, Recovery &recovery);

    std::expected<void, QString> openFile(const QString &path, int targetVersion);
    std::expected<void, QString> create(const QString &dataDir, int targetVersion);
    std::expected<void, QString> quickCheck() const;
    QString damageAdvice() const;
    void noteReadError(const QString &what) const;
    void noteIfStoppedEarly(const QSqlQuery &query, qsizetype rowsRead) const;
    std::expected<void, QString> configure();
    std::expected<void, QString> migrate(int targetVersion);
    QList<Event> readEvents(const QString &sql, const QString &incident) const;
    QStringList alreadyStored(const QList<Event> &events) const;

    // Runs `work` (answering an error text, empty on success) in one write transaction.
    std::expected<void, QString> writeTransaction(const std::function<QString()> &work);
    struct SummaryRefresh
    {
        QString incident;
        qint64 generation = -1;
        std::optional<IncidentSummary> summary; // none: the incident has no log left
    };
    SummaryRefresh summaryOf(const QString &incident) const;
    void storeSummaries(const QList<SummaryRefresh> &refreshes);
    QString unqueue(const Event &confirmed);
    // Counts one rewrite, in the write's transaction; `count` is the count with it.
    QString countRewrite(qint64 &count);
    void emitChanged(StoreChange::Kind kind, const QStringList &incidents,
                     const QList<Event> &events = {}, qint64 rewrites = 0);
    QString repointReferences(const QHash<QString, QString> &renamed);

    mutable QSqlDatabase m_db; // reads open transactions too
    QTimer m_diskWatch;
    QString m_connection;
    QString m_path;
    qint64 m_dataVersion = -1;
    int m_busyTimeoutMs = 5000;
    mutable QString m_readError;
};

} // namespace cp

Q_DECLARE_METATYPE(cp::StoreChange)
