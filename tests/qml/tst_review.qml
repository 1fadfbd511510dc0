import QtQuick
import QtTest
import CommandPost
import CommandPost.Models

// The postmortem review's editors driven as a reviewer would.
TestCase {
    id: testCase
    name: "Review"
    when: windowShown
    width: 900
    height: 700

    // Any warning (a QML TypeError, a binding loop, …) fails the test that caused it.
    function init() { failOnWarning(/.?/) }

    Component { id: milestonesComponent; MilestoneEditor { width: 600 } }
    Component { id: followUpsComponent; FollowUps { width: 600 } }
    Component { id: entriesComponent; EntryReview { width: 900; height: 400 } }

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
    function milestone(name) {
        return Workspace.current.milestones.find(m => m.milestone === name)
    }

    function test_aMilestoneIsSetAndTheMetricsFollow() {
        const editor = createTemporaryObject(milestonesComponent, testCase,
                                             { incident: Workspace.current, actions: Workspace.actions })
        const declared = milestone("detected").at
        tryVerify(() => findByName(editor, "milestoneTime_impact_started") !== null)
        const field = findByName(editor, "milestoneTime_impact_started")
        // Ten minutes before detection, written as an ISO time.
        field.text = new Date(declared.getTime() - 600000).toISOString()
        field.parent.children[3].clicked()
        tryVerify(() => milestone("impact_started").explicit, 5000, JSON.stringify(Workspace.current.milestones))
        compare(editor.lastError, "")
        const detect = Workspace.current.metrics[0]
        compare(detect.seconds, 600)
        tryVerify(() => findByName(editor, "milestoneTime_detected") !== null)
        const again = findByName(editor, "milestoneTime_detected") // rows were rebuilt
        again.text = "nine"
        again.parent.children[3].clicked()
        tryVerify(() => editor.lastError.indexOf("nine") >= 0, 5000, editor.lastError)
    }

    function test_aFollowUpNeedsOneOwner() {
        const panel = createTemporaryObject(followUpsComponent, testCase,
                                            { incident: Workspace.current, actions: Workspace.actions })
        const before = Workspace.current.followUps.length
        findByName(panel, "followUpTitle").text = "Alert on PSP latency"
        findByName(panel, "followUpOwner").text = "team"
        panel.add()
        verify(panel.lastError !== "")
        compare(Workspace.current.followUps.length, before)
        findByName(panel, "followUpOwner").text = "dana"
        findByName(panel, "followUpDue").text = "2026-12-01"
        panel.add()
        compare(panel.lastError, "")
        compare(Workspace.current.followUps.length, before + 1)
        compare(Workspace.current.followUps[before].owner, "dana")
    }

    function test_anEntryIsPinnedAndCorrected() {
        const list = createTemporaryObject(entriesComponent, testCase,
                                           { model: Workspace.timelineList, actions: Workspace.actions })
        // A scribe's entry: only notes take corrections.
        Workspace.timelineList.kind = "observation"
        // The view takes the filtered rows when it next lays out.
        tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null && list.itemAtIndex(0).kind === "observation")
        const row = list.itemAtIndex(0)
        const id = row.eventId
        const wasPinned = row.pinned
        row.children[0].clicked() // the star
        tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).pinned !== wasPinned)
        compare(list.lastError, "")
        const again = list.itemAtIndex(0)
        compare(again.eventId, id)
        again.children[5].text = "corrected by review" // the text field
        again.children[6].clicked()
        tryVerify(() => {
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                if (item && item.eventId === id)
                    return item.corrected && item.text === "corrected by review"
            }
            return false
        })
        Workspace.timelineList.kind = ""
    }
}
