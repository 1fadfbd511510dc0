import QtQuick
import QtQuick.Controls
import CommandPost.Models
import QtQuick.Layouts

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
    required property var updatedAt
    required property bool conflicted
    required property var conflictTexts
    required property bool stale
    required property var actions
    property bool editing: false
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
    function save() {
        lastError = actions.setSection(section, editor.text, base)
        if (lastError === "")
            editing = false
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            Label { text: root.label; font.bold: true }
            Label {
                Layout.fillWidth: true
                opacity: 0.7
                elide: Text.ElideRight
                text: root.head === "" ? qsTr("not written yet")
                      : qsTr("%1, %2").arg(root.author).arg(Workspace.preferences.time(root.updatedAt, Workspace.preferences.utc))
            }
            Label { visible: root.stale; text: qsTr("stale"); color: "#b08800"; font.bold: true }
            Label { visible: root.conflicted; text: qsTr("conflict"); color: "#c62828"; font.bold: true }
            Button {
                visible: !root.editing
                text: root.conflicted ? qsTr("Merge") : qsTr("Edit")
                Accessible.name: qsTr("Edit %1").arg(root.label)
                onClicked: root.edit(root.conflicted ? [root.text].concat(root.conflictTexts).join("\n\n") : root.text)
            }
        }
        Label {
            visible: !root.editing
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.text
        }
        Repeater {
            model: root.editing ? [] : root.conflictTexts
            Label {
                required property string modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "#c62828"
                text: qsTr("Also written: %1").arg(modelData)
            }
        }
        TextArea {
            id: editor
            objectName: "sectionEditor_" + root.section
            visible: root.editing
            Layout.fillWidth: true
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Text of %1").arg(root.label)
            Keys.onPressed: event => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                    root.save(); event.accepted = true
                } else if (event.key === Qt.Key_Escape) {
                    root.editing = false; event.accepted = true
                }
            }
        }
        RowLayout {
            visible: root.editing
            Button { text: qsTr("Save (Ctrl+Enter)"); onClicked: root.save() }
            Button { text: qsTr("Cancel"); onClicked: root.editing = false }
            Label { visible: root.lastError !== ""; text: root.lastError; color: "#c62828"; Layout.fillWidth: true; wrapMode: Text.Wrap }
        }
    }
}
