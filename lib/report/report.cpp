#include "report.h"

#include "metrics.h"
#include "timeformat.h"
#include "timelinerows.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cp::report {
namespace {

const QString ToBeWritten = QStringLiteral("_To be written._");

QString utc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString local(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("HH:mm:ss")) : QString();
}

// Table cells and single lines: no line breaks, no column separators.
QString cell(QString text)
{
    return text.replace(u'\n', u' ').replace(u'|', QStringLiteral("\\|")).trimmed();
}

QString section(const IncidentState &state, const QString &name, const QString &fallback = {})
{
    const QString text = state.sections.value(name).head.text.trimmed();
    if (!text.isEmpty())
        return text;
    return fallback.isEmpty() ? ToBeWritten : fallback;
}

QStringList metricsLines(const ReportInput &input)
{
    const IncidentMetrics m = computeMetrics(input.state, input.generatedAt);
    QStringList lines = {QStringLiteral("| Metric | Value |"), QStringLiteral("|---|---|")};
    const QList<std::pair<QString, std::optional<qint64>>> rows = {
        {QStringLiteral("Time to detect"), m.timeToDetect},
        {QStringLiteral("Time to acknowledge"), m.timeToAcknowledge},
        {QStringLiteral("Time to identify"), m.timeToIdentify},
        {QStringLiteral("Time to mitigate"), m.timeToMitigate},
        {QStringLiteral("Time to recover"), m.timeToRecover},
        {QStringLiteral("Time to resolve"), m.timeToResolve},
    };
    for (const auto &[name, value] : rows)
        lines << QStringLiteral("| %1 | %2 |").arg(name, duration(value));
    for (const SeverityDuration &spent : m.timeInSeverity)
        lines << QStringLiteral("| Time at %1 | %2 |").arg(spent.severity, duration(spent.seconds));
    return lines;
}

QStringList timelineLines(const ReportInput &input)
{
    QStringList lines = {QStringLiteral("| Time (UTC) | Local | Who | Kind | Entry |"),
                         QStringLiteral("|---|---|---|---|---|")};
    for (const TimelineRow &row : timelineRows(input.state, input.log)) {
        QString text = cell(row.text);
        if (row.pinned)
            text.prepend(QStringLiteral("**★** "));
        if (row.originalAt.isValid())
            text += QStringLiteral(" _(time corrected from %1)_").arg(utc(row.originalAt));
        if (!row.originalText.isEmpty())
            text += QStringLiteral(" _(corrected; was: %1)_").arg(cell(row.originalText));
        else if (row.corrected && !row.originalAt.isValid())
            text += QStringLiteral(" _(corrected)_");
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(utc(row.at), local(row.at, input.local), cell(row.actor), row.kind, text);
    }
    return lines;
}

QStringList rolesLines(const IncidentState &state)
{
    QStringList lines = {QStringLiteral("| Role | Person | Since |"),
                         QStringLiteral("|---|---|---|")};
    for (const RoleAssignment &holder : state.roles)
        lines << QStringLiteral("| %1 | %2 | %3 |")
                     .arg(roleName(holder.role), cell(holder.person), utc(holder.since));
    if (!state.handoffs.isEmpty()) {
        lines << QString() << QStringLiteral("Command:");
        for (const Handoff &handoff : state.handoffs)
            lines << QStringLiteral("- %1 %2 → %3")
                         .arg(utc(handoff.at),
                              handoff.from.isEmpty() ? QStringLiteral("(none)") : handoff.from,
                              handoff.to);
    }
    return lines;
}

QStringList actionsLines(const IncidentState &state)
{
    QStringList lines;
    for (const Task &task : state.tasks)
        lines << QStringLiteral("- %1 — %2, %3 min, %4")
                     .arg(cell(task.title), task.assignee)
                     .arg(task.timeboxMinutes + task.extendedMinutes)
                     .arg(task.status);
    if (lines.isEmpty())
        lines << QStringLiteral("_No tasks were recorded._");
    return lines;
}

