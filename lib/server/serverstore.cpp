#include "serverstore.h"

#include "eventcodec.h"
#include "timeformat.h"
#include "tokens.h"
#include "validation.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

Q_LOGGING_CATEGORY(lcServerStore, "commandpost.server.store", QtInfoMsg)

namespace cp::server {
namespace {

// Any number will do, as long as every commandpost-server uses the same one.
constexpr qint64 ServerLockKey = 0x436f6d6d616e64;

QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}

// Each entry takes the schema from the version before it to its own number (index + 1);
// `%SEQ%` is the dialect's auto-increasing key. Append only: a released step never changes.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, "
                        "token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE events (seq %SEQ%, id TEXT NOT NULL UNIQUE, "
                        "incident TEXT NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX events_by_incident ON events (incident, seq)")},
    };
    return steps;
}

std::optional<Event> eventFromRow(const QSqlQuery &query)
{
    return readStoredEvent(query.value(0).toByteArray(), query.value(1).toLongLong());
}

bool isValidUserName(const QString &name)
{
    if (name.isEmpty() || name.size() > limits::Person)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'@';
    });
}

} // namespace

QString roleName(UserRole role)
{
    switch (role) {
    case UserRole::Viewer:
        return QStringLiteral("viewer");
    case UserRole::Responder:
        return QStringLiteral("responder");
    case UserRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<UserRole> parseUserRole(const QString &name)
{
    for (UserRole role : {UserRole::Viewer, UserRole::Responder, UserRole::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

ServerStore::ServerStore()
    : m_connection(QStringLiteral("commandpost-server-") +
                   QUuid::createUuid().toString(QUuid::Id128))
{
}

ServerStore::~ServerStore()
{
    close();
}

QString ServerStore::failure(const QString &what) const
{
    return QStringLiteral("%1 (%2): %3").arg(what, m_spec.display(), describe(m_db.lastError()));
}

std::expected<void, QString> ServerStore::open(const DatabaseSpec &spec, Schema schema)
{
    close();
    m_spec = spec;
    auto ready = connect();
    if (ready)
        ready = configure();
    if (ready)
        ready = schema == Schema::Migrate ? migrate() : requireSchema();
    if (ready && schema == Schema::Migrate)
        ready = ensureServerId();
    if (!ready)
        close();
    return ready;
}

std::expected<void, QString> ServerStore::ensureServerId()
{
    // Made once per database: clients tell a different server (whose seqs mean other
    // events) from the same one reached at a new address.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('server_id', ?) "
                                 "ON CONFLICT (key) DO NOTHING"));
    query.addBindValue(newId());
    if (!query.exec())
        return std::unexpected(failure(QStringLiteral("cannot record the server id")));
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_id'")) ||
        !query.next())
        return std::unexpected(failure(QStringLiteral("cannot read the server id")));
    m_serverId = query.value(0).toString();
    return {};
}

void ServerStore::close()
{
    m_lock.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

std::expected<void, QString> ServerStore::connect()
{
    if (isPostgres()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        m_db.setHostName(m_spec.host);
        m_db.setPort(m_spec.port);
        m_db.setUserName(m_spec.user);
        m_db.setPassword(m_spec.password);
        m_db.setDatabaseName(m_spec.name);
        m_db.setConnectOptions(m_spec.options);
    } else {
        if (!QDir().mkpath(QFileInfo(m_spec.path).absolutePath()))
            return std::unexpected(
                QStringLiteral("cannot create the folder of %1").arg(m_spec.path));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(m_spec.path);
    }
    if (!m_db.isValid())
        return std::unexpected(
            QStringLiteral("the Qt Sql driver for %1 is missing (install libqt6sql6-%2)")
                .arg(m_spec.display(), isPostgres() ? u"psql" : u"sqlite"));
    if (!m_db.open())
        return std::unexpected(failure(QStringLiteral("cannot open the database")));
    return {};
}

std::expected<void, QString> ServerStore::configure()
{
    // SQLite: WAL lets `user add` and `check` run beside the server; FULL makes every
    // acknowledged commit durable. PostgreSQL is durable by default.
    const QStringList pragmas =
        isPostgres() ? QStringList{QStringLiteral("SET client_min_messages = warning")}
                     : QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                                   QStringLiteral("PRAGMA synchronous=FULL"),
                                   QStringLiteral("PRAGMA busy_timeout=5000")};
    for (const QString &sql : pragmas) {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return std::unexpected(QStringLiteral("cannot configure %1: %2")
                                       .arg(m_spec.display(), describe(query.lastError())));
    }
    return {};
}

std::expected<int, QString> ServerStore::schemaVersion() const
{
    QSqlQuery query(m_db);
    const QString exists =
        isPostgres() ? QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")
                     : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = 'meta'");
    if (!query.exec(exists) || !query.next())
        return std::unexpected(failure(QStringLiteral("cannot look for the schema")));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return std::unexpected(failure(QStringLiteral("cannot read the schema version")));
    return query.next() ? query.value(0).toInt() : 0;
}

std::expected<void, QString> ServerStore::requireSchema() const
{
    const auto version = schemaVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0)
        return std::unexpected(
            QStringLiteral("%1 holds no commandpost-server data").arg(m_spec.display()));
    if (*version > SchemaVersion)
        return std::unexpected(QStringLiteral("%1 has schema version %2, newer than this "
                                              "server's %3")
                                   .arg(m_spec.display())
                                   .arg(*version)
                                   .arg(SchemaVersion));
    return {};
}

std::expected<void, QString> ServerStore::migrate()
{
    const auto current = schemaVersion();
    if (!current)
        return std::unexpected(current.error());
    if (*current > SchemaVersion)
        return std::unexpected(
            QStringLiteral("the database %1 has schema version %2, newer than this server's "
                           "%3: use a newer commandpost-server")
                .arg(m_spec.display())
                .arg(*current)
                .arg(SchemaVersion));
    const QString seqColumn =
        isPostgres() ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                     : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (int version = *current + 1; version <= SchemaVersion; ++version) {
        if (!m_db.transaction())
            return std::unexpected(failure(QStringLiteral("cannot start a migration")));
        QSqlQuery query(m_db);
        bool ok = true;
        for (QString sql : migrations().at(version - 1)) {
            if (ok = query.exec(sql.replace(QStringLiteral("%SEQ%"), seqColumn)); !ok)
                break;
        }
        if (ok) {
            query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                         "('schema_version', ?) ON CONFLICT (key) DO UPDATE "
                                         "SET value = excluded.value"));
            query.addBindValue(QString::number(version));
            ok = query.exec();
        }
        if (!ok || !m_db.commit()) {
            const QString why = describe(ok ? m_db.lastError() : query.lastError());
            m_db.rollback();
            return std::unexpected(QStringLiteral("cannot migrate %1 to schema %2: %3")
                                       .arg(m_spec.display())
                                       .arg(version)
                                       .arg(why));
        }
        qCInfo(lcServerStore).noquote() << "migrated" << m_spec.display() << "to schema" << version;
    }
    return {};
}

