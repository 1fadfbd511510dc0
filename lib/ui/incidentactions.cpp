#include "incidentactions.h"

#include "datadir.h"
#include "eventcodec.h"
#include "eventfactory.h"
#include "inputparsing.h"
#include "localstore.h"
#include "report.h"
#include "timeformat.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

namespace cp {

IncidentActions::IncidentActions(Workspace &workspace, LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_store(store)
    , m_actor(defaultActor())
{
}

EventFactory IncidentActions::factory() const
{
    return EventFactory(m_workspace.clock(), m_actor);
}

QString IncidentActions::current() const
{
    return m_workspace.currentId();
}

QString IncidentActions::record(const QList<Event> &events)
{
    if (events.first().incident.isEmpty())
        return tr("Select an incident first.");
    const auto written = m_store.append(events);
    return written ? QString() : written.error().join(QLatin1Char('\n'));
}

QString IncidentActions::declare(const QString &title, const QString &severity,
                                 const QString &summary)
{
    const EventFactory factory = this->factory();
    const Event event = factory.declare(title.trimmed(), severity, summary.trimmed());
    const QString error = record({event});
    if (error.isEmpty())
        m_workspace.select(event.incident);
    return error;
}

QString IncidentActions::setStatus(const QString &status)
{
    return record({factory().setStatus(current(), status)});
}

QString IncidentActions::setSeverity(const QString &severity)
{
    return record({factory().setSeverity(current(), severity)});
}

QString IncidentActions::assignRole(const QString &role, const QString &person)
{
    return record({factory().assignRole(current(), role, person.trimmed())});
}

QString IncidentActions::relieveRole(const QString &role)
{
    return record({factory().relieveRole(current(), role)});
}

QString IncidentActions::handOffCommand(const QString &person)
{
    const EventFactory factory = this->factory();
    const QString from = m_workspace.current()->commander();
    const QString to = person.trimmed();
    const Event assignment = factory.assignRole(current(), QStringLiteral("commander"), to);
    if (from.isEmpty()) // taking command: there is nobody to brief the new commander
        return record({assignment});
    // Recorded in English, whatever this console's language: the log is shared.
    const QString text =
        QStringLiteral("Command handed from %1 to %2 (briefed, announced, confirmed).")
            .arg(from, to);
    return record({assignment, factory.note(current(), text, QStringLiteral("communication"))});
}

QString IncidentActions::createTask(const QString &title, const QString &assignee, int minutes)
{
    return record({factory().createTask(current(), title.trimmed(), assignee.trimmed(), minutes)});
}

QString IncidentActions::acknowledgeTask(const QString &task)
{
    return record({factory().taskEvent(current(), vocab::type::TaskAcknowledged, task)});
}

QString IncidentActions::setTaskStatus(const QString &task, const QString &status)
{
    return record({factory().setTaskStatus(current(), task, status)});
}

QString IncidentActions::extendTask(const QString &task, int minutes)
{
    return record({factory().taskEvent(current(), vocab::type::TaskExtended, task,
                                       {{QStringLiteral("minutes"), minutes}})});
}

QString IncidentActions::setSection(const QString &section, const QString &text,
                                    const QString &base)
{
    return record({factory().setSection(current(), section, text, base)});
}

QString IncidentActions::setCadence(const QString &audience, int minutes)
{
    return record({factory().make(
        current(), vocab::type::UpdateCadenceSet,
        {{QStringLiteral("audience"), audience}, {QStringLiteral("minutes"), minutes}})});
}

QString IncidentActions::publishUpdate(const QString &audience, const QString &text,
                                       int nextInMinutes)
{
    return record({factory().publishUpdate(current(), audience, text.trimmed(), nextInMinutes)});
}

QString IncidentActions::correctEntry(const QString &eventId, const QString &time,
                                      const QString &text)
{
    // Corrections apply to the scribe's entries (notes); other events have their own way to
    // be set right (a status, a milestone), which the metrics follow.
    const auto target = std::find_if(m_workspace.current()->state().notes.cbegin(),
                                     m_workspace.current()->state().notes.cend(),
                                     [&](const Note &note) { return note.eventId == eventId; });
    if (target == m_workspace.current()->state().notes.cend())
        return tr("Only timeline entries (notes) can be corrected; set a milestone or status "
                  "for the rest.");
    QJsonObject changes{{QStringLiteral("target"), eventId}};
    if (!time.trimmed().isEmpty()) {
        // "14:05" is 14:05 of the day the entry was made, not of the day of the review.
        const QDateTime at =
            parseMomentNear(time.trimmed(), target->at, m_workspace.preferences()->zone());
        if (!at.isValid())
            return tr("'%1' is not a time: write HH:MM or an ISO 8601 time").arg(time.trimmed());
        changes.insert(QStringLiteral("occurred_at"), formatTime(at));
    }
    if (!text.trimmed().isEmpty())
        changes.insert(QStringLiteral("text"), text.trimmed());
    return record({factory().make(current(), vocab::type::EntryEdited, changes)});
}

QString IncidentActions::pinEntry(const QString &eventId, bool pinned)
{
    return record({factory().make(
        current(), vocab::type::EntryPinned,
        {{QStringLiteral("target"), eventId}, {QStringLiteral("pinned"), pinned}})});
}

QString IncidentActions::setMilestone(const QString &milestone, const QString &time)
{
    // "14:05" is 14:05 of the incident (nearest its declaration), not of the review's day.
    const QDateTime anchor = m_workspace.current()->state().declaredAt.isValid()
                                 ? m_workspace.current()->state().declaredAt
                                 : m_workspace.clock().now();
    const QDateTime at = parseMomentNear(time.trimmed(), anchor, m_workspace.preferences()->zone());
    if (!at.isValid())
        return tr("'%1' is not a time: write HH:MM or an ISO 8601 time").arg(time.trimmed());
    return record({factory().setMilestone(current(), milestone, at)});
}

QString IncidentActions::addFollowUp(const QString &title, const QString &owner,
                                     const QString &dueDate)
{
    QJsonObject data{{QStringLiteral("followup"), newId()},
                     {QStringLiteral("title"), title.trimmed()},
                     {QStringLiteral("owner"), owner.trimmed()}};
    if (!dueDate.trimmed().isEmpty()) {
        const QDate date = QDate::fromString(dueDate.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return tr("'%1' is not a date: write YYYY-MM-DD").arg(dueDate.trimmed());
        data.insert(QStringLiteral("due"), formatTime(QDateTime(date, QTime(0, 0), Qt::UTC)));
    }
    return record({factory().make(current(), vocab::type::FollowupAdded, data)});
}

QString IncidentActions::exportReport(const QString &format, const QString &path)
{
    if (current().isEmpty())
        return tr("Select an incident first.");
    const QString file = path.startsWith(u"file:") ? QUrl(path).toLocalFile() : path;
    if (file.trimmed().isEmpty())
        return tr("Choose where to save the report.");
    const report::ReportInput input{m_store.incident(current()), m_store.events(current()),
                                    m_workspace.clock().now(), QTimeZone::systemTimeZone()};
    if (format == u"pdf") {
        const auto written = report::writePdf(input, file);
        return written ? QString() : written.error();
    }
    QByteArray bytes;
    if (format == u"md")
        bytes = report::markdown(input).toUtf8();
    else if (format == u"html")
        bytes = report::html(input).toUtf8();
    else if (format == u"csv")
        bytes = report::csv(input);
    else if (format == u"json")
        bytes = QJsonDocument(QJsonObject{{QStringLiteral("incident"), current()},
                                          {QStringLiteral("events"), toJson(input.log)}})
                    .toJson(QJsonDocument::Indented);
    else
        return tr("'%1' is not one of md, html, pdf, csv, json").arg(format);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return tr("Cannot write %1: %2").arg(file, out.errorString());
    return {};
}

QString IncidentActions::defaultExportPath(const QString &format) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(
        QStringLiteral("postmortem-%1.%2")
            .arg(current().left(8), format.isEmpty() ? QStringLiteral("md") : format));
}

} // namespace cp
