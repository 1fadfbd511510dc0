#include "localstore.h"

#include "eventcodec.h"
#include "reducer.h"
#include "timeformat.h"
#include "validation.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStore, "commandpost.store", QtWarningMsg)

namespace cp {
namespace {

// The triggers that keep the summaries honest: any row of an incident's log inserted, changed
// or deleted, by whatever path (append, sync, requeue, recovery), counts a new generation of
// its summary and makes it stale (`makeStale`) in the same transaction. A summary that is not
// stale is then always that of the log as it stands; a stale one is made again by the next
// reader (summaries()), who writes it back only if no change came between.
QStringList summaryTriggers(const QString &makeStale)
{
    const QString stale = QStringLiteral("UPDATE summaries SET generation = generation + 1, %1 "
                                         "WHERE incident IN (%2);")
                              .arg(makeStale);
    const QString known = QStringLiteral("INSERT OR IGNORE INTO summaries (incident) VALUES "
                                         "(NEW.incident);");
    QStringList steps;
    for (const QString &table : {QStringLiteral("events"), QStringLiteral("outbox")}) {
        const QString trigger = QStringLiteral("CREATE TRIGGER %1_%2_summary AFTER %2 ON %1 "
                                               "BEGIN %3 END");
        steps << trigger.arg(table, QStringLiteral("INSERT"),
                             known + stale.arg(QStringLiteral("NEW.incident")))
              << trigger.arg(table, QStringLiteral("UPDATE"),
                             known + stale.arg(QStringLiteral("OLD.incident, NEW.incident")))
              << trigger.arg(table, QStringLiteral("DELETE"),
                             stale.arg(QStringLiteral("OLD.incident")));
    }
    return steps;
}

// Schema 4: the summaries table, the summary as a JSON body (NULL when stale).
QStringList summaryMigration()
{
    QStringList steps = {
        QStringLiteral("CREATE TABLE summaries (incident TEXT PRIMARY KEY, "
                       "generation INTEGER NOT NULL DEFAULT 0, format INTEGER NOT NULL DEFAULT 0, "
                       "body TEXT)"),
        QStringLiteral("INSERT INTO summaries (incident) SELECT incident FROM events UNION "
                       "SELECT incident FROM outbox")};
    return steps + summaryTriggers(QStringLiteral("body = NULL"));
}

// Schema 5: the summary in columns of its own, so that a list reads typed values and parses
// nothing. A summary is fresh while its format is the current one; any write to its log
// makes it stale (format 0) and moves its generation on. A cache, so made again from the logs.
QStringList summaryColumnsMigration()
{
    QStringList steps;
    for (const char *table : {"events", "outbox"}) {
        for (const char *change : {"INSERT", "UPDATE", "DELETE"})
            steps << QStringLiteral("DROP TRIGGER %1_%2_summary")
                         .arg(QLatin1String(table), QLatin1String(change));
    }
    steps << QStringLiteral("DROP TABLE summaries")
          << QStringLiteral(
                 "CREATE TABLE summaries (incident TEXT PRIMARY KEY, "
                 "generation INTEGER NOT NULL DEFAULT 0, format INTEGER NOT NULL DEFAULT 0, "
                 "declared INTEGER, title TEXT, severity TEXT, status TEXT, commander TEXT, "
                 "declared_at INTEGER, restricted INTEGER, event_count INTEGER, last_seq INTEGER, "
                 "last_event_at INTEGER, next_update_due INTEGER, first_task_deadline INTEGER, "
                 "unacknowledged_since INTEGER)")
          << QStringLiteral("INSERT INTO summaries (incident) SELECT incident FROM events UNION "
                            "SELECT incident FROM outbox");
    return steps + summaryTriggers(QStringLiteral("format = 0"));
}

// Each entry takes the schema from the version before it to its own number (index + 1).
// Append only: a released migration never changes.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the log, the outbox and settings.
        {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                        "incident TEXT NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE outbox (position INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "id TEXT NOT NULL UNIQUE, incident TEXT NOT NULL, type TEXT NOT NULL, "
                        "body TEXT NOT NULL, created_at TEXT NOT NULL)")},
        // 2: per-incident reads, and the sync cursor.
        {QStringLiteral("CREATE INDEX events_by_incident ON events (incident, seq)"),
         QStringLiteral("CREATE INDEX outbox_by_incident ON outbox (incident, position)"),
         QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('cursor', '0')")},
        // 3: events the server refused for good, kept with the reason.
        {QStringLiteral("CREATE TABLE rejected (id TEXT PRIMARY KEY, incident TEXT NOT NULL, "
                        "type TEXT NOT NULL, body TEXT NOT NULL, reason TEXT NOT NULL, "
                        "rejected_at TEXT NOT NULL)")},
        // 4: a summary of each incident for the lists, made stale by any change to its log.
        summaryMigration(),
        // 5: the summary's fields in columns.
        summaryColumnsMigration(),
    };
    return steps;
}

// SQLite's own words ("database is locked"); Qt's ("Unable to fetch row") add nothing.
QString describe(const QSqlError &error)
{
    const QString sqlite = error.databaseText().trimmed();
    return sqlite.isEmpty() ? error.text().trimmed() : sqlite;
}

