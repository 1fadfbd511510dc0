#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <expected>
#include <optional>

namespace cp::server {

// Follows where each request of one connection begins and ends as its bytes arrive, before
// QtHttpServer parses them. It refuses what RFC 9112 says a server must not guess at,
// because two parsers (a proxy in front and this server) could frame it differently and the
// bytes after a body would run as another request: a repeated, signed, hex or overflowing
// Content-Length, any Transfer-Encoding (bodies here come with a Content-Length), a header
// folded or malformed, an HTTP/1.1 request without exactly one Host. It also tells which
// requests end their connection: Connection: close, and HTTP/1.0 without keep-alive.
class RequestFraming
{
public:
    struct Refusal
    {
        int status;
        QString code;
        QString message;
    };

    RequestFraming(qint64 maxBodyBytes, qint64 maxHeadBytes);

    // Takes the connection's next bytes. After a refusal the connection is answered and
    // closed; further bytes are not looked at.
    std::optional<Refusal> feed(const QByteArray &bytes);

    // Part of a request has arrived, not all of it.
    bool inRequest() const { return !m_head.isEmpty() || m_bodyLeft > 0; }

    // Whether the connection ends with the answer to its oldest unanswered request.
    bool closesAfterReply() const { return !m_closeAfter.isEmpty() && m_closeAfter.first(); }
    // Called once that request has been answered.
    void answered();

private:
    struct Head
    {
        qint64 contentLength = 0;
        bool close = false;
    };
    std::optional<qsizetype> headEnd(qsizetype from) const;
    std::expected<Head, Refusal> parseHead(const QByteArray &head) const;

    qint64 m_maxBodyBytes;
    qint64 m_maxHeadBytes;
    QByteArray m_head; // the head of the request arriving, up to its blank line
    qint64 m_bodyLeft = 0;
    QList<bool> m_closeAfter; // per request received whole and not yet answered
    bool m_ended = false;     // refused, or past a request that closes the connection
};

} // namespace cp::server
