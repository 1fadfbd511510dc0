#include "localprojection.h"

#include <QLoggingCategory>

namespace cp::app {
namespace {
Q_LOGGING_CATEGORY(lcProjection, "commandpost.projection")
}

LocalProjection::LocalProjection(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &LocalProjection::onStoreChanged);
}

void LocalProjection::load()
{
    m_projection.clear();
    m_rewrites = m_store.rewrites();
    // Rows, not events read: an unreadable row stays counted, so counts keep adding up.
    // (A write between this and the read below shows as a mismatch: read again then.)
    m_confirmedCount = m_store.confirmedRowCount();
    QHash<QString, QList<Event>> confirmed, pending;
    for (const Event &event : m_store.events({}))
        (event.isConfirmed() ? confirmed[event.incident] : pending[event.incident]).append(event);
    QSet<QString> incidents(confirmed.keyBegin(), confirmed.keyEnd());
    incidents.unite(QSet<QString>(pending.keyBegin(), pending.keyEnd()));
    QList<Projection::Change> changes;
    for (const QString &incident : std::as_const(incidents))
        changes << m_projection.reset(incident, confirmed.value(incident), pending.value(incident));
    emit changed(changes, true);
}

QList<Projection::Change> LocalProjection::confirm(const QList<Event> &events)
{
    QStringList outOfOrder;
    QList<Projection::Change> changes = m_projection.confirm(events, &outOfOrder);
    for (const Projection::Change &change : std::as_const(changes))
        m_confirmedCount += change.added.size() - m_projection.pendingIds(change.incident).size();
    if (!outOfOrder.isEmpty())
        changes << reset(outOfOrder);
    return changes;
}

QList<Projection::Change> LocalProjection::reset(const QStringList &incidents)
{
    QList<Projection::Change> changes;
    for (const QString &incident : incidents) {
        qCDebug(lcProjection) << "folding" << incident << "again";
        QList<Event> log = m_store.events(incident);
        const auto firstPending =
            std::find_if(log.cbegin(), log.cend(), [](const Event &e) { return !e.isConfirmed(); });
        const qsizetype confirmedCount = firstPending - log.cbegin();
        m_confirmedCount += confirmedCount - m_projection.confirmedCount(incident);
        changes << m_projection.reset(incident, log.first(confirmedCount),
                                      log.sliced(confirmedCount));
    }
    return changes;
}

QList<Projection::Change> LocalProjection::catchUp()
{
    const auto read = m_store.catchup(m_projection.lastSeq());
    if (!read)
        return {}; // the store said why (readError); the next change tries again
    if (read->rewrites != m_rewrites ||
        read->confirmedCount != m_confirmedCount + read->confirmed.size()) {
        // Rows moved or filled in below what was folded: only the whole store tells.
        load();
        return {};
    }
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
        if (m_projection.pendingIds(incident) != outbox.value(incident))
            changes << m_projection.setPending(incident, m_store.pendingEvents(incident));
    }
    return changes;
}

void LocalProjection::onStoreChanged(const StoreChange &change)
{
    QList<Projection::Change> changes;
    switch (change.kind) {
    case StoreChange::Kind::Appended:
        changes = m_projection.appendPending(change.events);
        break;
    case StoreChange::Kind::Confirmed:
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
