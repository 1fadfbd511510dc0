#include "syncconfig.h"

#include <QProcessEnvironment>

namespace cp::sync {

std::expected<QUrl, QString> parseServerUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("http://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(QStringLiteral("server: '%1' is not a URL").arg(text.trimmed()));
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return std::unexpected(
            QStringLiteral("server: use http:// or https://, not %1://").arg(url.scheme()));
    if (url.host().isEmpty())
        return std::unexpected(QStringLiteral("server: '%1' has no host").arg(text.trimmed()));
    if (url.hasQuery() || url.hasFragment())
        return std::unexpected(QStringLiteral("server: give the address only, without ? or #"));
    if (!url.userInfo().isEmpty())
        return std::unexpected(
            QStringLiteral("server: put no user or password in the address; use the token"));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

std::expected<SyncConfig, QString> resolveConfig(const QString &server, const QString &token,
                                                 const SyncConfig &saved)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    auto pick = [&](const QString &given, const QString &variable, const QString &fallback) {
        if (!given.isEmpty())
            return given;
        const QString fromEnvironment = environment.value(variable);
        return fromEnvironment.isEmpty() ? fallback : fromEnvironment;
    };
    const auto url = parseServerUrl(pick(server, ServerVariable, saved.url.toString()));
    if (!url)
        return std::unexpected(url.error());
    const QString savedToken = sameServer(*url, saved.url) ? saved.token : QString();
    return SyncConfig{*url, pick(token, TokenVariable, savedToken).trimmed()};
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    return !a.isEmpty() && a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace cp::sync
