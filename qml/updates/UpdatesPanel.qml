import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// Stakeholder updates: when each audience's next one is due, and a composer that starts
// from the template (Ctrl+U, Ctrl+Shift+U). Ctrl+Enter publishes; publishing resets that
// audience's clock.
Panel {
    id: root
    required property CurrentIncident incident
    required property IncidentActions actions
    property string lastError: ""
    title: qsTr("Updates")
    focusTarget: textArea

    function template() {
        return qsTr("Summary: %1\nImpact: \nWhat we are doing: \nNext update at: ").arg(root.incident.title)
    }
    function compose(audience) {
        audienceBox.currentIndex = audience === "internal" ? 1 : 0
        if (textArea.text.trim() === "") // never over a draft
            textArea.text = template()
        textArea.forceActiveFocus()
    }
    function publish() {
        lastError = actions.publishUpdate(audienceBox.currentValue, textArea.text, nextBox.value)
        if (lastError === "")
            textArea.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        UpdateClock {
            Layout.fillWidth: true
            label: qsTr("External")
            audience: "external"
            incident: root.incident
            expected: root.incident.externalUpdateExpected
            seconds: root.incident.externalUpdateSeconds
            level: root.incident.externalUpdateLevel
            cadence: root.incident.externalCadence
            onCompose: root.compose("external")
            onCadenceSet: minutes => root.lastError = root.actions.setCadence("external", minutes)
        }
        UpdateClock {
            Layout.fillWidth: true
            label: qsTr("Internal")
            audience: "internal"
            incident: root.incident
            expected: root.incident.internalUpdateExpected
            seconds: root.incident.internalUpdateSeconds
            level: root.incident.internalUpdateLevel
            cadence: root.incident.internalCadence
            onCompose: root.compose("internal")
            onCadenceSet: minutes => root.lastError = root.actions.setCadence("internal", minutes)
        }
        RowLayout {
            ComboBox {
                id: audienceBox
                objectName: "updateAudienceBox"
                textRole: "label"
                valueRole: "audience"
                model: [{ audience: "external", label: qsTr("External") }, { audience: "internal", label: qsTr("Internal") }]
                Accessible.name: qsTr("Audience")
            }
            Label { text: qsTr("next in") }
            SpinBox { id: nextBox; from: 0; to: 240; value: 0; editable: true; Accessible.name: qsTr("Next update in minutes (0: the cadence)") }
            Button {
                objectName: "updatePublishButton"
                text: qsTr("Publish")
                ToolTip.visible: hovered
                ToolTip.text: Shortcuts.shown("save")
                Accessible.name: qsTr("Publish the update")
                onClicked: root.publish()
            }
        }
        TextArea {
            id: textArea
            objectName: "updateTextArea"
            Layout.fillWidth: true
            Layout.fillHeight: true
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Write the update, or press Compose for the template; %1 publishes").arg(Shortcuts.shown("save"))
            Accessible.name: qsTr("Update text")
            ScopedShortcut { action: "save"; scope: textArea; onActivated: root.publish() }
        }
        Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
