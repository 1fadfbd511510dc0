import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// The postmortem review: metrics drawn from the milestones, the milestones themselves, key
// entries pinned and corrected, and the follow-up action items.
GridLayout {
    id: root
    required property CurrentIncident incident
    required property IncidentActions actions
    required property TimelineListModel entries
    columns: 2
    // The part of the review that F6 reaches.
    property alias entriesPanel: entriesPanel

    GroupBox {
        title: qsTr("Metrics")
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        MetricsBars { anchors.fill: parent; metrics: root.incident.metrics }
    }
    GroupBox {
        title: qsTr("Milestones")
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        MilestoneEditor { anchors.fill: parent; incident: root.incident; actions: root.actions }
    }
    GroupBox {
        title: qsTr("Follow-ups (Ctrl+E exports the postmortem)")
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.columnSpan: 2
        FollowUps { anchors.fill: parent; incident: root.incident; actions: root.actions }
    }
    Panel {
        id: entriesPanel
        focusTarget: entryList
        title: qsTr("Entries: pin and correct")
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.columnSpan: 2
        EntryReview { id: entryList; anchors.fill: parent; model: root.entries; actions: root.actions }
    }
}
