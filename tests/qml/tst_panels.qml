import QtQuick
import QtTest
import CommandPost
import CommandPost.Models

// Each panel driven as the commander would, on the real store: the events it records show
// up in the folded state the panels read.
TestCase {
    id: testCase
    name: "Panels"
    when: windowShown
    width: 1000
    height: 700

    // Any warning (a QML TypeError, a binding loop, …) fails the test that caused it.
    function init() { failOnWarning(/.?/) }

    Component { id: rolesComponent; RolesPanel { width: 500; height: 400 } }
    Component { id: handoffComponent; HandoffDialog { width: 500; height: 400 } }
    Component { id: tasksComponent; TasksPanel { width: 600; height: 1200 } }
    Component { id: documentComponent; StateDocument { width: 600; height: 800 } }
    Component { id: updatesComponent; UpdatesPanel { width: 600; height: 400 } }
    Component { id: declareComponent; DeclareDialog { width: 500; height: 400 } }
    Component { id: preferencesComponent; PreferencesDialog { width: 500; height: 300 } }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        const kids = item.contentItem && item.children.length === 0 ? [item.contentItem] : item.children
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name)
            if (found)
                return found
        }
        return null
    }
    function delegateWhere(list, test) {
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (item && test(item))
                return item
        }
        return null
    }

    function test_preferencesSetLanguageAndUtc() {
        const dialog = createTemporaryObject(preferencesComponent, testCase, { preferences: Workspace.preferences })
        dialog.open()
        tryVerify(() => dialog.opened)
        const language = findByName(dialog.contentItem, "languageChoice")
        verify(language)
        compare(language.currentValue, "") // the system's
        language.currentIndex = language.indexOfValue("es")
        language.activated(language.currentIndex)
        compare(Workspace.preferences.language, "es")
        verify(dialog.languageChanged) // the note that it applies on the next start
        const utc = findByName(dialog.contentItem, "utcChoice")
        utc.toggle()
        utc.toggled()
        verify(Workspace.preferences.utc)
        compare(Workspace.preferences.zoneName, "UTC")
        utc.toggle()
        utc.toggled()
        verify(!Workspace.preferences.utc)
        Workspace.preferences.language = ""
        dialog.close()
    }

    function test_rolesPanelAssignsAndRelieves() {
        const panel = createTemporaryObject(rolesComponent, testCase,
                                            { roles: Workspace.current.roles, actions: Workspace.actions })
        const list = findByName(panel.contentItem, "roleList")
        tryVerify(() => delegateWhere(list, item => item.roleId === "deputy") !== null)
        const deputy = delegateWhere(list, item => item.roleId === "deputy")
        deputy.startAssigning()
        verify(deputy.assigning)
        const field = findByName(deputy, "roleField_deputy")
        verify(field)
        field.text = "dave"
        field.accepted()
        compare(panel.lastError, "")
        compare(Workspace.current.personInRole("deputy"), "dave")
        const again = delegateWhere(list, item => item.roleId === "deputy")
        compare(again.person, "dave")
        again.relieve("deputy")
        compare(Workspace.current.personInRole("deputy"), "")
    }

    function test_handoffNeedsEveryStep() {
        const dialog = createTemporaryObject(handoffComponent, testCase,
                                             { actions: Workspace.actions, commander: Workspace.current.commander })
        dialog.open()
        tryCompare(dialog, "opened", true)
        findByName(dialog.contentItem, "handoffNameField").text = "maria"
        const button = findByName(dialog.contentItem, "handoffButton")
        verify(!button.enabled)
        findByName(dialog.contentItem, "handoffBriefed").checked = true
        findByName(dialog.contentItem, "handoffAnnounced").checked = true
        verify(!button.enabled)
        findByName(dialog.contentItem, "handoffConfirmed").checked = true
        verify(button.enabled)
        button.clicked()
        tryCompare(Workspace.current, "commander", "maria")
        tryCompare(dialog, "visible", false)
    }

    function test_tasksPanelCreatesAcknowledgesAndRefusesSomeone() {
        const panel = createTemporaryObject(tasksComponent, testCase,
                                            { incident: Workspace.current, actions: Workspace.actions })
        const before = Workspace.current.tasks.count
        panel.focusNewTask()
        const title = findByName(panel.contentItem, "taskTitleField")
        verify(title.focus)
        title.text = "Roll back deploy"
        findByName(panel.contentItem, "taskAssigneeField").text = "carol"
        findByName(panel.contentItem, "taskMinutesBox").value = 20
        findByName(panel.contentItem, "taskAddButton").clicked()
        compare(panel.lastError, "")
        compare(Workspace.current.tasks.count, before + 1)
        const list = findByName(panel.contentItem, "taskList")
        // The list lays out its new row when it next polishes.
        tryVerify(() => delegateWhere(list, item => item.title === "Roll back deploy") !== null)
        let task = delegateWhere(list, item => item.title === "Roll back deploy")
        compare(task.assignee, "carol")
        compare(task.attention, TaskListModel.Unacknowledged)
        task.act("ack", task.taskId)
        tryVerify(() => {
            const acknowledged = delegateWhere(list, item => item.title === "Roll back deploy")
            return acknowledged !== null && acknowledged.acknowledged
        })
        task = delegateWhere(list, item => item.title === "Roll back deploy")
        compare(task.minutes, 20)
        verify(task.secondsLeft > 1190 && task.secondsLeft <= 1200, task.secondsLeft)

        title.text = "Look into it"
        findByName(panel.contentItem, "taskAssigneeField").text = "someone"
        panel.add()
        verify(panel.lastError.indexOf("assignee") >= 0, panel.lastError)
        compare(Workspace.current.tasks.count, before + 1)
    }

    function test_documentSectionIsEditedInPlace() {
        const doc = createTemporaryObject(documentComponent, testCase,
                                          { incident: Workspace.current, actions: Workspace.actions })
        const list = findByName(doc.contentItem, "sectionList")
        const impact = delegateWhere(list, item => item.section === "impact")
        verify(impact)
        impact.edit("Card payments fail in the EU")
        verify(impact.editing)
        const editor = findByName(impact, "sectionEditor_impact")
        verify(editor)
        compare(editor.text, "Card payments fail in the EU")
        impact.save() // what Ctrl+Enter in the editor does
        const saved = delegateWhere(list, item => item.section === "impact")
        compare(saved.text, "Card payments fail in the EU")
        compare(saved.conflicted, false)
        verify(saved.head !== "")
    }

    function test_anEditSurvivesChangesArrivingMeanwhile() {
        const doc = createTemporaryObject(documentComponent, testCase,
                                          { incident: Workspace.current, actions: Workspace.actions })
        const list = findByName(doc.contentItem, "sectionList")
        tryVerify(() => delegateWhere(list, item => item.section === "status") !== null)
        const status = delegateWhere(list, item => item.section === "status")
        status.edit("Rollback at 50%")
        // Meanwhile the incident changes (here, or from another workstation).
        compare(Workspace.actions.assignRole("internal_liaison", "ivy"), "")
        compare(Workspace.actions.setSection("summary", "Checkout errors since 4512", ""), "")
        const same = delegateWhere(list, item => item.section === "status")
        verify(same === status)
        verify(same.editing)
        compare(findByName(same, "sectionEditor_status").text, "Rollback at 50%")
        // Someone else writes this very section meanwhile: saving keeps both, as a conflict.
        compare(Workspace.actions.setSection("status", "Rollback paused", same.head), "")
        same.save()
        const saved = delegateWhere(list, item => item.section === "status")
        verify(saved.conflicted)
        compare(saved.text, "Rollback at 50%")
        compare(saved.conflictTexts, ["Rollback paused"])
    }

    function test_conflictedSectionShowsBothTextsAndMerges() {
        // Two edits from the same base (as from two workstations): a conflict.
        compare(Workspace.actions.setSection("exit_criteria", "Error rate below 1%", ""), "")
        const doc = createTemporaryObject(documentComponent, testCase,
                                          { incident: Workspace.current, actions: Workspace.actions })
        const list = findByName(doc.contentItem, "sectionList")
        tryVerify(() => delegateWhere(list, item => item.section === "exit_criteria") !== null)
        const base = delegateWhere(list, item => item.section === "exit_criteria").head
        compare(Workspace.actions.setSection("exit_criteria", "Rollback done", base), "")
        compare(Workspace.actions.setSection("exit_criteria", "PSP confirms recovery", base), "")
        let section = delegateWhere(list, item => item.section === "exit_criteria")
        verify(section.conflicted)
        compare(section.text, "PSP confirms recovery")
        compare(section.conflictTexts, ["Rollback done"])
        // Merge starts from every text; saving it from the head settles the section.
        section.edit([section.text].concat(section.conflictTexts).join("\n\n"))
        section.save()
        section = delegateWhere(list, item => item.section === "exit_criteria")
        verify(!section.conflicted)
        compare(section.text, "PSP confirms recovery\n\nRollback done")
    }

    function test_updatesPanelPublishesFromTheTemplate() {
        const panel = createTemporaryObject(updatesComponent, testCase,
                                            { incident: Workspace.current, actions: Workspace.actions })
        panel.compose("external")
        const text = findByName(panel.contentItem, "updateTextArea")
        verify(text.text.indexOf("Summary: Checkout errors") === 0, text.text)
        verify(text.text.indexOf("Next update at:") > 0, text.text)
        const events = Workspace.current.eventCount
        findByName(panel.contentItem, "updatePublishButton").clicked()
        compare(panel.lastError, "")
        compare(Workspace.current.eventCount, events + 1)
        compare(text.text, "")
        // Publishing reset the external clock: SEV2, 20 minutes from now.
        verify(Workspace.current.externalUpdateSeconds > 1190, Workspace.current.externalUpdateSeconds)
    }

    function test_zz_declareDialogDeclaresAndSelects() {
        const original = Workspace.currentId
        const dialog = createTemporaryObject(declareComponent, testCase, { actions: Workspace.actions })
        dialog.open()
        tryCompare(dialog, "opened", true)
        compare(findByName(dialog.contentItem, "declareSeverityBox").currentValue, "SEV2")
        findByName(dialog.contentItem, "declareTitleField").text = "Search is slow"
        findByName(dialog.contentItem, "declareSeverityBox").currentIndex = 3
        findByName(dialog.contentItem, "declareButton").clicked()
        tryCompare(dialog, "visible", false)
        verify(Workspace.currentId !== original)
        compare(Workspace.current.title, "Search is slow")
        compare(Workspace.current.severity, "SEV4")
        Workspace.select(original)
    }
}