// SQLite's words for a store that is busy, full or read-only, followed by what happened and
// what to do: the person reading it is not left to guess at a database's terms.
QString explainTrouble(const QString &error, int busyTimeoutMs)
{
    switch (LocalStore::troubleIn(error)) {
    case LocalStore::Trouble::Busy:
        return error + QStringLiteral(" (another program kept the store busy for more than %1 s; "
                                      "nothing was changed, try again)")
                           .arg(busyTimeoutMs / 1000.0);
    case LocalStore::Trouble::Full:
        return error + QStringLiteral(" (the disk holding the local store has no room left: "
                                      "nothing was changed; free some space and try again)");
    case LocalStore::Trouble::ReadOnly:
        return error + QStringLiteral(" (the local store cannot be written: check that its "
                                      "folder and file are writable by you; nothing was changed)");
    default:
        return error;
    }
}

// SQLite's words for a file that is not (or no longer) a whole database.
bool isDamage(const QString &error)
{
    return error.contains(QStringLiteral("malformed")) ||
           error.contains(QStringLiteral("not a database")) ||
           error.contains(QStringLiteral("corrupt"));
}

// A rename is durable once the folder holding it is on disk.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Runs a statement, returning its error text (empty on success).
QString exec(QSqlQuery &query)
{
    return query.exec() ? QString() : describe(query.lastError());
}

QString exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? QString() : describe(query.lastError());
}

// The row's body is read as the bytes stored (CAST(body AS BLOB)): as TEXT, Qt would hand it
// over in UTF-16, to be turned back into UTF-8 for the parser.
std::optional<Event> eventFromRow(const QSqlQuery &query)
{
    return readStoredEvent(query.value(0).toByteArray(), query.value(1).toLongLong());
}

// The words neighbouring events of a read repeat (their incident, type and actor) held once:
// a long incident's log in memory then costs what its events say, not a copy of these each.
// Comparing with the event before is cheap; runs of one type or actor are the common case.
class SharedWords
{
public:
    void share(Event &event)
    {
        share(event.incident, m_incident);
        share(event.type, m_type);
        share(event.actor, m_actor);
    }

private:
    static void share(QString &word, QString &previous)
    {
        if (word == previous)
            word = previous;
        else
            previous = word;
    }
    QString m_incident, m_type, m_actor;
};

QStringList incidentsOf(const QList<Event> &events)
{
    QStringList incidents;
    for (const Event &event : events) {
        if (!incidents.contains(event.incident))
            incidents << event.incident;
    }
    return incidents;
}

// A summary's columns after `incident` and `format`, in the order of the two functions below.
const QString SummaryColumns = QStringLiteral(
    "declared, title, severity, status, commander, declared_at, restricted, event_count, "
    "last_seq, last_event_at, next_update_due, first_task_deadline, unacknowledged_since");

QVariant timeColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QVariantList summaryColumns(const IncidentSummary &s)
{
    return {s.declared,
            s.title,
            s.severity,
            s.status,
            s.commander,
            timeColumn(s.declaredAt),
            s.restricted,
            s.eventCount,
            s.lastSeq,
            timeColumn(s.lastEventAt),
            timeColumn(s.nextUpdateDue),
            timeColumn(s.firstTaskDeadline),
            timeColumn(s.unacknowledgedSince)};
}

// The summary in the query's row from column `first` on, as summaryColumns() wrote it;
// nullopt when a number or a time is not one (the row was changed by hand, or is damaged).
std::optional<IncidentSummary> summaryFromColumns(const QString &incident, const QSqlQuery &row,
                                                  int first)
{
    bool readable = true;
    const auto number = [&](int column) {
        const QVariant value = row.value(first + column);
        readable = readable && value.typeId() == QMetaType::LongLong;
        return value.toLongLong();
    };
    const auto time = [&](int column) {
        if (row.isNull(first + column))
            return QDateTime();
        return QDateTime::fromMSecsSinceEpoch(number(column), Qt::UTC);
    };
    IncidentSummary summary{.id = incident,
                            .declared = number(0) != 0,
                            .title = row.value(first + 1).toString(),
                            .severity = row.value(first + 2).toString(),
                            .status = row.value(first + 3).toString(),
                            .commander = row.value(first + 4).toString(),
                            .declaredAt = time(5),
                            .restricted = number(6) != 0,
                            .eventCount = int(number(7)),
                            .lastSeq = number(8),
                            .lastEventAt = time(9),
                            .nextUpdateDue = time(10),
                            .firstTaskDeadline = time(11),
                            .unacknowledgedSince = time(12)};
    return readable ? std::optional(std::move(summary)) : std::nullopt;
}

} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("commandpost-local-") +
                   QUuid::createUuid().toString(QUuid::Id128))
{
    connect(&m_diskWatch, &QTimer::timeout, this, [this] {
        if (isOpen() && changedOnDisk())
            emit changed(StoreChange{});
    });
}

LocalStore::~LocalStore()
{
    close();
}

