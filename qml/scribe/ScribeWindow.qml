import QtQuick
import QtQuick.Controls
import CommandPost
import CommandPost.Models

// The scribe's own window, for a second workstation or screen (commandpost --scribe, or F2).
ApplicationWindow {
    id: scribeWindow
    objectName: "scribeWindow"
    width: 900
    height: 700
    visible: true
    title: Workspace.current.valid ? qsTr("Scribe — %1").arg(Workspace.current.title) : qsTr("Scribe")
    Component.onCompleted: Workspace.applyTheme(scribeWindow)
    header: StoreProblemBar { problem: Workspace.storeProblem }

    ScribeView {
        anchors.fill: parent
        anchors.margins: 12
        scribe: Workspace.scribe
        focus: true
    }
}
