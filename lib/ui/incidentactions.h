#pragma once

#include "commands.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cp {

class Workspace;

// What the commander does in the console, on the selected incident: each call hands the
// intent to the application layer (app::Commands), where the rules are, and answers an empty
// string when it was recorded, or the reason it was refused (nothing is written then).
class IncidentActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.actions")
public:
    IncidentActions(Workspace &workspace, app::Commands &commands, QObject *parent = nullptr);

    // Declares a new incident and selects it.
    Q_INVOKABLE QString declare(const QString &title, const QString &severity,
                                const QString &summary);
    Q_INVOKABLE QString setStatus(const QString &status);
    Q_INVOKABLE QString setSeverity(const QString &severity);

    Q_INVOKABLE QString assignRole(const QString &role, const QString &person);
    Q_INVOKABLE QString relieveRole(const QString &role);
    // Command changes hands after the new commander was briefed and it was announced: the
    // assignment and a communication note saying so are one batch.
    Q_INVOKABLE QString handOffCommand(const QString &person);

    Q_INVOKABLE QString createTask(const QString &title, const QString &assignee, int minutes);
    Q_INVOKABLE QString acknowledgeTask(const QString &task);
    Q_INVOKABLE QString setTaskStatus(const QString &task, const QString &status);
    Q_INVOKABLE QString extendTask(const QString &task, int minutes);

    // `base` is the section version the text was written from (its event id, or "" for a
    // new section). Writing from the head after seeing the conflicts settles them.
    Q_INVOKABLE QString setSection(const QString &section, const QString &text,
                                   const QString &base);
    // How often an audience expects an update, in minutes (overrides the severity's default).
    Q_INVOKABLE QString setCadence(const QString &audience, int minutes);
    Q_INVOKABLE QString publishUpdate(const QString &audience, const QString &text,
                                      int nextInMinutes);

    // Review. Times are "HH:MM[:SS]" (local, the latest such moment not in the future) or ISO
    // 8601; an unreadable time is refused before anything is written.
    Q_INVOKABLE QString correctEntry(const QString &eventId, const QString &time,
                                     const QString &text);
    Q_INVOKABLE QString pinEntry(const QString &eventId, bool pinned);
    Q_INVOKABLE QString setMilestone(const QString &milestone, const QString &time);
    Q_INVOKABLE QString addFollowUp(const QString &title, const QString &owner,
                                    const QString &dueDate);

    // Writes the selected incident's postmortem (md, html, pdf), timeline (csv) or log (json)
    // to `path` (a local file path or a file: URL).
    Q_INVOKABLE QString exportReport(const QString &format, const QString &path);
    // ~/Documents/postmortem-<incident start>.<format>
    Q_INVOKABLE QString defaultExportPath(const QString &format) const;

    QString actor() const { return m_commands.actor(); }
    void setActor(const QString &actor) { m_commands.setActor(actor); }

private:
    QString current() const;

    Workspace &m_workspace;
    app::Commands &m_commands;
};

} // namespace cp
