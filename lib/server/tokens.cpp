#include "tokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace cp::server {

QString generateToken()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QStringLiteral("cpt_") +
           QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString redactTokens(QString message)
{
    static const QRegularExpression bearer(QStringLiteral("(bearer\\s+)[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression token(QStringLiteral("cpt_[A-Za-z0-9_-]+"));
    message.replace(bearer, QStringLiteral("\\1[token]"));
    message.replace(token, QStringLiteral("cpt_[token]"));
    return message;
}

namespace {
QtMessageHandler s_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_previousHandler(type, context, redactTokens(message));
}
} // namespace

void redactTokensInLogs()
{
    if (!s_previousHandler)
        s_previousHandler = qInstallMessageHandler(redactingHandler);
}

QString hashToken(QStringView token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const QByteArray scheme = "bearer ";
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(value.mid(scheme.size()).trimmed());
}

} // namespace cp::server
