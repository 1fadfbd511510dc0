#pragma once

#include "incidentsummary.h"
#include "localstore.h"
#include "projection.h"

#include <QObject>
#include <QTimer>

namespace cp::app {

// The incidents of a local store as the console shows them, kept up to date from what each
// write changed (LocalStore::changed). Opening a store costs a row per incident: the list
// comes from the store's summaries, and an incident is folded only when it is needed (shown,
// written to, or named in an event that arrives); its state is then kept and advanced by the
// events that arrive, and folded again from its log only when its order changed (a repeat or
// an older event filled in, a requeue). Open incidents are folded in the background after the
// first frame, one per turn of the event loop, so their events are cheap when they come.
// Writes by other processes are caught up from the store's seq, outbox and rewrite count.
class LocalProjection : public QObject
{
    Q_OBJECT
public:
    explicit LocalProjection(LocalStore &store, QObject *parent = nullptr);

    // Reads the summaries again and forgets every folded state (at start, and after a rewrite
    // by another process); open incidents are folded again in the background.
    void load();

    // The folded state of an incident that is loaded; nullptr otherwise.
    const IncidentState *find(const QString &incident) const { return m_projection.find(incident); }
    // The folded state, folded from the store first if needed; nullptr for an incident that
    // has no log.
    const IncidentState *state(const QString &incident);
    // Takes `log`, just read from the store, as the incident's log if it is not loaded yet, and
    // answers whether the state loaded is of that log (it may be ahead or behind it until the
    // next catch-up).
    bool adopt(const QString &incident, const QList<Event> &log);
    bool isLoaded(const QString &incident) const { return find(incident) != nullptr; }

    // A summary of every incident with a log.
    QList<IncidentSummary> summaries() const;
    std::optional<IncidentSummary> summary(const QString &incident) const;

    // Whether open incidents are still being folded in the background.
    bool isWarming() const { return m_warmUp.isActive(); }

signals:
    // The incidents a write touched; `whole` after load(), when every summary was read again
    // (and incidents no longer in the store are gone).
    void changed(const QList<cp::Projection::Change> &changes, bool whole);

private:
    void onStoreChanged(const StoreChange &change);
    QList<Projection::Change> confirm(const QList<Event> &events);
    QList<Projection::Change> reset(const QStringList &incidents);
    QList<Projection::Change> catchUp();
    // The incidents named that are not loaded, folded from the store (their logs hold the
    // events of the change already); the events of the others.
    QList<Projection::Change> loadTouched(const QList<Event> &events, QList<Event> &ofLoaded);
    Projection::Change resetFrom(const QString &incident, const QList<Event> &log);
    void warmUpOne();

    LocalStore &m_store;
    Projection m_projection;
    QHash<QString, IncidentSummary> m_summaries; // of incidents not loaded, as the store had them
    QStringList m_toWarm;                        // open incidents not loaded yet
    QTimer m_warmUp;
    // The highest seq the view has taken in (of every incident, loaded or not).
    qint64 m_seenSeq = 0;
    // The store's confirmed rows (readable or not) as taken in, to notice rows gone or filled
    // in.
    qint64 m_confirmedCount = 0;
    qint64 m_rewrites = 0;
};

} // namespace cp::app

Q_DECLARE_METATYPE(QList<cp::Projection::Change>)
