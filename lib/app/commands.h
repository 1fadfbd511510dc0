#pragma once

#include "eventfactory.h"
#include "incidentstate.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <expected>
#include <functional>
#include <optional>

namespace cp {
class LocalStore;
}

namespace cp::app {

// Why an intent was not carried out. Nothing was written; the message says what is wrong in
// words a responder uses (translated where the program installed a translator).
struct Refusal
{
    enum class Code {
        NoIncident,   // no incident was given (none is selected)
        NotFound,     // no incident, task or entry matches what was typed
        Ambiguous,    // what was typed matches several
        Invalid,      // the event would not be valid (the store's validation says why)
        Conflict,     // the section is in conflict and the text was not written from its head
        NeedsHandOff, // the commander is never relieved without a successor
        NotAnEntry,   // only timeline entries (notes) can be corrected
        BadTime,      // a time that cannot be read, or is in the future, or far from the incident
        BadDate,      // a date that cannot be read
        BadFormat,    // an export format that does not exist
        Store,        // the local store could not be written or read
        File,         // the export file could not be written
    };
    Code code;
    QString message;
};

template<typename T> using Result = std::expected<T, Refusal>;

// What a command wrote: the events, in the order they were appended (one transaction).
struct Recorded
{
    QList<Event> events;
    QString incident() const { return events.isEmpty() ? QString() : events.first().incident; }
};

// The one place where intents become events. The console, the scribe window and
// commandpost-cli each call these and only adapt input and output; every rule (what is
// refused, what a hand-off records, which base a section edit has) lives here once.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(cp::app::Commands)
public:
    // The folded state of an incident, as the caller knows it (the console's projection, or
    // the store's fold for the CLI).
    using StateOf = std::function<IncidentState(const QString &incident)>;

    // `clock` stamps new events (the server's time, as sync measured it).
    Commands(LocalStore &store, const Clock &clock, QString actor, StateOf stateOf = {});

    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    QDateTime now() const;
    IncidentState stateOf(const QString &incident) const;

    // The one incident (task, timeline entry) whose id is `typed` or starts with it: ids are
    // long, people type the first few characters.
    Result<QString> findIncident(const QString &typed) const;
    Result<QString> findTask(const QString &incident, const QString &typed) const;
    Result<QString> findEntry(const QString &incident, const QString &typed) const;

    Result<Recorded> declare(const QString &title, const QString &severity,
                             const QString &summary = {});
    Result<Recorded> setStatus(const QString &incident, const QString &status,
                               const QDateTime &at = {});
    Result<Recorded> setSeverity(const QString &incident, const QString &severity,
                                 const QString &reason = {}, const QDateTime &at = {});

    Result<Recorded> assignRole(const QString &incident, const QString &role,
                                const QString &person);
    // Any role but the commander's: command is handed off, never left empty.
    Result<Recorded> relieveRole(const QString &incident, const QString &role);
    // The assignment, and (when someone held command) a communication note that the new
    // commander was briefed and it was announced, as one batch.
    Result<Recorded> handOffCommand(const QString &incident, const QString &person);

    Result<Recorded> createTask(const QString &incident, const QString &title,
                                const QString &assignee, int timeboxMinutes);
    Result<Recorded> acknowledgeTask(const QString &incident, const QString &task);
    Result<Recorded> setTaskStatus(const QString &incident, const QString &task,
                                   const QString &status);
    Result<Recorded> extendTask(const QString &incident, const QString &task, int minutes);

    // `base` is the section version the text was written from (an event id, "" for a new
    // section). Without one the text is based on the current head, which is refused while the
    // section is in conflict: only someone who read both texts settles it.
    Result<Recorded> writeSection(const QString &incident, const QString &section,
                                  const QString &text, std::optional<QString> base = {});
    Result<Recorded> setCadence(const QString &incident, const QString &audience, int minutes);
    Result<Recorded> publishUpdate(const QString &incident, const QString &audience,
                                   const QString &text, int nextInMinutes = 0);

    // `at` backdates (invalid: now).
    Result<Recorded> addNote(const QString &incident, const QString &text, const QString &kind,
                             const QDateTime &at = {});
    Result<Recorded> setMilestone(const QString &incident, const QString &milestone,
                                  const QDateTime &at = {});
    // Corrects a timeline entry (a note): an invalid `at` or empty `text` keeps that part.
    Result<Recorded> correctEntry(const QString &incident, const QString &entry,
                                  const QDateTime &at, const QString &text);
    Result<Recorded> pinEntry(const QString &incident, const QString &entry, bool pinned);
    Result<Recorded> addFollowUp(const QString &incident, const QString &title,
                                 const QString &owner, const QDate &due = {});

    // A time typed for a new event (HH:MM on the clock the person sees, `offsetMs` from the
    // server's; or ISO 8601): refused in the future, or far before the incident was declared.
    Result<QDateTime> typedTime(const QString &incident, const QString &text, qint64 offsetMs,
                                const QTimeZone &zone) const;
    // A time typed in review: HH:MM is that time nearest `anchor` (the entry's own time, or the
    // declaration), so "14:05" means 14:05 of the incident, not of today.
    Result<QDateTime> reviewTime(const QString &text, const QDateTime &anchor,
                                 const QTimeZone &zone) const;
    // A milestone's time, from the console or the CLI alike. While the incident is open, as
    // typedTime (HH:MM of today, a little ahead refused); once closed, HH:MM is its latest
    // occurrence not after the close, so "14:05" typed days later is 14:05 of the incident,
    // and one that falls more than 12 h before the declaration is refused.
    Result<QDateTime> milestoneTime(const QString &incident, const QString &text, qint64 offsetMs,
                                    const QTimeZone &zone) const;
    // A corrected time for a timeline entry: HH:MM is that time nearest the entry's own time
    // (nearest the declaration for an entry not found), so a review the next day keeps its day.
    Result<QDateTime> entryTime(const QString &incident, const QString &entry, const QString &text,
                                const QTimeZone &zone) const;
    Result<QDate> typedDate(const QString &text) const;

    // The incident's postmortem (md, html), timeline (csv) or log (json); pdf only to a file.
    static QStringList exportFormats();
    Result<QByteArray> report(const QString &incident, const QString &format,
                              const QTimeZone &zone) const;
    Result<void> exportReport(const QString &incident, const QString &format, const QString &path,
                              const QTimeZone &zone) const;

private:
    static std::unexpected<Refusal> notATime(const QString &typed);
    Result<Recorded> record(QList<Event> events);
    // `typed` is how the time was written, for the refusal (default: the time itself).
    Result<void> checkMoment(const QString &incident, const QDateTime &at,
                             const QString &typed = {}) const;
    EventFactory factory() const { return EventFactory(m_clock, m_actor); }

    LocalStore &m_store;
    const Clock &m_clock;
    QString m_actor;
    StateOf m_stateOf;
};

} // namespace cp::app
