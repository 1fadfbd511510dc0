#include "vocabulary.h"

#include <QRegularExpression>

namespace cp::vocab {

QStringList eventTypes()
{
    using namespace type;
    return {Declared,     Edited,        SeveritySet,   StatusSet,        MilestoneSet,
            RoleAssigned, RoleRelieved,  TaskCreated,   TaskAcknowledged, TaskEdited,
            TaskExtended, TaskStatusSet, DocSectionSet, UpdatePublished,  UpdateCadenceSet,
            NoteAdded,    EntryEdited,   EntryPinned,   FollowupAdded,    FollowupEdited};
}

QStringList severities()
{
    return {QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3"),
            QStringLiteral("SEV4"), QStringLiteral("SEV5")};
}

QStringList statuses()
{
    return {QStringLiteral("investigating"), QStringLiteral("identified"),
            QStringLiteral("mitigated"), QStringLiteral("resolved"), QStringLiteral("closed")};
}

bool isOpenStatus(const QString &status)
{
    return status != u"resolved" && status != u"closed";
}

QStringList milestones()
{
    return {QStringLiteral("impact_started"), QStringLiteral("detected"),
            QStringLiteral("acknowledged"),   QStringLiteral("identified"),
            QStringLiteral("mitigated"),      QStringLiteral("recovered"),
            QStringLiteral("resolved")};
}

QStringList keyRoles()
{
    return {Commander,
            QStringLiteral("deputy"),
            Scribe,
            QStringLiteral("internal_liaison"),
            QStringLiteral("customer_liaison"),
            QStringLiteral("resolution_lead")};
}

QStringList noteKinds()
{
    return {QStringLiteral("observation"), QStringLiteral("action"), QStringLiteral("decision"),
            QStringLiteral("communication"), QStringLiteral("todo")};
}

QStringList audiences()
{
    return {Internal, External};
}

QStringList taskStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("done"), QStringLiteral("blocked"),
            QStringLiteral("cancelled")};
}

int statusRank(const QString &status)
{
    return int(statuses().indexOf(status));
}

int severityLevel(const QString &severity)
{
    return int(severities().indexOf(severity)) + 1;
}

bool isSmeRole(const QString &role)
{
    // An area is a short lowercase word or phrase: "sme:database", "sme:edge-network".
    static const QRegularExpression sme(QStringLiteral("^sme:[a-z0-9][a-z0-9 _.-]{0,39}$"));
    return sme.match(role).hasMatch();
}

bool isValidRole(const QString &role)
{
    return keyRoles().contains(role) || isSmeRole(role);
}

int defaultCadenceMinutes(const QString &severity, const QString &audience)
{
    const bool external = audience == External;
    switch (severityLevel(severity)) {
    case 1:
    case 2:
        return external ? 20 : 30;
    case 3:
        return 60;
    default:
        return external ? 0 : 120; // 0: no external updates expected
    }
}

} // namespace cp::vocab
