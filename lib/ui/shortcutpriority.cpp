#include "shortcutpriority.h"

#include "shortcuts.h"

#include <QKeyEvent>
#include <QKeySequence>

namespace cp {

ShortcutPriority::ShortcutPriority(QObject *parent)
    : QObject(parent)
{
    for (const ShortcutEntry &entry : Shortcuts::all()) {
        if (entry.scope != ShortcutScope::Window)
            continue;
        for (const QString &keys : entry.keys)
            m_keys << QKeySequence(keys, QKeySequence::PortableText)[0];
    }
}

bool ShortcutPriority::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!m_keys.contains(key->keyCombination()))
        return false;
    event->ignore(); // not the field's: the shortcut map decides
    return true;
}

} // namespace cp
