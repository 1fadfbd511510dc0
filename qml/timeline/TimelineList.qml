import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// The timeline as a list with its filters (kind, person, pinned, order); the filtering
// itself is the model's (TimelineListModel).
ColumnLayout {
    id: root
    required property TimelineListModel entries
    property alias view: view

    RowLayout {
        Layout.fillWidth: true
        ComboBox {
            objectName: "timelineKindFilter"
            model: [qsTr("All kinds")].concat(root.entries.kinds.map(kind => Workspace.scribe.kindLabel(kind)))
            Accessible.name: qsTr("Show kind")
            onActivated: index => root.entries.kind = index === 0 ? "" : root.entries.kinds[index - 1]
        }
        ComboBox {
            objectName: "timelinePersonFilter"
            model: [qsTr("Everyone")].concat(root.entries.people)
            Accessible.name: qsTr("Show person")
            onActivated: index => root.entries.person = index === 0 ? "" : root.entries.people[index - 1]
        }
        CheckBox { text: qsTr("Pinned only"); checked: root.entries.pinnedOnly; onToggled: root.entries.pinnedOnly = checked }
        CheckBox { text: qsTr("Newest first"); checked: root.entries.newestFirst; onToggled: root.entries.newestFirst = checked }
        CheckBox {
            objectName: "timelineUtc"
            text: qsTr("Times in UTC")
            checked: Workspace.preferences.utc
            onToggled: Workspace.preferences.utc = checked
        }
    }
    KeyboardList {
        id: view
        objectName: "timelineEntries"
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: root.entries
        Accessible.name: qsTr("Timeline entries")
        delegate: RowLayout {
            id: entry
            required property date at
            required property string actor
            required property string kind
            required property string text
            required property bool pinned
            required property bool corrected
            width: ListView.view.width
            Label {
                text: Workspace.preferences.time(entry.at, Workspace.preferences.utc)
                font.family: "monospace"
                font.underline: entry.ListView.isCurrentItem && view.activeFocus // where the keys are
                color: font.underline ? palette.highlight : palette.windowText
            }
            Label { text: pinned ? "★" : ""; Layout.preferredWidth: 14 }
            Label { text: Workspace.scribe.kindLabel(kind); Layout.preferredWidth: 100; opacity: 0.8 }
            Label { text: actor; Layout.preferredWidth: 80; elide: Text.ElideRight }
            Label { Layout.fillWidth: true; elide: Text.ElideRight; text: corrected ? qsTr("%1 (corrected)").arg(parent.text) : parent.text }
        }
    }
}
