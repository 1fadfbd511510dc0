#pragma once

#include "clock.h"
#include "eventfactory.h"
#include "timeformat.h"

#include <QList>
#include <QTimeZone>

using cp::Event;

// Builds the events of one incident at set times, numbered like a server would number them.
class IncidentScript
{
public:
    explicit IncidentScript(const QString &actor = QStringLiteral("alice"))
        : clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC))
        , factory(clock, actor)
    {
    }

    // Declares the incident; later events belong to it.
    Event declare(const QString &title = QStringLiteral("Checkout errors"),
                  const QString &severity = QStringLiteral("SEV2"))
    {
        Event event = factory.declare(title, severity);
        incident = event.incident;
        return add(event);
    }

    Event add(Event event)
    {
        event.seq = ++lastSeq;
        events.append(event);
        return event;
    }

    // Moves the clock on by whole minutes before the next event.
    IncidentScript &after(int minutes)
    {
        clock.advanceSeconds(60LL * minutes);
        return *this;
    }

    QDateTime at(int minutesAfterStart) const
    {
        return QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)
            .addSecs(60LL * minutesAfterStart);
    }

    cp::ManualClock clock;
    cp::EventFactory factory;
    QString incident;
    QList<cp::Event> events;
    qint64 lastSeq = 0;
};
