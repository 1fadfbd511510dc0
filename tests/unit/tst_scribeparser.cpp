#include "scribeparser.h"

#include <QTest>

using namespace cp;

// The scribe types at 14:10:30 UTC unless a test says otherwise.
class TestScribeParser : public QObject
{
    Q_OBJECT

    const QDateTime typedAt{QDate(2026, 11, 22), QTime(14, 10, 30), Qt::UTC};
    const QTimeZone utc{QTimeZone::utc()};

private slots:
    void plainTextIsAnObservationAtTheFirstKeystroke()
    {
        const ScribeEntry entry =
            parseScribeLine(QStringLiteral("  error rate 12%  "), typedAt, utc);
        QVERIFY(entry.error.isEmpty());
        QCOMPARE(entry.text, QStringLiteral("error rate 12%"));
        QCOMPARE(entry.kind, QStringLiteral("observation"));
        QCOMPARE(entry.at, typedAt);
        QVERIFY(!entry.backdated);
    }

    void everyKindPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("kind");
        const QList<QPair<QStringList, QString>> table = {
            {{"o", "obs", "observation", "OBS"}, "observation"},
            {{"a", "act", "action", "Action"}, "action"},
            {{"d", "dec", "decision", "DEC"}, "decision"},
            {{"c", "com", "communication"}, "communication"},
            {{"t", "todo", "TODO"}, "todo"},
        };
        for (const auto &[prefixes, kind] : table) {
            for (const QString &prefix : prefixes)
                QTest::newRow(qPrintable(prefix)) << prefix << kind;
        }
    }
    void everyKindPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, kind);
        const ScribeEntry entry =
            parseScribeLine(prefix + QStringLiteral(": roll back 4512"), typedAt, utc);
        QCOMPARE(entry.kind, kind);
        QCOMPARE(entry.text, QStringLiteral("roll back 4512"));
    }

    void anUnknownPrefixIsText()
    {
        const ScribeEntry entry =
            parseScribeLine(QStringLiteral("Note: PSP is slow"), typedAt, utc);
        QCOMPARE(entry.kind, QStringLiteral("observation"));
        QCOMPARE(entry.text, QStringLiteral("Note: PSP is slow"));
    }

    void aLeadingTimeBackdates_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("kind");
        const QDate day(2026, 11, 22);
        QTest::newRow("HH:MM") << "14:02 deploy 4512 finished"
                               << QDateTime(day, QTime(14, 2), Qt::UTC) << "observation";
        QTest::newRow("HH:MM:SS") << "14:02:15 deploy 4512 finished"
                                  << QDateTime(day, QTime(14, 2, 15), Qt::UTC) << "observation";
        QTest::newRow("time then kind")
            << "14:05 dec: roll back" << QDateTime(day, QTime(14, 5), Qt::UTC) << "decision";
        QTest::newRow("kind then time")
            << "a: 14:06 roll back" << QDateTime(day, QTime(14, 6), Qt::UTC) << "action";
        QTest::newRow("later than now: yesterday")
            << "23:50 alert fired" << QDateTime(day.addDays(-1), QTime(23, 50), Qt::UTC)
            << "observation";
    }
    void aLeadingTimeBackdates()
    {
        QFETCH(QString, line);
        QFETCH(QDateTime, at);
        QFETCH(QString, kind);
        const ScribeEntry entry = parseScribeLine(line, typedAt, utc);
        QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));
        QCOMPARE(entry.at, at);
        QVERIFY(entry.backdated);
        QCOMPARE(entry.kind, kind);
    }

    void aTimeAheadOfTheTypingIsRefusedNotMovedToYesterday()
    {
        const ScribeEntry entry = parseScribeLine(QStringLiteral("14:40 PSP back"), typedAt, utc);
        QCOMPARE(entry.error,
                 QStringLiteral("14:40 is in the future; give a date to mean yesterday"));
    }

    void theTimeIsReadOnThisMachinesClock()
    {
        // An hour fast: 15:05 on its clock is 14:05 on the server's.
        const ScribeEntry entry = parseScribeLine(QStringLiteral("15:05 paged dba"), typedAt, utc,
                                                  QStringLiteral("observation"), -3600 * 1000);
        QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));
        QCOMPARE(entry.at, QDateTime(QDate(2026, 11, 22), QTime(14, 5), Qt::UTC));
    }

    void aTimeJustAfterTheFirstKeystrokeIsToday()
    {
        const QDateTime started(QDate(2026, 11, 22), QTime(14, 1, 50), Qt::UTC);
        const ScribeEntry entry = parseScribeLine(QStringLiteral("14:02 PSP back"), started, utc);
        QCOMPARE(entry.at, QDateTime(QDate(2026, 11, 22), QTime(14, 2), Qt::UTC));
    }

    void theTimeIsReadInTheScribesZone()
    {
        const QTimeZone berlin("Europe/Berlin");
        const ScribeEntry entry =
            parseScribeLine(QStringLiteral("15:02 paged dba"), typedAt, berlin);
        QCOMPARE(entry.at, QDateTime(QDate(2026, 11, 22), QTime(14, 2), Qt::UTC)); // CET = UTC+1
    }

    void aNumberInTheTextIsNotATime()
    {
        const ScribeEntry entry =
            parseScribeLine(QStringLiteral("12% of checkouts fail"), typedAt, utc);
        QCOMPARE(entry.at, typedAt);
        QCOMPARE(entry.text, QStringLiteral("12% of checkouts fail"));
    }

    void badTimesAreRefused()
    {
        const ScribeEntry entry = parseScribeLine(QStringLiteral("25:70 something"), typedAt, utc);
        QVERIFY(entry.error.contains(QStringLiteral("25:70")));
    }

    void mentionsAreCollected()
    {
        const ScribeEntry entry = parseScribeLine(
            QStringLiteral("c: told @dana and @erin.l about it, cc @dana. mail a@b.c"), typedAt,
            utc);
        QCOMPARE(entry.mentions, (QStringList{QStringLiteral("dana"), QStringLiteral("erin.l")}));
        QCOMPARE(entry.kind, QStringLiteral("communication"));
    }

    void anEmptyEntryIsRefused()
    {
        QVERIFY(!parseScribeLine(QStringLiteral("   "), typedAt, utc).error.isEmpty());
        QVERIFY(!parseScribeLine(QStringLiteral("14:02 dec:"), typedAt, utc).error.isEmpty());
    }

    void theDefaultKindComesFromTheShortcut()
    {
        const ScribeEntry entry =
            parseScribeLine(QStringLiteral("page the DBA"), typedAt, utc, QStringLiteral("todo"));
        QCOMPARE(entry.kind, QStringLiteral("todo"));
    }
};

QTEST_GUILESS_MAIN(TestScribeParser)
#include "tst_scribeparser.moc"