std::expected<void, QString> LocalStore::open(const QString &dataDir, int targetVersion,
                                              Check check)
{
    close();
    m_readError.clear();
    if (!QDir().mkpath(dataDir))
        return std::unexpected(QStringLiteral("cannot create the data folder %1").arg(dataDir));
    m_path = QDir(dataDir).absoluteFilePath(FileName);
    const QFileInfo file(m_path);
    const bool existed = file.exists();
    if (existed && file.size() == 0)
        return std::unexpected(
            QStringLiteral("the store %1 is empty (0 bytes): it was cut short (a full disk, a "
                           "copy that stopped). %2")
                .arg(m_path, damageAdvice()));
    if (!existed) {
        if (auto created = create(dataDir, targetVersion); !created)
            return created;
    }
    auto ready = openFile(m_path, targetVersion);
    if (ready && existed && check == Check::Quick)
        ready = quickCheck();
    if (!ready) {
        close();
        return ready;
    }
    changedOnDisk(); // take the current data version as the baseline
    qCDebug(lcStore) << "opened" << m_path << "schema" << schemaVersion();
    return {};
}

std::expected<void, QString> LocalStore::openFile(const QString &path, int targetVersion)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return std::unexpected(
            QStringLiteral("cannot open the store %1: %2").arg(path, describe(m_db.lastError())));
    auto ready = configure();
    if (ready)
        ready = migrate(targetVersion);
    if (!ready && isDamage(ready.error()))
        return std::unexpected(QStringLiteral("%1. %2").arg(ready.error(), damageAdvice()));
    return ready;
}

// A new store is made complete under a name of its own and then renamed into place: a crash
// while making it leaves no half-made store file behind, so one of 0 bytes is damage.
std::expected<void, QString> LocalStore::create(const QString &dataDir, int targetVersion)
{
    const QString finalPath = m_path;
    const QString making =
        finalPath + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128);
    auto made = openFile(making, targetVersion);
    close(); // the last connection folds the WAL into the file and removes it
    if (!made) {
        QFile::remove(making);
        return std::unexpected(made.error());
    }
    if (!QFile::rename(making, finalPath)) {
        QFile::remove(making);
        if (!QFileInfo::exists(finalPath)) // else another process made it first: use theirs
            return std::unexpected(QStringLiteral("cannot create the store %1").arg(finalPath));
    }
    syncFolder(dataDir);
    m_path = finalPath;
    return {};
}

LocalStore::Trouble LocalStore::troubleIn(const QString &error)
{
    if (error.isEmpty())
        return Trouble::None;
    if (error.contains(QStringLiteral("database is locked")) ||
        error.contains(QStringLiteral("database table is locked")))
        return Trouble::Busy;
    if (error.contains(QStringLiteral("database or disk is full")))
        return Trouble::Full;
    if (error.contains(QStringLiteral("readonly database")))
        return Trouble::ReadOnly;
    if (isDamage(error))
        return Trouble::Damaged;
    return Trouble::Other;
}

std::expected<void, QString> LocalStore::quickCheck() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(5)")))
        return std::unexpected(QStringLiteral("the store %1 is damaged (%2). %3")
                                   .arg(m_path, describe(query.lastError()), damageAdvice()));
    QStringList findings;
    while (query.next())
        findings << query.value(0)
                        .toString()
                        .remove(QStringLiteral("*** in database main ***"))
                        .simplified();
    if (findings == QStringList{QStringLiteral("ok")})
        return {};
    return std::unexpected(QStringLiteral("the store %1 is damaged (%2). %3")
                               .arg(m_path, findings.join(QStringLiteral("; ")), damageAdvice()));
}

QString LocalStore::damageAdvice() const
{
    return QStringLiteral(
               "Nothing was changed. What the server confirmed is safe there; what was not "
               "sent yet may be only in this file, so keep it: close the console and any sync "
               "on this folder, then `commandpost-cli --data %1 recover` moves it aside, keeps "
               "every event it can still read, and the next sync brings back the rest")
        .arg(QFileInfo(m_path).absolutePath());
}

// A query that failed, or whose rows stopped before their end: next() answers false at the
// end and on an error alike, and a damaged page ends the rows early.
void LocalStore::noteIfStoppedEarly(const QSqlQuery &query, qsizetype rowsRead) const
{
    if (!query.lastError().isValid())
        return;
    if (describe(query.lastError()).contains(QStringLiteral("database is locked"))) {
        qCWarning(lcStore).noquote()
            << "a read waited too long for another process:" << describe(query.lastError());
        return; // not damage: the next read will do
    }
    noteReadError(QStringLiteral("cannot read the store %1: reading stopped after %2 rows (%3)")
                      .arg(m_path)
                      .arg(rowsRead)
                      .arg(explainTrouble(describe(query.lastError()), m_busyTimeoutMs)));
}

void LocalStore::noteReadError(const QString &what) const
{
    qCWarning(lcStore).noquote() << what;
    if (!m_readError.isEmpty())
        return;
    m_readError = QStringLiteral("%1. %2").arg(what, damageAdvice());
    emit const_cast<LocalStore *>(this)->damaged(m_readError);
}

void LocalStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool LocalStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

std::expected<void, QString> LocalStore::configure()
{
    // WAL lets a reader (the console) and a writer (a CLI, the sync) work at once; FULL makes
    // every commit durable before it returns. busy_timeout rides out another writer's commit.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
          QStringLiteral("PRAGMA busy_timeout=%1").arg(m_busyTimeoutMs),
          QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (const QString error = exec(m_db, pragma); !error.isEmpty())
            return std::unexpected(
                QStringLiteral("cannot configure the store %1: %2").arg(m_path, error));
    }
    return {};
}

