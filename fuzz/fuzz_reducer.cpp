// Random sequences of valid events, built from the input: any type, fields picked from the
// protocol's names with values from its vocabulary and from ids made earlier in the sequence
// (so tasks, entries and follow-ups refer to each other). Invariants: no crash; folding is
// deterministic; folding event by event equals folding the list; a JSON round trip of every
// event (as stores keep them) folds to the same state.
#include "clock.h"
#include "eventcodec.h"
#include "eventfactory.h"
#include "fuzzcheck.h"
#include "reducer.h"
#include "statejson.h"
#include "timeformat.h"
#include "validation.h"
#include "vocabulary.h"

#include <QJsonDocument>
#include <fuzzer/FuzzedDataProvider.h>

using namespace cp;

namespace {

const QStringList &fieldNames()
{
    static const QStringList names = {
        "title",   "severity", "summary",         "restricted",      "role",     "person",
        "task",    "assignee", "timebox_minutes", "status",          "text",     "kind",
        "section", "base",     "audience",        "next_in_minutes", "minutes",  "milestone",
        "at",      "target",   "occurred_at",     "pinned",          "followup", "owner",
        "due",     "reason",   "detection_source"};
    return names;
}

class Generator
{
public:
    Generator(const uint8_t *data, size_t size)
        : m_input(data, size)
        , m_clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC))
        , m_factory(m_clock, QStringLiteral("fuzz"))
    {
    }

    QList<Event> events()
    {
        QList<Event> log;
        const Event declared =
            m_factory.declare(QStringLiteral("Fuzzed"), pick(vocab::severities()));
        m_incident = declared.incident;
        log << declared;
        m_ids << declared.id;
        while (m_input.remaining_bytes() > 0 && log.size() < 64) {
            m_clock.advanceSeconds(m_input.ConsumeIntegralInRange(0, 3600));
            const Event event = next();
            if (!validate(event).isEmpty())
                continue; // the stores hold valid events only
            m_ids << event.id;
            if (const QString task = event.text(QStringLiteral("task")); !task.isEmpty())
                m_ids << task;
            if (const QString followup = event.text(QStringLiteral("followup"));
                !followup.isEmpty())
                m_ids << followup;
            log << event;
        }
        return log;
    }

private:
    QString pick(const QStringList &from)
    {
        return from.isEmpty()
                   ? QString()
                   : from.at(m_input.ConsumeIntegralInRange<qsizetype>(0, from.size() - 1));
    }

    QJsonValue value(const QString &field)
    {
        switch (m_input.ConsumeIntegralInRange(0, 9)) {
        case 0:
            return pick(m_ids);
        case 1:
            return pick(vocab::statuses() + vocab::taskStatuses());
        case 2:
            return pick(vocab::keyRoles() + QStringList{QStringLiteral("sme:db")});
        case 3:
            return pick(vocab::milestones() + vocab::noteKinds() + vocab::audiences());
        case 4:
            return formatTime(m_clock.now().addSecs(m_input.ConsumeIntegralInRange(-7200, 600)));
        case 5:
            return m_input.ConsumeIntegralInRange(-5, 2000);
        case 6:
            return m_input.ConsumeBool();
        case 7:
            return pick(vocab::severities());
        case 8:
            return QJsonValue();
        default:
            return QString::fromStdString(m_input.ConsumeRandomLengthString(40)) + field.left(0);
        }
    }

    // A valid event of the type (its required fields from the pools), then a few fields
    // changed at random: most stay valid, and the rest test validation's side of the fold.
    Event next()
    {
        using namespace vocab::type;
        const QString type = pick(vocab::eventTypes());
        const QString time = formatTime(m_clock.now().addSecs(-60));
        static const QHash<QString, QStringList> required = {
            {Declared, {"title", "severity"}},
            {Edited, {"title"}},
            {SeveritySet, {"severity"}},
            {StatusSet, {"status"}},
            {MilestoneSet, {"milestone", "at"}},
            {RoleAssigned, {"role", "person"}},
            {RoleRelieved, {"role"}},
            {TaskCreated, {"title", "assignee"}},
            {TaskAcknowledged, {"task"}},
            {TaskEdited, {"task", "title"}},
            {TaskExtended, {"task", "minutes"}},
            {TaskStatusSet, {"task", "status"}},
            {DocSectionSet, {"section", "text"}},
            {UpdatePublished, {"audience", "text"}},
            {UpdateCadenceSet, {"audience", "minutes"}},
            {NoteAdded, {"text", "kind"}},
            {EntryEdited, {"target", "occurred_at"}},
            {EntryPinned, {"target", "pinned"}},
            {FollowupAdded, {"title", "owner", "due"}},
            {FollowupEdited, {"followup", "owner"}}};
        QJsonObject data;
        for (const QString &field : required.value(type))
            data.insert(field, typical(field, type, time));
        if (type == TaskCreated)
            data.insert(QStringLiteral("task"), newId());
        if (type == FollowupAdded)
            data.insert(QStringLiteral("followup"), newId());
        const int changes = m_input.ConsumeIntegralInRange(0, 3);
        for (int i = 0; i < changes; ++i) {
            const QString field = pick(fieldNames());
            data.insert(field, value(field));
        }
        return m_factory.make(m_incident, type, data);
    }

    // A plausible value for a field: what a client would send.
    QJsonValue typical(const QString &field, const QString &type, const QString &time)
    {
        if (field == u"severity")
            return pick(vocab::severities());
        if (field == u"status")
            return type == vocab::type::TaskStatusSet ? pick(vocab::taskStatuses())
                                                      : pick(vocab::statuses());
        if (field == u"milestone")
            return pick(vocab::milestones());
        if (field == u"role")
            return pick(vocab::keyRoles());
        if (field == u"kind")
            return pick(vocab::noteKinds());
        if (field == u"audience")
            return pick(vocab::audiences());
        if (field == u"at" || field == u"occurred_at" || field == u"due")
            return time;
        if (field == u"minutes")
            return m_input.ConsumeIntegralInRange(1, 120);
        if (field == u"pinned")
            return m_input.ConsumeBool();
        if (field == u"task" || field == u"target" || field == u"followup")
            return pick(m_ids);
        if (field == u"section")
            return pick(
                {QStringLiteral("summary"), QStringLiteral("status"), QStringLiteral("impact")});
        return QString::fromStdString(m_input.ConsumeRandomLengthString(20)) + QLatin1Char('.');
    }

    FuzzedDataProvider m_input;
    ManualClock m_clock;
    EventFactory m_factory;
    QString m_incident;
    QStringList m_ids;
};

QByteArray stateBytes(const IncidentState &state)
{
    return QJsonDocument(toJson(state)).toJson(QJsonDocument::Compact);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<Event> log = Generator(data, size).events();
    for (qsizetype i = 0; i < log.size(); ++i)
        log[i].seq = i + 1;
    const QByteArray folded = stateBytes(Reducer::fold(log));
    FUZZ_CHECK(stateBytes(Reducer::fold(log)) == folded);

    IncidentState stepwise;
    for (const Event &event : log)
        Reducer::apply(stepwise, event);
    FUZZ_CHECK(stateBytes(stepwise) == folded);

    QList<Event> stored;
    for (const Event &event : log) {
        const auto read = readStoredEvent(toCompactJson(event), event.seq);
        FUZZ_CHECK(read.has_value());
        stored << *read;
    }
    FUZZ_CHECK(stateBytes(Reducer::fold(stored)) == folded);
    FUZZ_CHECK(Reducer::foldAll(log).size() == 1);
    return 0;
}
