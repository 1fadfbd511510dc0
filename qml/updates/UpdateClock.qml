import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// One audience's update clock: the countdown, its cadence (set with the button, one event),
// and a way into the composer.
GridLayout {
    id: row
    columns: 4
    required property string label
    required property string audience
    required property CurrentIncident incident
    required property bool expected
    required property int seconds
    required property int level
    required property int cadence
    signal compose()
    signal cadenceSet(int minutes)

    Label { text: row.label; font.bold: true; Layout.preferredWidth: 80 }
    Label {
        Layout.fillWidth: true
        Layout.columnSpan: 2
        readonly property bool late: row.level === ReminderListModel.Overdue || row.level === ReminderListModel.Escalated
        color: late ? Tones.danger : palette.text
        font.bold: row.level !== ReminderListModel.Upcoming && row.level !== ReminderListModel.None
        text: !row.expected ? qsTr("none expected")
              : row.seconds < 0 ? row.incident.countdownText(row.seconds)
              : qsTr("next due in %1").arg(row.incident.countdownText(row.seconds))
    }
    Button { text: qsTr("Compose"); enabled: row.expected; Accessible.name: qsTr("Compose, %1").arg(row.label); onClicked: row.compose() }
    Item { Layout.preferredWidth: 80 }
    Label { text: qsTr("every (min)"); opacity: 0.8; Layout.alignment: Qt.AlignRight }
    SpinBox {
        id: minutes
        Layout.preferredWidth: 110
        from: 1; to: 1440; editable: true
        value: Math.max(1, row.cadence)
        Accessible.name: qsTr("%1 update every N minutes").arg(row.label)
    }
    Button {
        text: qsTr("Set")
        Accessible.name: qsTr("Set the cadence, %1").arg(row.label)
        enabled: minutes.value !== row.cadence
        onClicked: row.cadenceSet(minutes.value)
    }
}
