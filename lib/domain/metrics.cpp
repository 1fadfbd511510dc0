#include "metrics.h"

#include "vocabulary.h"

#include <QJsonArray>

namespace cp {
namespace {

std::optional<qint64> between(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return from.secsTo(to);
}

// Severity periods end at `now` while the incident is open (also after a reopen), else when
// it was resolved (or closed).
QDateTime endOfIncident(const IncidentState &state, const QDateTime &now)
{
    if (state.isOpen())
        return now;
    const QDateTime resolved = state.milestone(QStringLiteral("resolved"));
    if (resolved.isValid())
        return resolved;
    for (auto it = state.statusHistory.crbegin(); it != state.statusHistory.crend(); ++it) {
        if (it->status == u"closed")
            return it->at;
    }
    return now;
}

QList<SeverityDuration> severityDurations(const IncidentState &state, const QDateTime &now)
{
    const QDateTime end = endOfIncident(state, now);
    QMap<int, qint64> secondsByLevel;
    // By time, not by seq: a backdated change still covers the period it says.
    QList<SeverityChange> history = state.severityHistory;
    std::stable_sort(history.begin(), history.end(),
                     [](const SeverityChange &a, const SeverityChange &b) { return a.at < b.at; });
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QDateTime from = history[i].at;
        const QDateTime to = i + 1 < history.size() ? std::min(history[i + 1].at, end) : end;
        secondsByLevel[vocab::severityLevel(history[i].severity)] +=
            std::max<qint64>(0, from.secsTo(to));
    }
    QList<SeverityDuration> durations;
    for (auto it = secondsByLevel.cbegin(); it != secondsByLevel.cend(); ++it)
        durations.append({vocab::severities().value(it.key() - 1), it.value()});
    return durations;
}

QJsonValue seconds(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

IncidentMetrics computeMetrics(const IncidentState &state, const QDateTime &now)
{
    const auto at = [&](const char *name) { return state.milestone(QString::fromLatin1(name)); };
    const QDateTime detected = at("detected");
    const QDateTime impact = at("impact_started").isValid() ? at("impact_started") : detected;

    IncidentMetrics metrics;
    metrics.timeToDetect = between(at("impact_started"), detected);
    metrics.timeToAcknowledge = between(detected, at("acknowledged"));
    metrics.timeToIdentify = between(impact, at("identified"));
    metrics.timeToMitigate = between(impact, at("mitigated"));
    metrics.timeToRecover = between(impact, at("recovered"));
    metrics.timeToResolve = between(impact, at("resolved"));
    metrics.timeInSeverity = severityDurations(state, now);
    return metrics;
}

QJsonObject toJson(const IncidentMetrics &metrics)
{
    QJsonObject inSeverity;
    for (const SeverityDuration &duration : metrics.timeInSeverity)
        inSeverity.insert(duration.severity, double(duration.seconds));
    return {{QStringLiteral("time_to_detect"), seconds(metrics.timeToDetect)},
            {QStringLiteral("time_to_acknowledge"), seconds(metrics.timeToAcknowledge)},
            {QStringLiteral("time_to_identify"), seconds(metrics.timeToIdentify)},
            {QStringLiteral("time_to_mitigate"), seconds(metrics.timeToMitigate)},
            {QStringLiteral("time_to_recover"), seconds(metrics.timeToRecover)},
            {QStringLiteral("time_to_resolve"), seconds(metrics.timeToResolve)},
            {QStringLiteral("time_in_severity"), inSeverity}};
}

} // namespace cp
