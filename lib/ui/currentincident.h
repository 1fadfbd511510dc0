#pragma once

#include "incidentstate.h"
#include "rolelistmodel.h"

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
public:
    explicit CurrentIncident(QObject *parent = nullptr);

    void setState(const IncidentState &state);
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

signals:
    void changed();

private:
    IncidentState m_state;
    RoleListModel m_roles;
};

} // namespace cp
