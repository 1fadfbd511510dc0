#pragma once

#include <QKeyCombination>
#include <QList>
#include <QObject>

namespace cp {

// Gives the console's window shortcuts priority over text fields. A focused text field
// claims the keys it edits with (on X11, Ctrl+U deletes the whole line): the commander who
// presses Ctrl+U in a task's title wants the update composer, not the title gone. Installed
// on the application; a shortcut held back by an open dialog still reaches the field.
class ShortcutPriority : public QObject
{
public:
    explicit ShortcutPriority(QObject *parent = nullptr);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QKeyCombination> m_keys;
};

} // namespace cp
