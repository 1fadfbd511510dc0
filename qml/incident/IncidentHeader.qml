import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost

// Always visible above the panels: what the incident is and who commands it.
Pane {
    id: root
    required property var incident

    RowLayout {
        anchors.fill: parent
        spacing: 12
        SeverityBadge { severity: root.incident.severity; font.pixelSize: 18 }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.incident.title
                font.pixelSize: 22
                font.bold: true
                elide: Text.ElideRight
                Accessible.name: qsTr("Incident title")
            }
            Label {
                Layout.fillWidth: true
                opacity: 0.8
                text: qsTr("Status: %1 · Commander: %2 · Declared %3")
                      .arg(root.incident.status)
                      .arg(root.incident.commander || qsTr("none"))
                      .arg(root.incident.declaredAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
            }
        }
    }
}
