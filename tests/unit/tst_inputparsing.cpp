#include "inputparsing.h"
#include "timeformat.h"

#include <QTest>
#include <QTimeZone>

using namespace cp;

class TestInputParsing : public QObject
{
    Q_OBJECT
private slots:
    void aReviewTimeIsTheNearestToTheIncident()
    {
        const QTimeZone utc = QTimeZone::utc();
        const QDateTime monday(QDate(2026, 11, 16), QTime(14, 0), Qt::UTC);
        QCOMPARE(parseMomentNear(QStringLiteral("14:05"), monday, utc),
                 QDateTime(QDate(2026, 11, 16), QTime(14, 5), Qt::UTC));
        QCOMPARE(parseMomentNear(QStringLiteral("13:10"), monday, utc),
                 QDateTime(QDate(2026, 11, 16), QTime(13, 10), Qt::UTC));
        const QDateTime justAfterMidnight(QDate(2026, 11, 16), QTime(0, 10), Qt::UTC);
        QCOMPARE(parseMomentNear(QStringLiteral("23:50"), justAfterMidnight, utc),
                 QDateTime(QDate(2026, 11, 15), QTime(23, 50), Qt::UTC));
        const QDateTime beforeMidnight(QDate(2026, 11, 16), QTime(23, 50), Qt::UTC);
        QCOMPARE(parseMomentNear(QStringLiteral("00:10"), beforeMidnight, utc),
                 QDateTime(QDate(2026, 11, 17), QTime(0, 10), Qt::UTC));
        QVERIFY(!parseMomentNear(QStringLiteral("25:00"), monday, utc).isValid());
    }

    void minutes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes"); // -1: rejected
        QTest::newRow("bare") << "15" << 15;
        QTest::newRow("m") << "15m" << 15;
        QTest::newRow("h") << "2h" << 120;
        QTest::newRow("hm") << "1h30m" << 90;
        QTest::newRow("spaced") << " 1h 5m " << 65;
        QTest::newRow("upper") << "10M" << 10;
        QTest::newRow("zero") << "0m" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("words") << "soon" << -1;
        QTest::newRow("negative") << "-5m" << -1;
        QTest::newRow("seconds") << "30s" << -1;
    }
    void minutes()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        const auto parsed = parseMinutes(text);
        QCOMPARE(parsed.value_or(-1), minutes);
    }

    static QDateTime utcAt(int day, int hour, int minute, int second = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), Qt::UTC);
    }
    static QString typed(const QString &text, const TypedTimeRule &rule)
    {
        const auto moment = resolveTypedTime(text, rule);
        return moment ? formatTime(*moment) : moment.error();
    }

    void typedTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("now"); // on the event clock
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("answer"); // the time, or what the error says
        QTest::newRow("today, in the zone") << "15:02" << utcAt(22, 14, 30) << qint64(0)
                                            << "Europe/Berlin" << formatTime(utcAt(22, 14, 2));
        QTest::newRow("with seconds") << "15:02:30" << utcAt(22, 14, 30) << qint64(0)
                                      << "Europe/Berlin" << formatTime(utcAt(22, 14, 2, 30));
        QTest::newRow("within the slack: today") << "21:42" << utcAt(22, 21, 41, 30) << qint64(0)
                                                 << "UTC" << formatTime(utcAt(22, 21, 42));
        // Taken as yesterday before: 23 h 43 min earlier, without a word.
        QTest::newRow("a little ahead: refused")
            << "21:58" << utcAt(22, 21, 41) << qint64(0) << "UTC"
            << "21:58 is in the future; give a date to mean yesterday";
        QTest::newRow("just after midnight: yesterday")
            << "23:58" << utcAt(22, 0, 3) << qint64(0) << "UTC" << formatTime(utcAt(21, 23, 58));
        QTest::newRow("seconds past midnight, typed before it: tomorrow's")
            << "00:00:30" << utcAt(22, 23, 59, 50) << qint64(0) << "UTC"
            << formatTime(utcAt(23, 0, 0, 30));
        QTest::newRow("in the hour the clocks skip")
            << "02:30" << QDateTime(QDate(2026, 3, 29), QTime(10, 0), Qt::UTC) << qint64(0)
            << "Europe/Berlin"
            << "02:30 does not exist on 2026-03-29: the clocks were put forward";
        QTest::newRow("the early morning, read in the evening: today")
            << "09:00" << utcAt(22, 21, 41) << qint64(0) << "UTC" << formatTime(utcAt(22, 9, 0));
        // This machine is an hour fast: its clock said 23:20 when the server's said 22:20.
        // "23:15" is five minutes ago on the clock the person sees (stored 23 h early before).
        QTest::newRow("read on this machine's clock")
            << "23:15" << utcAt(22, 22, 20) << qint64(-3600 * 1000) << "UTC"
            << formatTime(utcAt(22, 22, 15));
        QTest::newRow("ISO passes through")
            << "2026-11-20T08:00:00+01:00" << utcAt(22, 12, 0) << qint64(-3600 * 1000) << "UTC"
            << formatTime(utcAt(20, 7, 0));
        QTest::newRow("ISO in the future")
            << "2026-11-23T08:00:00Z" << utcAt(22, 12, 0) << qint64(0) << "UTC"
            << "2026-11-23T08:00:00Z is in the future";
        QTest::newRow("no such hour") << "25:00" << utcAt(22, 12, 0) << qint64(0) << "UTC"
                                      << "'25:00' is not a time; write HH:MM or an ISO 8601 time "
                                         "with zone, between 1970 and 9999";
        QTest::newRow("words") << "lunch" << utcAt(22, 12, 0) << qint64(0) << "UTC"
                               << "'lunch' is not a time; write HH:MM or an ISO 8601 time with "
                                  "zone, between 1970 and 9999";
        QTest::newRow("ISO without a zone")
            << "2026-11-20T08:00:00" << utcAt(22, 12, 0) << qint64(0) << "UTC"
            << "'2026-11-20T08:00:00' is not a time; write HH:MM or an ISO 8601 time with zone, "
               "between 1970 and 9999";
    }
    void typedTimes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, now);
        QFETCH(qint64, offsetMs);
        QFETCH(QString, zone);
        QTEST(typed(text, {now, offsetMs, QTimeZone(zone.toLatin1())}), "answer");
    }
};

QTEST_APPLESS_MAIN(TestInputParsing)
#include "tst_inputparsing.moc"
