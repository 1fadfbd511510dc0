#pragma once

#include "incidentstate.h"

#include <QJsonObject>
#include <optional>

namespace cp {

struct SeverityDuration
{
    QString severity;
    qint64 seconds = 0;
};

// The response metrics of one incident, in seconds; a metric whose milestones are not both
// known is empty. Every "time to" runs from the start of impact (or detection, when the
// start of impact is unknown), except time to detect, which ends at detection, and time to
// acknowledge, which runs from detection: it measures how fast a person responded.
struct IncidentMetrics
{
    std::optional<qint64> timeToDetect;
    std::optional<qint64> timeToAcknowledge;
    std::optional<qint64> timeToIdentify;
    std::optional<qint64> timeToMitigate;
    std::optional<qint64> timeToRecover;
    std::optional<qint64> timeToResolve;
    QList<SeverityDuration> timeInSeverity; // worst first, only severities the incident had
};

// `now` closes the last severity period of an incident that is not resolved yet.
IncidentMetrics computeMetrics(const IncidentState &state, const QDateTime &now);

QJsonObject toJson(const IncidentMetrics &metrics);

} // namespace cp
