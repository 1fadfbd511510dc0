import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// Exporting the postmortem: a format and a file (Ctrl+E). Return writes it, Esc closes.
Dialog {
    id: root
    required property IncidentActions actions
    property string lastError: ""
    property string saved: ""
    objectName: "exportDialog"
    title: qsTr("Export")
    modal: true
    standardButtons: Dialog.Close

    onOpened: {
        lastError = ""; saved = ""
        pathField.text = actions.defaultExportPath(formatBox.currentValue)
        pathField.forceActiveFocus()
    }
    function exportNow() {
        lastError = actions.exportReport(formatBox.currentValue, pathField.text)
        saved = lastError === "" ? pathField.text : ""
    }

    ColumnLayout {
        anchors.fill: parent
        Keys.onReturnPressed: root.exportNow()
        Keys.onEnterPressed: root.exportNow()
        ComboBox {
            id: formatBox
            objectName: "exportFormat"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "format"
            Accessible.name: qsTr("Format")
            model: [
                { format: "md", label: qsTr("Postmortem, Markdown") },
                { format: "html", label: qsTr("Postmortem, HTML") },
                { format: "pdf", label: qsTr("Postmortem, PDF") },
                { format: "csv", label: qsTr("Timeline, CSV") },
                { format: "json", label: qsTr("Whole log, JSON") }
            ]
            onActivated: pathField.text = pathField.text.replace(/\.[a-z]+$/, "") + "." + currentValue
        }
        TextField {
            id: pathField
            objectName: "exportPath"
            Layout.preferredWidth: 460
            text: root.actions.defaultExportPath("md")
            Accessible.name: qsTr("File to write")
        }
        Button { objectName: "exportButton"; text: qsTr("Export"); highlighted: true; onClicked: root.exportNow() }
        Label { visible: root.saved !== ""; text: qsTr("Saved %1").arg(root.saved); wrapMode: Text.Wrap; Layout.fillWidth: true }
        Label { visible: root.lastError !== ""; text: root.lastError; color: Tones.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
