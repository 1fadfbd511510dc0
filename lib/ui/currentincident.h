#pragma once

#include "incidentstate.h"
#include "reminderlistmodel.h"
#include "rolelistmodel.h"
#include "sectionlistmodel.h"
#include "tasklistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cp {

// The incident the console has selected, as properties for the header and panels.
class CurrentIncident : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.current")
    Q_PROPERTY(bool valid READ isValid NOTIFY changed)
    Q_PROPERTY(QString incidentId READ incidentId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString severity READ severity NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString commander READ commander NOTIFY changed)
    Q_PROPERTY(QDateTime declaredAt READ declaredAt NOTIFY changed)
    Q_PROPERTY(int eventCount READ eventCount NOTIFY changed)
    Q_PROPERTY(cp::RoleListModel *roles READ roles CONSTANT)
    Q_PROPERTY(cp::TaskListModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(cp::SectionListModel *sections READ sections CONSTANT)
    Q_PROPERTY(cp::ReminderListModel *reminders READ reminders CONSTANT)
    Q_PROPERTY(qint64 elapsedSeconds READ elapsedSeconds NOTIFY ticked)
    Q_PROPERTY(bool externalUpdateExpected READ externalUpdateExpected NOTIFY ticked)
    Q_PROPERTY(qint64 externalUpdateSeconds READ externalUpdateSeconds NOTIFY ticked)
    Q_PROPERTY(bool internalUpdateExpected READ internalUpdateExpected NOTIFY ticked)
    Q_PROPERTY(qint64 internalUpdateSeconds READ internalUpdateSeconds NOTIFY ticked)
    // upcoming, due, overdue or escalated (the reminder engine's word), "" when none expected
    Q_PROPERTY(
        cp::ReminderListModel::Urgency externalUpdateLevel READ externalUpdateLevel NOTIFY ticked)
    Q_PROPERTY(
        cp::ReminderListModel::Urgency internalUpdateLevel READ internalUpdateLevel NOTIFY ticked)
    Q_PROPERTY(int externalCadence READ externalCadence NOTIFY changed)
    Q_PROPERTY(int internalCadence READ internalCadence NOTIFY changed)
    // [{value, label}] for the status and severity menus, labels translated
    Q_PROPERTY(QVariantList statusChoices READ statusChoices CONSTANT)
    Q_PROPERTY(QString statusLabel READ currentStatusLabel NOTIFY changed)
    Q_PROPERTY(QVariantList severityChoices READ severityChoices CONSTANT)
    // [{name, seconds (or -1), text}] time to detect … resolve, then time at each severity
    Q_PROPERTY(QVariantList metrics READ metrics NOTIFY changed)
    // [{milestone, label, at (QDateTime, invalid when unknown), explicit}]
    Q_PROPERTY(QVariantList milestones READ milestones NOTIFY changed)
    // [{title, owner, due}]
    Q_PROPERTY(QVariantList followUps READ followUps NOTIFY changed)
public:
    explicit CurrentIncident(QObject *parent = nullptr);

    void setState(const IncidentState &state, const QDateTime &now);
    // Moves every countdown on to `now` (once a second in the console).
    void setNow(const QDateTime &now);
    const IncidentState &state() const { return m_state; }

    bool isValid() const { return m_state.declared; }
    QString incidentId() const { return m_state.id; }
    QString title() const { return m_state.title; }
    QString summary() const { return m_state.summary; }
    QString severity() const { return m_state.severity; }
    QString status() const { return m_state.status; }
    QString commander() const { return m_state.commander(); }
    QDateTime declaredAt() const { return m_state.declaredAt; }
    int eventCount() const { return m_state.eventCount; }
    RoleListModel *roles() { return &m_roles; }
    TaskListModel *tasks() { return &m_tasks; }
    SectionListModel *sections() { return &m_sections; }
    ReminderListModel *reminders() { return &m_reminders; }
    qint64 elapsedSeconds() const;
    bool externalUpdateExpected() const { return updateDue(QStringLiteral("external")).isValid(); }
    qint64 externalUpdateSeconds() const;
    bool internalUpdateExpected() const { return updateDue(QStringLiteral("internal")).isValid(); }
    qint64 internalUpdateSeconds() const;
    QString currentStatusLabel() const { return statusLabel(m_state.status); }
    ReminderListModel::Urgency externalUpdateLevel() const
    {
        return updateLevel(QStringLiteral("external"));
    }
    ReminderListModel::Urgency internalUpdateLevel() const
    {
        return updateLevel(QStringLiteral("internal"));
    }
    int externalCadence() const { return m_state.cadenceMinutes(QStringLiteral("external")); }
    int internalCadence() const { return m_state.cadenceMinutes(QStringLiteral("internal")); }
    QVariantList metrics() const;
    QVariantList milestones() const;
    QVariantList followUps() const;
    static QVariantList statusChoices();
    // Translated names of incident and task statuses ("mitigated", "done", …).
    static QString statusLabel(const QString &status);
    static QVariantList severityChoices();
    // Who holds a role now ("" when unfilled).
    Q_INVOKABLE QString personInRole(const QString &role) const
    {
        return m_state.roles.value(role).person;
    }
    // A countdown as people read it: "12 min", "overdue 3 min".
    Q_INVOKABLE QString countdownText(qint64 seconds) const;

signals:
    void changed();
    void ticked();

private:
    QDateTime updateDue(const QString &audience) const { return m_state.nextUpdateDue(audience); }
    ReminderListModel::Urgency updateLevel(const QString &audience) const;

    IncidentState m_state;
    QDateTime m_now;
    RoleListModel m_roles;
    TaskListModel m_tasks;
    SectionListModel m_sections;
    ReminderListModel m_reminders;
};

} // namespace cp
