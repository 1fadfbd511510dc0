#include "commands.h"

#include "chartdata.h"
#include "eventcodec.h"
#include "inputparsing.h"
#include "localstore.h"
#include "report.h"
#include "timeformat.h"
#include "validation.h"
#include "vocabulary.h"

#include <QFile>
#include <QJsonDocument>

namespace cp::app {
namespace {

// A typed time more than this before the incident's declaration is most likely a wrong date.
constexpr int FarBeforeDeclarationDays = 7;
// How far ahead of the clock a time may be and still be now (clocks differ a little).
constexpr int FutureSlackSeconds = 60;

std::unexpected<Refusal> refuse(Refusal::Code code, const QString &message)
{
    return std::unexpected(Refusal{code, message});
}

} // namespace

Commands::Commands(LocalStore &store, const Clock &clock, QString actor, StateOf stateOf)
    : m_store(store)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_stateOf(std::move(stateOf))
{
}

QDateTime Commands::now() const
{
    return m_clock.now();
}

IncidentState Commands::stateOf(const QString &incident) const
{
    return m_stateOf ? m_stateOf(incident) : m_store.incident(incident);
}

namespace {
// The one id among `ids` that is `typed` or starts with it.
Result<QString> uniqueMatch(const QStringList &ids, const QString &typed, const QString &none,
                            const QString &several)
{
    QStringList matches;
    for (const QString &id : ids) {
        if (id == typed)
            return id;
        if (!typed.isEmpty() && id.startsWith(typed, Qt::CaseInsensitive))
            matches << id;
    }
    if (matches.isEmpty())
        return refuse(Refusal::Code::NotFound, none);
    if (matches.size() > 1)
        return refuse(Refusal::Code::Ambiguous, several.arg(matches.size()));
    return matches.first();
}
} // namespace

Result<QString> Commands::findIncident(const QString &typed) const
{
    return uniqueMatch(m_store.incidentIds(), typed, tr("no incident matches '%1'").arg(typed),
                       tr("'%1' matches %2 incidents; give more characters").arg(typed));
}

Result<QString> Commands::findTask(const QString &incident, const QString &typed) const
{
    QStringList ids;
    for (const Task &task : stateOf(incident).tasks)
        ids << task.id;
    return uniqueMatch(ids, typed, tr("no task matches '%1'").arg(typed),
                       tr("'%1' matches %2 tasks; give more characters").arg(typed));
}

Result<QString> Commands::findEntry(const QString &incident, const QString &typed) const
{
    QStringList ids;
    for (const Note &note : stateOf(incident).notes)
        ids << note.eventId;
    return uniqueMatch(ids, typed, tr("no timeline entry matches '%1'").arg(typed),
                       tr("'%1' matches %2 timeline entries; give more characters").arg(typed));
}

Result<Recorded> Commands::record(QList<Event> events)
{
    if (events.first().incident.isEmpty())
        return refuse(Refusal::Code::NoIncident, tr("Select an incident first."));
    // Validation first, so that a refusal of the input is told apart from a store that fails.
    if (const QStringList invalid = validate(events); !invalid.isEmpty())
        return refuse(Refusal::Code::Invalid, invalid.join(u'\n'));
    if (const auto written = m_store.append(events); !written)
        return refuse(Refusal::Code::Store, written.error().join(u'\n'));
    return Recorded{std::move(events)};
}

Result<void> Commands::checkMoment(const QString &incident, const QDateTime &at,
                                   const QString &typed) const
{
    if (!at.isValid())
        return {};
    if (at > now().addSecs(FutureSlackSeconds))
        return refuse(Refusal::Code::BadTime, tr("%1 is in the future; check the time")
                                                  .arg(typed.isEmpty() ? formatTime(at) : typed));
    const IncidentState state = stateOf(incident);
    if (state.declared && at < state.declaredAt.addDays(-FarBeforeDeclarationDays))
        return refuse(Refusal::Code::BadTime,
                      tr("%1 is more than %2 days before the incident was declared (%3); "
                         "check the date")
                          .arg(typed.isEmpty() ? formatTime(at) : typed)
                          .arg(FarBeforeDeclarationDays)
                          .arg(formatTime(state.declaredAt)));
    return {};
}

Result<Recorded> Commands::declare(const QString &title, const QString &severity,
                                   const QString &summary)
{
    return record(
        {factory().declare(title.trimmed(), severity.trimmed().toUpper(), summary.trimmed())});
}

Result<Recorded> Commands::setStatus(const QString &incident, const QString &status,
                                     const QDateTime &at)
{
    if (const auto checked = checkMoment(incident, at); !checked)
        return std::unexpected(checked.error());
    return record({factory().setStatus(incident, status, at)});
}

Result<Recorded> Commands::setSeverity(const QString &incident, const QString &severity,
                                       const QString &reason, const QDateTime &at)
{
    if (const auto checked = checkMoment(incident, at); !checked)
        return std::unexpected(checked.error());
    return record(
        {factory().setSeverity(incident, severity.trimmed().toUpper(), reason.trimmed(), at)});
}

Result<Recorded> Commands::assignRole(const QString &incident, const QString &role,
                                      const QString &person)
{
    return record({factory().assignRole(incident, role, person.trimmed())});
}

Result<Recorded> Commands::relieveRole(const QString &incident, const QString &role)
{
    if (role == vocab::Commander)
        return refuse(Refusal::Code::NeedsHandOff,
                      tr("The commander is not relieved: hand command off to the next "
                         "commander instead."));
    return record({factory().relieveRole(incident, role)});
}

Result<Recorded> Commands::handOffCommand(const QString &incident, const QString &person)
{
    const EventFactory factory = this->factory();
    const QString from = incident.isEmpty() ? QString() : stateOf(incident).commander();
    const QString to = person.trimmed();
    if (!from.isEmpty() && from == to)
        return refuse(Refusal::Code::Invalid, tr("%1 has command already.").arg(to));
    const Event assignment = factory.assignRole(incident, vocab::Commander, to);
    if (from.isEmpty()) // taking command: there is nobody to brief the new commander
        return record({assignment});
    // Recorded in English, whatever the console's language: the log is shared.
    const QString text =
        QStringLiteral("Command handed from %1 to %2 (briefed, announced, confirmed).")
            .arg(from, to);
    return record({assignment, factory.note(incident, text, QStringLiteral("communication"))});
}

Result<Recorded> Commands::createTask(const QString &incident, const QString &title,
                                      const QString &assignee, int timeboxMinutes)
{
    return record(
        {factory().createTask(incident, title.trimmed(), assignee.trimmed(), timeboxMinutes)});
}

Result<Recorded> Commands::acknowledgeTask(const QString &incident, const QString &task)
{
    return record({factory().acknowledgeTask(incident, task)});
}

Result<Recorded> Commands::setTaskStatus(const QString &incident, const QString &task,
                                         const QString &status)
{
    return record({factory().setTaskStatus(incident, task, status)});
}

Result<Recorded> Commands::extendTask(const QString &incident, const QString &task, int minutes)
{
    return record({factory().extendTask(incident, task, minutes)});
}

Result<Recorded> Commands::writeSection(const QString &incident, const QString &section,
                                        const QString &text, std::optional<QString> base)
{
    if (!base) {
        const DocSection current = stateOf(incident).sections.value(section);
        if (current.isConflicted())
            return refuse(Refusal::Code::Conflict,
                          tr("Section %1 is in conflict: read both texts, then write the merge "
                             "from its head (%2).")
                              .arg(section, current.head.eventId));
        base = current.head.eventId;
    }
    return record({factory().setSection(incident, section, text, *base)});
}

Result<Recorded> Commands::setCadence(const QString &incident, const QString &audience, int minutes)
{
    return record({factory().setCadence(incident, audience, minutes)});
}

Result<Recorded> Commands::publishUpdate(const QString &incident, const QString &audience,
                                         const QString &text, int nextInMinutes)
{
    return record({factory().publishUpdate(incident, audience, text.trimmed(), nextInMinutes)});
}

Result<Recorded> Commands::addNote(const QString &incident, const QString &text,
                                   const QString &kind, const QDateTime &at)
{
    if (const auto checked = checkMoment(incident, at); !checked)
        return std::unexpected(checked.error());
    return record({factory().note(incident, text.trimmed(), kind, at)});
}

Result<Recorded> Commands::setMilestone(const QString &incident, const QString &milestone,
                                        const QDateTime &at)
{
    if (const auto checked = checkMoment(incident, at); !checked)
        return std::unexpected(checked.error());
    return record({factory().setMilestone(incident, milestone, at)});
}

Result<Recorded> Commands::correctEntry(const QString &incident, const QString &entry,
                                        const QDateTime &at, const QString &text)
{
    // Corrections apply to the scribe's entries (notes); other events have their own way to
    // be set right (a status, a milestone), which the metrics follow.
    const IncidentState state = stateOf(incident);
    const bool isNote = std::any_of(state.notes.cbegin(), state.notes.cend(),
                                    [&](const Note &note) { return note.eventId == entry; });
    if (!incident.isEmpty() && !isNote)
        return refuse(Refusal::Code::NotAnEntry,
                      tr("Only timeline entries (notes) can be corrected; set a milestone or "
                         "status for the rest."));
    if (const auto checked = checkMoment(incident, at); !checked)
        return std::unexpected(checked.error());
    return record({factory().editEntry(incident, entry, at, text.trimmed())});
}

Result<Recorded> Commands::pinEntry(const QString &incident, const QString &entry, bool pinned)
{
    return record({factory().pinEntry(incident, entry, pinned)});
}

Result<Recorded> Commands::addFollowUp(const QString &incident, const QString &title,
                                       const QString &owner, const QDate &due)
{
    return record({factory().addFollowUp(incident, title.trimmed(), owner.trimmed(), due)});
}

Result<QDateTime> Commands::typedTime(const QString &incident, const QString &text, qint64 offsetMs,
                                      const QTimeZone &zone) const
{
    const auto moment = resolveTypedTime(text.trimmed(), {now(), offsetMs, zone});
    if (!moment)
        return refuse(Refusal::Code::BadTime, moment.error());
    if (const auto checked = checkMoment(incident, *moment, text.trimmed()); !checked)
        return std::unexpected(checked.error());
    return *moment;
}

std::unexpected<Refusal> Commands::notATime(const QString &typed)
{
    return refuse(Refusal::Code::BadTime,
                  tr("'%1' is not a time: write HH:MM or an ISO 8601 time").arg(typed));
}

Result<QDateTime> Commands::reviewTime(const QString &text, const QDateTime &anchor,
                                       const QTimeZone &zone) const
{
    const QDateTime at = parseMomentNear(text.trimmed(), anchor.isValid() ? anchor : now(), zone);
    if (!at.isValid())
        return notATime(text.trimmed());
    return at;
}

Result<QDateTime> Commands::milestoneTime(const QString &incident, const QString &text,
                                          qint64 offsetMs, const QTimeZone &zone) const
{
    const IncidentState state = stateOf(incident);
    if (state.isOpen() || !state.declared)
        return typedTime(incident, text, offsetMs, zone);
    // Closed: of the incident's own hours, however long after it is reviewed.
    const QString typed = text.trimmed();
    const QDateTime closed = report::closedAt(state, now());
    const QDateTime at = parseMomentNotAfter(typed, closed, zone);
    if (!at.isValid())
        return notATime(typed);
    if (const auto checked = checkMoment(incident, at, typed); !checked)
        return std::unexpected(checked.error());
    constexpr int HoursBeforeDeclaration = 12;
    if (parseTime(typed).isValid() ||
        at >= state.declaredAt.addSecs(-HoursBeforeDeclaration * 3600))
        return at;
    return refuse(Refusal::Code::BadTime,
                  tr("%1 is not during the incident (declared %2, closed %3): give a date and "
                     "time")
                      .arg(typed, formatTime(state.declaredAt), formatTime(closed)));
}

Result<QDateTime> Commands::entryTime(const QString &incident, const QString &entry,
                                      const QString &text, const QTimeZone &zone) const
{
    const IncidentState state = stateOf(incident);
    const auto note = std::find_if(state.notes.cbegin(), state.notes.cend(),
                                   [&](const Note &n) { return n.eventId == entry; });
    return reviewTime(text, note != state.notes.cend() ? note->at : state.declaredAt, zone);
}

Result<QDate> Commands::typedDate(const QString &text) const
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return refuse(Refusal::Code::BadDate,
                      tr("'%1' is not a date: write YYYY-MM-DD").arg(text.trimmed()));
    return date;
}

