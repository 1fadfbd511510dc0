#include "workspace.h"

#include "palette.h"
#include "datadir.h"
#include "localstore.h"
#include "reducer.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace cp {
namespace {
Workspace *s_instance = nullptr;
// How often to look for writes by other processes (a CLI, a sync) on the same store.
constexpr int DiskPollMs = 1000;
// Countdowns move once a second.
constexpr int TickMs = 1000;
} // namespace

Workspace::Workspace(LocalStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_projection(store)
    , m_engine(store, clock, sync::SyncEngine::Options{})
    , m_sync(m_engine)
    , m_commands(store, m_engine.serverClock(), defaultActor(),
                 [this](const QString &incident) { return stateOf(incident); })
    , m_actions(*this, m_commands)
    , m_scribe(*this, m_commands)
{
    connect(&m_projection, &app::LocalProjection::changed, this, &Workspace::onProjectionChanged);
    connect(&m_store, &LocalStore::damaged, this, [this] {
        emit storeProblemChanged();
        m_notifier.notify(tr("Command Post"), tr("The local store is damaged."));
    });
    m_store.watchDisk(DiskPollMs);
    connect(&m_tick, &QTimer::timeout, this, &Workspace::tick);
    connect(this, &Workspace::currentIdChanged, &m_scribe, &Scribe::cancelTyping);
    connect(&m_current, &CurrentIncident::changed, this, [this] {
        m_scribe.setNotes(m_current.state());
        // One set of rows for the list and the chart.
        QList<report::TimelineRow> rows =
            report::timelineRows(m_current.state(), m_currentLog, report::Wording::Reader);
        m_timeline.setIncident(m_current.state(), rows, this->clock().now());
        m_timelineList.setRows(std::move(rows));
    });
    // An escalated reminder reaches the commander even in another window.
    connect(m_current.reminders(), &ReminderListModel::escalated, this,
            [this](const QString &text) { m_notifier.notify(m_current.title(), text); });
    m_timeline.setUtc(m_preferences.utc());
    connect(&m_preferences, &Preferences::utcChanged, this,
            [this] { m_timeline.setUtc(m_preferences.utc()); });
    m_tick.start(TickMs);
    reload();
}

QString Workspace::storeProblem() const
{
    return m_store.readError();
}

void Workspace::tick()
{
    m_current.setNow(clock().now());
    emit ticked();
}

void Workspace::setInstance(Workspace *workspace)
{
    s_instance = workspace;
}

Workspace *Workspace::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance)
        qFatal("Workspace::create: setInstance() must run before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Workspace::dataPath() const
{
    return m_store.filePath();
}

void Workspace::applyTheme(QObject *window) const
{
    if (m_darkTheme)
        applyDarkPalette(window);
}

IncidentState Workspace::stateOf(const QString &incidentId)
{
    const IncidentState *state = m_projection.state(incidentId);
    return state ? *state : IncidentState{};
}

void Workspace::select(const QString &incidentId)
{
    if (incidentId != m_currentId)
        showFromStore(incidentId);
}

// Shows the incident with its log read now. Another process's write the projection has not
// caught up with yet may be in this log: the state shown is then of the log read, until the
// catch-up brings both together.
void Workspace::showFromStore(const QString &incidentId)
{
    QList<Event> log = m_store.events(incidentId);
    const bool same = m_projection.adopt(incidentId, log);
    const IncidentState *state = m_projection.find(incidentId);
    show(incidentId, same && state ? *state : Reducer::fold(log), std::move(log));
}

void Workspace::selectNeighbour(int step)
{
    const int count = m_incidents.rowCount();
    if (count == 0)
        return;
    const int row = m_incidents.rowOf(m_currentId);
    select(m_incidents.idAt(std::clamp(row < 0 ? 0 : row + step, 0, count - 1)));
}

void Workspace::show(const QString &incidentId, const IncidentState &state, QList<Event> log)
{
    const bool switched = incidentId != m_currentId;
    m_currentId = incidentId;
    m_currentLog = std::move(log);
    m_current.setState(state, clock().now());
    if (switched)
        emit currentIdChanged();
}

void Workspace::reload()
{
    m_projection.load();
}

bool Workspace::advanceLog(QList<Event> &log, const QString &incident,
                           const QList<Projection::Change> &changes)
{
    for (const Projection::Change &change : changes) {
        if (change.incident != incident)
            continue;
        if (change.kept > log.size())
            return false; // a log that does not hold what the change keeps
        log.resize(change.kept);
        log.append(change.added);
    }
    return true;
}

void Workspace::onProjectionChanged(const QList<Projection::Change> &changes, bool whole)
{
    // A few incidents changed: their rows change, move, come or go. The whole store read (or
    // many): the list is compared with the new one, still row by row.
    constexpr qsizetype RowByRow = 16;
    if (!whole && changes.size() <= RowByRow) {
        for (const Projection::Change &change : changes) {
            if (const auto summary = m_projection.summary(change.incident))
                m_incidents.update(*summary);
            else
                m_incidents.remove(change.incident);
        }
    } else {
        m_incidents.setIncidents(m_projection.summaries());
    }
    QString shown = m_currentId;
    if (shown.isEmpty() && m_incidents.rowCount() > 0)
        shown = m_incidents.idAt(0);
    if (shown.isEmpty())
        return;
    const bool touched = std::any_of(changes.cbegin(), changes.cend(),
                                     [&](const auto &change) { return change.incident == shown; });
    if (whole || shown != m_currentId) { // read again, or the first incident shown
        showFromStore(shown);
        return;
    }
    if (!touched)
        return;
    const IncidentState *state = m_projection.find(shown);
    if (!state) { // nothing is left of the open incident: its panels empty, as it did
        if (shown == m_currentId)
            show(shown, IncidentState{}, {});
        return;
    }
    // A change that starts from nothing (the first load, a new incident) carries the whole
    // log: opening an incident that way needs no second read.
    QList<Event> log = shown == m_currentId ? m_currentLog : QList<Event>{};
    m_currentLog.clear(); // the list is changed in place, not copied
    if (!advanceLog(log, shown, changes))
        log = m_store.events(shown);
    m_currentLog = std::move(log);
    show(shown, *state, m_currentLog);
}

} // namespace cp
