import QtQuick

// Dark colours for a window's palette while `active`; the desktop's own otherwise.
QtObject {
    id: root
    required property var palette
    property bool active: false

    readonly property var colors: ({
        window: "#26282b", windowText: "#e8eaed", base: "#1d1f21", alternateBase: "#26282b",
        text: "#e8eaed", button: "#33363a", buttonText: "#e8eaed", toolTipBase: "#1d1f21",
        toolTipText: "#e8eaed", placeholderText: "#9aa0a6", highlight: "#3d7ec6",
        highlightedText: "#ffffff", light: "#45494e", midlight: "#3a3d41", mid: "#2c2e31",
        dark: "#18191b", shadow: "#000000"
    })
    property list<Binding> bindings: [
        Binding { target: root.palette; property: "window"; value: root.colors.window; when: root.active },
        Binding { target: root.palette; property: "windowText"; value: root.colors.windowText; when: root.active },
        Binding { target: root.palette; property: "base"; value: root.colors.base; when: root.active },
        Binding { target: root.palette; property: "alternateBase"; value: root.colors.alternateBase; when: root.active },
        Binding { target: root.palette; property: "text"; value: root.colors.text; when: root.active },
        Binding { target: root.palette; property: "button"; value: root.colors.button; when: root.active },
        Binding { target: root.palette; property: "buttonText"; value: root.colors.buttonText; when: root.active },
        Binding { target: root.palette; property: "toolTipBase"; value: root.colors.toolTipBase; when: root.active },
        Binding { target: root.palette; property: "toolTipText"; value: root.colors.toolTipText; when: root.active },
        Binding { target: root.palette; property: "placeholderText"; value: root.colors.placeholderText; when: root.active },
        Binding { target: root.palette; property: "highlight"; value: root.colors.highlight; when: root.active },
        Binding { target: root.palette; property: "highlightedText"; value: root.colors.highlightedText; when: root.active },
        Binding { target: root.palette; property: "light"; value: root.colors.light; when: root.active },
        Binding { target: root.palette; property: "midlight"; value: root.colors.midlight; when: root.active },
        Binding { target: root.palette; property: "mid"; value: root.colors.mid; when: root.active },
        Binding { target: root.palette; property: "dark"; value: root.colors.dark; when: root.active },
        Binding { target: root.palette; property: "shadow"; value: root.colors.shadow; when: root.active }
    ]
}
