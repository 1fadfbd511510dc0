#pragma once

#include <QString>

// The names people read for the protocol's words (PROTOCOL.md's vocabulary): one table, in
// one translation context ("Labels"), for every view that shows them. A word the table does
// not know is shown as it is.
namespace cp::labels {

QString status(const QString &status); // an incident's or a task's
QString milestone(const QString &milestone);
QString role(const QString &role); // the key roles; "sme:<area>" is "SME: <area>"
QString section(const QString &section);
// A note's kind, or the family of a timeline row's event (incident, task, update…).
QString kind(const QString &kind);

} // namespace cp::labels
