#pragma once

#include <QString>

#include <expected>

namespace cp::server {

// Where the server keeps its events and users, from `--db`: a SQLite file path (optionally
// written `sqlite:PATH`) or `postgres://user:password@host:port/name?sslmode=…`.
struct DatabaseSpec
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL: a host name, an address or a Unix socket folder
    int port = 5432;
    QString user;
    QString password;
    QString name;
    QString options; // libpq connection options, e.g. "sslmode=require"

    // For logs and messages: never shows the password.
    QString display() const;
};

std::expected<DatabaseSpec, QString> parseDatabaseSpec(const QString &text);

} // namespace cp::server
