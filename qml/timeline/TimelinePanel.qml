import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// The timeline of the selected incident as a chart (zoom with the wheel, pan by dragging,
// double-click to fit; hover a point for what happened).
Panel {
    id: root
    required property TimelineChart feeder
    required property TimelineListModel entries
    title: qsTr("Timeline — %n point(s) drawn", "", root.feeder.pointCount)
    focusTarget: list.view

    SplitView {
        anchors.fill: parent
        orientation: Qt.Vertical
        TimelineChartView {
            SplitView.fillHeight: true
            SplitView.minimumHeight: 200
            feeder: root.feeder
        }
        TimelineList {
            id: list
            SplitView.preferredHeight: 220
            entries: root.entries
        }
    }
}
