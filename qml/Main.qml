import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost
import CommandPost.Models

// The commander's window: incidents on the left; header, reminders and the four panels
// (roles, tasks, state document, updates) for the selected one; sync state in the footer.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: Workspace.current.valid
           ? qsTr("%1 — Command Post").arg(Workspace.current.title)
           : qsTr("Command Post")

    DarkPalette { palette: window.palette; active: Workspace.darkTheme }

    ConsoleShortcuts {
        onDeclare: declareDialog.open()
        onNewTask: panels.tasks.focusNewTask()
        onAssignRole: panels.roles.focusFirstEmpty()
        onHandOff: handoffDialog.open()
        onComposeUpdate: audience => panels.updates.compose(audience)
        onChangeStatus: header.openStatusMenu()
        onChangeSeverity: header.openSeverityMenu()
        onServerSettings: serverDialog.open()
        onPreferences: preferencesDialog.open()
        onSyncNow: Workspace.sync.retryNow()
        onShowShortcuts: shortcutSheet.open()
        onOpenScribe: scribeWindow.createObject(window)
        onShowView: index => views.currentIndex = index
        onExportReport: exportDialog.open()
    }

    // An escalated reminder also flashes the window in the task bar.
    Connections {
        target: Workspace.current.reminders
        function onEscalated(text) { window.alert(0) }
    }

    Component { id: scribeWindow; ScribeWindow {} }

    DeclareDialog { id: declareDialog; anchors.centerIn: parent; actions: Workspace.actions }
    HandoffDialog { id: handoffDialog; anchors.centerIn: parent; actions: Workspace.actions; commander: Workspace.current.commander }
    ServerDialog { id: serverDialog; anchors.centerIn: parent; status: Workspace.sync }
    ShortcutSheet { id: shortcutSheet; anchors.centerIn: parent }
    PreferencesDialog { id: preferencesDialog; anchors.centerIn: parent; preferences: Workspace.preferences }
    ExportDialog { id: exportDialog; anchors.centerIn: parent; actions: Workspace.actions }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            SyncIndicator { status: Workspace.sync; onSettingsRequested: serverDialog.open() }
            Item { Layout.fillWidth: true }
            ToolButton { text: qsTr("Preferences (Ctrl+Shift+P)"); onClicked: preferencesDialog.open() }
            ToolButton { text: qsTr("Shortcuts (F1)"); onClicked: shortcutSheet.open() }
        }
    }

    SplitView {
        anchors.fill: parent

        ColumnLayout {
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 220
            spacing: 0
            IncidentList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: Workspace.incidents
                currentId: Workspace.currentId
                onSelected: incidentId => Workspace.select(incidentId)
            }
            Button {
                Layout.fillWidth: true
                Layout.margins: 6
                text: qsTr("Declare incident (Ctrl+N)")
                onClicked: declareDialog.open()
            }
        }

        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0
            visible: Workspace.current.valid
            IncidentHeader {
                id: header
                Layout.fillWidth: true
                incident: Workspace.current
                actions: Workspace.actions
                sync: Workspace.sync
            }
            ReminderBanner { Layout.fillWidth: true; reminders: Workspace.current.reminders }
            TabBar {
                id: views
                objectName: "viewTabs"
                Layout.fillWidth: true
                currentIndex: ["command", "timeline", "review"].indexOf(Workspace.startView)
                TabButton { text: qsTr("Command (Ctrl+Shift+1)") }
                TabButton { text: qsTr("Timeline (Ctrl+Shift+2)") }
                TabButton { text: qsTr("Review (Ctrl+Shift+3)") }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: views.currentIndex
                IncidentPanels {
                    id: panels
                    incident: Workspace.current
                    actions: Workspace.actions
                    onHandOffRequested: handoffDialog.open()
                }
                TimelinePanel { feeder: Workspace.timeline; entries: Workspace.timelineList }
                ReviewPanel { incident: Workspace.current; actions: Workspace.actions; entries: Workspace.timelineList }
            }
        }
        Label {
            SplitView.fillWidth: true
            visible: !Workspace.current.valid
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: qsTr("No incident selected. Declare one with Ctrl+N, or pick one on the left.")
        }
    }
}
