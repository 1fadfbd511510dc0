#include "serverconfig.h"

#include <QDir>
#include <QStandardPaths>

namespace cp::server {

std::expected<ListenAddress, QString> parseListenAddress(const QString &text)
{
    const auto fail = [&text](const QString &why) {
        return std::unexpected(QStringLiteral("--listen \"%1\": %2").arg(text, why));
    };
    QString host = QStringLiteral("127.0.0.1");
    QString port = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (host.isEmpty())
            host = QStringLiteral("127.0.0.1");
    }
    ListenAddress listen;
    if (!listen.address.setAddress(host))
        return fail(QStringLiteral("\"%1\" is not an IP address").arg(host));
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535)
        return fail(QStringLiteral("the port must be a number from 0 to 65535"));
    listen.port = quint16(number);
    return listen;
}

QString defaultDatabase()
{
    const QString configured = qEnvironmentVariable("COMMANDPOST_SERVER_DB");
    if (!configured.isEmpty())
        return configured;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("commandpost/server.sqlite"));
}

} // namespace cp::server
