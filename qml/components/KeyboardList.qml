import QtQuick

// A list the keyboard works in: Up and Down move the selection, and the first row is
// selected when the keyboard arrives with none selected, so the list's keys act at once.
// Rows are made only when they come into view: Qt 6.4 keeps the index of a row it is still
// making ahead of the view (the cache buffer) and cancels it with that stale index after the
// rows changed, with a warning ("DelegateModel::cancel: index out range").
ListView {
    clip: true
    cacheBuffer: 0
    keyNavigationEnabled: true
    activeFocusOnTab: true
    onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
}
