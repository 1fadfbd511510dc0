#include "databasespec.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace cp::server {
namespace {

// libpq options the URL may carry as query items; anything else is refused, so a typo
// does not silently fall back to an insecure default.
const QStringList &postgresOptions()
{
    static const QStringList names = {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return names;
}

std::expected<DatabaseSpec, QString> parsePostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        // Not url.errorString(): it quotes the whole URL, password included.
        return std::unexpected(QStringLiteral("--db: not a valid PostgreSQL URL (expected "
                                              "postgres://user[:password]@host[:port]/name)"));
    DatabaseSpec spec;
    spec.kind = DatabaseSpec::Kind::Postgres;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.user = url.userName();
    spec.password = url.password();
    spec.name = url.path().mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            spec.host = value; // a Unix socket folder, as libpq allows
        else if (postgresOptions().contains(key))
            options << key + u'=' + value;
        else
            return std::unexpected(
                QStringLiteral("--db: unknown PostgreSQL option \"%1\" (known: host, %2)")
                    .arg(key, postgresOptions().join(QStringLiteral(", "))));
    }
    spec.options = options.join(u';');
    if (spec.name.isEmpty() || spec.name.contains(u'/'))
        return std::unexpected(
            QStringLiteral("--db: the PostgreSQL URL needs a database name, as in "
                           "postgres://user@host/commandpost"));
    if (spec.host.isEmpty())
        spec.host = QStringLiteral("localhost");
    return spec;
}

} // namespace

QString DatabaseSpec::display() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("postgres://%1%2:%3/%4").arg(who, host).arg(port).arg(name);
}

std::expected<DatabaseSpec, QString> parseDatabaseSpec(const QString &text)
{
    if (text.startsWith(u"postgres://") || text.startsWith(u"postgresql://"))
        return parsePostgres(text);
    QString path = text;
    if (path.startsWith(u"sqlite:"))
        path = path.mid(7);
    if (path.isEmpty())
        return std::unexpected(QStringLiteral("--db: give a SQLite file path or a "
                                              "postgres:// URL"));
    if (path.contains(u"://"))
        return std::unexpected(
            QStringLiteral("--db: unknown database kind in \"%1\" (use a file path or "
                           "postgres://…)")
                .arg(text));
    DatabaseSpec spec;
    spec.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return spec;
}

} // namespace cp::server
