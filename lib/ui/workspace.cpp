#include "workspace.h"

#include "localstore.h"

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
    , m_actions(*this, store)
    , m_scribe(*this, store)
{
    connect(&m_store, &LocalStore::changed, this, &Workspace::onStoreChanged);
    m_store.watchDisk(DiskPollMs);
    connect(&m_tick, &QTimer::timeout, this, &Workspace::tick);
    connect(this, &Workspace::currentIdChanged, &m_scribe, &Scribe::cancelTyping);
    connect(&m_current, &CurrentIncident::changed, this, [this] {
        const QList<Event> log = m_store.events(m_currentId);
        m_scribe.setNotes(m_current.state());
        m_timeline.setIncident(m_current.state(), log, this->clock().now());
        m_timelineList.setRows(
            report::timelineRows(m_current.state(), log, report::Wording::Reader));
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

void Workspace::select(const QString &incidentId)
{
    if (incidentId == m_currentId)
        return;
    m_currentId = incidentId;
    m_current.setState(m_store.incident(incidentId), clock().now());
    emit currentIdChanged();
}

void Workspace::reload()
{
    const QMap<QString, IncidentState> incidents = m_store.incidents();
    QList<IncidentState> declared;
    for (const IncidentState &incident : incidents) {
        if (incident.declared)
            declared.append(incident);
    }
    m_incidents.setIncidents(declared);
    if (m_currentId.isEmpty() && m_incidents.rowCount() > 0)
        select(m_incidents.idAt(0));
    else if (!m_currentId.isEmpty())
        m_current.setState(incidents.value(m_currentId), clock().now());
}

void Workspace::onStoreChanged(const QStringList &)
{
    reload();
}

} // namespace cp
