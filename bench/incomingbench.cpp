#include "benchmarks.h"

#include "eventfactory.h"
#include "localstore.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <ctime>

namespace cp::bench {
namespace {

volatile qsizetype g_sink = 0;

// CPU seconds of this thread: what an event costs the console's GUI thread, without the
// waits for the disk that a durable write has.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// A console on a store: its workspace with the first incident open.
class Desk
{
public:
    explicit Desk(const QString &dir)
    {
        if (const auto opened = m_store.open(dir); !opened)
            qFatal("incoming bench: %s", qPrintable(opened.error()));
        if (!m_bare.open(dir, LocalStore::SchemaVersion, LocalStore::Check::None))
            qFatal("incoming bench: cannot open the store again");
        m_ids = m_store.incidentIds();
        m_seq = m_store.cursor().value_or(0);
        // Connected before the workspace's own slots, so called first: from here on the
        // write is committed and the console is at work.
        QObject::connect(&m_store, &LocalStore::changed,
                         [this] { m_committed = threadCpuSeconds(); });
        m_workspace = std::make_unique<Workspace>(m_store);
        m_workspace->select(m_ids.first());
        // The console folds its open incidents in the background after its first frame; the
        // events below come to a console that has done so (measured on its own, below).
        const double before = threadCpuSeconds();
        while (m_workspace->projection().isWarming())
            QCoreApplication::processEvents();
        m_warmUpSeconds = threadCpuSeconds() - before;
    }
    double warmUpSeconds() const { return m_warmUpSeconds; }

    // The i-th incoming event, as the console's sync records a pulled one: half are the open
    // incident's, half another's. Answers the CPU seconds of the console's work and of the
    // store's write.
    std::pair<double, double> incoming(int i)
    {
        const QString incident = i % 2 ? m_ids.at(1 + i % (m_ids.size() - 1)) : m_ids.first();
        Event event = m_remote.note(incident, QStringLiteral("seen from another desk %1").arg(i),
                                    QStringLiteral("observation"));
        event.seq = ++m_seq;
        event.recordedAt = event.occurredAt;
        const double before = threadCpuSeconds();
        if (const auto applied = m_store.applyConfirmed({event}, m_seq); !applied)
            qFatal("incoming bench: %s", qPrintable(applied.error()));
        QCoreApplication::processEvents();
        return {threadCpuSeconds() - m_committed, m_committed - before};
    }

    // The scribe's Enter to the row in the scribe's list, wall seconds.
    double enter(int i)
    {
        Scribe &scribe = *m_workspace->scribe();
        const qsizetype rows = scribe.entries()->rowCount();
        const Stopwatch typed;
        const QString refused = scribe.submit(QStringLiteral("line %1").arg(i));
        QCoreApplication::processEvents();
        const double seconds = typed.seconds();
        if (!refused.isEmpty() || scribe.entries()->rowCount() != rows + 1)
            qFatal("incoming bench: the scribe's line did not appear: %s", qPrintable(refused));
        return seconds;
    }

