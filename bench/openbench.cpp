#include "benchmarks.h"

#include "eventcodec.h"
#include "localstore.h"
#include "reducer.h"
#include "workspace.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace cp::bench {
namespace {

volatile qsizetype g_sink = 0;

} // namespace

QString writeLocalStore(const QString &dir, QList<Event> incident)
{
    QDir(dir).removeRecursively();
    LocalStore store;
    if (const auto opened = store.open(dir); !opened)
        qFatal("open bench: %s", qPrintable(opened.error()));
    for (qsizetype i = 0; i < incident.size(); ++i)
        incident[i].seq = i + 1;
    constexpr qsizetype Chunk = 5000;
    for (qsizetype from = 0; from < incident.size(); from += Chunk) {
        const QList<Event> chunk = incident.mid(from, Chunk);
        if (const auto applied = store.applyConfirmed(chunk, chunk.last().seq); !applied)
            qFatal("open bench: %s", qPrintable(applied.error()));
    }
    return store.filePath();
}

QString writeTeamStore(const QString &dir, int incidents, int events)
{
    QList<Event> all;
    for (int i = 0; i < incidents; ++i)
        all += makeIncident(events, QStringLiteral("team%1").arg(i % 7));
    return writeLocalStore(dir, all);
}

namespace {

// The baseline: the same rows read with a plain query and nothing done with them (the body
// as its bytes, as the store reads it).
class BareReader
{
public:
    explicit BareReader(const QString &file)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        m_db.setDatabaseName(file);
        if (!m_db.open())
            qFatal("open bench: %s", qPrintable(m_db.lastError().text()));
    }
    ~BareReader()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    }

    using Rows = QList<std::pair<QByteArray, qint64>>;

    Rows read(const QString &incident)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT CAST(body AS BLOB), seq FROM events WHERE incident = ? ORDER BY seq"));
        query.addBindValue(incident);
        if (!query.exec())
            qFatal("open bench: %s", qPrintable(query.lastError().text()));
        Rows rows;
        while (query.next())
            rows.append({query.value(0).toByteArray(), query.value(1).toLongLong()});
        g_sink = g_sink + rows.size();
        return rows;
    }

private:
    QSqlDatabase m_db;
};

} // namespace

QList<Figure> benchOpen(const Setup &setup, const QList<Event> &incident)
{
    const QString dir = QDir(setup.workDir).filePath(QStringLiteral("open-store"));
    progress(QStringLiteral("open: writing %1 events to a local store").arg(incident.size()));
    BareReader bare(writeLocalStore(dir, incident));
    LocalStore store;
    if (const auto opened = store.open(dir); !opened)
        qFatal("open bench: %s", qPrintable(opened.error()));
    const QString id = incident.first().incident;
    const auto bareRead = [&] { bare.read(id); };
    const BareReader::Rows rows = bare.read(id);

    const Timings folded = timeInTurns(
        setup.scale.repeats, [&] { g_sink = g_sink + store.incident(id).notes.size(); }, bareRead);
    // What the console does before its first frame: the incident list, the open incident's
    // state, its timeline chart and list.
    const Timings console = timeInTurns(
        setup.scale.repeats,
        [&] {
            Workspace workspace(store);
            workspace.select(id);
            g_sink = g_sink + workspace.currentId().size();
        },
        bareRead);

    // Where LocalStore::incident's time goes, beyond the read: decoding each row, then the fold.
    const Timings decoding = timeInTurns(
        setup.scale.repeats,
        [&] {
            for (const auto &[body, seq] : rows)
                g_sink = g_sink + readStoredEvent(body, seq)->data.size();
        },
        bareRead);
    const QList<Event> log = store.events(id);
    const Timings folding = timeInTurns(
        setup.scale.repeats, [&] { g_sink = g_sink + Reducer::fold(log).notes.size(); }, bareRead);

    const QString benchmark = QStringLiteral("2. Open time");
    const QString baseline = QStringLiteral("bare SQL read of the same rows");
    Figure console_ =
        costFigure(benchmark, QStringLiteral("console open (Workspace: list, state, timeline)"),
                   baseline, QStringLiteral("s"), console.subject, console.baseline, 2);
    Figure state =
        costFigure(benchmark, QStringLiteral("LocalStore::incident (read, decode, fold)"), baseline,
                   QStringLiteral("s"), folded.subject, folded.baseline, 2);
    Figure decode = costFigure(benchmark, QStringLiteral("of which: decoding the rows' JSON"),
                               baseline, QStringLiteral("s"), decoding.subject, decoding.baseline);
    Figure fold = costFigure(benchmark, QStringLiteral("of which: the fold"), baseline,
                             QStringLiteral("s"), folding.subject, folding.baseline);
    return {console_, state, decode, fold};
}

} // namespace cp::bench