std::expected<bool, QString> ServerStore::tryClaim()
{
    if (isPostgres()) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(ServerLockKey)) ||
            !query.next())
            return std::unexpected(failure(QStringLiteral("cannot lock the database")));
        return query.value(0).toBool();
    }
    if (!m_lock) {
        // A lock file whose process died (kill -9) is stale and taken over.
        m_lock = std::make_unique<QLockFile>(m_spec.path + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
    }
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() != QLockFile::LockFailedError) // not another server: a folder we cannot use
        return std::unexpected(
            QStringLiteral("cannot create the lock file %1.lock").arg(m_spec.path));
    return false;
}

std::expected<void, QString> ServerStore::claim(std::chrono::milliseconds patience)
{
    // A killed server's PostgreSQL session holds the lock until PostgreSQL notices it is gone
    // (after the commit it had in flight), so a restart waits for it a little.
    const QString busy =
        QStringLiteral("another commandpost-server is using %1").arg(m_spec.display());
    const QDeadlineTimer deadline(patience);
    for (bool announced = false;; announced = true) {
        const auto claimed = tryClaim();
        if (!claimed)
            return std::unexpected(claimed.error());
        if (*claimed)
            return {};
        if (deadline.hasExpired()) {
            m_lock.reset();
            return std::unexpected(busy);
        }
        if (!announced)
            qCInfo(lcServerStore).noquote() << busy + QStringLiteral("; waiting up to")
                                            << patience.count() << "ms for it to let go";
        QThread::msleep(100);
    }
}

