#include "eventcodec.h"
#include "testevents.h"
#include "timeformat.h"
#include "vocabulary.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cp;

class TestEventCodec : public QObject
{
    Q_OBJECT
private slots:
    void compactJsonIsTheSameObjectAsToJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Rolled back deploy 4512");
        QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" C:\\path\\");
        QTest::newRow("control characters")
            << QStringLiteral("line\nbreak\ttab\r") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("beyond ASCII") << QStringLiteral("Störung – 障害 🔥");
        QTest::newRow("empty") << QString();
        QTest::newRow("lone surrogate")
            << QStringLiteral("half ") + QChar(0xd83d) + QStringLiteral(" a pair");
    }

    void compactJsonIsTheSameObjectAsToJson()
    {
        QFETCH(QString, text);
        IncidentScript s;
        s.declare();
        Event event = s.factory.note(s.incident, text, QStringLiteral("observation"));
        event.actor = text.isEmpty() ? QString() : QStringLiteral("al\"ice");
        event.incident = text.isEmpty() ? event.incident : text; // every field escaped
        QCOMPARE(QJsonDocument::fromJson(toCompactJson(event)).object(), toJson(event));
        event.seq = 9'000'000'000'000LL;
        event.recordedAt = event.occurredAt.addMSecs(5);
        QJsonParseError error;
        const QJsonDocument read = QJsonDocument::fromJson(toCompactJson(event), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(read.object(), toJson(event));
        const auto stored = readStoredEvent(toCompactJson(event), event.seq);
        QVERIFY(stored);
        QVERIFY(stored->sameContent(event));
        QCOMPARE(stored->actor, event.actor);
        QCOMPARE(stored->recordedAt, event.recordedAt);
    }

    void timesAreWrittenInTheCanonicalForm()
    {
        const QDateTime utc(QDate(2026, 11, 22), QTime(9, 5, 7, 42), Qt::UTC);
        QCOMPARE(formatTime(utc), QStringLiteral("2026-11-22T09:05:07.042Z"));
        // Another zone is written as the same moment in UTC.
        const QDateTime berlin(QDate(2026, 11, 22), QTime(10, 5, 7, 42),
                               QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QCOMPARE(formatTime(berlin), QStringLiteral("2026-11-22T09:05:07.042Z"));
        QCOMPARE(formatTime(QDateTime(QDate(987, 1, 2), QTime(3, 4), Qt::UTC)),
                 QStringLiteral("0987-01-02T03:04:00.000Z"));
        QCOMPARE(formatTime(QDateTime()), QString());
    }

    void timesAreReadInEveryIsoFormWithAZone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime moment(QDate(2026, 11, 22), QTime(9, 5, 7, 42), Qt::UTC);
        QTest::newRow("canonical") << QStringLiteral("2026-11-22T09:05:07.042Z") << moment;
        QTest::newRow("offset") << QStringLiteral("2026-11-22T10:05:07.042+01:00") << moment;
        QTest::newRow("no milliseconds")
            << QStringLiteral("2026-11-22T09:05:07Z") << moment.addMSecs(-42);
        QTest::newRow("no zone") << QStringLiteral("2026-11-22T09:05:07.042") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2026-13-22T09:05:07.042Z") << QDateTime();
        QTest::newRow("hour 24") << QStringLiteral("2026-11-22T24:05:07.042Z") << QDateTime();
        QTest::newRow("letter") << QStringLiteral("2026-1a-22T09:05:07.042Z") << QDateTime();
        QTest::newRow("sign in year") << QStringLiteral("-026-11-22T09:05:07.042Z") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        // Only what can be written back: 1970 to 9999 in UTC.
        QTest::newRow("year 0 in UTC")
            << QStringLiteral("0001-01-01T00:00:00+14:00") << QDateTime();
        QTest::newRow("year 10000 in UTC")
            << QStringLiteral("9999-12-31T23:59:59-14:00") << QDateTime();
        QTest::newRow("before 1970") << QStringLiteral("1969-12-31T23:59:59.999Z") << QDateTime();
        QTest::newRow("canonical year 987")
            << QStringLiteral("0987-01-02T03:04:00.000Z") << QDateTime();
        QTest::newRow("earliest") << QStringLiteral("1970-01-01T00:00:00.000Z")
                                  << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        QTest::newRow("latest") << QStringLiteral("9999-12-31T23:59:59.999Z")
                                << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    }

    void timesAreReadInEveryIsoFormWithAZone()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime read = parseTime(text);
        QCOMPARE(read.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(read, expected);
            QCOMPARE(read.timeSpec(), Qt::UTC);
            QCOMPARE(parseTime(formatTime(read)), read);
        }
    }

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

    void aLeadingByteOrderMarkComesBack()
    {
        // Qt 6.4's reader drops U+FEFF at the start of a string written raw: resending such an
        // event was a conflict with itself.
        IncidentScript s;
        const QString text = QChar(0xFEFF) + QStringLiteral("hello \uFEFF inside");
        const Event event = s.factory.note(newId(), text, QStringLiteral("observation"));
        const QByteArray stored = toCompactJson(event);
        QVERIFY(!hasRawByteOrderMark(stored));
        const auto decoded = decodeEvent(QJsonDocument::fromJson(stored).object());
        QVERIFY(decoded);
        QCOMPARE(decoded->text(QStringLiteral("text")), text);
        QVERIFY(decoded->sameContent(event));
        const auto read = readStoredEvent(stored, 1);
        QVERIFY(read);
        QCOMPARE(read->text(QStringLiteral("text")), text);
        // Requests and replies written by toJsonBytes come back the same way.
        const QByteArray reply =
            toJsonBytes(QJsonObject{{QStringLiteral("events"), toJson(QList{event})}});
        QVERIFY(!hasRawByteOrderMark(reply));
        const QJsonObject back = QJsonDocument::fromJson(reply).object();
        QCOMPARE(back.value(QStringLiteral("events"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 text);
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
