#include "projection.h"

#include "reducer.h"

namespace cp {

void Projection::rebuild(Entry &entry)
{
    // Drop the shown state first: while it shares the confirmed state's lists, applying to a
    // copy of them would copy every list of a long incident.
    entry.state = {};
    entry.state = entry.confirmed;
    for (const Event &event : std::as_const(entry.pending))
        Reducer::apply(entry.state, event);
}

QList<Projection::Change> Projection::confirm(const QList<Event> &events, QStringList *outOfOrder)
{
    // One pass per incident, in the order the events came.
    QHash<QString, QList<Event>> byIncident;
    QStringList order;
    for (const Event &event : events) {
        auto &list = byIncident[event.incident];
        if (list.isEmpty())
            order << event.incident;
        list.append(event);
    }
    QList<Change> changes;
    for (const QString &incident : std::as_const(order)) {
        const QList<Event> &confirmed = byIncident.value(incident);
        Entry &entry = m_entries[incident];
        const bool inOrder =
            std::all_of(confirmed.cbegin(), confirmed.cend(),
                        [&, last = entry.confirmed.lastSeq](const Event &event) mutable {
                            const bool after = event.seq > last;
                            last = event.seq;
                            return after;
                        });
        if (!inOrder) {
            if (outOfOrder)
                *outOfOrder << incident;
            continue;
        }
        const qsizetype kept = entry.confirmedCount;
        entry.state = {}; // see rebuild()
        for (const Event &event : confirmed) {
            Reducer::apply(entry.confirmed, event);
            m_lastSeq = std::max(m_lastSeq, event.seq);
        }
        entry.confirmedCount += confirmed.size();
        QSet<QString> ids;
        for (const Event &event : confirmed)
            ids.insert(event.id);
        entry.pending.removeIf([&](const Event &event) { return ids.contains(event.id); });
        rebuild(entry);
        changes.append({incident, false, kept, confirmed + entry.pending});
    }
    return changes;
}

QList<Projection::Change> Projection::appendPending(const QList<Event> &events)
{
    QList<Change> changes;
    for (const Event &event : events) {
        Entry &entry = m_entries[event.incident];
        const qsizetype kept = entry.confirmedCount + entry.pending.size();
        entry.pending.append(event);
        Reducer::apply(entry.state, event);
        if (!changes.isEmpty() && changes.last().incident == event.incident)
            changes.last().added.append(event);
        else
            changes.append({event.incident, false, kept, {event}});
    }
    return changes;
}

Projection::Change Projection::setPending(const QString &incident, QList<Event> pending)
{
    Entry &entry = m_entries[incident];
    const qsizetype before = entry.pending.size();
    const bool grown =
        pending.size() >= before &&
        std::equal(entry.pending.cbegin(), entry.pending.cend(), pending.cbegin(),
                   [](const Event &a, const Event &b) { return a.id == b.id && a.sameContent(b); });
    if (grown) {
        const QList<Event> added = pending.sliced(before);
        for (const Event &event : added)
            Reducer::apply(entry.state, event);
        entry.pending = std::move(pending);
        return {incident, false, entry.confirmedCount + before, added};
    }
    entry.pending = std::move(pending);
    rebuild(entry);
    return {incident, false, entry.confirmedCount, entry.pending};
}

Projection::Change Projection::reset(const QString &incident, const QList<Event> &confirmed,
                                     QList<Event> pending)
{
    if (confirmed.isEmpty() && pending.isEmpty()) { // nothing left of it (set aside)
        m_entries.remove(incident);
        recomputeLastSeq();
        return {incident, true, 0, {}};
    }
    Entry &entry = m_entries[incident];
    const bool lowered = entry.confirmed.lastSeq == m_lastSeq;
    entry = {};
    entry.confirmed = Reducer::fold(confirmed);
    entry.confirmedCount = confirmed.size();
    entry.pending = std::move(pending);
    rebuild(entry);
    if (lowered) { // this incident held the highest seq, and its log may have lost it
        recomputeLastSeq();
    } else {
        m_lastSeq = std::max(m_lastSeq, entry.confirmed.lastSeq);
    }
    return {incident, true, 0, confirmed + entry.pending};
}

void Projection::recomputeLastSeq()
{
    m_lastSeq = 0;
    for (const Entry &each : std::as_const(m_entries))
        m_lastSeq = std::max(m_lastSeq, each.confirmed.lastSeq);
}

void Projection::clear()
{
    m_entries.clear();
    m_lastSeq = 0;
}

const IncidentState *Projection::find(const QString &incident) const
{
    const auto it = m_entries.constFind(incident);
    return it == m_entries.cend() ? nullptr : &it->state;
}

QList<const IncidentState *> Projection::states() const
{
    QList<const IncidentState *> all;
    all.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        all.append(&entry.state);
    return all;
}

qsizetype Projection::confirmedCount(const QString &incident) const
{
    const auto it = m_entries.constFind(incident);
    return it == m_entries.cend() ? 0 : it->confirmedCount;
}

QStringList Projection::pendingIds(const QString &incident) const
{
    QStringList ids;
    if (const auto it = m_entries.constFind(incident); it != m_entries.cend()) {
        for (const Event &event : it->pending)
            ids << event.id;
    }
    return ids;
}

} // namespace cp
