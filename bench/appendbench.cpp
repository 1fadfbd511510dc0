#include "benchmarks.h"

#include "eventcodec.h"
#include "httpconnection.h"
#include "serverrun.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cp::bench {
namespace {

QList<QByteArray> postBodies(const QList<Event> &events, int batchSize)
{
    QList<QByteArray> bodies;
    for (qsizetype from = 0; from < events.size(); from += batchSize) {
        const QJsonObject body{{QStringLiteral("events"), toJson(events.mid(from, batchSize))}};
        bodies.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    return bodies;
}

// Seconds the real server takes to store the bodies, posted one after the other.
double timeServer(const Setup &setup, const QList<QByteArray> &bodies, const QString &name)
{
    const QString database = QDir(setup.workDir).filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(database);
    ServerRun server(setup.serverBinary, database);
    server.start();
    HttpConnection client(server.port(), server.token());
    client.exchange("GET", "/healthz"); // connected and warm before the clock starts
    Stopwatch watch;
    for (const QByteArray &body : bodies) {
        const auto response = client.exchange("POST", "/api/v1/events", body);
        if (response.status != 200)
            qFatal("append bench: POST answered %d: %s", response.status,
                   response.body.constData());
    }
    return watch.seconds();
}

// The baseline: the same rows into a table like the server's, with the server's durability
// (WAL, synchronous=FULL), one transaction a batch.
double timeRawSqlite(const Setup &setup, const QList<Event> &events, int batchSize,
                     const QString &name)
{
    const QString file = QDir(setup.workDir).filePath(name + QStringLiteral(".sqlite"));
    QFile::remove(file);
    double seconds = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            qFatal("append bench: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const char *sql :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
              "CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL "
              "UNIQUE, incident TEXT NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL)",
              "CREATE INDEX events_by_incident ON events (incident, seq)"}) {
            if (!query.exec(QString::fromLatin1(sql)))
                qFatal("append bench: %s", qPrintable(query.lastError().text()));
        }
        QList<QString> bodies;
        for (const Event &event : events)
            bodies.append(QString::fromUtf8(toCompactJson(event)));
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO events (id, incident, type, body) VALUES (?, ?, ?, ?)"));
        Stopwatch watch;
        for (qsizetype from = 0; from < events.size(); from += batchSize) {
            db.transaction();
            for (qsizetype i = from; i < std::min(events.size(), from + batchSize); ++i) {
                insert.addBindValue(events[i].id);
                insert.addBindValue(events[i].incident);
                insert.addBindValue(events[i].type);
                insert.addBindValue(bodies[i]);
                if (!insert.exec())
                    qFatal("append bench: %s", qPrintable(insert.lastError().text()));
            }
            if (!db.commit())
                qFatal("append bench: %s", qPrintable(db.lastError().text()));
        }
        seconds = watch.seconds();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return seconds;
}

Figure appendFigure(const Setup &setup, int count, int batchSize, double atLeast)
{
    const QList<Event> events = makeIncident(count, QStringLiteral("appender"));
    const QList<QByteArray> bodies = postBodies(events, batchSize);
    progress(QStringLiteral("append: %1 events in batches of %2").arg(count).arg(batchSize));
    // Each run starts from empty files; the server's start-up is not timed.
    QList<double> server;
    QList<double> raw;
    for (int run = 1; run <= std::min(setup.scale.repeats, 3); ++run) {
        const QString tag = QStringLiteral("append-%1-run%2").arg(batchSize).arg(run);
        raw.append(timeRawSqlite(setup, events, batchSize, tag + QStringLiteral("-raw")));
        server.append(timeServer(setup, bodies, tag + QStringLiteral("-server")));
    }
    const bool batched = batchSize > 1;
    Figure result = throughputFigure(
        QStringLiteral("3. Append throughput"),
        batched ? QStringLiteral("server, POST batches of %1").arg(batchSize)
                : QStringLiteral("server, one event a POST"),
        batched ? QStringLiteral("raw SQLite inserts, %1 a transaction (WAL, synchronous=FULL)")
                      .arg(batchSize)
                : QStringLiteral("raw SQLite inserts, one a transaction (WAL, synchronous=FULL)"),
        count / median(server), count / median(raw), atLeast);
    return result;
}

} // namespace

QList<Figure> benchAppend(const Setup &setup)
{
    return {appendFigure(setup, setup.scale.appendEvents, 100, 0.5),
            appendFigure(setup, setup.scale.singlePosts, 1, 0)};
}

} // namespace cp::bench
