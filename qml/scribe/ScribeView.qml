import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// The scribe's line, keyboard only: the time is taken at the first keystroke, Enter records.
// "14:02 dec: roll back @dana" backdates, sets the kind and mentions; Ctrl+1…5 pick the kind
// of the next lines. Recent entries below: select one (Down from the line) and press Enter
// to correct it.
FocusScope {
    id: root
    required property Scribe scribe
    property string lastError: ""

    function submit() {
        lastError = scribe.submit(input.text)
        if (lastError === "")
            input.clear()
    }

    Repeater {
        model: root.scribe.kinds
        Item {
            required property string modelData
            required property int index
            Shortcut { sequence: "Ctrl+" + (index + 1); onActivated: root.scribe.kind = modelData }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        Row {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: root.scribe.kinds
                Button {
                    required property string modelData
                    required property int index
                    text: qsTr("%1 (Ctrl+%2)").arg(root.scribe.kindLabel(modelData)).arg(index + 1)
                    checkable: true
                    checked: root.scribe.kind === modelData
                    focusPolicy: Qt.NoFocus
                    onClicked: root.scribe.kind = modelData
                }
            }
        }
        TextField {
            id: input
            objectName: "scribeInput"
            Layout.fillWidth: true
            focus: true
            font.pixelSize: 18
            placeholderText: qsTr("What happened — e.g. 14:02 dec: roll back 4512 @dana")
            Accessible.name: qsTr("Timeline entry")
            onTextEdited: text !== "" ? root.scribe.startTyping() : root.scribe.cancelTyping()
            onAccepted: root.submit()
            Keys.onDownPressed: { entries.forceActiveFocus(); entries.currentIndex = 0 }
        }
        Label {
            Layout.fillWidth: true
            color: root.lastError !== "" ? Tones.danger : palette.windowText
            opacity: root.lastError !== "" ? 1 : 0.7
            text: root.lastError !== "" ? root.lastError
                  : root.scribe.typingSince.getTime() > 0
                    ? qsTr("%1 at %2").arg(root.scribe.kindLabel(root.scribe.kind)).arg(Workspace.preferences.time(root.scribe.typingSince, Workspace.preferences.utc))
                    : qsTr("%1 · the time is taken at your first keystroke").arg(root.scribe.kindLabel(root.scribe.kind))
        }
        KeyboardList {
            id: entries
            objectName: "scribeEntries"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: root.scribe.entries
            Accessible.name: qsTr("Recent entries")
            Keys.onUpPressed: event => { if (currentIndex <= 0) input.forceActiveFocus(); else event.accepted = false }
            delegate: ScribeEntryRow {
                width: ListView.view.width
                scribe: root.scribe
                selected: ListView.isCurrentItem && entries.activeFocus
            }
        }
    }
}
