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

    Component {
        id: headerComponent
        IncidentHeader {}
    }
    Component {
        id: rolesComponent
        RolesPanel { width: 400; height: 300 }
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
