import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// The four working panels of the selected incident, two by two.
GridLayout {
    id: root
    required property CurrentIncident incident
    required property IncidentActions actions
    property alias roles: rolesPanel
    property alias tasks: tasksPanel
    property alias document: documentPanel
    property alias updates: updatesPanel
    signal handOffRequested()
    columns: 2
    rowSpacing: 8
    columnSpacing: 8

    RolesPanel {
        id: rolesPanel
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        Layout.margins: 6
        roles: root.incident.roles
        actions: root.actions
        onHandOffRequested: root.handOffRequested()
    }
    TasksPanel {
        id: tasksPanel
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        Layout.margins: 6
        incident: root.incident
        actions: root.actions
    }
    StateDocument {
        id: documentPanel
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        Layout.margins: 6
        incident: root.incident
        actions: root.actions
    }
    UpdatesPanel {
        id: updatesPanel
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 1
        Layout.preferredHeight: 1
        Layout.margins: 6
        incident: root.incident
        actions: root.actions
    }
}
