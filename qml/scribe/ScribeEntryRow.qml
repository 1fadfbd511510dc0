import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// One recent entry; Enter on the selected one edits its text in place (Esc cancels).
Rectangle {
    id: row
    required property string eventId
    required property date at
    required property string kind
    required property string text
    required property string actor
    required property bool edited
    required property Scribe scribe
    property bool selected: false
    property bool editing: false
    property string lastError: ""

    function beginEdit() { editor.text = row.text; editing = true; editor.forceActiveFocus() }
    function save() {
        lastError = scribe.correct(eventId, editor.text)
        if (lastError === "") { editing = false; ListView.view.forceActiveFocus() }
    }

    implicitHeight: layout.implicitHeight + 6
    color: selected ? palette.highlight : "transparent"
    Keys.onReturnPressed: beginEdit()

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 3
        Label { text: Workspace.preferences.time(row.at, Workspace.preferences.utc); font.family: "monospace"; color: row.selected ? palette.highlightedText : palette.windowText }
        Label { text: row.scribe.kindLabel(row.kind); Layout.preferredWidth: 110; font.bold: true; color: row.selected ? palette.highlightedText : palette.windowText }
        Label {
            visible: !row.editing
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: row.edited ? qsTr("%1 (corrected)").arg(row.text) : row.text
            color: row.selected ? palette.highlightedText : palette.windowText
        }
        TextField {
            id: editor
            objectName: "scribeEditor"
            visible: row.editing
            Layout.fillWidth: true
            Accessible.name: qsTr("Corrected text")
            onAccepted: row.save()
            Keys.onEscapePressed: { row.editing = false; row.ListView.view.forceActiveFocus() }
        }
        Label { visible: row.lastError !== ""; text: row.lastError; color: Tones.danger }
    }
}
