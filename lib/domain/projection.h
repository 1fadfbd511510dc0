#pragma once

#include "event.h"
#include "incidentstate.h"

#include <QHash>
#include <QList>

namespace cp {

// The folded state of every incident of a log, advanced by the events that arrive, so that a
// change costs what it adds, not what the log holds. Each incident's log is in fold order
// (PROTOCOL.md): its confirmed events by seq, then its pending ones (made here and not
// confirmed yet) in the order made. The server has only confirmed events; a workstation has
// both, and a confirmation that does not extend the confirmed log in order (a repeat, an
// older event filled in) is the one case that needs the incident folded again from its log.
class Projection
{
public:
    // How one incident's log changed, for a view of it: its first `kept` events stay and
    // `added` follow them. After a reset (`refolded`), `kept` is 0 and `added` is the log.
    struct Change
    {
        QString incident;
        bool refolded = false;
        qsizetype kept = 0;
        QList<Event> added;
    };

    // Confirmed events, in seq order. An incident whose events cannot be applied in order is
    // left as it was and named in `outOfOrder`, for the caller to reset from its log.
    QList<Change> confirm(const QList<Event> &events, QStringList *outOfOrder = nullptr);
    // Events appended to the outbox, in the order made.
    QList<Change> appendPending(const QList<Event> &events);
    // The incident's pending events are now these (the outbox changed in another way).
    Change setPending(const QString &incident, QList<Event> pending);
    // Folds one incident from scratch: its confirmed log (by seq) and its pending events. An
    // incident of which nothing is left is forgotten.
    Change reset(const QString &incident, const QList<Event> &confirmed, QList<Event> pending);
    void clear();

    const IncidentState *find(const QString &incident) const;
    QList<const IncidentState *> states() const;
    QStringList incidents() const { return m_entries.keys(); }
    // The ids of an incident's pending events, in order.
    QStringList pendingIds(const QString &incident) const;
    qsizetype confirmedCount(const QString &incident) const;
    // The highest seq confirmed, of every incident.
    qint64 lastSeq() const { return m_lastSeq; }
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        IncidentState confirmed; // the confirmed log folded
        qsizetype confirmedCount = 0;
        QList<Event> pending;
        IncidentState state; // confirmed, then pending: what is shown
    };
    static void rebuild(Entry &entry);
    void recomputeLastSeq();

    QHash<QString, Entry> m_entries;
    qint64 m_lastSeq = 0;
};

} // namespace cp
