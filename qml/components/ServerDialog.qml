import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CommandPost.Models

// Server address and token for this workstation. Changing the server keeps the local data:
// what was recorded here is offered to the new server. Return connects, Esc changes nothing.
Dialog {
    id: root
    required property SyncStatus status
    objectName: "serverDialog"
    title: qsTr("Server")
    modal: true
    standardButtons: Dialog.Close

    onOpened: {
        addressField.text = root.status.serverUrl
        tokenField.text = ""
        errorLabel.text = ""
        addressField.forceActiveFocus()
    }

    function connectNow() {
        errorLabel.text = root.status.connectTo(addressField.text, tokenField.text)
        if (errorLabel.text === "")
            root.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Keys.onReturnPressed: root.connectNow()
        Keys.onEnterPressed: root.connectNow()
        Label { text: qsTr("Address") }
        TextField {
            id: addressField
            objectName: "serverAddressField"
            Layout.preferredWidth: 420
            placeholderText: qsTr("http://incidents.example:8470")
            Accessible.name: qsTr("Server address")
        }
        Label { text: qsTr("Token") }
        TextField {
            id: tokenField
            objectName: "serverTokenField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: root.status.hasToken ? qsTr("unchanged") : qsTr("cpt_…")
            Accessible.name: qsTr("Token")
        }
        Label {
            id: errorLabel
            objectName: "serverErrorLabel"
            Layout.fillWidth: true
            visible: text !== ""
            color: Tones.danger
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "resendRejectedButton"
            visible: root.status.rejected > 0
            text: qsTr("Send %n refused event(s) again", "", root.status.rejected)
            onClicked: root.status.resendRejected()
            Keys.onReturnPressed: clicked() // this button, not Connect
        }
        RowLayout {
            Button {
                objectName: "serverConnectButton"
                text: qsTr("Connect")
                highlighted: true
                onClicked: root.connectNow()
            }
            Button {
                text: qsTr("Work locally")
                enabled: root.status.serverUrl !== ""
                onClicked: { root.status.disconnectFromServer(); root.close() }
                Keys.onReturnPressed: clicked() // this button, not Connect
            }
        }
    }
}
