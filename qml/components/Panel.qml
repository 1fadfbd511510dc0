import QtQuick
import QtQuick.Controls

// A titled panel of the console that F6 moves the keyboard to. While the focus is inside it,
// its title is marked, so the commander sees where the keys go.
GroupBox {
    id: root
    // What F6 gives the focus to.
    property Item focusTarget: null
    function takeFocus() { (root.focusTarget || root).forceActiveFocus(Qt.TabFocusReason) }

    label: Label {
        x: root.leftPadding
        width: root.availableWidth
        text: root.title
        font.bold: root.activeFocus
        color: root.activeFocus ? root.palette.highlight : root.palette.windowText
        elide: Text.ElideRight
    }
}