int LocalStore::schemaVersion() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

std::expected<void, QString> LocalStore::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return std::unexpected(QStringLiteral("cannot read the schema version of %1").arg(m_path));
    targetVersion = std::min(targetVersion, SchemaVersion);
    if (current > SchemaVersion)
        return std::unexpected(QStringLiteral("the store %1 has schema version %2, newer than this "
                                              "program's %3: use a newer Command Post")
                                   .arg(m_path)
                                   .arg(current)
                                   .arg(SchemaVersion));
    for (int version = current + 1; version <= targetVersion; ++version) {
        const auto migrated = writeTransaction([&] {
            for (const QString &sql : migrations().at(version - 1)) {
                if (QString error = exec(m_db, sql); !error.isEmpty())
                    return error;
            }
            return exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!migrated)
            return std::unexpected(QStringLiteral("cannot migrate the store %1 to version %2: %3")
                                       .arg(m_path)
                                       .arg(version)
                                       .arg(migrated.error()));
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << version;
    }
    return {};
}

QStringList LocalStore::alreadyStored(const QList<Event> &events) const
{
    QStringList problems;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM events WHERE id = :id UNION ALL "
                                 "SELECT 1 FROM outbox WHERE id = :id"));
    for (qsizetype i = 0; i < events.size(); ++i) {
        query.bindValue(QStringLiteral(":id"), events[i].id);
        if (!query.exec())
            problems
                << QStringLiteral("store: cannot look up ids: %1").arg(describe(query.lastError()));
        else if (query.next())
            problems << QStringLiteral("events[%1].id: event %2 is stored already")
                            .arg(i)
                            .arg(events[i].id);
    }
    return problems;
}

std::expected<void, QStringList> LocalStore::append(const QList<Event> &events)
{
    if (!isOpen())
        return std::unexpected(QStringList{QStringLiteral("the store is not open")});
    QStringList errors = validate(events);
    QSet<QString> seen;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (seen.contains(events[i].id))
            errors << QStringLiteral("events[%1].id: appears twice in the batch").arg(i);
        seen.insert(events[i].id);
    }
    if (!errors.isEmpty())
        return std::unexpected(errors);

    // Inside the transaction, so no other writer can slip the same id in between.
    QStringList refused;
    const auto written = writeTransaction([&]() -> QString {
        if (refused = alreadyStored(events); !refused.isEmpty())
            return refused.join(u'\n');
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO outbox (id, incident, type, body, created_at) "
                                      "VALUES (?, ?, ?, ?, ?)"));
        const QString now = formatTime(QDateTime::currentDateTimeUtc());
        for (const Event &event : events) {
            insert.addBindValue(event.id);
            insert.addBindValue(event.incident);
            insert.addBindValue(event.type);
            insert.addBindValue(QString::fromUtf8(toCompactJson(event)));
            insert.addBindValue(now);
            if (const QString error = exec(insert); !error.isEmpty())
                return QStringLiteral("cannot write event %1: %2").arg(event.id, error);
        }
        return {};
    });
    if (!written)
        return std::unexpected(refused.isEmpty() ? QStringList{written.error()} : refused);
    emitChanged(StoreChange::Kind::Appended, incidentsOf(events), events);
    return {};
}

QList<Event> LocalStore::readEvents(const QString &sql, const QString &incident) const
{
    QList<Event> events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!incident.isEmpty())
        query.addBindValue(incident);
    query.exec();
    SharedWords words;
    while (query.next()) {
        if (auto event = eventFromRow(query)) {
            words.share(*event);
            events.append(std::move(*event));
        } else {
            noteReadError(QStringLiteral("the store %1 holds an event that cannot be read (%2)")
                              .arg(m_path, query.value(0).toString().left(80)));
        }
    }
    noteIfStoppedEarly(query, events.size());
    events.squeeze(); // a long log is held while its incident is open: no room to spare
    return events;
}

QList<Event> LocalStore::confirmedEvents(const QString &incident) const
{
    return readEvents(
        incident.isEmpty()
            ? QStringLiteral("SELECT CAST(body AS BLOB), seq FROM events ORDER BY seq")
            : QStringLiteral(
                  "SELECT CAST(body AS BLOB), seq FROM events WHERE incident = ? ORDER BY seq"),
        incident);
}

QList<Event> LocalStore::pendingEvents(const QString &incident) const
{
    return readEvents(
        incident.isEmpty()
            ? QStringLiteral("SELECT CAST(body AS BLOB), 0 FROM outbox ORDER BY position")
            : QStringLiteral(
                  "SELECT CAST(body AS BLOB), 0 FROM outbox WHERE incident = ? ORDER BY position"),
        incident);
}

QList<Event> LocalStore::oldestPending(int limit) const
{
    QList<Event> events;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT body FROM outbox ORDER BY position"));
    // Rows are stepped only as far as needed; an unreadable one does not count.
    while (events.size() < limit && query.next()) {
        if (auto event = readStoredEvent(query.value(0).toByteArray(), 0))
            events.append(std::move(*event));
    }
    noteIfStoppedEarly(query, events.size());
    events.squeeze(); // a long log is held while its incident is open: no room to spare
    return events;
}

