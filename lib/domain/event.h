#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cp {

// One entry of an incident's log (PROTOCOL.md §1). `seq`, `actor` and `recordedAt` are
// stamped by the server; an event the server has not acknowledged yet has seq 0.
struct Event
{
    QString id;       // client-made UUID, the idempotency key
    QString incident; // the incident's UUID
    QString type;     // e.g. "task.created"
    QDateTime occurredAt;
    QJsonObject data;

    qint64 seq = 0;
    QString actor;
    QDateTime recordedAt;

    bool isConfirmed() const { return seq > 0; }

    QString text(const QString &field) const { return data.value(field).toString(); }
    int integer(const QString &field, int fallback = 0) const
    {
        return data.value(field).toInt(fallback);
    }

    // Two events carry the same content when everything the client chose is equal; the
    // server stamps are left out, so a retried event compares equal to its stored copy.
    bool sameContent(const Event &other) const;
};

// A new random id in the canonical UUID text form, without braces.
QString newId();

} // namespace cp
