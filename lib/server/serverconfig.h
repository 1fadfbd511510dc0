#pragma once

#include <QHostAddress>
#include <QString>

#include <expected>

namespace cp::server {

// The limits a server on an untrusted network needs (QtHttpServer 6.4 enforces none).
struct Limits
{
    qint64 maxBodyBytes = 1024 * 1024; // larger bodies: 413
    int maxBatch = 500;                // more events in one POST: 413
    int maxWaitSeconds = 30;           // a longer `wait` is shortened to this
    int defaultPageSize = 500;         // `limit` when not given
    int maxPageSize = 1000;            // a larger `limit` is shortened to this
    qint64 maxPageBytes = 1024 * 1024; // a page stops before this many bytes of events
    // Answers written but not yet taken by their clients, all connections together: past it,
    // a large answer is 503 (retry shortly) instead of more memory.
    qint64 maxBufferedBytes = 64 * 1024 * 1024;
    int maxPollers = 256;          // more waiting requests at once: 429
    int requestTimeoutMs = 30'000; // a request still arriving after this: 408, closed
    int idleTimeoutMs = 60'000;    // a kept-alive connection silent this long: closed
};

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

constexpr quint16 DefaultPort = 8470;

// "ADDR:PORT", "[v6]:PORT", ":PORT" or "PORT"; the address defaults to 127.0.0.1, so a
// server is never exposed by accident. Port 0 picks a free one.
std::expected<ListenAddress, QString> parseListenAddress(const QString &text);

// $COMMANDPOST_SERVER_DB, else server.sqlite in the per-user data folder.
QString defaultDatabase();

} // namespace cp::server
