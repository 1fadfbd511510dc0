#include "requestframing.h"

#include <algorithm>

namespace cp::server {
namespace {

// Content-Length is 1*DIGIT (RFC 9110 §8.6); 18 digits always fit in a qint64.
constexpr qsizetype MaxLengthDigits = 18;

RequestFraming::Refusal badRequest(const QString &message)
{
    return {400, QStringLiteral("bad_request"), message};
}

bool isDecimal(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > MaxLengthDigits)
        return false;
    return std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

bool hasWhiteSpace(const QByteArray &text)
{
    return text.contains(' ') || text.contains('\t');
}

// The comma-separated tokens of a Connection header, lower case.
QList<QByteArray> tokens(const QByteArray &value)
{
    QList<QByteArray> list;
    for (const QByteArray &token : value.split(','))
        list << token.trimmed().toLower();
    return list;
}

} // namespace

RequestFraming::RequestFraming(qint64 maxBodyBytes, qint64 maxHeadBytes)
    : m_maxBodyBytes(maxBodyBytes)
    , m_maxHeadBytes(maxHeadBytes)
{
}

std::optional<RequestFraming::Refusal> RequestFraming::feed(const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at < bytes.size() && !m_ended) {
        if (m_bodyLeft > 0) {
            const qint64 taken = std::min<qint64>(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= taken;
            at += taken;
            continue;
        }
        if (m_head.isEmpty() && QByteArrayView("\r\n \t\v").contains(bytes[at])) {
            ++at; // before a request line, as QtHttpServer does (RFC 9112 §2.2: empty lines)
            continue;
        }
        const qsizetype searchedUpTo = m_head.size();
        m_head += bytes.mid(at);
        at = bytes.size();
        const auto end = headEnd(std::max<qsizetype>(0, searchedUpTo - 2));
        if (end.value_or(m_head.size()) > m_maxHeadBytes) {
            m_ended = true;
            return Refusal{431, QStringLiteral("headers_too_large"),
                           QStringLiteral("headers: larger than %1 bytes").arg(m_maxHeadBytes)};
        }
        if (!end)
            continue;
        // What follows the head belongs to the body and the next requests.
        at = bytes.size() - (m_head.size() - *end);
        const auto head = parseHead(m_head.left(*end));
        m_head.clear();
        if (!head) {
            m_ended = true;
            return head.error();
        }
        m_bodyLeft = head->contentLength;
        m_closeAfter << head->close;
        m_ended = head->close;
    }
    return std::nullopt;
}

void RequestFraming::answered()
{
    if (!m_closeAfter.isEmpty())
        m_closeAfter.removeFirst();
}

// Where the head's blank line ends: after "\r\n\r\n", or "\n\n" (a bare LF ends a line too).
std::optional<qsizetype> RequestFraming::headEnd(qsizetype from) const
{
    for (qsizetype i = m_head.indexOf('\n', from); i >= 0; i = m_head.indexOf('\n', i + 1)) {
        if (i + 1 < m_head.size() && m_head[i + 1] == '\n')
            return i + 2;
        if (i + 2 < m_head.size() && m_head[i + 1] == '\r' && m_head[i + 2] == '\n')
            return i + 3;
    }
    return std::nullopt;
}

std::expected<RequestFraming::Head, RequestFraming::Refusal>
RequestFraming::parseHead(const QByteArray &head) const
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty())
        return std::unexpected(badRequest(QStringLiteral("request line: not METHOD PATH VERSION")));
    const QByteArray version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return std::unexpected(Refusal{505, QStringLiteral("http_version_not_supported"),
                                       QStringLiteral("request line: HTTP/1.1 or HTTP/1.0 only")});
    Head parsed;
    int lengths = 0;
    int hosts = 0;
    bool keepAlive = false;
    for (qsizetype i = 1; i < lines.size() && !lines[i].isEmpty(); ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t'))
            return std::unexpected(
                badRequest(QStringLiteral("headers: a line folded onto the one before")));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || hasWhiteSpace(line.left(colon)))
            return std::unexpected(
                badRequest(QStringLiteral("headers: line %1 is not NAME: VALUE").arg(i + 1)));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (++lengths > 1)
                return std::unexpected(
                    badRequest(QStringLiteral("headers: Content-Length given more than once")));
            if (!isDecimal(value))
                return std::unexpected(badRequest(
                    QStringLiteral("headers: Content-Length must be a number of bytes in "
                                   "decimal digits")));
            parsed.contentLength = value.toLongLong();
        } else if (name == "transfer-encoding") {
            return std::unexpected(Refusal{
                411, QStringLiteral("length_required"),
                QStringLiteral("headers: Transfer-Encoding is not taken; send a Content-Length")});
        } else if (name == "host") {
            ++hosts;
        } else if (name == "connection") {
            const QList<QByteArray> options = tokens(value);
            parsed.close = parsed.close || options.contains("close");
            keepAlive = keepAlive || options.contains("keep-alive");
        }
    }
    if (version == "HTTP/1.1" && hosts != 1)
        return std::unexpected(badRequest(QStringLiteral("headers: Host must be given once")));
    if (parsed.contentLength > m_maxBodyBytes)
        return std::unexpected(
            Refusal{413, QStringLiteral("payload_too_large"),
                    QStringLiteral("body: larger than the limit of %1 bytes").arg(m_maxBodyBytes)});
    if (version == "HTTP/1.0" && !keepAlive)
        parsed.close = true;
    return parsed;
}

} // namespace cp::server
