import QtQuick
import QtQuick.Controls
import CommandPost.Models
import QtQuick.Layouts
import CommandPost

// One section of the live state document: its text, who wrote it when, a stale warning,
// and edit in place. A conflicted section shows every text; "Merge" starts from all of them
// and saving from the head settles the conflict.
Frame {
    id: root
    required property string section
    required property string label
    required property string text
    required property string head
    required property string author
    required property date updatedAt
    required property bool conflicted
    required property var conflictTexts
    required property bool stale
    required property IncidentActions actions
    property bool editing: false
    property bool current: false // selected in the list that has the keyboard
    property string lastError: ""
    // The version the edit started from: if another one lands meanwhile, saving records a
    // conflict instead of silently replacing it.
    property string base: ""

    function edit(startText) {
        base = head
        editor.text = startText
        editing = true
        editor.forceActiveFocus()
    }
    // Edit, or merge a conflict: every text it has is the starting point.
    function startEditing() { edit(conflicted ? [text].concat(conflictTexts).join("\n\n") : text) }
    function save() {
        lastError = actions.setSection(section, editor.text, base)
        if (lastError === "")
            stopEditing()
    }
    // Back to the section list, which keeps the keyboard.
    function stopEditing() {
        editing = false
        editor.focus = false
        ListView.view.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Label {
                text: root.label
                font.bold: true
                font.underline: root.current
                color: root.current ? palette.highlight : palette.windowText
            }
            Label {
                Layout.fillWidth: true
                opacity: 0.7
                elide: Text.ElideRight
                text: root.head === "" ? qsTr("not written yet")
                      : qsTr("%1, %2").arg(root.author).arg(Workspace.preferences.time(root.updatedAt, Workspace.preferences.utc))
            }
            Label { visible: root.stale; text: qsTr("stale"); color: Tones.caution; font.bold: true }
            Label { visible: root.conflicted; text: qsTr("conflict"); color: Tones.danger; font.bold: true }
            Button {
                visible: !root.editing
                text: root.conflicted ? qsTr("Merge") : qsTr("Edit")
                Accessible.name: qsTr("Edit %1").arg(root.label)
                onClicked: root.startEditing()
            }
        }
        Label {
            visible: !root.editing
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.text
        }
        // The rows in a Column, not in the layout: Qt 6.4 crashes resizing a Layout that held
        // a deleted Repeater row.
        Column {
            Layout.fillWidth: true
            Repeater {
                model: root.editing ? [] : root.conflictTexts
                Label {
                    required property string modelData
                    width: parent.width
                    wrapMode: Text.Wrap
                    color: Tones.danger
                    text: qsTr("Also written: %1").arg(modelData)
                }
            }
        }
        TextArea {
            id: editor
            objectName: "sectionEditor_" + root.section
            visible: root.editing
            Layout.fillWidth: true
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Text of %1").arg(root.label)
            ScopedShortcut { action: "save"; scope: editor; onActivated: root.save() }
            ScopedShortcut { action: "cancelEdit"; scope: editor; onActivated: root.stopEditing() }
        }
        RowLayout {
            visible: root.editing
            Button { text: Shortcuts.withKey(qsTr("Save"), "save"); Accessible.name: qsTr("Save %1").arg(root.label); onClicked: root.save() }
            Button { text: qsTr("Cancel"); Accessible.name: qsTr("Stop editing %1").arg(root.label); onClicked: root.stopEditing() }
            Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; Layout.fillWidth: true; wrapMode: Text.Wrap }
        }
    }
}
