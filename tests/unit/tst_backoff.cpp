#include "backoff.h"

#include <QTest>

using cp::sync::Backoff;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTheCap()
    {
        Backoff backoff(500, 4000, [] { return 0.999999; }); // always near the top
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays << backoff.nextDelayMs();
        QCOMPARE(delays, (QList<int>{499, 999, 1999, 3999, 3999, 3999}));
        QCOMPARE(backoff.failures(), 6);
    }

    void jitterStaysInTheUpperHalf()
    {
        Backoff low(1000, 60000, [] { return 0.0; });
        QCOMPARE(low.nextDelayMs(), 500);
        QCOMPARE(low.nextDelayMs(), 1000);
        Backoff middle(1000, 60000, [] { return 0.5; });
        QCOMPARE(middle.nextDelayMs(), 750);
        QCOMPARE(middle.nextDelayMs(), 1500);
    }

    void realRandomnessSpreadsClients()
    {
        // Ten workstations that lost the server together do not all come back together.
        QSet<int> delays;
        for (int i = 0; i < 10; ++i) {
            Backoff backoff(1000, 30000);
            backoff.nextDelayMs();
            const int second = backoff.nextDelayMs();
            QVERIFY(second >= 1000 && second <= 2000);
            delays.insert(second);
        }
        QVERIFY(delays.size() > 1);
    }

    void resetStartsOver()
    {
        Backoff backoff(500, 30000, [] { return 0.0; });
        for (int i = 0; i < 5; ++i)
            backoff.nextDelayMs();
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelayMs(), 250);
    }

    void manyFailuresDoNotOverflow()
    {
        Backoff backoff(500, 30000, [] { return 0.0; });
        int last = 0;
        for (int i = 0; i < 100; ++i)
            last = backoff.nextDelayMs();
        QCOMPARE(last, 15000);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
