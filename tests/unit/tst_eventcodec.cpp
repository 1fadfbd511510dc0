#include "eventcodec.h"
#include "testevents.h"
#include "vocabulary.h"

#include <QJsonDocument>
#include <QTest>

using namespace cp;

class TestEventCodec : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField()
    {
        IncidentScript s;
        Event event =
            s.factory.createTask(newId(), QStringLiteral("Roll back"), QStringLiteral("carol"), 15);
        event.seq = 42;
        event.recordedAt = event.occurredAt.addMSecs(17);
        const auto decoded = decodeEvent(QJsonDocument::fromJson(toCompactJson(event)).object());
        QVERIFY(decoded);
        QCOMPARE(decoded->id, event.id);
        QCOMPARE(decoded->incident, event.incident);
        QCOMPARE(decoded->type, event.type);
        QCOMPARE(decoded->occurredAt, event.occurredAt);
        QCOMPARE(decoded->data, event.data);
        QCOMPARE(decoded->seq, 42);
        QCOMPARE(decoded->actor, QStringLiteral("alice"));
        QCOMPARE(decoded->recordedAt, event.recordedAt);
        QVERIFY(decoded->sameContent(event));
    }

    void timesAreUtcWithMilliseconds()
    {
        IncidentScript s;
        Event event = s.factory.note(newId(), QStringLiteral("x"), QStringLiteral("todo"));
        event.occurredAt = QDateTime(QDate(2026, 11, 22), QTime(10, 1, 2, 123), Qt::UTC);
        QCOMPARE(toJson(event).value(QStringLiteral("occurred_at")).toString(),
                 QStringLiteral("2026-11-22T10:01:02.123Z"));
        QVERIFY(!toJson(event).contains(QStringLiteral("seq"))); // unstamped: no seq on the wire
    }

    void offsetsAreReadAsUtc()
    {
        QJsonObject object = toJson(
            IncidentScript().factory.note(newId(), QStringLiteral("x"), QStringLiteral("todo")));
        object.insert(QStringLiteral("occurred_at"), QStringLiteral("2026-11-22T12:00:00+02:00"));
        const auto decoded = decodeEvent(object);
        QVERIFY(decoded);
        QCOMPARE(decoded->occurredAt, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    }

    void envelopeTypesAreChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("id") << "id" << QJsonValue(5) << "id: must be a string";
        QTest::newRow("type") << "type" << QJsonValue(true) << "type: must be a string";
        QTest::newRow("data") << "data" << QJsonValue(QJsonArray()) << "data: must be an object";
        QTest::newRow("seq") << "seq" << QJsonValue("1") << "seq: must be a positive whole number";
        QTest::newRow("fractional seq")
            << "seq" << QJsonValue(1.5) << "seq: must be a positive whole number";
        QTest::newRow("negative seq")
            << "seq" << QJsonValue(-3) << "seq: must be a positive whole number";
        QTest::newRow("time") << "occurred_at" << QJsonValue("soon")
                              << "occurred_at: must be an ISO 8601 time";
    }
    void envelopeTypesAreChecked()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject object = toJson(
            IncidentScript().factory.note(newId(), QStringLiteral("x"), QStringLiteral("todo")));
        object.insert(key, value);
        const auto decoded = decodeEvent(object);
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().first().startsWith(message),
                 qPrintable(decoded.error().join(QLatin1Char('|'))));
    }

    void missingDataIsNamed()
    {
        QJsonObject object = toJson(
            IncidentScript().factory.note(newId(), QStringLiteral("x"), QStringLiteral("todo")));
        object.remove(QStringLiteral("data"));
        QCOMPARE(decodeEvent(object).error(), QStringList{QStringLiteral("data: is required")});
    }

    void notAnObject()
    {
        QCOMPARE(decodeEvent(QJsonValue(3)).error().first(),
                 QStringLiteral("event: must be a JSON object"));
    }

    void validationRunsOnDecode()
    {
        QJsonObject object = toJson(
            IncidentScript().factory.note(newId(), QStringLiteral("x"), QStringLiteral("todo")));
        object.insert(QStringLiteral("type"), QStringLiteral("nope.nope"));
        QVERIFY(decodeEvent(object).error().first().startsWith(
            QStringLiteral("type: unknown event type")));
    }
};

QTEST_APPLESS_MAIN(TestEventCodec)
#include "tst_eventcodec.moc"