std::expected<QString, QString> ServerStore::addUser(const QString &name, UserRole role,
                                                     const QDateTime &now)
{
    if (!isValidUserName(name))
        return std::unexpected(
            QStringLiteral("user name \"%1\": use 1 to %2 letters, digits and . _ - @")
                .arg(name)
                .arg(limits::Person));
    const QString token = generateToken();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO users (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(roleName(role));
    query.addBindValue(hashToken(token));
    query.addBindValue(formatTime(now));
    if (!query.exec()) {
        const auto existing = users();
        if (existing && std::any_of(existing->cbegin(), existing->cend(),
                                    [&](const User &user) { return user.name == name; }))
            return std::unexpected(QStringLiteral("user \"%1\" exists already (use `user token "
                                                  "%1` for a new token)")
                                       .arg(name));
        return std::unexpected(
            QStringLiteral("cannot add user \"%1\": %2").arg(name, describe(query.lastError())));
    }
    qCInfo(lcServerStore).noquote() << "added user" << name << "as" << roleName(role);
    return token;
}

std::expected<QString, QString> ServerStore::renewToken(const QString &name)
{
    const QString token = generateToken();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET token_hash = ? WHERE name = ?"));
    query.addBindValue(hashToken(token));
    query.addBindValue(name);
    if (!query.exec())
        return std::unexpected(QStringLiteral("cannot renew the token of \"%1\": %2")
                                   .arg(name, describe(query.lastError())));
    if (query.numRowsAffected() != 1)
        return std::unexpected(QStringLiteral("no user \"%1\"").arg(name));
    qCInfo(lcServerStore).noquote() << "renewed the token of" << name;
    return token;
}

std::expected<void, QString> ServerStore::removeUser(const QString &name)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return std::unexpected(
            QStringLiteral("cannot remove user \"%1\": %2").arg(name, describe(query.lastError())));
    if (query.numRowsAffected() != 1)
        return std::unexpected(QStringLiteral("no user \"%1\"").arg(name));
    qCInfo(lcServerStore).noquote() << "removed user" << name;
    return {};
}

std::expected<QList<User>, QString> ServerStore::users() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT name, role, created_at FROM users ORDER BY name")))
        return std::unexpected(failure(QStringLiteral("cannot read users")));
    QList<User> found;
    while (query.next()) {
        found.append({query.value(0).toString(),
                      parseUserRole(query.value(1).toString()).value_or(UserRole::Viewer),
                      parseTime(query.value(2).toString())});
    }
    return found;
}

std::expected<std::optional<User>, QString> ServerStore::userByToken(QStringView token) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name, role, created_at FROM users WHERE token_hash = ?"));
    query.addBindValue(hashToken(token));
    if (!query.exec())
        return std::unexpected(failure(QStringLiteral("cannot look up a token")));
    if (!query.next())
        return std::optional<User>();
    // An unknown role in the table (edited by hand) gives the least power, never more.
    return User{query.value(0).toString(),
                parseUserRole(query.value(1).toString()).value_or(UserRole::Viewer),
                parseTime(query.value(2).toString())};
}

std::expected<Event, QString> ServerStore::storedEvent(QSqlQuery &lookup, const QString &id) const
{
    // Prepared on first use: most batches have no id stored before.
    if (lookup.lastQuery().isEmpty() &&
        !lookup.prepare(QStringLiteral("SELECT body, seq FROM events WHERE id = ?")))
        return std::unexpected(
            QStringLiteral("cannot prepare a look-up: %1").arg(describe(lookup.lastError())));
    lookup.addBindValue(id);
    if (!lookup.exec())
        return std::unexpected(
            QStringLiteral("cannot look up event %1: %2").arg(id, describe(lookup.lastError())));
    if (!lookup.next())
        return std::unexpected(QStringLiteral("event %1 is neither new nor stored").arg(id));
    if (auto event = eventFromRow(lookup))
        return *event;
    return std::unexpected(QStringLiteral("the stored event %1 is unreadable; run "
                                          "`commandpost-server check`")
                               .arg(id));
}

std::expected<std::optional<qint64>, QString> ServerStore::insert(QSqlQuery &insert,
                                                                  const Event &event)
{
    insert.addBindValue(event.id);
    insert.addBindValue(event.incident);
    insert.addBindValue(event.type);
    insert.addBindValue(QString::fromUtf8(toCompactJson(event)));
    if (!insert.exec())
        return std::unexpected(QStringLiteral("cannot store event %1: %2")
                                   .arg(event.id, describe(insert.lastError())));
    if (!isPostgres()) // SQLite knows the new row's seq without a RETURNING clause
        return insert.numRowsAffected() == 1 ? std::optional(insert.lastInsertId().toLongLong())
                                             : std::nullopt;
    if (!insert.next())
        return std::optional<qint64>(); // the id is stored already
    return insert.value(0).toLongLong();
}