QList<Event> LocalStore::events(const QString &incident) const
{
    // One read transaction: a sync moving an event from the outbox to the log between the
    // two reads would otherwise hide it from both.
    m_db.transaction();
    QList<Event> log = confirmedEvents(incident) + pendingEvents(incident);
    m_db.commit();
    return log;
}

QStringList LocalStore::incidentIds() const
{
    QStringList ids;
    QSqlQuery query(m_db);
    // One probe of each incident's log (by the incident index, the declaration comes first),
    // not a scan of every event.
    query.exec(QStringLiteral(
        "SELECT incident FROM summaries s WHERE EXISTS (SELECT 1 FROM events e WHERE "
        "e.incident = s.incident AND e.type = 'incident.declared') OR EXISTS (SELECT 1 FROM "
        "outbox o WHERE o.incident = s.incident AND o.type = 'incident.declared') ORDER BY 1"));
    while (query.next())
        ids << query.value(0).toString();
    noteIfStoppedEarly(query, ids.size());
    return ids;
}

int LocalStore::pendingCount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM outbox")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

IncidentState LocalStore::incident(const QString &id) const
{
    return Reducer::fold(events(id));
}

std::expected<QList<IncidentSummary>, QString> LocalStore::summaries()
{
    QList<IncidentSummary> summaries;
    QStringList stale;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT incident, format, %1 FROM summaries").arg(SummaryColumns)))
        return std::unexpected(QStringLiteral("cannot read the incidents of %1: %2")
                                   .arg(m_path, describe(query.lastError())));
    while (query.next()) {
        const QString incident = query.value(0).toString();
        std::optional<IncidentSummary> summary;
        if (query.value(1).toInt() == IncidentSummary::Format)
            summary = summaryFromColumns(incident, query, 2);
        if (summary)
            summaries.append(std::move(*summary));
        else
            stale.append(incident);
    }
    if (query.lastError().isValid())
        return std::unexpected(QStringLiteral("cannot read the incidents of %1: %2")
                                   .arg(m_path, describe(query.lastError())));
    query.finish();
    QList<SummaryRefresh> refreshes;
    for (const QString &incident : stale) {
        SummaryRefresh refresh = summaryOf(incident);
        if (refresh.summary)
            summaries.append(*refresh.summary);
        refreshes.append(std::move(refresh));
    }
    storeSummaries(refreshes);
    return summaries;
}

// The incident's summary from its log, and the generation it is of: both read in one snapshot.
LocalStore::SummaryRefresh LocalStore::summaryOf(const QString &incident) const
{
    SummaryRefresh refresh{incident, -1, std::nullopt};
    m_db.transaction();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT generation FROM summaries WHERE incident = ?"));
    query.addBindValue(incident);
    if (query.exec() && query.next())
        refresh.generation = query.value(0).toLongLong();
    query.finish();
    const QList<Event> log = confirmedEvents(incident) + pendingEvents(incident);
    m_db.commit();
    if (!log.isEmpty())
        refresh.summary = summarize(Reducer::fold(log));
    return refresh;
}

// Writes the summaries made back, each only if its log did not change since it was read (its
// generation is the same), and removes those of incidents with no log left. A cache: when
// the store is busy or read-only they are made again next time.
void LocalStore::storeSummaries(const QList<SummaryRefresh> &refreshes)
{
    if (refreshes.isEmpty())
        return;
    const auto stored = writeTransaction([&]() -> QString {
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE summaries SET (format, %1) = (?%2) WHERE incident "
                                      "= ? AND generation = ?")
                           .arg(SummaryColumns,
                                QStringLiteral(", ?").repeated(SummaryColumns.count(u',') + 1)));
        QSqlQuery remove(m_db);
        remove.prepare(
            QStringLiteral("DELETE FROM summaries WHERE incident = ? AND generation = ?"));
        for (const SummaryRefresh &refresh : refreshes) {
            QSqlQuery &query = refresh.summary ? update : remove;
            if (refresh.summary) {
                query.addBindValue(IncidentSummary::Format);
                for (const QVariant &value : summaryColumns(*refresh.summary))
                    query.addBindValue(value);
            }
            query.addBindValue(refresh.incident);
            query.addBindValue(refresh.generation);
            if (const QString error = exec(query); !error.isEmpty())
                return error;
        }
        return {};
    });
    if (!stored)
        qCDebug(lcStore) << "summaries not kept:" << stored.error();
}

QMap<QString, IncidentState> LocalStore::incidents() const
{
    m_db.transaction(); // one snapshot for both reads, as in events()
    const QList<Event> log = confirmedEvents() + pendingEvents();
    m_db.commit();
    return Reducer::foldAll(log);
}

