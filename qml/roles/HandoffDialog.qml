import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// Handing off command, step by step: the new commander is briefed, the handoff is announced,
// the new commander confirms. Only then is it recorded. Return hands off, Esc changes nothing.
Dialog {
    id: root
    required property IncidentActions actions
    required property string commander
    property string lastError: ""
    objectName: "handoffDialog"
    title: qsTr("Hand off command")
    modal: true
    standardButtons: Dialog.Cancel

    function handOff() {
        if (!(briefed.checked && announced.checked && confirmed.checked)) {
            lastError = qsTr("Tick the three steps first: brief, announce, confirm.")
            return
        }
        lastError = actions.handOffCommand(nameField.text)
        if (lastError === "") root.close()
    }
    onOpened: { nameField.text = ""; briefed.checked = announced.checked = confirmed.checked = false; lastError = ""; nameField.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        Keys.onReturnPressed: root.handOff()
        Keys.onEnterPressed: root.handOff()
        Label { text: qsTr("Current commander: %1").arg(root.commander || qsTr("none")) }
        TextField { id: nameField; objectName: "handoffNameField"; Layout.fillWidth: true; placeholderText: qsTr("New commander"); Accessible.name: qsTr("New commander") }
        CheckBox { id: briefed; objectName: "handoffBriefed"; text: qsTr("1. Briefed the new commander on the state document") }
        CheckBox { id: announced; objectName: "handoffAnnounced"; text: qsTr("2. Announced the handoff on the bridge") }
        CheckBox { id: confirmed; objectName: "handoffConfirmed"; text: qsTr("3. The new commander confirmed: “I have command”") }
        Button {
            objectName: "handoffButton"
            text: qsTr("Hand off")
            enabled: briefed.checked && announced.checked && confirmed.checked && nameField.text.trim() !== ""
            onClicked: root.handOff()
        }
        Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
