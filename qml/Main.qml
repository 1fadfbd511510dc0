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
    Component.onCompleted: Workspace.applyTheme(window)

    // What each window shortcut of the Shortcuts table does. Those about the open incident
    // do nothing while there is none.
    readonly property var commands: ({
        declare: () => declareDialog.open(),
        newTask: () => onCommandView(() => panels.tasks.focusNewTask()),
        focusTasks: () => onCommandView(() => panels.tasks.takeFocus()),
        assignRole: () => onCommandView(() => panels.roles.focusFirstEmpty()),
        handOff: () => withIncident(() => handoffDialog.open()),
        composeExternal: () => onCommandView(() => panels.updates.compose("external")),
        composeInternal: () => onCommandView(() => panels.updates.compose("internal")),
        status: () => withIncident(() => header.openStatusMenu()),
        severity: () => withIncident(() => header.openSeverityMenu()),
        scribe: () => openScribe(),
        export: () => withIncident(() => exportDialog.open()),
        viewCommand: () => views.currentIndex = 0,
        viewTimeline: () => views.currentIndex = 1,
        viewReview: () => views.currentIndex = 2,
        nextView: () => views.currentIndex = (views.currentIndex + 1) % views.count,
        previousView: () => views.currentIndex = (views.currentIndex + views.count - 1) % views.count,
        nextPanel: () => movePanelFocus(1),
        previousPanel: () => movePanelFocus(-1),
        nextIncident: () => Workspace.selectNeighbour(1),
        previousIncident: () => Workspace.selectNeighbour(-1),
        serverSettings: () => serverDialog.open(),
        preferences: () => preferencesDialog.open(),
        syncNow: () => Workspace.sync.retryNow(),
        shortcuts: () => shortcutSheet.open()
    })
    function withIncident(action) { if (Workspace.current.valid) action() }
    function onCommandView(action) { withIncident(() => { views.currentIndex = 0; action() }) }

    // The panels F6 moves between, on the view shown.
    function focusablePanels() {
        if (!Workspace.current.valid)
            return [incidentList]
        const own = [[panels.roles, panels.tasks, panels.document, panels.updates],
                     [timelinePanel], [reviewPanel.entriesPanel]][views.currentIndex]
        return [incidentList].concat(own)
    }
    function movePanelFocus(step) {
        const list = focusablePanels()
        const at = list.findIndex(panel => panel.activeFocus)
        const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length
        list[next].takeFocus()
    }

    property ScribeWindow scribe: null
    function openScribe() {
        if (!scribe)
            scribe = scribeComponent.createObject(window)
        scribe.show()
        scribe.raise()
        scribe.requestActivate()
    }

    ConsoleShortcuts { objectName: "consoleShortcuts"; onTriggered: action => window.commands[action]() }

    // An escalated reminder also flashes the window in the task bar.
    Connections {
        target: Workspace.current.reminders
        function onEscalated(text) { window.alert(0) }
    }

    Component { id: scribeComponent; ScribeWindow {} }

    DeclareDialog { id: declareDialog; anchors.centerIn: parent; actions: Workspace.actions }
    HandoffDialog { id: handoffDialog; anchors.centerIn: parent; actions: Workspace.actions; commander: Workspace.current.commander }
    ServerDialog { id: serverDialog; anchors.centerIn: parent; status: Workspace.sync }
    ShortcutSheet { id: shortcutSheet; anchors.centerIn: parent }
    PreferencesDialog { id: preferencesDialog; anchors.centerIn: parent; preferences: Workspace.preferences }
    ExportDialog { id: exportDialog; anchors.centerIn: parent; actions: Workspace.actions }

    header: StoreProblemBar { problem: Workspace.storeProblem }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            SyncIndicator { status: Workspace.sync; onSettingsRequested: serverDialog.open() }
            Item { Layout.fillWidth: true }
            ToolButton { text: Shortcuts.withKey(qsTr("Preferences"), "preferences"); onClicked: preferencesDialog.open() }
            ToolButton { text: Shortcuts.withKey(qsTr("Shortcuts"), "shortcuts"); onClicked: shortcutSheet.open() }
        }
    }

    SplitView {
        anchors.fill: parent

        ColumnLayout {
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 220
            spacing: 0
            IncidentList {
                id: incidentList
                objectName: "incidentList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                model: Workspace.incidents
                currentId: Workspace.currentId
                onSelected: incidentId => Workspace.select(incidentId)
                onStepped: step => Workspace.selectNeighbour(step)
            }
            Button {
                Layout.fillWidth: true
                Layout.margins: 6
                text: Shortcuts.withKey(qsTr("Declare incident"), "declare")
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
                TabButton { objectName: "commandTab"; text: Shortcuts.withKey(qsTr("Command"), "viewCommand") }
                TabButton { objectName: "timelineTab"; text: Shortcuts.withKey(qsTr("Timeline"), "viewTimeline") }
                TabButton { objectName: "reviewTab"; text: Shortcuts.withKey(qsTr("Review"), "viewReview") }
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
                TimelinePanel { id: timelinePanel; feeder: Workspace.timeline; entries: Workspace.timelineList }
                ReviewPanel { id: reviewPanel; incident: Workspace.current; actions: Workspace.actions; entries: Workspace.timelineList }
            }
        }
        Label {
            SplitView.fillWidth: true
            visible: !Workspace.current.valid
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
            text: qsTr("No incident selected. Declare one with %1, or pick one on the left.").arg(Shortcuts.shown("declare"))
        }
    }
}
