#include "benchmarks.h"

#include "cli.h"
#include "localstore.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cp::bench {
namespace {

volatile qsizetype g_sink = 0;

// The baseline: a new connection to the store reading every column of every summary row,
// nothing done with the values.
void bareSummaryRead(const QString &file)
{
    const QString name = QStringLiteral("bare-summaries");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            qFatal("list bench: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT * FROM summaries")))
            qFatal("list bench: %s", qPrintable(query.lastError().text()));
        const int columns = query.record().count();
        while (query.next()) {
            for (int column = 0; column < columns; ++column)
                g_sink = g_sink + query.value(column).isValid();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

// `commandpost-cli list` as its main() runs it, in this process (the process start is not
// the list's cost): it opens the store, reads the summaries and prints a line for each.
qsizetype cliList(const QString &dir)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int exit = cli::run(
        {QStringLiteral("commandpost-cli"), QStringLiteral("--data"), dir, QStringLiteral("list")},
        outStream, errStream);
    if (exit != cli::Done)
        qFatal("list bench: %s", qPrintable(err));
    outStream.flush();
    return out.size();
}

} // namespace

QList<Figure> benchList(const Setup &setup)
{
    const Scale &scale = setup.scale;
    const QString dir = QDir(setup.workDir).filePath(QStringLiteral("list-store"));
    progress(QStringLiteral("list: writing %1 incidents of %2 events")
                 .arg(scale.teamIncidents)
                 .arg(scale.teamIncidentEvents));
    const QString file = writeTeamStore(dir, scale.teamIncidents, scale.teamIncidentEvents);
    const auto bare = [&] { bareSummaryRead(file); };

    // After a sync brought in the whole year no summary is made yet: the first list makes
    // every one and keeps them for the lists after it.
    Stopwatch first;
    g_sink = g_sink + cliList(dir);
    const double firstSeconds = first.seconds();

    const Timings listed = timeInTurns(
        scale.repeats * 4, [&] { g_sink = g_sink + cliList(dir); }, bare);
    LocalStore store;
    if (const auto opened = store.open(dir, LocalStore::SchemaVersion, LocalStore::Check::None);
        !opened)
        qFatal("list bench: %s", qPrintable(opened.error()));
    const Timings folded = timeInTurns(
        scale.repeats, [&] { g_sink = g_sink + store.incidents().size(); }, bare);

    const QString benchmark = QStringLiteral("8. Incident list");
    const QString baseline = QStringLiteral("bare SQL read of the %1 summaries (new connection)")
                                 .arg(scale.teamIncidents);
    Figure list =
        costFigure(benchmark,
                   QStringLiteral("commandpost-cli list, %1 incidents × %2 events (in process)")
                       .arg(scale.teamIncidents)
                       .arg(scale.teamIncidentEvents),
                   baseline, QStringLiteral("s"), listed.subject, listed.baseline, 2);
    Figure firstList = costFigure(benchmark,
                                  QStringLiteral("the first list after a sync brought them all "
                                                 "(every summary made and kept)"),
                                  baseline, QStringLiteral("s"), firstSeconds, listed.baseline);
    Figure everything = costFigure(
        benchmark, QStringLiteral("folding every incident (how the list was made before)"),
        baseline, QStringLiteral("s"), folded.subject, folded.baseline);
    return {list, firstList, everything};
}

} // namespace cp::bench
