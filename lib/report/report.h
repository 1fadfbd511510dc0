#pragma once

#include "event.h"
#include "incidentstate.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>
#include <expected>

namespace cp::report {

// What a report is made from: the folded state, its log, when it is made (closes the metrics
// of an open incident) and the reader's time zone (the timeline shows UTC and local).
struct ReportInput
{
    IncidentState state;
    QList<Event> log;
    QDateTime generatedAt;
    QTimeZone local;
};

// The postmortem in the usual template: summary, impact, metrics, timeline, roles, actions
// taken, follow-ups, and headings for contributing factors and lessons learned.
QString markdown(const ReportInput &input);
// The Markdown report as HTML (Qt's own converter). Needs a QGuiApplication.
QString html(const ReportInput &input);
// The timeline as CSV (RFC 4180, UTF-8, header row).
QByteArray csv(const ReportInput &input);
// The HTML report laid out on A4 pages by Qt's PDF writer. Needs a QGuiApplication.
std::expected<void, QString> writePdf(const ReportInput &input, const QString &path);

// "1 h 5 min", "12 min", "40 s"; "—" when unknown.
QString duration(std::optional<qint64> seconds);

} // namespace cp::report
