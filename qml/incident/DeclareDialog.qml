import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// Declaring an incident: a title, a severity (each with its meaning; if unsure, the higher
// one), and what is known so far. Return declares (outside the summary), Esc changes nothing.
Dialog {
    id: root
    required property IncidentActions actions
    property string lastError: ""
    objectName: "declareDialog"
    title: qsTr("Declare an incident")
    modal: true
    standardButtons: Dialog.Cancel

    onOpened: { titleField.text = ""; summaryField.text = ""; severityBox.currentIndex = 1; lastError = ""; titleField.forceActiveFocus() }
    function declare() {
        lastError = actions.declare(titleField.text, severityBox.currentValue, summaryField.text)
        if (lastError === "") root.close()
    }

    ColumnLayout {
        anchors.fill: parent
        Keys.onReturnPressed: root.declare()
        Keys.onEnterPressed: root.declare()
        TextField { id: titleField; objectName: "declareTitleField"; Layout.fillWidth: true; Layout.preferredWidth: 460; placeholderText: qsTr("What is broken, as users see it"); Accessible.name: qsTr("Title") }
        ComboBox {
            id: severityBox
            objectName: "declareSeverityBox"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "severity"
            Accessible.name: qsTr("Severity")
            model: [
                { severity: "SEV1", label: qsTr("SEV1 — critical, public impact") },
                { severity: "SEV2", label: qsTr("SEV2 — critical, customers impacted") },
                { severity: "SEV3", label: qsTr("SEV3 — minor impact, or about to get worse") },
                { severity: "SEV4", label: qsTr("SEV4 — no customer impact") },
                { severity: "SEV5", label: qsTr("SEV5 — cosmetic") }
            ]
        }
        Label { text: qsTr("If unsure, pick the higher severity."); opacity: 0.8 }
        TextArea { id: summaryField; objectName: "declareSummaryField"; Layout.fillWidth: true; Layout.preferredHeight: 80; placeholderText: qsTr("What is known so far"); wrapMode: TextEdit.Wrap; Accessible.name: qsTr("Summary") }
        Button { objectName: "declareButton"; text: qsTr("Declare"); highlighted: true; onClicked: root.declare() }
        Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
