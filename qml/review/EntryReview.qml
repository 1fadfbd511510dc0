import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// Timeline entries for review: pin the key ones, correct a time or a text (the original stays
// in the log and the report says it was corrected).
KeyboardList {
    id: root
    required property IncidentActions actions
    property string lastError: ""
    // Called from rows that the change rebuilds: nothing may run in the row afterwards.
    function pin(eventId, pinned) { lastError = actions.pinEntry(eventId, pinned) }
    function correct(eventId, time, text) { lastError = actions.correctEntry(eventId, time, text) }
    Accessible.name: qsTr("Entries to review")
    delegate: RowLayout {
        id: row
        required property string eventId
        required property date at
        required property string kind
        required property string text
        required property bool pinned
        required property bool corrected
        required property string original
        width: ListView.view.width
        ToolButton {
            text: row.pinned ? "★" : "☆"
            Accessible.name: row.pinned ? qsTr("Unpin") : qsTr("Pin")
            onClicked: Qt.callLater(root.pin, row.eventId, !row.pinned) // the row is rebuilt
        }
        Label { text: Workspace.preferences.time(row.at, Workspace.preferences.utc); font.family: "monospace" }
        Label { text: Workspace.scribe.kindLabel(row.kind); Layout.preferredWidth: 90; opacity: 0.8 }
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: row.original !== "" ? qsTr("%1 (was: %2)").arg(row.text).arg(row.original)
                  : row.corrected ? qsTr("%1 (corrected)").arg(row.text) : row.text
        }
        TextField { id: time; Layout.preferredWidth: 58; placeholderText: "HH:MM"; Accessible.name: qsTr("Corrected time") }
        TextField { id: text; Layout.preferredWidth: 110; placeholderText: qsTr("Corrected text"); Accessible.name: qsTr("Corrected text") }
        Button {
            text: qsTr("Correct")
            enabled: time.text !== "" || text.text !== ""
            onClicked: Qt.callLater(root.correct, row.eventId, time.text, text.text)
        }
    }
    footer: Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger }
}
