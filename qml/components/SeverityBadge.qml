import QtQuick
import QtQuick.Controls

// A severity as a coloured badge: SEV1 and SEV2 stand out, SEV5 stays quiet.
Label {
    id: badge
    required property string severity

    readonly property var colors: ({ "SEV1": "#b3261e", "SEV2": "#d9480f", "SEV3": "#b08800",
                                     "SEV4": "#2f6f9f", "SEV5": "#5f6368" })
    text: severity
    color: "white"
    font.bold: true
    leftPadding: 8
    rightPadding: 8
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        radius: 4
        color: badge.colors[badge.severity] || "#5f6368"
    }
    Accessible.name: qsTr("Severity %1").arg(severity)
}
