import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// Language and how times are shown. The language applies when Command Post starts again;
// times switch between local and UTC at once.
Dialog {
    id: root
    required property Preferences preferences
    property bool languageChanged: false
    objectName: "preferencesDialog"
    title: qsTr("Preferences")
    modal: true
    standardButtons: Dialog.Close

    onOpened: language.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Keys.onReturnPressed: root.close() // every choice applies as it is made
        Keys.onEnterPressed: root.close()
        Label { text: qsTr("Language") }
        ComboBox {
            id: language
            objectName: "languageChoice"
            Layout.fillWidth: true
            model: root.preferences.languages
            textRole: "name"
            valueRole: "code"
            Accessible.name: qsTr("Language")
            Component.onCompleted: currentIndex = indexOfValue(root.preferences.language)
            onActivated: {
                root.preferences.language = currentValue
                root.languageChanged = true
            }
        }
        Label {
            visible: root.languageChanged
            font.italic: true
            text: qsTr("The new language applies when Command Post starts again.")
        }
        CheckBox {
            objectName: "utcChoice"
            text: qsTr("Show times in UTC")
            checked: root.preferences.utc
            onToggled: root.preferences.utc = checked
        }
    }
}
