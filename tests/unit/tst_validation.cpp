#include "testevents.h"
#include "validation.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QTest>

using namespace cp;
using namespace cp::vocab::type;

// One case per validation rule: each bad event gives exactly the message naming its field.
class TestValidation : public QObject
{
    Q_OBJECT

    static Event valid(const QString &type, QJsonObject data)
    {
        IncidentScript s;
        return s.factory.make(newId(), type, std::move(data));
    }

    static void expectOnly(const Event &event, const QString &messageStart)
    {
        const QStringList errors = validate(event);
        QVERIFY2(errors.size() == 1, qPrintable(errors.join(QLatin1Char('|'))));
        QVERIFY2(errors.first().startsWith(messageStart), qPrintable(errors.first()));
    }

private slots:
    void everyTypeHasAValidExample_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("data");
        const QString t = QStringLiteral("2026-11-22T10:00:00Z");
        QTest::newRow("declared") << Declared << QJsonObject{{"title", "T"}, {"severity", "SEV1"}};
        QTest::newRow("edited") << Edited << QJsonObject{{"summary", "S"}};
        QTest::newRow("severity") << SeveritySet
                                  << QJsonObject{{"severity", "SEV3"}, {"reason", "r"}};
        QTest::newRow("status") << StatusSet << QJsonObject{{"status", "closed"}};
        QTest::newRow("milestone")
            << MilestoneSet << QJsonObject{{"milestone", "impact_started"}, {"at", t}};
        QTest::newRow("assigned") << RoleAssigned
                                  << QJsonObject{{"role", "sme:database"}, {"person", "dana"}};
        QTest::newRow("relieved") << RoleRelieved << QJsonObject{{"role", "deputy"}};
        QTest::newRow("task") << TaskCreated
                              << QJsonObject{{"task", "t1"},
                                             {"title", "T"},
                                             {"assignee", "bob"},
                                             {"timebox_minutes", 15}};
        QTest::newRow("ack") << TaskAcknowledged << QJsonObject{{"task", "t1"}};
        QTest::newRow("task edit")
            << TaskEdited << QJsonObject{{"task", "t1"}, {"timebox_minutes", 30}};
        QTest::newRow("extend") << TaskExtended << QJsonObject{{"task", "t1"}, {"minutes", 5}};
        QTest::newRow("task status")
            << TaskStatusSet << QJsonObject{{"task", "t1"}, {"status", "blocked"}};
        QTest::newRow("doc") << DocSectionSet
                             << QJsonObject{
                                    {"section", "impact"}, {"text", "x"}, {"base", QJsonValue()}};
        QTest::newRow("update") << UpdatePublished
                                << QJsonObject{{"audience", "external"},
                                               {"text", "x"},
                                               {"next_in_minutes", 20}};
        QTest::newRow("cadence") << UpdateCadenceSet
                                 << QJsonObject{{"audience", "internal"}, {"minutes", 30}};
        QTest::newRow("note") << NoteAdded << QJsonObject{{"text", "x"}, {"kind", "todo"}};
        QTest::newRow("entry edit")
            << EntryEdited << QJsonObject{{"target", "e1"}, {"occurred_at", t}};
        QTest::newRow("pin") << EntryPinned << QJsonObject{{"target", "e1"}, {"pinned", true}};
        QTest::newRow("followup") << FollowupAdded
                                  << QJsonObject{{"followup", "f1"},
                                                 {"title", "T"},
                                                 {"owner", "erin"},
                                                 {"due", t}};
        QTest::newRow("followup edit")
            << FollowupEdited << QJsonObject{{"followup", "f1"}, {"owner", "fay"}};
    }
    void everyTypeHasAValidExample()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, data);
        QCOMPARE(validate(valid(type, data)), QStringList());
    }

    void everyProtocolTypeIsKnown() { QCOMPARE(vocab::eventTypes().size(), 20); }

    void unknownType()
    {
        expectOnly(valid(QStringLiteral("incident.exploded"), {}),
                   QStringLiteral("type: unknown event type 'incident.exploded'"));
    }

    // Newer clients' fields are kept, within a bound: 1 MB of them was stored before.
    void unknownFieldsAreKeptWithinABound()
    {
        Event small = valid(NoteAdded, {{"text", "x"}, {"kind", "todo"}});
        small.data.insert(QStringLiteral("from_the_future"), QString(3000, u'f'));
        QCOMPARE(validate(small), QStringList());
        Event big = valid(NoteAdded, {{"text", "x"}, {"kind", "todo"}});
        big.data.insert(QStringLiteral("padding"), QString(1024 * 1024, u'p'));
        expectOnly(big, QStringLiteral("data: fields this version does not know carry 1048583 "
                                       "characters, more than 4096"));
        Event nested = valid(NoteAdded, {{"text", "x"}, {"kind", "todo"}});
        nested.data.insert(QStringLiteral("deep"),
                           QJsonArray{QJsonObject{{"a", QString(5000, u'a')}}});
        QCOMPARE(validate(nested).size(), 1);
    }

    void missingType()
    {
        Event event = valid(NoteAdded, {{"text", "x"}, {"kind", "todo"}});
        event.type.clear();
        expectOnly(event, QStringLiteral("type: is required"));
    }

    void missingId()
    {
        Event event = valid(RoleRelieved, {{"role", "deputy"}});
        event.id.clear();
        expectOnly(event, QStringLiteral("id: is required"));
    }

    void idWithSpaces()
    {
        Event event = valid(RoleRelieved, {{"role", "deputy"}});
        event.id = QStringLiteral("a b");
        expectOnly(event, QStringLiteral("id: may hold only"));
    }

    void overlongIncidentId()
    {
        Event event = valid(RoleRelieved, {{"role", "deputy"}});
        event.incident = QString(limits::Id + 1, u'a');
        expectOnly(event, QStringLiteral("incident: is longer than 64"));
    }

    void missingTime()
    {
        Event event = valid(RoleRelieved, {{"role", "deputy"}});
        event.occurredAt = QDateTime();
        expectOnly(event, QStringLiteral("occurred_at: must be an ISO 8601 time"));
    }

    void aTimeThatCannotBeWrittenBackIsRefused()
    {
        // UTC year 0: accepted once, it was served as "" and stopped every client's sync.
        Event event = valid(RoleRelieved, {{"role", "deputy"}});
        event.occurredAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone(14 * 3600));
        expectOnly(event, QStringLiteral("occurred_at: must lie between 1970 and 9999"));
        event.occurredAt = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone(-14 * 3600));
        expectOnly(event, QStringLiteral("occurred_at: must lie between 1970 and 9999"));
        expectOnly(
            valid(MilestoneSet, {{"milestone", "detected"}, {"at", "0001-01-01T00:00:00+14:00"}}),
            QStringLiteral("data.at: must be an ISO 8601 time with a zone between 1970"));
    }

    void missingRequiredField()
    {
        expectOnly(valid(Declared, {{"severity", "SEV1"}}),
                   QStringLiteral("data.title: is required"));
    }
    void emptyText()
    {
        expectOnly(valid(Declared, {{"title", "   "}, {"severity", "SEV1"}}),
                   QStringLiteral("data.title: must not be empty"));
    }
    void textTooLong()
    {
        expectOnly(
            valid(Declared, {{"title", QString(limits::Title + 1, u'x')}, {"severity", "SEV1"}}),
            QStringLiteral("data.title: is longer than 200 characters"));
    }
    void wrongTypeForText()
    {
        expectOnly(valid(Declared, {{"title", 5}, {"severity", "SEV1"}}),
                   QStringLiteral("data.title: must be a string"));
    }
    void unknownSeverity()
    {
        expectOnly(valid(Declared, {{"title", "T"}, {"severity", "SEV9"}}),
                   QStringLiteral("data.severity: must be one of SEV1, SEV2"));
    }
    void unknownStatus()
    {
        expectOnly(valid(StatusSet, {{"status", "fixed"}}),
                   QStringLiteral("data.status: must be one of investigating"));
    }
    void unknownRole()
    {
        expectOnly(valid(RoleAssigned, {{"role", "boss"}, {"person", "x"}}),
                   QStringLiteral("data.role: must be one of commander"));
    }
    void badSmeArea()
    {
        expectOnly(valid(RoleRelieved, {{"role", "sme:"}}), QStringLiteral("data.role:"));
    }
    void placeholderAssignee()
    {
        expectOnly(
            valid(TaskCreated,
                  {{"task", "t"}, {"title", "T"}, {"assignee", "Someone"}, {"timebox_minutes", 5}}),
            QStringLiteral("data.assignee: must name one person, not 'Someone'"));
    }
    void fractionalMinutes()
    {
        expectOnly(valid(TaskExtended, {{"task", "t"}, {"minutes", 1.5}}),
                   QStringLiteral("data.minutes: must be a whole number"));
    }
    void minutesOutOfRange()
    {
        expectOnly(
            valid(TaskCreated,
                  {{"task", "t"}, {"title", "T"}, {"assignee", "bob"}, {"timebox_minutes", 0}}),
            QStringLiteral("data.timebox_minutes: must be between 1 and 1440"));
    }
    void minutesAsString()
    {
        expectOnly(valid(TaskExtended, {{"task", "t"}, {"minutes", "5"}}),
                   QStringLiteral("data.minutes: must be a whole number"));
    }
    void notABoolean()
    {
        expectOnly(valid(EntryPinned, {{"target", "e"}, {"pinned", "yes"}}),
                   QStringLiteral("data.pinned: must be true or false"));
    }
    void badTime()
    {
        expectOnly(valid(MilestoneSet, {{"milestone", "detected"}, {"at", "yesterday"}}),
                   QStringLiteral("data.at: must be an ISO 8601"));
    }
    void timeWithoutZone()
    {
        expectOnly(valid(MilestoneSet, {{"milestone", "detected"}, {"at", "2026-11-22T10:00:00"}}),
                   QStringLiteral("data.at: must be an ISO 8601"));
    }
    void unknownMilestone()
    {
        expectOnly(valid(MilestoneSet, {{"milestone", "fixed"}, {"at", "2026-11-22T10:00:00Z"}}),
                   QStringLiteral("data.milestone: must be one of"));
    }
    void unknownNoteKind()
    {
        expectOnly(valid(NoteAdded, {{"text", "x"}, {"kind", "rumour"}}),
                   QStringLiteral("data.kind: must be one of observation"));
    }
    void unknownAudience()
    {
        expectOnly(valid(UpdatePublished, {{"audience", "press"}, {"text", "x"}}),
                   QStringLiteral("data.audience: must be one of internal, external"));
    }
    void badBase()
    {
        expectOnly(valid(DocSectionSet, {{"section", "s"}, {"text", "x"}, {"base", 7}}),
                   QStringLiteral("data.base: must be an event id or null"));
    }
    void nullIsNotAValue()
    {
        expectOnly(valid(Edited, {{"title", QJsonValue()}}),
                   QStringLiteral("data.title: must not be null"));
    }
    void hugeNumberIsOutOfRange()
    {
        expectOnly(valid(TaskExtended, {{"task", "t"}, {"minutes", 1e300}}),
                   QStringLiteral("data.minutes: must be between 1 and 1440"));
    }
    void personWithOuterSpaces()
    {
        expectOnly(valid(RoleAssigned, {{"role", "scribe"}, {"person", " bob"}}),
                   QStringLiteral("data.person: must not start or end with spaces"));
    }
    void badIdInsideData()
    {
        expectOnly(valid(TaskAcknowledged, {{"task", "t 1"}}),
                   QStringLiteral("data.task: may hold only"));
    }
    void nothingToChange()
    {
        expectOnly(
            valid(TaskEdited, {{"task", "t"}}),
            QStringLiteral(
                "data: nothing to change; give at least one of title, assignee, timebox_minutes"));
    }

    void allProblemsAreReported()
    {
        const QStringList errors =
            validate(valid(TaskCreated, {{"title", ""}, {"assignee", "anyone"}}));
        QCOMPARE(errors.size(), 4); // task, title, assignee, timebox_minutes
    }

    void batchMessagesNameTheEvent()
    {
        const QList<Event> batch = {valid(RoleRelieved, {{"role", "deputy"}}),
                                    valid(RoleRelieved, {{"role", "x"}})};
        const QStringList errors = validate(batch);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(QStringLiteral("events[1].data.role:")));
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
