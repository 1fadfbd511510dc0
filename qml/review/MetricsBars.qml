import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// Response metrics as a phase bar chart: one bar a metric, to scale with the longest.
// A Column, not a ColumnLayout: Qt 6.4 can crash destroying a Repeater's rows in a Layout.
Column {
    id: root
    spacing: 4
    required property var metrics
    readonly property real longest: Math.max(1, ...root.metrics.map(m => m.seconds))

    Repeater {
        model: root.metrics
        RowLayout {
            required property var modelData
            width: root.width
            Label { text: modelData.name; Layout.preferredWidth: 150 }
            Rectangle {
                Layout.preferredWidth: modelData.seconds > 0 ? Math.max(2, 260 * modelData.seconds / root.longest) : 2
                Layout.preferredHeight: 14
                color: modelData.severity !== "" ? Tones.severity(modelData.severity) : Tones.accent
                opacity: modelData.seconds >= 0 ? 1 : 0.2
            }
            Label { text: modelData.text; font.bold: true }
        }
    }
}
