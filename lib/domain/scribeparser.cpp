#include "scribeparser.h"

#include "inputparsing.h"

#include <QHash>
#include <QRegularExpression>

namespace cp {
namespace {

constexpr qint64 FutureSlackSeconds = 15 * 60;

const QRegularExpression &leadingTime()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s+"));
    return pattern;
}

const QRegularExpression &leadingKind()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z]+):\\s*"));
    return pattern;
}

QStringList mentionsIn(const QString &text)
{
    static const QRegularExpression mention(
        QStringLiteral("(?:^|(?<=\\s))@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)"));
    QStringList names;
    auto matches = mention.globalMatch(text);
    while (matches.hasNext()) {
        QString name = matches.next().captured(1);
        while (name.endsWith(u'.') || name.endsWith(u'-')) // "@dana." ends a sentence
            name.chop(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

} // namespace

QString scribeKind(const QString &prefix)
{
    static const QHash<QString, QString> kinds = {
        {QStringLiteral("o"), QStringLiteral("observation")},
        {QStringLiteral("obs"), QStringLiteral("observation")},
        {QStringLiteral("observation"), QStringLiteral("observation")},
        {QStringLiteral("a"), QStringLiteral("action")},
        {QStringLiteral("act"), QStringLiteral("action")},
        {QStringLiteral("action"), QStringLiteral("action")},
        {QStringLiteral("d"), QStringLiteral("decision")},
        {QStringLiteral("dec"), QStringLiteral("decision")},
        {QStringLiteral("decision"), QStringLiteral("decision")},
        {QStringLiteral("c"), QStringLiteral("communication")},
        {QStringLiteral("com"), QStringLiteral("communication")},
        {QStringLiteral("communication"), QStringLiteral("communication")},
        {QStringLiteral("t"), QStringLiteral("todo")},
        {QStringLiteral("todo"), QStringLiteral("todo")},
    };
    return kinds.value(prefix.toLower());
}

ScribeEntry parseScribeLine(const QString &line, const QDateTime &typedAt, const QTimeZone &zone,
                            const QString &defaultKind, qint64 clockOffsetMs)
{
    ScribeEntry entry;
    entry.kind = defaultKind;
    entry.at = typedAt;
    QString rest = line.trimmed();
    bool timeSeen = false;
    bool kindSeen = false;
    for (int round = 0; round < 2; ++round) {
        if (const auto time = leadingTime().match(rest); !timeSeen && time.hasMatch()) {
            // A few minutes of slack: "14:02" typed from 14:01:50 on means today's 14:02.
            const auto at = resolveTypedTime(time.captured(1),
                                             {typedAt, clockOffsetMs, zone, FutureSlackSeconds});
            if (!at) {
                entry.error = at.error();
                return entry;
            }
            entry.at = *at;
            entry.backdated = true;
            timeSeen = true;
            rest = rest.mid(time.capturedLength());
        } else if (const auto kind = leadingKind().match(rest); !kindSeen && kind.hasMatch()) {
            const QString named = scribeKind(kind.captured(1));
            if (named.isEmpty())
                break; // "Note: …" is text, not a kind
            entry.kind = named;
            kindSeen = true;
            rest = rest.mid(kind.capturedLength());
        }
    }
    entry.text = rest.trimmed();
    if (entry.text.isEmpty())
        entry.error = QStringLiteral("nothing to record after the time and kind");
    entry.mentions = mentionsIn(entry.text);
    return entry;
}

} // namespace cp