QStringList Commands::exportFormats()
{
    return {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"),
            QStringLiteral("csv"), QStringLiteral("json")};
}

Result<QByteArray> Commands::report(const QString &incident, const QString &format,
                                    const QTimeZone &zone) const
{
    if (incident.isEmpty())
        return refuse(Refusal::Code::NoIncident, tr("Select an incident first."));
    if (!exportFormats().contains(format) || format == u"pdf")
        return refuse(Refusal::Code::BadFormat,
                      tr("'%1' is not one of md, html, csv, json").arg(format));
    const report::ReportInput input{stateOf(incident), m_store.events(incident), now(), zone};
    if (format == u"md")
        return report::markdown(input).toUtf8();
    if (format == u"html")
        return report::html(input).toUtf8();
    if (format == u"csv")
        return report::csv(input);
    return QJsonDocument(QJsonObject{{QStringLiteral("incident"), incident},
                                     {QStringLiteral("events"), toJson(input.log)}})
        .toJson(QJsonDocument::Indented);
}

Result<void> Commands::exportReport(const QString &incident, const QString &format,
                                    const QString &path, const QTimeZone &zone) const
{
    if (incident.isEmpty())
        return refuse(Refusal::Code::NoIncident, tr("Select an incident first."));
    if (!exportFormats().contains(format))
        return refuse(Refusal::Code::BadFormat,
                      tr("'%1' is not one of md, html, pdf, csv, json").arg(format));
    if (path.trimmed().isEmpty())
        return refuse(Refusal::Code::File, tr("Choose where to save the report."));
    if (format == u"pdf") {
        const report::ReportInput input{stateOf(incident), m_store.events(incident), now(), zone};
        if (const auto written = report::writePdf(input, path); !written)
            return refuse(Refusal::Code::File, written.error());
        return {};
    }
    const auto bytes = report(incident, format, zone);
    if (!bytes)
        return std::unexpected(bytes.error());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*bytes) != bytes->size())
        return refuse(Refusal::Code::File, tr("Cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

} // namespace cp::app
