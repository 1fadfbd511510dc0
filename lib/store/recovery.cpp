// Recovering a damaged store: the file is moved aside, every row that can still be read is
// copied to a new store, and the sync cursor starts over so the server fills in the rest.
#include "localstore.h"

#include "eventcodec.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

namespace cp {
namespace {

// Keys skipped past a damaged stretch grow 1, 2, 4, … up to this: far beyond any store.
constexpr qint64 LargestSkip = qint64(1) << 40;

} // namespace

// Reads `table`'s rows in key order (keys from 1 up). Where a damaged page stops the scan,
// it starts again further on: the b-tree search may reach intact pages past the damage. The
// rows in between are lost, and said so.
QList<LocalStore::Row> LocalStore::readAround(const QSqlDatabase &db, const QString &table,
                                              const QString &key, const QString &columns,
                                              QStringList &problems)
{
    const int width = int(columns.count(u',')) + 2; // the key, then the columns
    QList<Row> rows;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 lastRead = 0;
    qint64 skip = 0;
    for (;;) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 > ? ORDER BY %1")
                          .arg(key, columns, table));
        query.addBindValue(from);
        query.exec();
        const qsizetype before = rows.size();
        while (query.next()) {
            Row row;
            for (int i = 0; i < width; ++i)
                row.values << query.value(i);
            lastRead = row.values.first().toLongLong();
            rows << row;
        }
        if (!query.lastError().isValid())
            return rows;
        if (rows.size() > before || skip == 0)
            problems << QStringLiteral("%1: damaged after %2 %3 (%4)")
                            .arg(table, key)
                            .arg(lastRead)
                            .arg(query.lastError().databaseText());
        skip = rows.size() > before || skip == 0 ? 1 : skip * 2;
        if (skip > LargestSkip)
            return rows;
        from = lastRead + skip;
    }
}

std::expected<LocalStore::Recovery, QString> LocalStore::recover(const QString &dataDir)
{
    const QString path = QDir(dataDir).absoluteFilePath(FileName);
    if (!QFileInfo::exists(path))
        return std::unexpected(QStringLiteral("there is no store in %1").arg(dataDir));
    Recovery recovery;
    recovery.setAside =
        path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    // The WAL goes with it: committed writes may still be there only.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) &&
            !QFile::rename(path + suffix, recovery.setAside + suffix))
            return std::unexpected(QStringLiteral("cannot move %1 aside to %2")
                                       .arg(path + suffix, recovery.setAside + suffix));
    }
    const QString connection =
        QStringLiteral("commandpost-recover-") + QUuid::createUuid().toString(QUuid::Id128);
    RecoveredRows rows;
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        damaged.setDatabaseName(recovery.setAside);
        if (damaged.open()) {
            rows.confirmed = readAround(damaged, QStringLiteral("events"), QStringLiteral("seq"),
                                        QStringLiteral("body"), recovery.problems);
            rows.pending = readAround(damaged, QStringLiteral("outbox"), QStringLiteral("position"),
                                      QStringLiteral("body, created_at"), recovery.problems);
            rows.rejected =
                readAround(damaged, QStringLiteral("rejected"), QStringLiteral("rowid"),
                           QStringLiteral("body, reason, rejected_at"), recovery.problems);
            rows.meta = readAround(damaged, QStringLiteral("meta"), QStringLiteral("rowid"),
                                   QStringLiteral("key, value"), recovery.problems);
        } else {
            recovery.problems << damaged.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);

    LocalStore fresh;
    if (const auto opened = fresh.open(dataDir); !opened)
        return std::unexpected(opened.error());
    const auto copied = fresh.writeTransaction([&] { return fresh.copyRecovered(rows, recovery); });
    if (!copied)
        return std::unexpected(
            QStringLiteral("cannot write the recovered events: %1").arg(copied.error()));
    return recovery;
}

// Copies the rows that still read as events, unchanged (same ids and bodies, so the server
// takes a pending one it already has as a repeat). The cursor stays at 0: the next sync reads
// the whole feed and brings back what was lost.
QString LocalStore::copyRecovered(const RecoveredRows &rows, Recovery &recovery)
{
    QSqlQuery insert(m_db);
    auto copy = [&](const QList<Row> &from, const QString &sql, int &count,
                    const std::function<void(const Row &, const Event &)> &bind) -> QString {
        insert.prepare(sql);
        for (const Row &row : from) {
            const auto event = readStoredEvent(row.values.at(1).toByteArray(), 0);
            if (!event) {
                ++recovery.unreadable;
                continue;
            }
            bind(row, *event);
            if (!insert.exec())
                return insert.lastError().text();
            ++count;
        }
        return {};
    };
    QString error = copy(rows.confirmed,
                         QStringLiteral("INSERT INTO events (seq, id, incident, type, body) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         recovery.confirmed, [&](const Row &row, const Event &event) {
                             insert.addBindValue(row.values.at(0));
                             insert.addBindValue(event.id);
                             insert.addBindValue(event.incident);
                             insert.addBindValue(event.type);
                             insert.addBindValue(row.values.at(1).toString());
                         });
    if (error.isEmpty())
        error = copy(rows.pending,
                     QStringLiteral("INSERT INTO outbox (id, incident, type, body, created_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     recovery.pending, [&](const Row &row, const Event &event) {
                         insert.addBindValue(event.id);
                         insert.addBindValue(event.incident);
                         insert.addBindValue(event.type);
                         insert.addBindValue(row.values.at(1).toString());
                         insert.addBindValue(row.values.at(2).toString());
                     });
    if (error.isEmpty())
        error = copy(rows.rejected,
                     QStringLiteral("INSERT OR IGNORE INTO rejected (id, incident, type, body, "
                                    "reason, rejected_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     recovery.rejected, [&](const Row &row, const Event &event) {
                         insert.addBindValue(event.id);
                         insert.addBindValue(event.incident);
                         insert.addBindValue(event.type);
                         insert.addBindValue(row.values.at(1).toString());
                         insert.addBindValue(row.values.at(2).toString());
                         insert.addBindValue(row.values.at(3).toString());
                     });
    if (!error.isEmpty())
        return error;
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    for (const Row &row : rows.meta) {
        if (row.values.at(1).toString() == u"cursor")
            continue;
        insert.addBindValue(row.values.at(1));
        insert.addBindValue(row.values.at(2));
        if (!insert.exec())
            return insert.lastError().text();
    }
    return {};
}

} // namespace cp
