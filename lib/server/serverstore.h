#pragma once

#include "databasespec.h"
#include "event.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <chrono>
#include <expected>
#include <memory>
#include <optional>

class QLockFile;
class QSqlQuery;

namespace cp::server {

// What a user may do (PROTOCOL.md §2): viewers read, responders and admins write, admins
// also see restricted incidents.
enum class UserRole { Viewer, Responder, Admin };
QString roleName(UserRole role);
std::optional<UserRole> parseUserRole(const QString &name);

struct User
{
    QString name;
    UserRole role = UserRole::Viewer;
    QDateTime createdAt;

    bool canWrite() const { return role != UserRole::Viewer; }
    bool isAdmin() const { return role == UserRole::Admin; }
};

// One event of an answered batch: its seq, and whether it had been stored before.
struct AppendedEvent
{
    QString id;
    qint64 seq = 0;
    bool duplicate = false;
};

struct AppendOutcome
{
    QList<AppendedEvent> results; // one per event of the batch, in its order
    QList<Event> stored;          // the events this call stored, stamped, by seq
};

struct StoreFailure
{
    enum class Kind { Conflict, Internal };
    Kind kind = Kind::Internal;
    QString message;
};

// The server's log and users, through Qt Sql on SQLite or PostgreSQL. The schema and its
// meaning are the same on both; only the column type of `seq` differs.
class ServerStore
{
public:
    static constexpr int SchemaVersion = 1;

    ServerStore();
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // Migrate: brings the schema up to date (creating it in an empty database). Existing:
    // changes nothing and refuses a database without Command Post's tables (for `check`).
    // Both refuse a schema newer than this program's.
    enum class Schema { Migrate, Existing };
    std::expected<void, QString> open(const DatabaseSpec &spec, Schema schema = Schema::Migrate);
    void close();
    const DatabaseSpec &spec() const { return m_spec; }

    // Makes this process the only server on the database: the server keeps folded state
    // in memory, which a second writer would make stale. Waits up to `patience` for a server
    // that is ending (or was killed) to let go.
    std::expected<void, QString> claim(std::chrono::milliseconds patience = {});

    // Users. addUser and renewToken answer the new token: it is never stored, only its hash.
    std::expected<QString, QString> addUser(const QString &name, UserRole role,
                                            const QDateTime &now);
    std::expected<QString, QString> renewToken(const QString &name);
    std::expected<void, QString> removeUser(const QString &name);
    std::expected<QList<User>, QString> users() const;
    std::expected<std::optional<User>, QString> userByToken(QStringView token) const;

    // Stores a validated batch in one transaction, stamping actor and recorded_at. An id
    // stored before with the same content answers its old seq; with other content the whole
    // batch is refused (Conflict) and nothing is stored.
    std::expected<AppendOutcome, StoreFailure>
    append(const QList<Event> &batch, const QString &actor, const QDateTime &recordedAt);

    std::expected<QList<Event>, QString> eventsAfter(qint64 after, int limit) const;
    std::expected<QList<Event>, QString> incidentEvents(const QString &incident) const;

    // A page of the log (all of it, or one incident's) after `after`: at most `limit`
    // events and, past the first, at most `maxBytes` of them as stored.
    struct StoredPage
    {
        QList<Event> events;
        bool more = false; // cut at the limit or the bytes: read on from the last seq
    };
    std::expected<StoredPage, QString> page(qint64 after, int limit, qint64 maxBytes,
                                            const QString &incident = {}) const;
    std::expected<qint64, QString> lastSeq() const;
    // A random id made when the database was created (empty when opened as Existing).
    const QString &serverId() const { return m_serverId; }

    // Looks the whole database over: the engine's own check (SQLite), then every row.
    // Answers the problems found; an empty list means healthy.
    std::expected<QStringList, QString> check() const;

private:
    bool isPostgres() const { return m_spec.kind == DatabaseSpec::Kind::Postgres; }
    std::expected<void, QString> connect();
    std::expected<void, QString> configure();
    std::expected<int, QString> schemaVersion() const;
    std::expected<void, QString> migrate();
    std::expected<void, QString> ensureServerId();
    std::expected<void, QString> requireSchema() const;
    // One attempt at the server lock: true when this process holds it now.
    std::expected<bool, QString> tryClaim();
    // The stored event with an id an insert found taken.
    std::expected<Event, QString> storedEvent(QSqlQuery &lookup, const QString &id) const;
    // The new event's seq, or nothing when its id is stored already.
    std::expected<std::optional<qint64>, QString> insert(QSqlQuery &insert, const Event &event);
    std::expected<QList<Event>, QString> readEvents(QSqlQuery &query) const;
    std::expected<StoredPage, QString> readPage(QSqlQuery &query, int limit, qint64 maxBytes) const;
    std::expected<QStringList, QString> checkSqliteFile() const;
    std::expected<QStringList, QString> checkPostgresIndexes() const;
    QString failure(const QString &what) const;

    DatabaseSpec m_spec;
    QString m_serverId;
    QString m_connection;
    mutable QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cp::server
