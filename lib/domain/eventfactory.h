#pragma once

#include "clock.h"
#include "event.h"

namespace cp {

// Turns a person's intent into an event: a new id, the time from the clock, the local actor.
// It does not validate; the store does that before anything is written.
class EventFactory
{
public:
    EventFactory(const Clock &clock, QString actor);

    const QString &actor() const { return m_actor; }
    QDateTime now() const { return m_clock.now(); }

    // `at` backdates the event (the scribe's "14:02 …"); invalid means now.
    Event make(const QString &incident, const QString &type, QJsonObject data,
               const QDateTime &at = {}) const;

    Event declare(const QString &title, const QString &severity, const QString &summary = {}) const;
    Event note(const QString &incident, const QString &text, const QString &kind,
               const QDateTime &at = {}) const;
    Event assignRole(const QString &incident, const QString &role, const QString &person) const;
    Event relieveRole(const QString &incident, const QString &role) const;
    Event createTask(const QString &incident, const QString &title, const QString &assignee,
                     int timeboxMinutes) const;
    Event taskEvent(const QString &incident, const QString &type, const QString &task,
                    QJsonObject data = {}) const;
    Event setTaskStatus(const QString &incident, const QString &task, const QString &status) const;
    Event setSection(const QString &incident, const QString &section, const QString &text,
                     const QString &base) const;
    Event publishUpdate(const QString &incident, const QString &audience, const QString &text,
                        int nextInMinutes = 0) const;
    Event setStatus(const QString &incident, const QString &status, const QDateTime &at = {}) const;
    Event setSeverity(const QString &incident, const QString &severity, const QString &reason = {},
                      const QDateTime &at = {}) const;
    Event setMilestone(const QString &incident, const QString &milestone,
                       const QDateTime &at) const;
    Event acknowledgeTask(const QString &incident, const QString &task) const;
    Event extendTask(const QString &incident, const QString &task, int minutes) const;
    Event setCadence(const QString &incident, const QString &audience, int minutes) const;
    // A correction of a timeline entry: an invalid `at` or an empty `text` leaves that as is.
    Event editEntry(const QString &incident, const QString &entry, const QDateTime &at,
                    const QString &text) const;
    Event pinEntry(const QString &incident, const QString &entry, bool pinned) const;
    // An invalid `due` means no due date.
    Event addFollowUp(const QString &incident, const QString &title, const QString &owner,
                      const QDate &due) const;

private:
    const Clock &m_clock;
    QString m_actor;
};

} // namespace cp
