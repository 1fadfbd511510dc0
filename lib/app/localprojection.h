#pragma once

#include "localstore.h"
#include "projection.h"

#include <QObject>

namespace cp::app {

// Every incident of a local store, folded, in memory, and kept up to date from what each
// write changed (LocalStore::changed): an event typed or confirmed is applied to its
// incident's state, and only an incident whose order changed (a repeat or an older event
// filled in, a requeue) is folded again from its log. Writes by other processes are caught
// up from the store's seq, outbox and rewrite count, not by reading every incident again.
class LocalProjection : public QObject
{
    Q_OBJECT
public:
    explicit LocalProjection(LocalStore &store, QObject *parent = nullptr);

    // Reads and folds the whole store (at start, and after a rewrite by another process).
    void load();

    const IncidentState *find(const QString &incident) const { return m_projection.find(incident); }
    QList<const IncidentState *> states() const { return m_projection.states(); }
    const Projection &projection() const { return m_projection; }

signals:
    // The incidents a write touched; `whole` after load(), when every incident was folded
    // again (and those no longer in the store are gone).
    void changed(const QList<cp::Projection::Change> &changes, bool whole);

private:
    void onStoreChanged(const StoreChange &change);
    QList<Projection::Change> confirm(const QList<Event> &events);
    QList<Projection::Change> reset(const QStringList &incidents);
    QList<Projection::Change> catchUp();

    LocalStore &m_store;
    Projection m_projection;
    // The store's confirmed rows (readable or not) as folded, to notice rows gone or filled in.
    qint64 m_confirmedCount = 0;
    qint64 m_rewrites = 0;
};

} // namespace cp::app

Q_DECLARE_METATYPE(QList<cp::Projection::Change>)
