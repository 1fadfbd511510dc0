#pragma once

#include <QString>
#include <QUrl>
#include <expected>

namespace cp::sync {

// Where a workstation syncs and as whom. An empty url means "no server": local store only.
struct SyncConfig
{
    QUrl url;
    QString token;

    bool isEnabled() const { return !url.isEmpty(); }
};

inline const QString TokenVariable = QStringLiteral("COMMANDPOST_TOKEN");
inline const QString ServerVariable = QStringLiteral("COMMANDPOST_SERVER");

// Accepts "http(s)://host[:port][/prefix]" (a bare "host:port" means http). The error
// names what is wrong with the text.
std::expected<QUrl, QString> parseServerUrl(const QString &text);

// Picks the server and token: an explicit value (a command-line option), else the
// environment, else the saved settings. The saved token goes only with the saved server.
// The error names a server address that is not one.
std::expected<SyncConfig, QString> resolveConfig(const QString &server, const QString &token,
                                                 const SyncConfig &saved = {});

// Same scheme, host and port: where a token may be sent again.
bool sameServer(const QUrl &a, const QUrl &b);

// The url as it may appear in logs and on screen: no user name or password.
QString displayUrl(const QUrl &url);

} // namespace cp::sync
