import QtQuick
import QtTest
import CommandPost
import CommandPost.Models

// The scribe's view driven by the keyboard alone.
TestCase {
    id: testCase
    name: "Scribe"
    when: windowShown
    width: 900
    height: 600

    // Any warning (a QML TypeError, a binding loop, …) fails the test that caused it.
    function init() { failOnWarning(/.?/) }

    Component { id: viewComponent; ScribeView { width: 900; height: 600 } }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }
    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_aLineTypedAndEnteredIsRecorded() {
        const view = createTemporaryObject(viewComponent, testCase, { scribe: Workspace.scribe })
        const input = findByName(view, "scribeInput")
        input.forceActiveFocus()
        tryVerify(() => input.activeFocus)
        const before = Workspace.scribe.entries.count
        keyClick(Qt.Key_3, Qt.ControlModifier) // decision
        compare(Workspace.scribe.kind, "decision")
        typeText("roll back @dana")
        verify(Workspace.scribe.typingSince.getTime() > 0)
        const firstKey = Workspace.scribe.typingSince
        keyClick(Qt.Key_Return)
        compare(view.lastError, "")
        compare(input.text, "")
        compare(Workspace.scribe.entries.count, before + 1)
        const list = findByName(view, "scribeEntries")
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).text === "roll back @dana")
        const newest = list.itemAtIndex(0)
        compare(newest.kind, "decision")
        compare(newest.at.getTime(), firstKey.getTime())
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(Workspace.scribe.kind, "observation")
    }

    function test_aBadLineStaysToBeFixed() {
        const view = createTemporaryObject(viewComponent, testCase, { scribe: Workspace.scribe })
        const input = findByName(view, "scribeInput")
        input.forceActiveFocus()
        tryVerify(() => input.activeFocus)
        const before = Workspace.scribe.entries.count
        typeText("25:99 x")
        keyClick(Qt.Key_Return)
        verify(view.lastError.indexOf("25:99") >= 0, view.lastError)
        compare(input.text, "25:99 x")
        compare(Workspace.scribe.entries.count, before)
        input.clear()
    }

    function test_aRecentEntryIsCorrectedFromTheKeyboard() {
        const view = createTemporaryObject(viewComponent, testCase, { scribe: Workspace.scribe })
        const input = findByName(view, "scribeInput")
        input.forceActiveFocus()
        tryVerify(() => input.activeFocus)
        typeText("eror rate 12%")
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Down) // into the list, on the newest entry
        const list = findByName(view, "scribeEntries")
        tryVerify(() => list.activeFocus)
        compare(list.currentIndex, 0)
        keyClick(Qt.Key_Return) // edit it
        const row = list.itemAtIndex(0)
        verify(row.editing)
        const editor = findByName(row, "scribeEditor")
        editor.selectAll()
        typeText("error rate 12%")
        keyClick(Qt.Key_Return)
        tryVerify(() => list.itemAtIndex(0).text === "error rate 12%")
        verify(list.itemAtIndex(0).edited)
    }
}
