import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost

// The timeline of the selected incident as a chart (zoom with the wheel, pan by dragging,
// double-click to fit; hover a point for what happened).
GroupBox {
    id: root
    required property var feeder
    title: qsTr("Timeline — %n point(s) drawn", "", root.feeder.pointCount)

    TimelineChartView {
        anchors.fill: parent
        feeder: root.feeder
    }
}
