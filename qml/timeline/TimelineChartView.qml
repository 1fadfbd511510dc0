import QtQuick
import QtQuick.Controls
import QtCharts
import CommandPost.Models

// The incident as a chart: a lane of points per kind of entry, severity as a step line above,
// task timeboxes as bars below, updates and milestones as markers. Points come from C++
// (TimelineChart), decimated to the plot's width. Wheel zooms, drag pans, double-click fits.
ChartView {
    id: chart
    objectName: "timelineChart"
    required property TimelineChart feeder
    property int laneCount: 0
    property string laneNames: ""
    antialiasing: true
    animationOptions: ChartView.NoAnimation
    legend.alignment: Qt.AlignBottom
    theme: Workspace.darkTheme ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    Accessible.name: qsTr("Timeline chart")

    DateTimeAxis {
        id: xAxis
        format: Workspace.preferences.axisFormat
        tickCount: 7
        titleText: Workspace.preferences.zoneName
    }
    ValueAxis { id: yAxis; min: -2; max: chart.laneCount + 3; labelsVisible: false; gridVisible: false }

    function fit() {
        feeder.setWindow(new Date(NaN), new Date(NaN), Math.max(100, plotArea.width))
        xAxis.min = feeder.start
        xAxis.max = feeder.end
    }
    function rebuild() {
        removeAllSeries()
        laneCount = feeder.lanes.length
        laneNames = feeder.lanes.join(",")
        const lanes = []
        for (let i = 0; i < laneCount; ++i) {
            const lane = createSeries(ChartView.SeriesTypeScatter, Workspace.scribe.kindLabel(feeder.lanes[i]), xAxis, yAxis)
            lane.markerSize = 9
            const index = i
            lane.hovered.connect((point, state) => showTip(index, point, state))
            lanes.push(lane)
        }
        const severity = createSeries(ChartView.SeriesTypeLine, qsTr("Severity (higher is worse)"), xAxis, yAxis)
        severity.width = 3
        const status = createSeries(ChartView.SeriesTypeLine, qsTr("Status (higher is further)"), xAxis, yAxis)
        status.width = 2
        const tasks = createSeries(ChartView.SeriesTypeScatter, qsTr("Task timeboxes"), xAxis, yAxis)
        tasks.markerShape = ScatterSeries.MarkerShapeRectangle
        tasks.markerSize = 6
        const updates = createSeries(ChartView.SeriesTypeScatter, qsTr("Updates published"), xAxis, yAxis)
        updates.markerShape = ScatterSeries.MarkerShapeRectangle
        updates.markerSize = 12
        const milestones = createSeries(ChartView.SeriesTypeScatter, qsTr("Milestones"), xAxis, yAxis)
        milestones.markerSize = 14
        feeder.setSeries(lanes, severity, status, tasks, updates, milestones)
        fit()
    }
    function showTip(lane, point, state) {
        tip.text = state ? feeder.describeAt(lane, point.x) : ""
        tip.visible = state && tip.text !== ""
    }

    Component.onCompleted: Qt.callLater(rebuild)
    Connections {
        target: chart.feeder
        function onRefreshed() { if (chart.feeder.lanes.join(",") !== chart.laneNames) Qt.callLater(chart.rebuild) }
    }
    Connections {
        target: Workspace.preferences
        function onUtcChanged() { chart.fit() }
    }
    Connections {
        target: xAxis
        function onRangeChanged(min, max) { chart.feeder.setWindow(min, max, Math.max(100, chart.plotArea.width)) }
    }

    ToolTip { id: tip; x: mouse.mouseX + 12; y: mouse.mouseY + 12 }
    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        acceptedButtons: Qt.LeftButton
        property real lastX: 0
        onPressed: mouseEvent => lastX = mouseEvent.x
        onPositionChanged: mouseEvent => {
            if (pressed) { chart.scrollLeft(mouseEvent.x - lastX); lastX = mouseEvent.x }
        }
        onDoubleClicked: chart.fit()
        onWheel: wheel => chart.zoom(wheel.angleDelta.y > 0 ? 1.25 : 0.8)
    }
}