std::expected<void, QString> LocalStore::applyConfirmed(const QList<Event> &events, qint64 cursor)
{
    if (!isOpen())
        return std::unexpected(QStringLiteral("the store is not open"));
    for (const Event &event : events) {
        if (!event.isConfirmed())
            return std::unexpected(QStringLiteral("store: event %1 has no seq").arg(event.id));
    }
    // A repeated id is a repeated delivery: keep the first. A seq taken by another id fails.
    qint64 inserted = 0;
    const auto recorded = writeTransaction([&]() -> QString {
        const auto current = this->cursor();
        if (!current)
            return current.error();
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO events (seq, id, incident, type, body) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
        for (const Event &event : events) {
            insert.addBindValue(event.seq);
            insert.addBindValue(event.id);
            insert.addBindValue(event.incident);
            insert.addBindValue(event.type);
            insert.addBindValue(QString::fromUtf8(toCompactJson(event)));
            QString error = exec(insert);
            if (error.isEmpty())
                inserted += insert.numRowsAffected();
            if (error.isEmpty())
                error = unqueue(event);
            if (!error.isEmpty())
                return error;
        }
        QSqlQuery setCursor(m_db);
        setCursor.prepare(
            QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('cursor', ?)"));
        setCursor.addBindValue(QString::number(std::max(cursor, *current))); // never back
        return exec(setCursor);
    });
    if (!recorded)
        return std::unexpected(
            QStringLiteral("cannot record confirmed events: %1").arg(recorded.error()));
    StoreChange change{StoreChange::Kind::Confirmed, incidentsOf(events), events};
    change.inserted = inserted;
    emit changed(change);
    return {};
}

// Drops the outbox copy of a confirmed event. A copy with other content under the same id
// (the server's differs from what was typed here) is set aside instead: never deleted.
QString LocalStore::unqueue(const Event &confirmed)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM outbox WHERE id = ?"));
    query.addBindValue(confirmed.id);
    if (const QString error = exec(query); !error.isEmpty() || !query.next())
        return error;
    const auto local = readStoredEvent(query.value(0).toByteArray(), 0);
    query.finish();
    if (!local || !local->sameContent(confirmed)) {
        // INSERT OR IGNORE: a copy set aside earlier under this id is what was typed first.
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO rejected (id, incident, type, body, "
                                     "reason, rejected_at) SELECT id, incident, type, body, ?, ? "
                                     "FROM outbox WHERE id = ?"));
        query.addBindValue(QStringLiteral("the server has other content under this id"));
        query.addBindValue(formatTime(QDateTime::currentDateTimeUtc()));
        query.addBindValue(confirmed.id);
        if (const QString error = exec(query); !error.isEmpty())
            return error;
    }
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    query.addBindValue(confirmed.id);
    return exec(query);
}

// BEGIN IMMEDIATE takes the write lock first, waiting out another process's writes (the busy
// timeout). A deferred transaction that reads first takes a snapshot, and SQLite refuses at
// once to upgrade it to a write once another process committed after that snapshot.
std::expected<void, QString> LocalStore::writeTransaction(const std::function<QString()> &work)
{
    if (!isOpen())
        return std::unexpected(QStringLiteral("the store is not open"));
    if (const QString error = exec(m_db, QStringLiteral("BEGIN IMMEDIATE")); !error.isEmpty())
        return std::unexpected(QStringLiteral("cannot start writing to %1: %2")
                                   .arg(m_path, explainTrouble(error, m_busyTimeoutMs)));
    QString error = work();
    if (error.isEmpty())
        error = exec(m_db, QStringLiteral("COMMIT"));
    if (!error.isEmpty()) {
        exec(m_db, QStringLiteral("ROLLBACK"));
        if (isDamage(error))
            return std::unexpected(QStringLiteral("%1. %2").arg(error, damageAdvice()));
        return std::unexpected(explainTrouble(error, m_busyTimeoutMs));
    }
    return {};
}

std::expected<int, QString> LocalStore::recordFirstClockOffset(const QString &key, qint64 offsetMs,
                                                               qint64 shiftFromMs)
{
    int shifted = 0;
    qint64 rewrites = 0;
    QList<Event> events;
    const auto done = writeTransaction([&]() -> QString {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
        query.addBindValue(key);
        if (const QString error = exec(query); !error.isEmpty() || query.next())
            return error; // recorded before: nothing to do
        query.finish();
        if (std::abs(offsetMs) >= shiftFromMs) {
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE outbox SET body = ? WHERE id = ?"));
            for (Event event : pendingEvents()) {
                event.occurredAt = event.occurredAt.addMSecs(offsetMs);
                for (const QString &field : {QStringLiteral("at"), QStringLiteral("occurred_at")}) {
                    if (const QDateTime time = parseTime(event.text(field)); time.isValid())
                        event.data.insert(field, formatTime(time.addMSecs(offsetMs)));
                }
                update.addBindValue(QString::fromUtf8(toCompactJson(event)));
                update.addBindValue(event.id);
                if (const QString error = exec(update); !error.isEmpty())
                    return error;
                events << event;
            }
        }
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(QString::number(offsetMs));
        if (const QString error = exec(query); !error.isEmpty() || events.isEmpty())
            return error;
        return countRewrite(rewrites);
    });
    if (!done)
        return std::unexpected(done.error());
    shifted = int(events.size());
    if (shifted > 0)
        emitChanged(StoreChange::Kind::Rewritten, incidentsOf(events), {}, rewrites);
    return shifted;
}