QStringList followupLines(const IncidentState &state)
{
    if (state.followups.isEmpty())
        return {ToBeWritten};
    QStringList lines = {QStringLiteral("| Action item | Owner | Due |"),
                         QStringLiteral("|---|---|---|")};
    for (const FollowUp &item : state.followups)
        lines << QStringLiteral("| %1 | %2 | %3 |")
                     .arg(cell(item.title), cell(item.owner),
                          item.due.isValid() ? item.due.toUTC().toString(Qt::ISODate).left(10)
                                             : QString());
    return lines;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    return u'"' + quoted.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QString duration(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("—");
    const qint64 s = *seconds;
    if (s < 60)
        return QStringLiteral("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1 min").arg(s / 60);
    return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString markdown(const ReportInput &input)
{
    const IncidentState &state = input.state;
    QStringList out = {
        QStringLiteral("# Postmortem: %1").arg(cell(state.title)),
        QString(),
        QStringLiteral("| | |"),
        QStringLiteral("|---|---|"),
        QStringLiteral("| Incident | %1 |").arg(state.id),
        QStringLiteral("| Severity | %1 |").arg(state.severity),
        QStringLiteral("| Status | %1 |").arg(state.status),
        QStringLiteral("| Declared | %1 UTC by %2 |")
            .arg(utc(state.declaredAt), cell(state.declaredBy)),
        QStringLiteral("| Commander | %1 |").arg(cell(state.commander())),
        QStringLiteral("| Report made | %1 UTC |").arg(utc(input.generatedAt)),
        QString(),
        QStringLiteral("## Summary"),
        QString(),
        section(state, QStringLiteral("summary"), state.summary),
        QString(),
        QStringLiteral("## Impact"),
        QString(),
        section(state, QStringLiteral("impact")),
        QString(),
        QStringLiteral("## Metrics"),
        QString(),
    };
    out << metricsLines(input) << QString() << QStringLiteral("## Timeline") << QString()
        << QStringLiteral("Local times are %1.").arg(QString::fromUtf8(input.local.id()))
        << QString() << timelineLines(input) << QString() << QStringLiteral("## Roles") << QString()
        << rolesLines(state) << QString() << QStringLiteral("## Actions taken") << QString()
        << actionsLines(state) << QString() << QStringLiteral("## Follow-ups") << QString()
        << followupLines(state) << QString() << QStringLiteral("## Contributing factors")
        << QString() << ToBeWritten << QString() << QStringLiteral("## Lessons learned")
        << QString() << ToBeWritten;
    return out.join(u'\n') + u'\n';
}

QString html(const ReportInput &input)
{
    QTextDocument document;
    document.setMarkdown(markdown(input));
    return document.toHtml();
}

QByteArray csv(const ReportInput &input)
{
    QStringList lines = {QStringLiteral(
        "seq,time_utc,time_local,actor,type,kind,text,pinned,corrected,original_time_utc")};
    for (const TimelineRow &row : timelineRows(input.state, input.log)) {
        lines << QStringList{QString::number(row.seq),
                             formatTime(row.at),
                             row.at.toTimeZone(input.local).toString(Qt::ISODate),
                             csvField(row.actor),
                             row.type,
                             row.kind,
                             csvField(row.text),
                             row.pinned ? QStringLiteral("yes") : QStringLiteral("no"),
                             row.corrected ? QStringLiteral("yes") : QStringLiteral("no"),
                             row.originalAt.isValid() ? formatTime(row.originalAt) : QString()}
                     .join(u',');
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

std::expected<void, QString> writePdf(const ReportInput &input, const QString &path)
{
    if (QFile probe(path); !probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(
            QStringLiteral("cannot write %1: %2").arg(path, probe.errorString()));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Postmortem: %1").arg(input.state.title));
    writer.setCreator(QStringLiteral("Command Post"));
    writer.setResolution(300);
    QTextDocument document;
    document.setMarkdown(markdown(input));
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.print(&writer);
    if (QFile(path).size() == 0)
        return std::unexpected(QStringLiteral("cannot write %1").arg(path));
    return {};
}

} // namespace cp::report
