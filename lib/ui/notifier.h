#pragma once

#include <QObject>
#include <QStringList>

namespace cp {

// Desktop notifications (the freedesktop Notifications service over D-Bus) for reminders
// that escalated. Without a session bus or a notification service it records and reports
// false; the banner in the window is there either way.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool notify(const QString &title, const QString &body);
    // Every notification asked for, "title: body", newest last (for the window and tests).
    const QStringList &history() const { return m_history; }

signals:
    void notified(const QString &title, const QString &body);

private:
    QStringList m_history;
};

} // namespace cp
