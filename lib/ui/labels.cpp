#include "labels.h"

#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace cp::labels {
namespace {

QString lookUp(const QHash<QString, const char *> &table, const QString &word)
{
    const char *source = table.value(word);
    return source ? QCoreApplication::translate("Labels", source) : word;
}

} // namespace

QString status(const QString &status)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("investigating"), QT_TRANSLATE_NOOP("Labels", "Investigating")},
        {QStringLiteral("identified"), QT_TRANSLATE_NOOP("Labels", "Identified")},
        {QStringLiteral("mitigated"), QT_TRANSLATE_NOOP("Labels", "Mitigated")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("Labels", "Resolved")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("Labels", "Closed")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("Labels", "Open")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("Labels", "Done")},
        {QStringLiteral("blocked"), QT_TRANSLATE_NOOP("Labels", "Blocked")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Labels", "Cancelled")},
    };
    return lookUp(table, status);
}

QString milestone(const QString &milestone)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("impact_started"), QT_TRANSLATE_NOOP("Labels", "Impact started")},
        {QStringLiteral("detected"), QT_TRANSLATE_NOOP("Labels", "Detected")},
        {QStringLiteral("acknowledged"), QT_TRANSLATE_NOOP("Labels", "Acknowledged")},
        {QStringLiteral("identified"), QT_TRANSLATE_NOOP("Labels", "Identified")},
        {QStringLiteral("mitigated"), QT_TRANSLATE_NOOP("Labels", "Mitigated")},
        {QStringLiteral("recovered"), QT_TRANSLATE_NOOP("Labels", "Recovered")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("Labels", "Resolved")},
    };
    return lookUp(table, milestone);
}

QString role(const QString &role)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("commander"), QT_TRANSLATE_NOOP("Labels", "Incident Commander")},
        {QStringLiteral("deputy"), QT_TRANSLATE_NOOP("Labels", "Deputy")},
        {QStringLiteral("scribe"), QT_TRANSLATE_NOOP("Labels", "Scribe")},
        {QStringLiteral("internal_liaison"), QT_TRANSLATE_NOOP("Labels", "Internal Liaison")},
        {QStringLiteral("customer_liaison"), QT_TRANSLATE_NOOP("Labels", "Customer Liaison")},
        {QStringLiteral("resolution_lead"), QT_TRANSLATE_NOOP("Labels", "Resolution Lead")},
    };
    if (!table.contains(role) && vocab::isSmeRole(role))
        return QCoreApplication::translate("Labels", "SME: %1").arg(role.mid(4));
    return lookUp(table, role);
}

QString section(const QString &section)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("Labels", "Summary")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Labels", "Status")},
        {QStringLiteral("impact"), QT_TRANSLATE_NOOP("Labels", "Impact")},
        {QStringLiteral("command_post"), QT_TRANSLATE_NOOP("Labels", "Command post / bridge")},
        {QStringLiteral("current_actions"), QT_TRANSLATE_NOOP("Labels", "Current actions")},
        {QStringLiteral("exit_criteria"), QT_TRANSLATE_NOOP("Labels", "Exit criteria")},
        {QStringLiteral("next_commander"), QT_TRANSLATE_NOOP("Labels", "Next commander")},
    };
    return lookUp(table, section);
}

QString kind(const QString &kind)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("Labels", "Observation")},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("Labels", "Action")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("Labels", "Decision")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("Labels", "Communication")},
        {QStringLiteral("todo"), QT_TRANSLATE_NOOP("Labels", "To do")},
        // Timeline rows of other events are named after their family.
        {QStringLiteral("incident"), QT_TRANSLATE_NOOP("Labels", "Incident")},
        {QStringLiteral("milestone"), QT_TRANSLATE_NOOP("Labels", "Milestone")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Labels", "Role")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("Labels", "Task")},
        {QStringLiteral("doc"), QT_TRANSLATE_NOOP("Labels", "Document")},
        {QStringLiteral("update"), QT_TRANSLATE_NOOP("Labels", "Update")},
        {QStringLiteral("followup"), QT_TRANSLATE_NOOP("Labels", "Follow-up")},
    };
    return lookUp(table, kind);
}

} // namespace cp::labels
