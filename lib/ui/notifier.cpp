#include "notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QVariantMap>

namespace cp {

bool Notifier::notify(const QString &title, const QString &body)
{
    m_history << title + QStringLiteral(": ") + body;
    emit notified(title, body);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return fallBack(title, body);
    // Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as,
    //        hints a{sv}, expire_timeout i); answered later, so the window never stalls
    // on a slow or starting notification service.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("Command Post") << 0u << QStringLiteral("org.commandpost.CommandPost")
         << title << body << QStringList()
         << QVariantMap{{QStringLiteral("urgency"), QVariant::fromValue<uchar>(2)}} << -1;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, title, body](QDBusPendingCallWatcher *finished) {
                if (finished->isError()) // e.g. no service of that name on this desktop
                    fallBack(title, body);
                finished->deleteLater();
            });
    return true;
}

bool Notifier::fallBack(const QString &title, const QString &body)
{
    if (!m_fallback || !m_fallback(title, body))
        return false;
    emit fellBack(title, body);
    return true;
}

} // namespace cp
