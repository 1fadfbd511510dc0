import QtQuick
import QtTest
import CommandPost
import CommandPost.Models

TestCase {
    id: testCase
    name: "Console"
    when: windowShown
    width: 800
    height: 600

    // Any warning (a QML TypeError, a binding loop, …) fails the test that caused it.
    function init() { failOnWarning(/.?/) }

    Component {
        id: headerComponent
        IncidentHeader {}
    }
    Component {
        id: rolesComponent
        RolesPanel { width: 400; height: 300 }
    }

    Component {
        id: syncIndicatorComponent
        SyncIndicator {}
    }
    Component {
        id: serverDialogComponent
        ServerDialog { width: 500; height: 400 }
    }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        const children = item.contentItem !== undefined && item.contentItem !== null && item.children.length === 0
                         ? [item.contentItem] : item.children
        for (let i = 0; i < children.length; ++i) {
            const found = findByName(children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_syncIndicatorSaysLocalOnlyWithoutServer() {
        compare(Workspace.sync.state, SyncStatus.Disabled)
        const indicator = createTemporaryObject(syncIndicatorComponent, testCase, { status: Workspace.sync })
        verify(indicator)
        const label = findByName(indicator.contentItem, "syncStateLabel")
        verify(label)
        compare(label.text, "Local only")
        const detail = findByName(indicator.contentItem, "syncDetailLabel")
        verify(Workspace.sync.pending >= 2)
        verify(detail.text.indexOf(Workspace.sync.pending + " event(s) not sent yet") >= 0, detail.text)
    }

    function test_serverDialogRefusesABadAddressAndChangesNothing() {
        const dialog = createTemporaryObject(serverDialogComponent, testCase, { status: Workspace.sync })
        dialog.open()
        tryCompare(dialog, "opened", true)
        const address = findByName(dialog.contentItem, "serverAddressField")
        const error = findByName(dialog.contentItem, "serverErrorLabel")
        address.text = "ftp://example"
        dialog.connectNow()
        verify(error.text.indexOf("http:// or https://") >= 0, error.text)
        verify(dialog.opened)
        compare(Workspace.sync.state, SyncStatus.Disabled)
        compare(Workspace.sync.serverUrl, "")

        address.text = "http://127.0.0.1:9"
        dialog.connectNow() // no token yet
        verify(error.text.indexOf("token") >= 0, error.text)
        compare(Workspace.sync.serverUrl, "")
    }

    function test_serverDialogConnectsAndWorkLocallyUndoesIt() {
        const pending = Workspace.sync.pending
        const dialog = createTemporaryObject(serverDialogComponent, testCase, { status: Workspace.sync })
        dialog.open()
        tryCompare(dialog, "opened", true)
        findByName(dialog.contentItem, "serverAddressField").text = "http://127.0.0.1:9"
        findByName(dialog.contentItem, "serverTokenField").text = "cpt_test"
        dialog.connectNow()
        tryCompare(dialog, "visible", false)
        compare(Workspace.sync.serverUrl, "http://127.0.0.1:9")
        verify(Workspace.sync.hasToken)
        // Nothing listens on port 9: the console says offline and keeps the events.
        tryCompare(Workspace.sync, "state", SyncStatus.Offline, 10000)
        verify(Workspace.sync.lastError.indexOf("unreachable") >= 0, Workspace.sync.lastError)
        compare(Workspace.sync.pending, pending)
        Workspace.sync.disconnectFromServer()
        compare(Workspace.sync.state, SyncStatus.Disabled)
        compare(Workspace.sync.serverUrl, "")
    }

    function test_workspaceSelectsTheSeededIncident() {
        compare(Workspace.incidents.count, 1)
        verify(Workspace.current.valid)
        compare(Workspace.current.title, "Checkout errors")
        compare(Workspace.current.severity, "SEV2")
        compare(Workspace.current.commander, "alice")
    }

    function test_headerShowsTitleAndCommander() {
        const header = createTemporaryObject(headerComponent, testCase, { incident: Workspace.current })
        verify(header)
        let texts = []
        function collect(item) {
            if (item.text !== undefined)
                texts.push(String(item.text))
            for (let i = 0; i < item.children.length; ++i)
                collect(item.children[i])
        }
        collect(header)
        verify(texts.indexOf("Checkout errors") >= 0, texts.join("|"))
        verify(texts.some(t => t.indexOf("Commander: alice") >= 0), texts.join("|"))
        verify(texts.indexOf("SEV2") >= 0, texts.join("|"))
    }

    function test_rolesPanelListsEveryKeyRole() {
        const panel = createTemporaryObject(rolesComponent, testCase, { roles: Workspace.current.roles })
        verify(panel)
        compare(panel.roles.rowCount(), 6)
    }
}
