#pragma once

#include <QByteArray>
#include <QString>

namespace cp::server {

// A new bearer token: 32 random bytes from the system's generator, base64url, with a
// "cpt_" prefix so a leaked token is easy to recognise in a scanner.
QString generateToken();

// What the server stores instead of the token. Tokens carry 256 random bits, so a plain
// SHA-256 is enough: there is nothing to guess that a slow hash would protect.
QString hashToken(QStringView token);

// The token of an "Authorization: Bearer …" header value, or empty.
QString bearerToken(const QByteArray &authorization);

// `message` with every token in it replaced: "cpt_…" and whatever follows "Bearer ".
QString redactTokens(QString message);
// Every log line of the process goes through redactTokens first: Qt's own categories (with
// qt.httpserver debug on, every request's headers) would otherwise write tokens.
void redactTokensInLogs();

} // namespace cp::server
