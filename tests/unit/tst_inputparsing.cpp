#include "inputparsing.h"

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

    void wallClockIsToday()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDateTime now(QDate(2026, 11, 22), QTime(14, 30), Qt::UTC); // 15:30 in Berlin
        QCOMPARE(parseMoment(QStringLiteral("15:02"), now, berlin),
                 QDateTime(QDate(2026, 11, 22), QTime(14, 2), Qt::UTC));
        QCOMPARE(parseMoment(QStringLiteral("15:02:30"), now, berlin),
                 QDateTime(QDate(2026, 11, 22), QTime(14, 2, 30), Qt::UTC));
    }

    void wallClockLaterThanNowIsYesterday()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(0, 3), Qt::UTC);
        QCOMPARE(parseMoment(QStringLiteral("23:58"), now, QTimeZone::utc()),
                 QDateTime(QDate(2026, 11, 21), QTime(23, 58), Qt::UTC));
    }

    void isoTimesPassThrough()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        QCOMPARE(parseMoment(QStringLiteral("2026-11-20T08:00:00+01:00"), now, QTimeZone::utc()),
                 QDateTime(QDate(2026, 11, 20), QTime(7, 0), Qt::UTC));
    }

    void nonsenseIsInvalid()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!parseMoment(QStringLiteral("25:00"), now, QTimeZone::utc()).isValid());
        QVERIFY(!parseMoment(QStringLiteral("lunch"), now, QTimeZone::utc()).isValid());
        QVERIFY(
            !parseMoment(QStringLiteral("2026-11-20T08:00:00"), now, QTimeZone::utc()).isValid());
    }
};

QTEST_APPLESS_MAIN(TestInputParsing)
#include "tst_inputparsing.moc"