    // The durable write of one note alone, on a connection nothing listens to; wall seconds.
    double bareAppend(int i)
    {
        const Event note = m_local.note(m_ids.last(), QStringLiteral("bare %1").arg(i),
                                        QStringLiteral("observation"));
        const Stopwatch written;
        if (!m_bare.append(note))
            qFatal("incoming bench: bare append failed");
        return written.seconds();
    }

private:
    LocalStore m_store, m_bare;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_ids;
    qint64 m_seq = 0;
    double m_committed = 0;
    double m_warmUpSeconds = 0;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    EventFactory m_remote{m_clock, QStringLiteral("remote")};
    EventFactory m_local{m_clock, QStringLiteral("bench")};
};

// The scribe's Enter with one long incident open (fold, open and memory's size): every
// change of the open incident makes its timeline rows again, so this grows with its length.
Figure longIncidentEnter(const Setup &setup, const QString &benchmark, double bareAppend)
{
    const int events = setup.scale.incidentEvents;
    const QString dir = QDir(setup.workDir).filePath(QStringLiteral("incoming-long"));
    progress(QStringLiteral("incoming: the scribe on one incident of %1 events").arg(events));
    writeLocalStore(dir, makeIncident(events));
    Desk desk(dir);
    QList<double> enters;
    for (int i = 0; i < 10; ++i)
        enters << desk.enter(i);
    Figure enter = costFigure(
        benchmark,
        QStringLiteral("scribe Enter to row shown, one incident of %1 events").arg(events),
        QStringLiteral("LocalStore::append of one note (the durable write)"), QStringLiteral("ms"),
        median(enters) * 1e3, bareAppend * 1e3);
    enter.note = QStringLiteral("%1 ms: the open incident's timeline is made again on each change")
                     .arg(median(enters) * 1e3, 0, 'f', 1);
    return enter;
}

} // namespace

QList<Figure> benchIncoming(const Setup &setup)
{
    const Scale &scale = setup.scale;
    const QString small = QDir(setup.workDir).filePath(QStringLiteral("incoming-small"));
    const QString large = QDir(setup.workDir).filePath(QStringLiteral("incoming-large"));
    progress(QStringLiteral("incoming: writing %1 and %2 incidents of %3 events")
                 .arg(scale.fewIncidents)
                 .arg(scale.teamIncidents)
                 .arg(scale.teamIncidentEvents));
    writeTeamStore(small, scale.fewIncidents, scale.teamIncidentEvents);
    writeTeamStore(large, scale.teamIncidents, scale.teamIncidentEvents);
    progress(QStringLiteral("incoming: %1 events into each").arg(scale.incomingEvents));
    // In turns, event by event, so that a slow moment of the machine falls on both. An event
    // of the open incident redraws its panels; one of another incident changes a list row:
    // two costs, each its own median.
    Desk fewDesk(small), manyDesk(large);
    QList<double> cpu[2][2], write[2]; // [few, many][other, open]
    for (int i = 0; i < scale.incomingEvents; ++i) {
        const bool open = i % 2 == 0;
        const auto [fewWork, fewStore] = fewDesk.incoming(i);
        const auto [manyWork, manyStore] = manyDesk.incoming(i);
        cpu[0][open] << fewWork;
        cpu[1][open] << manyWork;
        write[0] << fewStore;
        write[1] << manyStore;
    }
    QList<double> enters, appends;
    for (int i = 0; i < scale.incomingEvents; ++i) {
        enters << manyDesk.enter(i);
        appends << manyDesk.bareAppend(i);
    }

    const QString benchmark = QStringLiteral("7. Incoming event");
    const QString size = QStringLiteral("%1 incidents × %2 events")
                             .arg(scale.teamIncidents)
                             .arg(scale.teamIncidentEvents);
    const QString fewSize = QStringLiteral("the same, %1 incidents × %2 events")
                                .arg(scale.fewIncidents)
                                .arg(scale.teamIncidentEvents);
    QList<Figure> figures;
    for (const bool open : {false, true}) {
        const double many = median(cpu[1][open]), few = median(cpu[0][open]);
        Figure figure =
            costFigure(benchmark,
                       QStringLiteral("console CPU per incoming event of %1 (median), %2")
                           .arg(open ? QStringLiteral("the open incident")
                                     : QStringLiteral("another incident"),
                                size),
                       fewSize, QStringLiteral("ms"), many * 1e3, few * 1e3, 1.5);
        const bool fast = many <= 0.005;
        figure.met = figure.met && fast;
        figure.note = QStringLiteral("%1 ms an event; goal ≤ 5 ms %2")
                          .arg(many * 1e3, 0, 'f', 3)
                          .arg(fast ? QStringLiteral("met") : QStringLiteral("**missed**"));
        figures << figure;
    }
    figures << costFigure(benchmark,
                          QStringLiteral("the store's write of an incoming event (SQLite; not "
                                         "in the rows above), %1")
                              .arg(size),
                          fewSize, QStringLiteral("ms"), median(write[1]) * 1e3,
                          median(write[0]) * 1e3);
    Figure enter = costFigure(benchmark, QStringLiteral("scribe Enter to row shown, %1").arg(size),
                              QStringLiteral("LocalStore::append of one note (the durable write)"),
                              QStringLiteral("ms"), median(enters) * 1e3, median(appends) * 1e3);
    enter.goal = QStringLiteral("≤ 16 ms");
    enter.met = median(enters) <= 0.016;
    enter.note = QStringLiteral("%1 ms, one frame is 16 ms").arg(median(enters) * 1e3, 0, 'f', 2);
    figures << enter;
    figures << longIncidentEnter(setup, benchmark, median(appends));
    figures << costFigure(benchmark,
                          QStringLiteral("the console's background fold of its open incidents "
                                         "after the first frame (CPU), %1")
                              .arg(size),
                          fewSize, QStringLiteral("s"), manyDesk.warmUpSeconds(),
                          fewDesk.warmUpSeconds());
    return figures;
}

} // namespace cp::bench
