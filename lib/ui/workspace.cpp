#include "workspace.h"

#include "darkpalette.h"
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
    , m_engine(store, clock, sync::SyncEngine::Options{})
    , m_sync(m_engine)
    , m_commands(store, m_engine.serverClock(), defaultActor(),
                 [this](const QString &incident) { return stateOf(incident); })
    , m_actions(*this, m_commands)
    , m_scribe(*this, m_commands)
{
    connect(&m_store, &LocalStore::changed, this, &Workspace::onStoreChanged);
    connect(&m_store, &LocalStore::damaged, this, [this] {
        emit storeProblemChanged();
        m_notifier.notify(tr("Command Post"), tr("The local store is damaged."));
    });
    m_store.watchDisk(DiskPollMs);
    connect(&m_tick, &QTimer::timeout, this, &Workspace::tick);
    connect(this, &Workspace::currentIdChanged, &m_scribe, &Scribe::cancelTyping);
    connect(&m_current, &CurrentIncident::changed, this, [this] {
        m_scribe.setNotes(m_current.state());
        m_timeline.setIncident(m_current.state(), m_currentLog, this->clock().now());
        m_timelineList.setRows(
            report::timelineRows(m_current.state(), m_currentLog, report::Wording::Reader));
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

IncidentState Workspace::stateOf(const QString &incidentId) const
{
    // The console acts on the open incident, whose state is folded already.
    if (incidentId == m_currentId)
        return m_current.state();
    return m_store.incident(incidentId);
}

void Workspace::select(const QString &incidentId)
{
    if (incidentId == m_currentId)
        return;
    QList<Event> log = m_store.events(incidentId);
    const IncidentState state = Reducer::fold(log);
    show(incidentId, state, std::move(log));
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
    // One read of the whole store: the list needs every incident's state, and the open
    // incident its log as well. (Reading it again for each was most of the time to open a
    // large incident.)
    QHash<QString, QList<Event>> logs;
    for (const Event &event : m_store.events({}))
        logs[event.incident].append(event);
    QMap<QString, IncidentState> states;
    QList<IncidentState> declared;
    for (auto it = logs.cbegin(); it != logs.cend(); ++it) {
        const IncidentState state = Reducer::fold(it.value());
        states.insert(it.key(), state);
        if (state.declared)
            declared.append(state);
    }
    m_incidents.setIncidents(declared);
    QString shown = m_currentId;
    if (shown.isEmpty() && m_incidents.rowCount() > 0)
        shown = m_incidents.idAt(0);
    if (!shown.isEmpty())
        show(shown, states.value(shown), logs.value(shown));
}

void Workspace::onStoreChanged(const QStringList &)
{
    reload();
}

} // namespace cp
