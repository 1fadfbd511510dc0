#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace cp {

// One line as the scribe types it, read into a timeline entry:
//   [HH:MM[:SS]] [kind:] text with @mentions
// in either order of time and kind. Kinds: o/obs/observation, a/act/action, d/dec/decision,
// c/com/communication, t/todo (case does not matter); without one, `defaultKind`. A leading
// time backdates the entry (the latest such moment not after `typedAt` + 15 min, in `zone`);
// otherwise the entry is timed at `typedAt`, the first keystroke.
struct ScribeEntry
{
    QString text;
    QString kind;
    QDateTime at;
    QStringList mentions; // names after @, in order, without repeats
    bool backdated = false;
    QString error; // empty when the line is an entry
};

ScribeEntry parseScribeLine(const QString &line, const QDateTime &typedAt, const QTimeZone &zone,
                            const QString &defaultKind = QStringLiteral("observation"),
                            qint64 clockOffsetMs = 0);

// The kind a prefix word names ("dec", "D", "decision" → "decision"), or empty.
QString scribeKind(const QString &prefix);

} // namespace cp
