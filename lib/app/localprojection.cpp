#include "localprojection.h"

#include <QLoggingCategory>

namespace cp::app {
namespace {
Q_LOGGING_CATEGORY(lcProjection, "commandpost.projection", QtWarningMsg)

qint64 highestSeq(const QList<Event> &events, qint64 from)
{
    for (const Event &event : events)
        from = std::max(from, event.seq);
    return from;
}
} // namespace

LocalProjection::LocalProjection(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &LocalProjection::onStoreChanged);
    m_warmUp.setInterval(0);
    connect(&m_warmUp, &QTimer::timeout, this, &LocalProjection::warmUpOne);
}

void LocalProjection::load()
{
    qCDebug(lcProjection) << "reading the summaries again";
    m_projection.clear();
    m_summaries.clear();
    m_toWarm.clear();
    // The counts first, then the summaries: a write between them shows at the next catch-up
    // (as an event taken in twice, which folds its incident again, or as counts that do not
    // add up, which reads again), never as one missed. Rows, not events read: an unreadable
    // row stays counted, so counts keep adding up.
    m_rewrites = m_store.rewrites();
    m_confirmedCount = m_store.confirmedRowCount();
    m_seenSeq = m_store.highestSeq();
    if (const auto summaries = m_store.summaries()) {
        for (const IncidentSummary &summary : *summaries) {
            m_summaries.insert(summary.id, summary);
            if (summary.declared && summary.isOpen())
                m_toWarm << summary.id;
        }
    } // else the store said why (readError), and the list is empty until it can be read
    m_warmUp.start();
    emit changed({}, true);
}

void LocalProjection::warmUpOne()
{
    while (!m_toWarm.isEmpty()) {
        const QString incident = m_toWarm.takeLast();
        if (isLoaded(incident))
            continue;
        resetFrom(incident, m_store.events(incident));
        return; // one incident a turn: the window keeps drawing and taking keys meanwhile
    }
    m_warmUp.stop();
}

const IncidentState *LocalProjection::state(const QString &incident)
{
    if (!isLoaded(incident) && m_summaries.contains(incident))
        resetFrom(incident, m_store.events(incident));
    return find(incident);
}

bool LocalProjection::adopt(const QString &incident, const QList<Event> &log)
{
    if (!isLoaded(incident)) {
        if (!log.isEmpty())
            resetFrom(incident, log);
        return true;
    }
    return m_projection.confirmedCount(incident) + m_projection.pendingIds(incident).size() ==
           log.size();
}

QList<IncidentSummary> LocalProjection::summaries() const
{
    QList<IncidentSummary> all = m_summaries.values();
    for (const IncidentState *state : m_projection.states())
        all.append(summarize(*state));
    return all;
}

std::optional<IncidentSummary> LocalProjection::summary(const QString &incident) const
{
    if (const IncidentState *state = find(incident))
        return summarize(*state);
    if (const auto it = m_summaries.constFind(incident); it != m_summaries.cend())
        return *it;
    return std::nullopt;
}

// Folds the incident from its log, as read; it is loaded from then on, or gone when the log
// is empty.
Projection::Change LocalProjection::resetFrom(const QString &incident, const QList<Event> &log)
{
    const auto firstPending =
        std::find_if(log.cbegin(), log.cend(), [](const Event &e) { return !e.isConfirmed(); });
    const qsizetype confirmedCount = firstPending - log.cbegin();
    m_summaries.remove(incident);
    return m_projection.reset(incident, log.first(confirmedCount), log.sliced(confirmedCount));
}

QList<Projection::Change> LocalProjection::loadTouched(const QList<Event> &events,
                                                       QList<Event> &ofLoaded)
{
    QList<Projection::Change> changes;
    QSet<QString> folded; // here, from logs that hold this change's events already
    for (const Event &event : events) {
        if (folded.contains(event.incident))
            continue;
        if (isLoaded(event.incident)) {
            ofLoaded.append(event);
            continue;
        }
        folded.insert(event.incident);
        qCDebug(lcProjection) << "folding" << event.incident << "on its first event";
        changes << resetFrom(event.incident, m_store.events(event.incident));
    }
    return changes;
}

QList<Projection::Change> LocalProjection::confirm(const QList<Event> &events)
{
    m_seenSeq = highestSeq(events, m_seenSeq);
    QList<Event> ofLoaded;
    QList<Projection::Change> changes = loadTouched(events, ofLoaded);
    QStringList outOfOrder;
    changes << m_projection.confirm(ofLoaded, &outOfOrder);
    if (!outOfOrder.isEmpty())
        changes << reset(outOfOrder);
    return changes;
}

QList<Projection::Change> LocalProjection::reset(const QStringList &incidents)
{
    QList<Projection::Change> changes;
    for (const QString &incident : incidents) {
        qCDebug(lcProjection) << "folding" << incident << "again";
        changes << resetFrom(incident, m_store.events(incident));
    }
    return changes;
}

QList<Projection::Change> LocalProjection::catchUp()
{
    const auto read = m_store.catchup(m_seenSeq);
    if (!read)
        return {}; // the store said why (readError); the next change tries again
    if (read->rewrites != m_rewrites ||
        read->confirmedCount != m_confirmedCount + read->confirmed.size()) {
        // Rows moved or filled in below what was taken in: only the whole store tells.
        load();
        return {};
    }
    m_confirmedCount = read->confirmedCount;
    QList<Projection::Change> changes = confirm(read->confirmed);
    QHash<QString, QStringList> outbox;
    for (const auto &[incident, id] : read->outbox)
        outbox[incident] << id;
    QSet<QString> incidents(outbox.keyBegin(), outbox.keyEnd());
    for (const QString &incident : m_projection.incidents()) {
        if (!m_projection.pendingIds(incident).isEmpty())
            incidents.insert(incident);
    }
    for (const QString &incident : std::as_const(incidents)) {
        if (!isLoaded(incident))
            changes << resetFrom(incident, m_store.events(incident));
        else if (m_projection.pendingIds(incident) != outbox.value(incident))
            changes << m_projection.setPending(incident, m_store.pendingEvents(incident));
    }
    return changes;
}

void LocalProjection::onStoreChanged(const StoreChange &change)
{
    QList<Projection::Change> changes;
    switch (change.kind) {
    case StoreChange::Kind::Appended: {
        QList<Event> ofLoaded;
        changes = loadTouched(change.events, ofLoaded);
        changes << m_projection.appendPending(ofLoaded);
        break;
    }
    case StoreChange::Kind::Confirmed:
        m_confirmedCount += change.inserted;
        changes = confirm(change.events);
        break;
    case StoreChange::Kind::Rewritten:
        if (change.rewrites != m_rewrites + 1) { // another process rewrote as well
            load();
            return;
        }
        m_rewrites = change.rewrites;
        changes = reset(change.incidents);
        break;
    case StoreChange::Kind::OnDisk:
        changes = catchUp();
        break;
    }
    if (!changes.isEmpty())
        emit changed(changes, false);
}

} // namespace cp::app
