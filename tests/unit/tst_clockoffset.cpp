#include "clockoffset.h"

#include <QTest>

using cp::sync::ClockOffset;

namespace {
QDateTime at(qint64 ms)
{
    return QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC).addMSecs(ms);
}
} // namespace

class TestClockOffset : public QObject
{
    Q_OBJECT

private slots:
    void noSampleNoOffset()
    {
        ClockOffset offset;
        QVERIFY(!offset.offsetMs());
        QVERIFY(!offset.uncertaintyMs());
    }

    void serverAheadByAnHour()
    {
        ClockOffset offset;
        // Sent at 0, back at 40 ms; the server read its clock an hour ahead of the middle.
        offset.addSample(at(0), at(40), at(20 + 3600000));
        QCOMPARE(offset.offsetMs(), 3600000);
        QCOMPARE(offset.uncertaintyMs(), 20);
    }

    void serverBehind()
    {
        ClockOffset offset;
        offset.addSample(at(0), at(10), at(5 - 3600000));
        QCOMPARE(offset.offsetMs(), -3600000);
    }

    void trustsTheShortestRoundTrip()
    {
        ClockOffset offset;
        offset.addSample(at(0), at(2000), at(500));      // slow: middle 1000, offset -500
        offset.addSample(at(5000), at(5010), at(5105));  // fast: middle 5005, offset 100
        offset.addSample(at(9000), at(10000), at(9000)); // slow again
        QCOMPARE(offset.offsetMs(), 100);
        QCOMPARE(offset.uncertaintyMs(), 5);
    }

    void forgetsOldSamples()
    {
        ClockOffset offset;
        offset.addSample(at(0), at(2), at(1 + 700)); // best, but soon too old
        for (int i = 1; i <= ClockOffset::Window; ++i)
            offset.addSample(at(i * 1000), at(i * 1000 + 50), at(i * 1000 + 25 + 300));
        QCOMPARE(offset.offsetMs(), 300);
    }

    void ignoresNonsense()
    {
        ClockOffset offset;
        offset.addSample(at(100), at(0), at(50)); // received before sent
        offset.addSample(at(0), at(10), QDateTime());
        QVERIFY(!offset.offsetMs());
    }
};

QTEST_GUILESS_MAIN(TestClockOffset)
#include "tst_clockoffset.moc"
