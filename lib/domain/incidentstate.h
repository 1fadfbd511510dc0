#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cp {

struct SeverityChange
{
    QString severity;
    QString reason;
    QDateTime at;
    QString actor;
    QString eventId;
};

struct StatusChange
{
    QString status;
    QDateTime at;
    QString actor;
    QString eventId;
    bool outOfOrder = false; // a move backwards (e.g. resolved → investigating): kept, flagged
};

struct RoleAssignment
{
    QString role;
    QString person;
    QDateTime since;
    QString assignedBy;
    QString eventId;
};

// One line of the role history: an assignment, or a relief when `person` is empty.
struct RoleChange
{
    QString role;
    QString person;
    QString previous;
    QDateTime at;
    QString actor;
    QString eventId;
};

// Command changing hands: `from` is empty when the first commander was named.
struct Handoff
{
    QString from;
    QString to;
    QDateTime at;
    QString eventId;
};

struct Task
{
    QString id;
    QString title;
    QString assignee;
    QString status = QStringLiteral("open");
    int timeboxMinutes = 0;
    int extendedMinutes = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime
        assignedAt; // when the current assignee got it: their acknowledgement is due from then
    QDateTime acknowledgedAt;
    QDateTime statusChangedAt;

    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    bool isActive() const { return status == u"open" || status == u"blocked"; }
    // The timebox runs from acknowledgement; an unacknowledged task has no deadline yet.
    QDateTime deadline() const
    {
        return isAcknowledged() ? acknowledgedAt.addSecs(60LL * (timeboxMinutes + extendedMinutes))
                                : QDateTime();
    }
};

struct SectionVersion
{
    QString eventId;
    QString text;
    QString author;
    QDateTime at;
};

// A section of the live incident state document. A write whose base is not the current
// head is a conflict: the newer text shows, the text it overwrote stays in `conflicts`
// until a write based on the head settles the section.
struct DocSection
{
    QString name;
    SectionVersion head;
    QList<SectionVersion> conflicts;
    int revisions = 0;

    bool isConflicted() const { return !conflicts.isEmpty(); }
};

struct PublishedUpdate
{
    QString eventId;
    QString audience;
    QString text;
    QDateTime at;
    QString actor;
    int nextInMinutes = 0; // 0: the audience's cadence decides
};

struct Note
{
    QString eventId;
    QString text;
    QString kind;
    QDateTime at; // after corrections
    QString actor;
    bool edited = false;
};

// An entry.edited event: a correction made in review. The original stays in the log.
struct Correction
{
    QString eventId;
    QString target;
    QJsonObject changes;
    QDateTime at;
    QString actor;
};

struct FollowUp
{
    QString id;
    QString title;
    QString owner;
    QDateTime due;
    QDateTime createdAt;
    QString createdBy;
};

// The folded state of one incident: what the panels show. Built only by the reducer.
struct IncidentState
{
    QString id;
    bool declared = false;
    QString title;
    QString summary;
    QString detectionSource;
    bool restricted = false;
    QDateTime declaredAt;
    QString declaredBy;

    QString severity;
    QString status;
    QList<SeverityChange> severityHistory;
    QList<StatusChange> statusHistory;

    QMap<QString, QDateTime> explicitMilestones; // from milestone.set: always win
    QMap<QString, QDateTime> impliedMilestones;  // from declaration, command, status moves

    QMap<QString, RoleAssignment> roles;
    QList<RoleChange> roleHistory;
    QList<Handoff> handoffs;

    QList<Task> tasks;                   // in creation order
    QHash<QString, qsizetype> taskIndex; // task id → place in `tasks`, kept by the fold
    QMap<QString, DocSection> sections;
    QList<PublishedUpdate> updates;
    QMap<QString, int> cadences; // audience → minutes, when set explicitly
    QList<Note> notes;
    QList<Correction> corrections;
    QSet<QString> pinned;
    QList<FollowUp> followups;

    QStringList warnings; // events the fold could not apply, and why
    int eventCount = 0;
    qint64 lastSeq = 0;
    QDateTime lastEventAt;

    QString commander() const { return roles.value(QStringLiteral("commander")).person; }
    QDateTime milestone(const QString &name) const
    {
        return explicitMilestones.value(name, impliedMilestones.value(name));
    }
    const Task *task(const QString &taskId) const;
    Task *task(const QString &taskId);
    bool isOpen() const { return vocab::isOpenStatus(status); }

    // Minutes between updates to an audience: the incident's own setting, else the
    // default for its severity (0: none expected).
    int cadenceMinutes(const QString &audience) const;
    QDateTime lastPublished(const QString &audience) const;
    // When the next update to that audience is due; invalid when none is expected.
    QDateTime nextUpdateDue(const QString &audience) const;

    // Everyone the incident names: declarer, role holders, task assignees, follow-up owners.
    // A restricted incident is visible to them only.
    QSet<QString> participants() const;
};

} // namespace cp
