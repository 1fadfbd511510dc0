#include "notifier.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QVariantMap>

namespace cp {

bool Notifier::notify(const QString &title, const QString &body)
{
    m_history << title + QStringLiteral(": ") + body;
    emit notified(title, body);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusInterface service(QStringLiteral("org.freedesktop.Notifications"),
                           QStringLiteral("/org/freedesktop/Notifications"),
                           QStringLiteral("org.freedesktop.Notifications"), bus);
    if (!service.isValid())
        return false;
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    const QDBusReply<uint> reply =
        service.call(QStringLiteral("Notify"), QStringLiteral("Command Post"), 0u,
                     QStringLiteral("org.commandpost.CommandPost"), title, body, QStringList(),
                     QVariantMap{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(2)}}, -1);
    return reply.isValid();
}

} // namespace cp
