#pragma once

#include <QString>
#include <QStringList>

// The words of PROTOCOL.md: every enumerated value an event may carry.
namespace cp::vocab {

namespace type {
inline const QString Declared = QStringLiteral("incident.declared");
inline const QString Edited = QStringLiteral("incident.edited");
inline const QString SeveritySet = QStringLiteral("incident.severity_set");
inline const QString StatusSet = QStringLiteral("incident.status_set");
inline const QString MilestoneSet = QStringLiteral("milestone.set");
inline const QString RoleAssigned = QStringLiteral("role.assigned");
inline const QString RoleRelieved = QStringLiteral("role.relieved");
inline const QString TaskCreated = QStringLiteral("task.created");
inline const QString TaskAcknowledged = QStringLiteral("task.acknowledged");
inline const QString TaskEdited = QStringLiteral("task.edited");
inline const QString TaskExtended = QStringLiteral("task.extended");
inline const QString TaskStatusSet = QStringLiteral("task.status_set");
inline const QString DocSectionSet = QStringLiteral("doc.section_set");
inline const QString UpdatePublished = QStringLiteral("update.published");
inline const QString UpdateCadenceSet = QStringLiteral("update.cadence_set");
inline const QString NoteAdded = QStringLiteral("note.added");
inline const QString EntryEdited = QStringLiteral("entry.edited");
inline const QString EntryPinned = QStringLiteral("entry.pinned");
inline const QString FollowupAdded = QStringLiteral("followup.added");
inline const QString FollowupEdited = QStringLiteral("followup.edited");
} // namespace type

QStringList eventTypes();
QStringList severities(); // SEV1 (worst) … SEV5
QStringList statuses();   // investigating → identified → mitigated → resolved → closed
// Whether an incident in `status` is still being worked: not resolved or closed.
bool isOpenStatus(const QString &status);
QStringList milestones(); // impact_started … resolved, in the order they happen
QStringList keyRoles();   // the fixed roles; SMEs are "sme:<area>"
QStringList noteKinds();
QStringList audiences();
QStringList taskStatuses();

// Index of a status in the normal progression, or -1 for an unknown one.
int statusRank(const QString &status);
// 1 for SEV1 … 5 for SEV5, or 0 for an unknown severity.
int severityLevel(const QString &severity);

bool isValidRole(const QString &role);
bool isSmeRole(const QString &role);

// Stakeholder update cadence when the incident has not set one: the worse the
// severity, the more often each audience hears from us.
int defaultCadenceMinutes(const QString &severity, const QString &audience);

inline const QString Commander = QStringLiteral("commander");
inline const QString Scribe = QStringLiteral("scribe");
inline const QString Internal = QStringLiteral("internal");
inline const QString External = QStringLiteral("external");

} // namespace cp::vocab
