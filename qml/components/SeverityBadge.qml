import QtQuick
import QtQuick.Controls
import CommandPost.Models

// A severity as a coloured badge: SEV1 and SEV2 stand out, SEV5 stays quiet.
Label {
    id: badge
    required property string severity

    text: severity
    color: Tones.onStrong
    font.bold: true
    leftPadding: 8
    rightPadding: 8
    topPadding: 2
    bottomPadding: 2
    background: Rectangle {
        radius: 4
        color: Tones.severity(badge.severity)
    }
    Accessible.name: qsTr("Severity %1").arg(severity)
}
