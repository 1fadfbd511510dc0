import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// The most urgent reminder across the top while anything needs the commander: amber when
// due, red when late. Click to see them all.
Rectangle {
    id: root
    required property ReminderListModel reminders
    visible: reminders.count > 0
    implicitHeight: visible ? row.implicitHeight + 12 : 0
    readonly property bool onlyDue: reminders.topLevel === ReminderListModel.Due
    color: onlyDue ? Tones.dueBanner : Tones.lateBanner
    Accessible.role: Accessible.AlertMessage
    Accessible.name: reminders.topText

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 6
        Label { text: "⚠"; font.pixelSize: 18; color: root.onlyDue ? Tones.dueMark : Tones.lateMark }
        Label {
            objectName: "reminderTopText"
            Layout.fillWidth: true
            text: root.reminders.topText
            color: Tones.bannerText
            font.bold: true
            elide: Text.ElideRight
        }
        Button {
            visible: root.reminders.count > 1
            text: qsTr("%n more", "", root.reminders.count - 1)
            onClicked: all.open()
        }
    }
    Popup {
        id: all
        y: root.height
        width: root.width
        height: Math.min(300, column.implicitHeight + 20)
        // A Column, not a ColumnLayout: Qt 6.4 keeps a deleted Repeater row in a Layout and
        // crashes on the next resize (the rows change with every incident switch).
        Column {
            id: column
            anchors.fill: parent
            Repeater {
                model: root.reminders
                Label {
                    required property var model
                    text: model.text
                    color: model.level === ReminderListModel.Due ? Tones.dueMark : Tones.lateMark
                }
            }
        }
    }
}
