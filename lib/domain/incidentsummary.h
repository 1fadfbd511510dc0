#pragma once

#include "incidentstate.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace cp {

// What a list of incidents shows of one (the console's list, `list`, /incidents). The local
// store keeps one per incident, so a list costs a row per incident rather than a fold of
// every log.
struct IncidentSummary
{
    // The version of the rules that make a summary: summaries a store keeps that were made
    // by other rules are made again.
    static constexpr int Format = 1;

    QString id;
    bool declared = false;
    QString title;
    QString severity;
    QString status;
    QString commander;
    QDateTime declaredAt;
    bool restricted = false;
    int eventCount = 0;
    qint64 lastSeq = 0;
    QDateTime lastEventAt;
    // What may need the commander, as times so that the reader's `now` decides: the first
    // update due to any audience, the first deadline of an acknowledged active task, and since
    // when the longest-waiting active task has gone unacknowledged. Invalid when none.
    QDateTime nextUpdateDue;
    QDateTime firstTaskDeadline;
    QDateTime unacknowledgedSince;

    bool isOpen() const { return vocab::isOpenStatus(status); }
    bool operator==(const IncidentSummary &) const = default;
};

IncidentSummary summarize(const IncidentState &state);

// Every field as JSON, to read (tests compare summaries by it).
QJsonObject summaryRecord(const IncidentSummary &summary);

} // namespace cp