std::expected<AppendOutcome, StoreFailure>
ServerStore::append(const QList<Event> &batch, const QString &actor, const QDateTime &recordedAt)
{
    using Kind = StoreFailure::Kind;
    if (!m_db.transaction())
        return std::unexpected(
            StoreFailure{Kind::Internal, failure(QStringLiteral("cannot start a write"))});
    AppendOutcome outcome;
    QHash<QString, qsizetype> newInBatch; // id → index in outcome.stored
    auto refuse = [this](Kind kind, const QString &message) {
        m_db.rollback();
        return std::unexpected(StoreFailure{kind, message});
    };
    // Prepared once for the batch: parsing the SQL for every event cost more than the writes.
    // A new event is one insert; only an id stored before is looked up and compared.
    QSqlQuery insertQuery(m_db);
    QSqlQuery lookup(m_db); // prepared by storedEvent() when first needed
    const QString insertSql = QStringLiteral("INSERT INTO events (id, incident, type, body) "
                                             "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING") +
                              (isPostgres() ? QStringLiteral(" RETURNING seq") : QString());
    if (!insertQuery.prepare(insertSql))
        return refuse(
            Kind::Internal,
            QStringLiteral("cannot prepare a write: %1").arg(describe(insertQuery.lastError())));
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const Event &event = batch[i];
        std::optional<Event> earlier;
        if (const auto it = newInBatch.constFind(event.id); it != newInBatch.cend()) {
            earlier = outcome.stored.at(*it);
        } else {
            Event stamped = event;
            stamped.actor = actor;
            stamped.recordedAt = recordedAt;
            stamped.seq = 0;
            const auto seq = insert(insertQuery, stamped);
            if (!seq)
                return refuse(Kind::Internal, seq.error());
            if (*seq) {
                stamped.seq = **seq;
                newInBatch.insert(stamped.id, outcome.stored.size());
                outcome.stored.append(stamped);
                outcome.results.append({event.id, stamped.seq, false});
                continue;
            }
            const auto found = storedEvent(lookup, event.id);
            if (!found)
                return refuse(Kind::Internal, found.error());
            earlier = *found;
        }
        if (!earlier->sameContent(event))
            return refuse(Kind::Conflict,
                          QStringLiteral("events[%1].id: event %2 is stored already with other "
                                         "content; a new event needs a new id")
                              .arg(i)
                              .arg(event.id));
        outcome.results.append({event.id, earlier->seq, true});
    }
    // Each exec() resets its statement; the last ones must be done before the commit.
    insertQuery.finish();
    lookup.finish();
    if (!m_db.commit())
        return refuse(Kind::Internal, failure(QStringLiteral("cannot commit a write")));
    return outcome;
}

std::expected<QList<Event>, QString> ServerStore::readEvents(QSqlQuery &query) const
{
    if (!query.exec())
        return std::unexpected(failure(QStringLiteral("cannot read events")));
    QList<Event> events;
    while (query.next()) {
        auto event = eventFromRow(query);
        if (!event)
            return std::unexpected(QStringLiteral("the stored event with seq %1 is unreadable; run "
                                                  "`commandpost-server check`")
                                       .arg(query.value(1).toLongLong()));
        events.append(std::move(*event));
    }
    return events;
}

std::expected<ServerStore::StoredPage, QString> ServerStore::readPage(QSqlQuery &query, int limit,
                                                                      qint64 maxBytes) const
{
    if (!query.exec())
        return std::unexpected(failure(QStringLiteral("cannot read events")));
    StoredPage page;
    qint64 bytes = 0;
    while (query.next()) {
        const QByteArray body = query.value(0).toByteArray();
        if (!page.events.isEmpty() && bytes + body.size() > maxBytes) {
            page.more = true; // one event alone is always served, however large
            return page;
        }
        bytes += body.size();
        auto event = readStoredEvent(body, query.value(1).toLongLong());
        if (!event)
            return std::unexpected(QStringLiteral("the stored event with seq %1 is unreadable; run "
                                                  "`commandpost-server check`")
                                       .arg(query.value(1).toLongLong()));
        page.events.append(std::move(*event));
    }
    page.more = page.events.size() == limit;
    return page;
}

