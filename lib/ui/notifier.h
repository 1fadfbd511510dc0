#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

namespace cp {

// Desktop notifications for reminders that escalated: the freedesktop Notifications
// service over D-Bus, else a fallback (the console shows a tray message where a tray
// exists). The banner in the window is there either way.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using Fallback = std::function<bool(const QString &title, const QString &body)>;
    using QObject::QObject;

    // Used when there is no session bus or the notification service answers an error.
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }
    // False when nothing could be sent (no bus and no fallback that took it).
    bool notify(const QString &title, const QString &body);
    // Every notification asked for, "title: body", newest last (for the window and tests).
    const QStringList &history() const { return m_history; }

signals:
    void notified(const QString &title, const QString &body);
    // The fallback was used (no notification service, or it failed).
    void fellBack(const QString &title, const QString &body);

private:
    bool fallBack(const QString &title, const QString &body);

    QStringList m_history;
    Fallback m_fallback;
};

} // namespace cp
