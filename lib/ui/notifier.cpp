#include "notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

namespace cp {

bool Notifier::notify(const QString &title, const QString &body)
{
    m_history << title + QStringLiteral(": ") + body;
    emit notified(title, body);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    // Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as,
    //        hints a{sv}, expire_timeout i); sent without waiting, so the window never
    // stalls on a slow or starting notification service.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("Command Post") << 0u << QStringLiteral("org.commandpost.CommandPost")
         << title << body << QStringList()
         << QVariantMap{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(2)}} << -1;
    return bus.send(call);
}

} // namespace cp
