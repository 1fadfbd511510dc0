import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Stakeholder updates: when each audience's next one is due, and a composer that starts
// from the template. Publishing resets that audience's clock.
GroupBox {
    id: root
    required property var incident
    required property var actions
    property string lastError: ""
    title: qsTr("Updates")

    function template() {
        return qsTr("Summary: %1\nImpact: \nWhat we are doing: \nNext update at: ").arg(root.incident.title)
    }
    function compose(audience) {
        audienceBox.currentIndex = audience === "internal" ? 1 : 0
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
        Repeater {
            model: [
                { audience: "external", label: qsTr("External"), expected: root.incident.externalUpdateExpected, seconds: root.incident.externalUpdateSeconds },
                { audience: "internal", label: qsTr("Internal"), expected: root.incident.internalUpdateExpected, seconds: root.incident.internalUpdateSeconds }
            ]
            RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Label { text: modelData.label; font.bold: true; Layout.preferredWidth: 80 }
                Label {
                    Layout.fillWidth: true
                    color: modelData.expected && modelData.seconds < 0 ? "#c62828" : palette.text
                    font.bold: modelData.expected && modelData.seconds < 300
                    text: !modelData.expected ? qsTr("none expected")
                          : modelData.seconds < 0 ? root.incident.countdownText(modelData.seconds)
                          : qsTr("next due in %1").arg(root.incident.countdownText(modelData.seconds))
                }
                Label { text: qsTr("every"); visible: modelData.expected }
                SpinBox {
                    visible: modelData.expected
                    from: 1; to: 1440; editable: true
                    // eventCount: read again whenever the incident changes
                    value: root.incident.eventCount >= 0 ? root.incident.cadence(modelData.audience) : 0
                    Accessible.name: qsTr("%1 update every N minutes").arg(modelData.label)
                    onValueModified: root.lastError = root.actions.setCadence(modelData.audience, value)
                }
                Button { text: qsTr("Compose"); enabled: modelData.expected; onClicked: root.compose(modelData.audience) }
            }
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
            Button { objectName: "updatePublishButton"; text: qsTr("Publish"); onClicked: root.publish() }
        }
        TextArea {
            id: textArea
            objectName: "updateTextArea"
            Layout.fillWidth: true
            Layout.fillHeight: true
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Write the update, or press Compose for the template")
            Accessible.name: qsTr("Update text")
        }
        Label { visible: root.lastError !== ""; text: root.lastError; color: "#c62828"; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