std::expected<int, QString> LocalStore::requeueConfirmed(qint64 after, const QString &serverId)
{
    int moved = 0;
    qint64 rewrites = 0;
    QStringList incidents;
    const auto done = writeTransaction([&]() -> QString {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT DISTINCT incident FROM events WHERE seq > ?"));
        query.addBindValue(after);
        if (const QString error = exec(query); !error.isEmpty())
            return error;
        while (query.next())
            incidents << query.value(0).toString();
        // Rewritten in fold order: the requeued confirmed events by seq, then what was pending.
        const QString now = formatTime(QDateTime::currentDateTimeUtc());
        const QStringList steps = {
            QStringLiteral("CREATE TEMP TABLE pending_before AS SELECT id, incident, type, body, "
                           "created_at, position FROM outbox"),
            QStringLiteral("DELETE FROM outbox"),
            QStringLiteral("INSERT INTO outbox (id, incident, type, body, created_at) SELECT id, "
                           "incident, type, body, '%1' FROM events WHERE seq > %2 ORDER BY seq")
                .arg(now)
                .arg(after),
            QStringLiteral("INSERT INTO outbox (id, incident, type, body, created_at) SELECT id, "
                           "incident, type, body, created_at FROM pending_before ORDER BY "
                           "position"),
            QStringLiteral("DROP TABLE pending_before"),
            QStringLiteral("DELETE FROM events WHERE seq > %1").arg(after),
            QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'cursor'").arg(after),
        };
        for (const QString &sql : steps) {
            if (!query.exec(sql))
                return describe(query.lastError());
            if (sql.startsWith(QStringLiteral("DELETE FROM events")))
                moved = query.numRowsAffected();
        }
        if (moved > 0) {
            if (const QString error = countRewrite(rewrites); !error.isEmpty())
                return error;
        }
        if (serverId.isEmpty())
            return {};
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                     "('server_id', ?)"));
        query.addBindValue(serverId);
        return exec(query);
    });
    if (!done)
        return std::unexpected(done.error());
    if (moved > 0)
        emitChanged(StoreChange::Kind::Rewritten, incidents, {}, rewrites);
    return moved;
}

std::expected<std::optional<std::pair<QString, qint64>>, QString> LocalStore::lastConfirmed() const
{
    QSqlQuery query(m_db);
    // At or below the cursor: a backfilled incident's events may lie beyond it.
    if (!query.exec(QStringLiteral("SELECT id, seq FROM events WHERE seq <= (SELECT CAST(value "
                                   "AS INTEGER) FROM meta WHERE key = 'cursor') ORDER BY seq "
                                   "DESC LIMIT 1")))
        return std::unexpected(
            QStringLiteral("cannot read the newest confirmed event: %1")
                .arg(explainTrouble(describe(query.lastError()), m_busyTimeoutMs)));
    if (!query.next())
        return std::nullopt;
    return std::pair(query.value(0).toString(), query.value(1).toLongLong());
}

std::expected<void, QString> LocalStore::reject(const QString &id, const QString &reason)
{
    QString incident;
    qint64 rewrites = 0;
    const auto done = writeTransaction([&]() -> QString {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT incident FROM outbox WHERE id = ?"));
        query.addBindValue(id);
        if (const QString error = exec(query); !error.isEmpty())
            return error;
        if (!query.next())
            return QStringLiteral("event %1 is not in the outbox").arg(id);
        incident = query.value(0).toString();
        query.finish();
        // A copy set aside earlier under this id stays: it is what was typed first.
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO rejected (id, incident, type, body, "
                                     "reason, rejected_at) SELECT id, incident, type, body, ?, ? "
                                     "FROM outbox WHERE id = ?"));
        query.addBindValue(reason);
        query.addBindValue(formatTime(QDateTime::currentDateTimeUtc()));
        query.addBindValue(id);
        if (const QString error = exec(query); !error.isEmpty())
            return error;
        query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
        query.addBindValue(id);
        if (const QString error = exec(query); !error.isEmpty())
            return error;
        return countRewrite(rewrites);
    });
    if (done)
        emitChanged(StoreChange::Kind::Rewritten, {incident}, {}, rewrites);
    return done;
}

QList<LocalStore::Rejected> LocalStore::rejectedEvents() const
{
    QList<Rejected> rejected;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT body, reason, rejected_at FROM rejected ORDER BY "
                              "rejected_at, id"));
    while (query.next()) {
        if (auto event = readStoredEvent(query.value(0).toByteArray(), 0))
            rejected.append(
                {*event, query.value(1).toString(), parseTime(query.value(2).toString())});
    }
    noteIfStoppedEarly(query, rejected.size());
    return rejected;
}