std::expected<ServerStore::StoredPage, QString>
ServerStore::page(qint64 after, int limit, qint64 maxBytes, const QString &incident) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(incident.isEmpty()
                      ? QStringLiteral("SELECT body, seq FROM events WHERE seq > ? ORDER BY seq "
                                       "LIMIT ?")
                      : QStringLiteral("SELECT body, seq FROM events WHERE incident = ? AND seq "
                                       "> ? ORDER BY seq LIMIT ?"));
    if (!incident.isEmpty())
        query.addBindValue(incident);
    query.addBindValue(after);
    query.addBindValue(limit);
    return readPage(query, limit, maxBytes);
}

std::expected<QList<Event>, QString> ServerStore::eventsAfter(qint64 after, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT body, seq FROM events WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(after);
    query.addBindValue(limit);
    return readEvents(query);
}

std::expected<QList<Event>, QString> ServerStore::incidentEvents(const QString &incident) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT body, seq FROM events WHERE incident = ? ORDER BY seq"));
    query.addBindValue(incident);
    return readEvents(query);
}

std::expected<qint64, QString> ServerStore::lastSeq() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events")) || !query.next())
        return std::unexpected(failure(QStringLiteral("cannot read the last seq")));
    return query.value(0).toLongLong();
}

std::expected<QStringList, QString> ServerStore::checkSqliteFile() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return std::unexpected(failure(QStringLiteral("cannot run the integrity check")));
    QStringList problems;
    while (query.next()) {
        if (const QString line = query.value(0).toString(); line != u"ok")
            problems << QStringLiteral("sqlite: ") + line;
    }
    return problems;
}

std::expected<QStringList, QString> ServerStore::checkPostgresIndexes() const
{
    // PostgreSQL checks its own pages; what can rot unseen is an index. The amcheck extension
    // (shipped with the server, installed per database by an admin) verifies each B-tree.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")))
        return std::unexpected(failure(QStringLiteral("cannot look for amcheck")));
    if (!query.next()) {
        qCInfo(lcServerStore) << "amcheck is not installed: index checks skipped "
                                 "(CREATE EXTENSION amcheck enables them)";
        return QStringList();
    }
    if (!query.exec(QStringLiteral(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_am a ON a.oid = c.relam "
            "WHERE t.relname IN ('events', 'users', 'meta') AND a.amname = 'btree' "
            "AND t.relnamespace = to_regnamespace(current_schema())::oid")))
        return std::unexpected(failure(QStringLiteral("cannot list indexes")));
    QStringList indexes;
    while (query.next())
        indexes << query.value(0).toString();
    if (!query.exec(QStringLiteral("SELECT has_function_privilege("
                                   "'bt_index_check(regclass, boolean)', 'execute')")) ||
        !query.next() || !query.value(0).toBool()) {
        qCInfo(lcServerStore) << "no permission to run amcheck: index checks skipped";
        return QStringList();
    }
    QStringList problems;
    for (const QString &index : indexes) {
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("SELECT bt_index_check('%1'::regclass, true)").arg(index)))
            problems
                << QStringLiteral("postgres: index %1: %2").arg(index, describe(check.lastError()));
    }
    qCInfo(lcServerStore) << "amcheck verified" << indexes.size() << "indexes";
    return problems;
}

std::expected<QStringList, QString> ServerStore::check() const
{
    QStringList problems;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto engine = isPostgres() ? checkPostgresIndexes() : checkSqliteFile();
    if (!engine)
        return std::unexpected(engine.error());
    problems << *engine;
    if (!query.exec(
            QStringLiteral("SELECT body, seq, id, incident, type FROM events ORDER BY seq")))
        return std::unexpected(failure(QStringLiteral("cannot read events")));
    qint64 previous = 0;
    while (query.next()) {
        const qint64 seq = query.value(1).toLongLong();
        const auto event = eventFromRow(query);
        if (seq <= previous)
            problems << QStringLiteral("seq %1 follows %2").arg(seq).arg(previous);
        else if (!event)
            problems << QStringLiteral("seq %1: the body is not an event").arg(seq);
        else if (!isStorableTime(event->occurredAt))
            problems << QStringLiteral("seq %1: its occurred_at cannot be read back (clients skip "
                                       "it); restore the event from a backup or remove the row")
                            .arg(seq);
        else if (event->id != query.value(2).toString() ||
                 event->incident != query.value(3).toString() ||
                 event->type != query.value(4).toString())
            problems << QStringLiteral("seq %1: the body does not match its columns").arg(seq);
        previous = seq;
    }
    return problems;
}

} // namespace cp::server
