#include "incidentactions.h"

#include "workspace.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

namespace cp {
namespace {

// What QML shows: nothing when done, else the refusal's words.
template<typename T> QString said(const app::Result<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

IncidentActions::IncidentActions(Workspace &workspace, app::Commands &commands, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_commands(commands)
{
}

QString IncidentActions::current() const
{
    return m_workspace.currentId();
}

QString IncidentActions::declare(const QString &title, const QString &severity,
                                 const QString &summary)
{
    const auto declared = m_commands.declare(title, severity, summary);
    if (declared)
        m_workspace.select(declared->incident());
    return said(declared);
}

QString IncidentActions::setStatus(const QString &status)
{
    return said(m_commands.setStatus(current(), status));
}

QString IncidentActions::setSeverity(const QString &severity)
{
    return said(m_commands.setSeverity(current(), severity));
}

QString IncidentActions::assignRole(const QString &role, const QString &person)
{
    return said(m_commands.assignRole(current(), role, person));
}

QString IncidentActions::relieveRole(const QString &role)
{
    return said(m_commands.relieveRole(current(), role));
}

QString IncidentActions::handOffCommand(const QString &person)
{
    return said(m_commands.handOffCommand(current(), person));
}

QString IncidentActions::createTask(const QString &title, const QString &assignee, int minutes)
{
    return said(m_commands.createTask(current(), title, assignee, minutes));
}

QString IncidentActions::acknowledgeTask(const QString &task)
{
    return said(m_commands.acknowledgeTask(current(), task));
}

QString IncidentActions::setTaskStatus(const QString &task, const QString &status)
{
    return said(m_commands.setTaskStatus(current(), task, status));
}

QString IncidentActions::extendTask(const QString &task, int minutes)
{
    return said(m_commands.extendTask(current(), task, minutes));
}

QString IncidentActions::setSection(const QString &section, const QString &text,
                                    const QString &base)
{
    return said(m_commands.writeSection(current(), section, text, base));
}

QString IncidentActions::setCadence(const QString &audience, int minutes)
{
    return said(m_commands.setCadence(current(), audience, minutes));
}

QString IncidentActions::publishUpdate(const QString &audience, const QString &text,
                                       int nextInMinutes)
{
    return said(m_commands.publishUpdate(current(), audience, text, nextInMinutes));
}

QString IncidentActions::correctEntry(const QString &eventId, const QString &time,
                                      const QString &text)
{
    QDateTime at;
    if (!time.trimmed().isEmpty()) {
        const auto typed =
            m_commands.entryTime(current(), eventId, time, m_workspace.preferences()->zone());
        if (!typed)
            return typed.error().message;
        at = *typed;
    }
    return said(m_commands.correctEntry(current(), eventId, at, text));
}

QString IncidentActions::pinEntry(const QString &eventId, bool pinned)
{
    return said(m_commands.pinEntry(current(), eventId, pinned));
}

QString IncidentActions::setMilestone(const QString &milestone, const QString &time)
{
    const auto at =
        m_commands.milestoneTime(current(), time, m_workspace.syncEngine().serverClock().offsetMs(),
                                 m_workspace.preferences()->zone());
    if (!at)
        return at.error().message;
    return said(m_commands.setMilestone(current(), milestone, *at));
}

QString IncidentActions::addFollowUp(const QString &title, const QString &owner,
                                     const QString &dueDate)
{
    QDate due;
    if (!dueDate.trimmed().isEmpty()) {
        const auto typed = m_commands.typedDate(dueDate);
        if (!typed)
            return typed.error().message;
        due = *typed;
    }
    return said(m_commands.addFollowUp(current(), title, owner, due));
}

QString IncidentActions::exportReport(const QString &format, const QString &path)
{
    const QString file = path.startsWith(u"file:") ? QUrl(path).toLocalFile() : path;
    return said(m_commands.exportReport(current(), format, file, QTimeZone::systemTimeZone()));
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
