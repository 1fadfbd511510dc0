// The application layer: each intent's events, and each rule that refuses one, once. The
// console and the CLI reach these same functions (tst_models, tst_cli drive them there).
#include "commands.h"
#include "localstore.h"
#include "vocabulary.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;
using app::Refusal;

class TestCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalStore m_store;
    const QDateTime m_start{QDate(2026, 3, 4), QTime(14, 0), Qt::UTC};
    ManualClock m_clock{m_start};
    std::unique_ptr<app::Commands> m_commands;
    QString m_incident;

    app::Commands &commands() { return *m_commands; }
    IncidentState state() { return m_store.incident(m_incident); }
    int stored() { return m_store.pendingCount(); }

    // A refusal has the code asked for, words, and wrote nothing.
    template<typename T>
    void checkRefused(const app::Result<T> &result, Refusal::Code code, int storedBefore)
    {
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), int(code));
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(stored(), storedBefore);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(m_start); // each test starts at 14:00, whatever the one before did
        m_store.close();
        QVERIFY(QDir(m_dir.path()).removeRecursively() && QDir().mkpath(m_dir.path()));
        QVERIFY(m_store.open(m_dir.path()));
        m_commands = std::make_unique<app::Commands>(m_store, m_clock, QStringLiteral("ic"));
        const auto declared = commands().declare(QStringLiteral("  Checkout errors "),
                                                 QStringLiteral("sev2"), QStringLiteral("5xx"));
        QVERIFY(declared);
        m_incident = declared->incident();
    }

    void declareTrimsAndNamesTheSeverityAsWritten()
    {
        const IncidentState s = state();
        QCOMPARE(s.title, QStringLiteral("Checkout errors"));
        QCOMPARE(s.severity, QStringLiteral("SEV2"));
        QCOMPARE(s.declaredAt, m_clock.now());
        QCOMPARE(m_store.pendingEvents().first().actor, QStringLiteral("ic"));
    }

    void anIntentWithoutAnIncidentIsRefused()
    {
        checkRefused(commands().addNote({}, QStringLiteral("x"), QStringLiteral("observation")),
                     Refusal::Code::NoIncident, 1);
        checkRefused(commands().report({}, QStringLiteral("md"), QTimeZone::utc()),
                     Refusal::Code::NoIncident, 1);
    }

    void invalidInputIsRefusedWithTheValidatorsWords()
    {
        const auto refused = commands().assignRole(m_incident, QStringLiteral("scribe"), {});
        checkRefused(refused, Refusal::Code::Invalid, 1);
        QVERIFY2(refused.error().message.contains(QStringLiteral("person")),
                 qPrintable(refused.error().message));
    }

    void handOffRecordsTheAssignmentAndANoteWhenSomeoneHeldCommand()
    {
        const auto taken = commands().handOffCommand(m_incident, QStringLiteral("zoe"));
        QVERIFY(taken);
        QCOMPARE(taken->events.size(), 1); // nobody to brief
        const auto handed = commands().handOffCommand(m_incident, QStringLiteral(" ann "));
        QVERIFY(handed);
        QCOMPARE(handed->events.size(), 2);
        QCOMPARE(handed->events.at(0).type, vocab::type::RoleAssigned);
        QCOMPARE(handed->events.at(1).type, vocab::type::NoteAdded);
        QCOMPARE(state().commander(), QStringLiteral("ann"));
        QCOMPARE(state().notes.last().text,
                 QStringLiteral("Command handed from zoe to ann (briefed, announced, confirmed)."));
        QCOMPARE(state().notes.last().kind, QStringLiteral("communication"));
        // To the one who has it: nothing to hand off.
        checkRefused(commands().handOffCommand(m_incident, QStringLiteral("ann")),
                     Refusal::Code::Invalid, 4);
    }

    void theCommanderIsHandedOffNeverRelieved()
    {
        QVERIFY(commands().assignRole(m_incident, vocab::Commander, QStringLiteral("zoe")));
        QVERIFY(commands().assignRole(m_incident, vocab::Scribe, QStringLiteral("bob")));
        checkRefused(commands().relieveRole(m_incident, vocab::Commander),
                     Refusal::Code::NeedsHandOff, 3);
        QVERIFY(commands().relieveRole(m_incident, vocab::Scribe));
        QCOMPARE(state().commander(), QStringLiteral("zoe"));
        QVERIFY(state().roles.value(vocab::Scribe).person.isEmpty());
    }

    void taskActionsFollowOneTask()
    {
        const auto created = commands().createTask(m_incident, QStringLiteral(" Roll back "),
                                                   QStringLiteral("cat"), 15);
        QVERIFY(created);
        const QString task = state().tasks.first().id;
        QCOMPARE(created->events.first().text(QStringLiteral("task")), task);
        QVERIFY(commands().acknowledgeTask(m_incident, task));
        QVERIFY(commands().extendTask(m_incident, task, 10));
        QVERIFY(commands().setTaskStatus(m_incident, task, QStringLiteral("done")));
        const Task t = state().tasks.first();
        QCOMPARE(t.title, QStringLiteral("Roll back"));
        QVERIFY(t.acknowledgedAt.isValid());
        QCOMPARE(t.extendedMinutes, 10);
        QCOMPARE(t.status, QStringLiteral("done"));
    }

    void findingByPrefixNamesNoneAndSeveral()
    {
        QVERIFY(commands().createTask(m_incident, QStringLiteral("a"), QStringLiteral("b"), 5));
        const QString task = state().tasks.first().id;
        QCOMPARE(commands().findTask(m_incident, task.left(6)).value(), task);
        QCOMPARE(commands().findIncident(m_incident.left(8).toUpper()).value(), m_incident);
        checkRefused(commands().findIncident(QStringLiteral("zzzz")), Refusal::Code::NotFound, 2);
        checkRefused(commands().findTask(m_incident, {}), Refusal::Code::NotFound, 2);
        // Two incidents whose ids start alike (made elsewhere with these ids).
        EventFactory factory(m_clock, QStringLiteral("ic"));
        for (const char *id :
             {"abcd0001-0000-4000-8000-000000000000", "abcd0002-0000-4000-8000-000000000000"}) {
            Event declared = factory.declare(QStringLiteral("Alike"), QStringLiteral("SEV3"));
            declared.incident = QString::fromLatin1(id);
            QVERIFY(m_store.append(declared));
        }
        checkRefused(commands().findIncident(QStringLiteral("ABCD")), Refusal::Code::Ambiguous, 4);
        QCOMPARE(commands().findIncident(QStringLiteral("abcd0002")).value(),
                 QStringLiteral("abcd0002-0000-4000-8000-000000000000"));
    }

    void aConflictedSectionIsSettledOnlyFromItsHead()
    {
        QVERIFY(
            commands().writeSection(m_incident, QStringLiteral("impact"), QStringLiteral("EU")));
        const QString first = state().sections.value(QStringLiteral("impact")).head.eventId;
        // Two edits from the same base, as from two workstations: a conflict.
        QVERIFY(commands().writeSection(m_incident, QStringLiteral("impact"),
                                        QStringLiteral("EU and US"), first));
        QVERIFY(commands().writeSection(m_incident, QStringLiteral("impact"),
                                        QStringLiteral("EU only"), first));
        const DocSection conflicted = state().sections.value(QStringLiteral("impact"));
        QVERIFY(conflicted.isConflicted());
        const auto refused = commands().writeSection(m_incident, QStringLiteral("impact"),
                                                     QStringLiteral("blind overwrite"));
        checkRefused(refused, Refusal::Code::Conflict, 4);
        QVERIFY(refused.error().message.contains(conflicted.head.eventId));
        QVERIFY(commands().writeSection(m_incident, QStringLiteral("impact"),
                                        QStringLiteral("EU, then US"), conflicted.head.eventId));
        QVERIFY(!state().sections.value(QStringLiteral("impact")).isConflicted());
        // Without a base, the head is the base: no conflict from one writer.
        QVERIFY(
            commands().writeSection(m_incident, QStringLiteral("impact"), QStringLiteral("all")));
        QVERIFY(!state().sections.value(QStringLiteral("impact")).isConflicted());
    }

    void updatesAndCadence()
    {
        QVERIFY(commands().setCadence(m_incident, vocab::External, 20));
        QVERIFY(
            commands().publishUpdate(m_incident, vocab::External, QStringLiteral(" Fixing "), 15));
        const IncidentState s = state();
        QCOMPARE(s.cadenceMinutes(vocab::External), 20);
        QCOMPARE(s.updates.last().text, QStringLiteral("Fixing"));
        QCOMPARE(s.updates.last().nextInMinutes, 15);
    }

    void typedTimesAreRefusedInTheFutureAndFarBeforeTheIncident()
    {
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(commands().typedTime(m_incident, QStringLiteral("13:55"), 0, utc).value(),
                 m_clock.now().addSecs(-5 * 60));
        checkRefused(commands().typedTime(m_incident, QStringLiteral("14:30"), 0, utc),
                     Refusal::Code::BadTime, 1);
        const auto far =
            commands().typedTime(m_incident, QStringLiteral("2026-02-01T00:00:00Z"), 0, utc);
        checkRefused(far, Refusal::Code::BadTime, 1);
        QVERIFY(far.error().message.contains(QStringLiteral("more than 7 days before")));
        // The same rule where the time comes already read (the scribe's leading time).
        checkRefused(commands().addNote(m_incident, QStringLiteral("x"),
                                        QStringLiteral("observation"), m_clock.now().addDays(-8)),
                     Refusal::Code::BadTime, 1);
        checkRefused(commands().setMilestone(m_incident, QStringLiteral("impact_started"),
                                             m_clock.now().addDays(-8)),
                     Refusal::Code::BadTime, 1);
        QVERIFY(commands().setMilestone(m_incident, QStringLiteral("impact_started"),
                                        m_clock.now().addSecs(-3600)));
        // A time already read (a review's, a scribe's) is refused in the future too.
        checkRefused(commands().setMilestone(m_incident, QStringLiteral("resolved"),
                                             m_clock.now().addSecs(3600)),
                     Refusal::Code::BadTime, 2);
        QVERIFY(commands().setStatus(m_incident, QStringLiteral("mitigated"),
                                     m_clock.now().addSecs(30))); // clocks differ a little
    }

    // One rule for a milestone's time, whichever front end typed it: while the incident is
    // open, today's HH:MM (a little ahead refused, not moved a day); once closed, the
    // incident's own hours, however many days later it is reviewed.
    void milestoneTimesAreOfTheIncident()
    {
        const QTimeZone utc = QTimeZone::utc();
        const QDateTime declared = m_clock.now(); // 14:00
        m_clock.advanceSeconds(3600);             // 15:00, still open
        QCOMPARE(commands().milestoneTime(m_incident, QStringLiteral("14:30"), 0, utc).value(),
                 declared.addSecs(30 * 60));
        QCOMPARE(commands().milestoneTime(m_incident, QStringLiteral("13:30"), 0, utc).value(),
                 declared.addSecs(-30 * 60)); // impact before the declaration
        const auto ahead = commands().milestoneTime(m_incident, QStringLiteral("15:40"), 0, utc);
        checkRefused(ahead, Refusal::Code::BadTime, 1);
        QVERIFY2(ahead.error().message.contains(u"in the future"),
                 qPrintable(ahead.error().message));
        // Closed at 15:00; reviewed the day after: "14:05" is the incident's 14:05.
        QVERIFY(commands().setStatus(m_incident, QStringLiteral("closed")));
        m_clock.advanceSeconds(30 * 3600);
        QCOMPARE(commands().milestoneTime(m_incident, QStringLiteral("14:05"), 0, utc).value(),
                 declared.addSecs(5 * 60));
        const auto after = commands().milestoneTime(m_incident, QStringLiteral("16:00"), 0, utc);
        checkRefused(after, Refusal::Code::BadTime, 2); // after the close: the day before
        QVERIFY2(after.error().message.contains(u"not during the incident"),
                 qPrintable(after.error().message));
        checkRefused(
            commands().milestoneTime(m_incident, QStringLiteral("2026-03-10T00:00:00Z"), 0, utc),
            Refusal::Code::BadTime, 2); // in the future
    }

    void reviewTimesAreNearTheirAnchorAndDatesAreDates()
    {
        const QDateTime anchor(QDate(2026, 3, 1), QTime(23, 50), Qt::UTC);
        QCOMPARE(commands().reviewTime(QStringLiteral("00:10"), anchor, QTimeZone::utc()).value(),
                 QDateTime(QDate(2026, 3, 2), QTime(0, 10), Qt::UTC));
        checkRefused(commands().reviewTime(QStringLiteral("25:99"), anchor, QTimeZone::utc()),
                     Refusal::Code::BadTime, 1);
        QCOMPARE(commands().typedDate(QStringLiteral("2026-04-01")).value(), QDate(2026, 4, 1));
        checkRefused(commands().typedDate(QStringLiteral("next week")), Refusal::Code::BadDate, 1);
    }

    void onlyNotesAreCorrectedAndPinsAndFollowUpsAreKept()
    {
        QVERIFY(commands().addNote(m_incident, QStringLiteral("db slow"),
                                   QStringLiteral("observation")));
        const QString note = state().notes.first().eventId;
        const QString declaration = m_store.pendingEvents().first().id;
        checkRefused(commands().correctEntry(m_incident, declaration, {}, QStringLiteral("x")),
                     Refusal::Code::NotAnEntry, 2);
        const QDateTime earlier = m_clock.now().addSecs(-120);
        QVERIFY(commands().correctEntry(m_incident, note, earlier, QStringLiteral("db very slow")));
        QVERIFY(commands().pinEntry(m_incident, note, true));
        QVERIFY(commands().addFollowUp(m_incident, QStringLiteral("Add an index"),
                                       QStringLiteral("dba"), QDate(2026, 4, 1)));
        const IncidentState s = state();
        QCOMPARE(s.notes.first().text, QStringLiteral("db very slow"));
        QCOMPARE(s.notes.first().at, earlier);
        QVERIFY(s.notes.first().edited);
        QVERIFY(s.pinned.contains(note));
        QCOMPARE(s.followups.size(), 1);
        QCOMPARE(s.followups.first().due.date(), QDate(2026, 4, 1));
        QCOMPARE(commands().findEntry(m_incident, note.left(8)).value(), note);
        // A corrected HH:MM is of the entry's own day, whatever the day of the review.
        m_clock.advanceSeconds(20 * 3600);
        QCOMPARE(commands()
                     .entryTime(m_incident, note, QStringLiteral("13:50"), QTimeZone::utc())
                     .value(),
                 QDateTime(QDate(2026, 3, 4), QTime(13, 50), Qt::UTC));
    }

    void statusAndSeverity()
    {
        QVERIFY(commands().setStatus(m_incident, QStringLiteral("mitigated")));
        QVERIFY(commands().setSeverity(m_incident, QStringLiteral(" sev1 "),
                                       QStringLiteral("all regions")));
        checkRefused(commands().setStatus(m_incident, QStringLiteral("fine")),
                     Refusal::Code::Invalid, 3);
        QCOMPARE(state().status, QStringLiteral("mitigated"));
        QCOMPARE(state().severity, QStringLiteral("SEV1"));
    }

    void exportWritesEachFormatAndRefusesTheRest()
    {
        QVERIFY(commands().addNote(m_incident, QStringLiteral("db slow"),
                                   QStringLiteral("observation")));
        for (const QString &format : app::Commands::exportFormats()) {
            const QString path = m_dir.filePath(QStringLiteral("report.") + format);
            const auto written =
                commands().exportReport(m_incident, format, path, QTimeZone::utc());
            QVERIFY2(written, written ? "" : qPrintable(written.error().message));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.size() > 100, qPrintable(format));
        }
        QVERIFY(commands()
                    .report(m_incident, QStringLiteral("md"), QTimeZone::utc())
                    ->contains("Checkout errors"));
        checkRefused(commands().exportReport(m_incident, QStringLiteral("docx"),
                                             m_dir.filePath(QStringLiteral("r.docx")),
                                             QTimeZone::utc()),
                     Refusal::Code::BadFormat, 2);
        checkRefused(commands().report(m_incident, QStringLiteral("pdf"), QTimeZone::utc()),
                     Refusal::Code::BadFormat, 2);
        checkRefused(commands().exportReport(m_incident, QStringLiteral("md"),
                                             QStringLiteral("/nonexistent/dir/r.md"),
                                             QTimeZone::utc()),
                     Refusal::Code::File, 2);
    }

    void aStoreThatCannotBeWrittenIsAStoreRefusal()
    {
        m_store.close();
        checkRefused(
            commands().addNote(m_incident, QStringLiteral("x"), QStringLiteral("observation")),
            Refusal::Code::Store, 0);
    }

    void theCallersStateIsTheOneTheRulesRead()
    {
        // The console passes its folded state; the rules read it rather than the store.
        IncidentState seen = state();
        seen.roles[vocab::Commander].person = QStringLiteral("from the caller");
        app::Commands withState(m_store, m_clock, QStringLiteral("ic"),
                                [&](const QString &) { return seen; });
        const auto handed = withState.handOffCommand(m_incident, QStringLiteral("ann"));
        QVERIFY(handed);
        QVERIFY(handed->events.last().text(QStringLiteral("text")).contains(u"from the caller"));
    }
};

QTEST_MAIN(TestCommands) // a PDF needs fonts, so a QGuiApplication
#include "tst_commands.moc"