std::expected<int, QString> LocalStore::resendRejected()
{
    QList<Event> events;
    qint64 rewrites = 0;
    const auto done = writeTransaction([&]() -> QString {
        QHash<QString, QString> renamed; // old id → new id
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO outbox (id, incident, type, body, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        const QString now = formatTime(QDateTime::currentDateTimeUtc());
        for (const Rejected &item : rejectedEvents()) { // unreadable rows stay where they are
            Event event = item.event;
            event.id = newId();
            renamed.insert(item.event.id, event.id);
            query.addBindValue(event.id);
            query.addBindValue(event.incident);
            query.addBindValue(event.type);
            query.addBindValue(QString::fromUtf8(toCompactJson(event)));
            query.addBindValue(now);
            if (const QString error = exec(query); !error.isEmpty())
                return error;
            events << event;
        }
        query.prepare(QStringLiteral("DELETE FROM rejected WHERE id = ?"));
        for (auto it = renamed.cbegin(); it != renamed.cend(); ++it) {
            query.addBindValue(it.key());
            if (const QString error = exec(query); !error.isEmpty())
                return error;
        }
        if (const QString error = repointReferences(renamed); !error.isEmpty() || events.isEmpty())
            return error;
        return countRewrite(rewrites);
    });
    if (!done)
        return std::unexpected(done.error());
    // Rewritten, not appended: pending events that named the old ids now name the new ones.
    if (!events.isEmpty())
        emitChanged(StoreChange::Kind::Rewritten, incidentsOf(events), {}, rewrites);
    return int(events.size());
}

// Pending corrections, pins and document edits name the events they are about; after those
// events were given new ids, they must name the new ones.
QString LocalStore::repointReferences(const QHash<QString, QString> &renamed)
{
    if (renamed.isEmpty())
        return {};
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE outbox SET body = ? WHERE id = ?"));
    for (Event event : pendingEvents()) {
        bool changedAny = false;
        for (const QString &field : {QStringLiteral("target"), QStringLiteral("base")}) {
            const QString old = event.text(field);
            if (!old.isEmpty() && renamed.contains(old)) {
                event.data.insert(field, renamed.value(old));
                changedAny = true;
            }
        }
        if (!changedAny)
            continue;
        update.addBindValue(QString::fromUtf8(toCompactJson(event)));
        update.addBindValue(event.id);
        if (const QString error = exec(update); !error.isEmpty())
            return error;
    }
    return {};
}

QStringList LocalStore::incidentsMissingDeclaration(const QStringList &ids) const
{
    QStringList missing;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM events WHERE incident = ? AND type = "
                                 "'incident.declared'"));
    for (const QString &id : ids) {
        query.addBindValue(id);
        if (query.exec() && !query.next())
            missing << id;
    }
    return missing;
}

std::expected<QString, QString> LocalStore::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return std::unexpected(
            QStringLiteral("cannot read %1 from the store: %2")
                .arg(key, explainTrouble(describe(query.lastError()), m_busyTimeoutMs)));
    return query.next() ? query.value(0).toString() : QString();
}

std::expected<void, QString> LocalStore::setMetaValue(const QString &key, const QString &value)
{
    return writeTransaction([&] {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        return exec(query);
    });
}

void LocalStore::emitChanged(StoreChange::Kind kind, const QStringList &incidents,
                             const QList<Event> &events, qint64 rewrites)
{
    emit changed(StoreChange{kind, incidents, events, rewrites});
}

QString LocalStore::countRewrite(qint64 &count)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('rewrites', '1') ON "
                       "CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"));
    if (const QString error = exec(query); !error.isEmpty())
        return error;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'rewrites'")) ||
        !query.next())
        return describe(query.lastError());
    count = query.value(0).toLongLong();
    return {};
}

qint64 LocalStore::rewrites() const
{
    return metaValue(QStringLiteral("rewrites")).value_or(QString()).toLongLong();
}

qint64 LocalStore::confirmedRowCount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM events")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

qint64 LocalStore::highestSeq() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM events")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

std::expected<LocalStore::Catchup, QString> LocalStore::catchup(qint64 afterSeq) const
{
    Catchup catchup;
    m_db.transaction(); // one snapshot for every read
    const auto done = [&]() -> QString {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM events")) || !query.next())
            return describe(query.lastError());
        catchup.confirmedCount = query.value(0).toLongLong();
        query.finish();
        if (!query.exec(QStringLiteral("SELECT incident, id FROM outbox ORDER BY position")))
            return describe(query.lastError());
        while (query.next())
            catchup.outbox.append({query.value(0).toString(), query.value(1).toString()});
        query.finish();
        catchup.rewrites = rewrites();
        catchup.confirmed = readEvents(
            QStringLiteral("SELECT CAST(body AS BLOB), seq FROM events WHERE seq > %1 ORDER BY seq")
                .arg(afterSeq),
            {});
        return {};
    }();
    m_db.commit();
    if (!done.isEmpty())
        return std::unexpected(QStringLiteral("cannot read the store: %1").arg(done));
    return catchup;
}

void LocalStore::watchDisk(int intervalMs)
{
    m_diskWatch.start(intervalMs);
}

std::expected<qint64, QString> LocalStore::cursor() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'cursor'")))
        return std::unexpected(
            QStringLiteral("cannot read the sync cursor: %1")
                .arg(explainTrouble(describe(query.lastError()), m_busyTimeoutMs)));
    return query.next() ? query.value(0).toLongLong() : 0;
}

void LocalStore::setBusyTimeoutMs(int ms)
{
    m_busyTimeoutMs = ms;
    if (isOpen())
        exec(m_db, QStringLiteral("PRAGMA busy_timeout=%1").arg(ms));
}

QString LocalStore::pragma(const QString &name) const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0).toString()
                                                                        : QString();
}

std::expected<void, QString> LocalStore::checkIntegrity() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return std::unexpected(describe(query.lastError()));
    const QString verdict = query.value(0).toString();
    if (verdict != u"ok")
        return std::unexpected(QStringLiteral("the store %1 is damaged: %2").arg(m_path, verdict));
    return {};
}

bool LocalStore::changedOnDisk()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return false;
    const qint64 version = query.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

} // namespace cp
