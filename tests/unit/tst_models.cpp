#include "commands.h"
#include "consolesettings.h"
#include "currentincident.h"
#include "incidentlistmodel.h"
#include "localstore.h"
#include "palette.h"
#include "reducer.h"
#include "rolelistmodel.h"
#include "testevents.h"
#include "timelinelistmodel.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace cp;

class TestModels : public QObject
{
    Q_OBJECT

    // Declares an incident of each title, a minute apart; answers their ids.
    static QStringList declareInTurn(app::Commands &commands, ManualClock &clock,
                                     std::initializer_list<const char *> titles)
    {
        QStringList ids;
        for (const char *title : titles) {
            ids << commands.declare(QLatin1String(title), QStringLiteral("SEV2"))->incident();
            clock.advanceSeconds(60);
        }
        return ids;
    }

    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto linear = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) +
                   0.0722 * linear(c.blueF());
        };
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    static IncidentSummary incident(const QString &title, const QString &status, int minutes)
    {
        IncidentScript s;
        s.after(minutes);
        s.declare(title);
        s.add(
            s.factory.assignRole(s.incident, QStringLiteral("commander"), QStringLiteral("alice")));
        if (status != u"investigating")
            s.add(s.factory.setStatus(s.incident, status));
        return summarize(Reducer::fold(s.events));
    }

private slots:
    void initTestCase()
    {
        // No desktop here: a session bus address where nothing listens, set before the
        // first notification so that the whole run has no notification service.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/commandpost-test-bus");
        // Settings of this run only, never the tester's own.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void incidentListOpenFirstThenNewest()
    {
        IncidentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &IncidentListModel::countChanged);
        model.setIncidents(
            {incident(QStringLiteral("old open"), QStringLiteral("investigating"), 0),
             incident(QStringLiteral("resolved"), QStringLiteral("resolved"), 30),
             incident(QStringLiteral("new open"), QStringLiteral("identified"), 20)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(countChanged.count(), 1);
        const auto title = [&](int row) {
            return model.data(model.index(row), IncidentListModel::TitleRole).toString();
        };
        QCOMPARE(title(0), QStringLiteral("new open"));
        QCOMPARE(title(1), QStringLiteral("old open"));
        QCOMPARE(title(2), QStringLiteral("resolved"));
        QCOMPARE(model.data(model.index(0), IncidentListModel::CommanderRole).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(model.data(model.index(2), IncidentListModel::IsOpenRole).toBool(), false);
        QCOMPARE(model.rowOf(model.idAt(1)), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QVERIFY(model.roleNames().values().contains("severity"));
    }

    // Every tone that colours text stays readable (WCAG AA, 4.5:1) on the backgrounds it is
    // drawn on, in the light theme and in the dark one.
    void tonesAreReadableInBothThemes()
    {
        for (const bool dark : {false, true}) {
            const Tones tones(dark);
            // The window and list backgrounds of each theme (the dark ones as the dark palette
            // sets them).
            const QList<QColor> backgrounds =
                dark ? QList<QColor>{QColor(0x26, 0x28, 0x2b), QColor(0x1d, 0x1f, 0x21)}
                     : QList<QColor>{QColor(0xef, 0xef, 0xef), QColor(Qt::white)};
            for (const QColor &background : backgrounds) {
                for (const QColor &text : {tones.danger(), tones.caution(), tones.blocked()})
                    QVERIFY2(contrast(text, background) >= 4.5,
                             qPrintable(QStringLiteral("%1 on %2, dark %3")
                                            .arg(text.name(), background.name())
                                            .arg(dark)));
                QVERIFY(contrast(tones.good(), background) >= 3.0); // a dot, not text
            }
            for (const QColor &banner : {tones.dueBanner(), tones.lateBanner()}) {
                QVERIFY(contrast(tones.bannerText(), banner) >= 4.5);
                QVERIFY(contrast(tones.dueMark(), banner) >= 3.0); // the ⚠ sign, large
                QVERIFY(contrast(tones.lateMark(), banner) >= 3.0);
            }
            QVERIFY(contrast(tones.onStrong(), tones.alarm()) >= 4.5);
            for (const char *severity : {"SEV1", "SEV2", "SEV3", "SEV4", "SEV5", "unknown"})
                QVERIFY2(contrast(tones.onStrong(), tones.severity(QLatin1String(severity))) >= 4.5,
                         severity);
        }
        QVERIFY(Tones(true).danger() != Tones(false).danger());
    }

    void rolesListEveryKeyRoleThenSmes()
    {
        RoleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        IncidentScript s;
        s.declare();
        s.add(s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("bob")));
        s.add(s.factory.assignRole(s.incident, QStringLiteral("sme:database"),
                                   QStringLiteral("dana")));
        model.setState(Reducer::fold(s.events));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.data(model.index(0), RoleListModel::LabelRole).toString(),
                 QStringLiteral("Incident Commander"));
        QCOMPARE(model.data(model.index(0), RoleListModel::FilledRole).toBool(), false);
        QCOMPARE(model.data(model.index(2), RoleListModel::PersonRole).toString(),
                 QStringLiteral("bob"));
        QCOMPARE(model.data(model.index(6), RoleListModel::LabelRole).toString(),
                 QStringLiteral("SME: database"));
    }

    void workspaceFollowsTheStore()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        Workspace workspace(store);
        QCOMPARE(workspace.incidents()->rowCount(), 0);
        QVERIFY(!workspace.current()->isValid());

        IncidentScript s;
        Event declared = s.declare(QStringLiteral("Checkout errors"));
        declared.seq = 0;
        QSignalSpy currentChanged(workspace.current(), &CurrentIncident::changed);
        QVERIFY(store.append(declared));
        QCOMPARE(workspace.incidents()->rowCount(), 1);
        QCOMPARE(workspace.currentId(), declared.incident); // the first incident gets selected
        QCOMPARE(workspace.current()->title(), QStringLiteral("Checkout errors"));

        QVERIFY(store.append(s.factory.assignRole(s.incident, QStringLiteral("commander"),
                                                  QStringLiteral("sabrina"))));
        QCOMPARE(workspace.current()->commander(), QStringLiteral("sabrina"));
        QVERIFY(currentChanged.count() >= 2);
    }

    void tasksComeInTheOrderTheCommanderNeedsThem()
    {
        IncidentScript s;
        s.declare();
        auto task = [&](const QString &title, int minutes) {
            return s.add(s.factory.createTask(s.incident, title, QStringLiteral("cat"), minutes))
                .text(QStringLiteral("task"));
        };
        const QString late = task(QStringLiteral("late"), 5);
        const QString running = task(QStringLiteral("running"), 30);
        const QString blocked = task(QStringLiteral("blocked"), 30);
        const QString finished = task(QStringLiteral("finished"), 30);
        const QString waiting = task(QStringLiteral("waiting"), 10);
        for (const QString &id : {late, running, blocked, finished})
            s.add(s.factory.taskEvent(s.incident, vocab::type::TaskAcknowledged, id));
        s.add(s.factory.setTaskStatus(s.incident, blocked, QStringLiteral("blocked")));
        s.add(s.factory.setTaskStatus(s.incident, finished, QStringLiteral("done")));
        const IncidentState state = Reducer::fold(s.events);

        TaskListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks(state.tasks, s.at(3)); // nothing late yet
        auto titles = [&] {
            QStringList list;
            for (int row = 0; row < model.rowCount(); ++row)
                list << model.data(model.index(row), TaskListModel::TitleRole).toString();
            return list;
        };
        QCOMPARE(titles(), (QStringList{QStringLiteral("blocked"), QStringLiteral("waiting"),
                                        QStringLiteral("late"), QStringLiteral("running"),
                                        QStringLiteral("finished")}));
        QCOMPARE(model.data(model.index(2), TaskListModel::SecondsLeftRole).toLongLong(), 120);
        QCOMPARE(model.overdueCount(), 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.setNow(s.at(6));      // "late" is past its 5 minutes: it moves up, below "blocked"
        QCOMPARE(reset.count(), 0); // moved, not reset: delegates and open menus survive
        QCOMPARE(moved.count(), 1);
        QCOMPARE(titles(), (QStringList{QStringLiteral("blocked"), QStringLiteral("late"),
                                        QStringLiteral("waiting"), QStringLiteral("running"),
                                        QStringLiteral("finished")}));
        QCOMPARE(model.data(model.index(1), TaskListModel::AttentionRole).toInt(),
                 int(TaskListModel::Attention::Overdue));
        QCOMPARE(model.data(model.index(1), TaskListModel::PromptRole).toString(),
                 QStringLiteral("cat, have you finished?"));
        QCOMPARE(model.data(model.index(1), TaskListModel::SecondsLeftRole).toLongLong(), -60);
        QCOMPARE(model.data(model.index(0), TaskListModel::PromptRole).toString(),
                 QStringLiteral("Blocked: what does cat need?"));
        QCOMPARE(model.overdueCount(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(s.at(7)); // same order: only the countdowns change
        QCOMPARE(reset.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
    }

    void sectionsListTheStandardDocumentWithConflicts()
    {
        IncidentScript s;
        s.declare();
        const Event first = s.add(s.factory.setSection(s.incident, QStringLiteral("impact"),
                                                       QStringLiteral("EU only"), {}));
        s.after(1).add(s.factory.setSection(s.incident, QStringLiteral("impact"),
                                            QStringLiteral("All regions"), first.id));
        s.add(s.factory.setSection(s.incident, QStringLiteral("impact"),
                                   QStringLiteral("EU and US"),
                                   first.id)); // from the same base: a conflict
        s.add(
            s.factory.setSection(s.incident, QStringLiteral("vendor"), QStringLiteral("PSP"), {}));
        SectionListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setState(Reducer::fold(s.events), s.at(5));
        QCOMPARE(model.rowCount(), SectionListModel::standardSections().size() + 1);
        QCOMPARE(model.data(model.index(0), SectionListModel::LabelRole).toString(),
                 QStringLiteral("Summary"));
        QCOMPARE(model.data(model.index(0), SectionListModel::TextRole).toString(), QString());
        const QModelIndex impact = model.index(2);
        QCOMPARE(model.data(impact, SectionListModel::SectionRole).toString(),
                 QStringLiteral("impact"));
        QCOMPARE(model.data(impact, SectionListModel::TextRole).toString(),
                 QStringLiteral("EU and US"));
        QVERIFY(model.data(impact, SectionListModel::ConflictedRole).toBool());
        QCOMPARE(model.data(impact, SectionListModel::ConflictTextsRole).toStringList(),
                 QStringList{QStringLiteral("All regions")});
        QVERIFY(!model.data(impact, SectionListModel::StaleRole).toBool());
        QCOMPARE(
            model.data(model.index(model.rowCount() - 1), SectionListModel::LabelRole).toString(),
            QStringLiteral("vendor"));
        model.setState(Reducer::fold(s.events), s.at(40));
        QVERIFY(model.data(model.index(2), SectionListModel::StaleRole).toBool());
    }

    void remindersEscalateOnce()
    {
        IncidentScript s;
        s.declare();
        const IncidentState state = Reducer::fold(s.events);
        ReminderListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy escalated(&model, &ReminderListModel::escalated);
        model.update(state, s.at(1));
        QCOMPARE(model.rowCount(), 0); // only upcoming updates: nothing to act on
        model.update(state, s.at(7));  // no commander, no scribe, two minutes late
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), ReminderListModel::TextRole).toString(),
                 QStringLiteral("No Incident Commander named yet"));
        QCOMPARE(escalated.count(), 0);
        model.update(state, s.at(11));
        QCOMPARE(escalated.count(), 2);
        model.update(state, s.at(12));
        QCOMPARE(escalated.count(), 2); // once each
        // 10:26: the external update (due 10:20) is late too, the internal one (10:30) due.
        model.update(state, s.at(26));
        QCOMPARE(model.topText(), QStringLiteral("No Incident Commander named yet"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(3), ReminderListModel::TextRole).toString(),
                 QStringLiteral("Internal update due in 4 min"));
        QCOMPARE(model.data(model.index(2), ReminderListModel::TextRole).toString(),
                 QStringLiteral("External update overdue by 6 min"));
    }

    void actionsRecordEventsOnTheSelectedIncident()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        Workspace workspace(store);
        IncidentActions &actions = *workspace.actions();
        actions.setActor(QStringLiteral("ic"));
        QCOMPARE(actions.assignRole(QStringLiteral("scribe"), QStringLiteral("bob")),
                 QStringLiteral("Select an incident first."));
        QCOMPARE(actions.declare(QStringLiteral("Checkout errors"), QStringLiteral("SEV2"),
                                 QStringLiteral("5xx")),
                 QString());
        QVERIFY(workspace.current()->isValid());
        QCOMPARE(actions.handOffCommand(QStringLiteral("zoe")), QString()); // takes command
        QCOMPARE(workspace.current()->state().notes.size(), 0);
        QCOMPARE(actions.handOffCommand(QStringLiteral("ann")), QString()); // a real handoff
        QCOMPARE(actions.assignRole(QStringLiteral("scribe"), QStringLiteral("bob")), QString());
        QCOMPARE(actions.createTask(QStringLiteral("Roll back"), QStringLiteral("cat"), 15),
                 QString());
        const QString task = workspace.current()->state().tasks.first().id;
        QCOMPARE(actions.acknowledgeTask(task), QString());
        QCOMPARE(actions.extendTask(task, 5), QString());
        QCOMPARE(actions.setSection(QStringLiteral("impact"), QStringLiteral("EU"), {}), QString());
        QCOMPARE(
            actions.publishUpdate(QStringLiteral("external"), QStringLiteral("Investigating"), 0),
            QString());
        QCOMPARE(actions.setStatus(QStringLiteral("mitigated")), QString());
        QCOMPARE(actions.setTaskStatus(task, QStringLiteral("done")), QString());

        const IncidentState &state = workspace.current()->state();
        QCOMPARE(state.commander(), QStringLiteral("ann"));
        QCOMPARE(state.handoffs.size(), 2);
        QCOMPARE(state.notes.size(), 1);
        QCOMPARE(state.notes.first().kind, QStringLiteral("communication"));
        QCOMPARE(state.notes.first().text,
                 QStringLiteral("Command handed from zoe to ann (briefed, announced, confirmed)."));
        QCOMPARE(state.roles.value(QStringLiteral("scribe")).person, QStringLiteral("bob"));
        QCOMPARE(state.tasks.first().extendedMinutes, 5);
        QCOMPARE(state.tasks.first().status, QStringLiteral("done"));
        QCOMPARE(state.sections.value(QStringLiteral("impact")).head.text, QStringLiteral("EU"));
        QCOMPARE(state.updates.size(), 1);
        QCOMPARE(state.status, QStringLiteral("mitigated"));
        QCOMPARE(store.pendingCount(), 12);
        for (const Event &event : store.pendingEvents())
            QCOMPARE(event.actor, QStringLiteral("ic"));

        // Refused input names the problem and writes nothing.
        const QString refused =
            actions.createTask(QStringLiteral("Look at it"), QStringLiteral("someone"), 15);
        QVERIFY2(refused.contains(QStringLiteral("assignee")), qPrintable(refused));
        QCOMPARE(actions.setSeverity(QStringLiteral("SEV9")).isEmpty(), false);
        QCOMPARE(store.pendingCount(), 12);
    }

    void escalatedRemindersBecomeDesktopNotifications()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Workspace workspace(store, clock);
        QVERIFY(workspace.actions()
                    ->declare(QStringLiteral("Checkout errors"), QStringLiteral("SEV2"), {})
                    .isEmpty());
        clock.advanceSeconds(6 * 60);
        workspace.tick(); // no commander, no scribe for six minutes: a banner only
        QCOMPARE(workspace.current()->reminders()->rowCount(), 2);
        QVERIFY(workspace.notifier()->history().isEmpty());
        clock.advanceSeconds(5 * 60);
        workspace.tick();
        QCOMPARE(workspace.notifier()->history(),
                 (QStringList{QStringLiteral("Checkout errors: No Incident Commander named yet"),
                              QStringLiteral("Checkout errors: No Scribe named yet")}));
        QCOMPARE(workspace.current()->elapsedSeconds(), 11 * 60);
        workspace.tick();
        QCOMPARE(workspace.notifier()->history().size(), 2); // once each
    }

    void notificationsFallBackWithoutANotificationService()
    {
        Notifier notifier;
        QVERIFY(!notifier.notify(QStringLiteral("Checkout"), QStringLiteral("unsent")));
        QStringList shown;
        notifier.setFallback([&shown](const QString &title, const QString &body) {
            shown << title + u'|' + body;
            return true;
        });
        QSignalSpy fellBack(&notifier, &Notifier::fellBack);
        QVERIFY(notifier.notify(QStringLiteral("Checkout"), QStringLiteral("No Scribe named yet")));
        QTRY_COMPARE(shown, QStringList{QStringLiteral("Checkout|No Scribe named yet")});
        QCOMPARE(fellBack.size(), 1);
        QCOMPARE(notifier.history().size(), 2);
    }

    void consoleRemembersWindowAndIncident()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        QWindow window;
        window.setGeometry(100, 120, 900, 700);
        ConsoleSettings::saveWindow(window);
        ConsoleSettings::setLastIncident(QStringLiteral("2f41"));
        QWindow restored;
        restored.setGeometry(0, 0, 300, 200);
        ConsoleSettings::restoreWindow(restored);
        QCOMPARE(restored.geometry().size(), QSize(900, 700));
        QCOMPARE(ConsoleSettings::lastIncident(), QStringLiteral("2f41"));
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void timesFollowTheLocaleWithSeconds()
    {
        QCOMPARE(Preferences::timeFormatWithSeconds(QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("HH:mm:ss"));
        QCOMPARE(Preferences::timeFormatWithSeconds(QLocale(QStringLiteral("fr_FR"))),
                 QStringLiteral("HH:mm:ss"));
        const QString us = Preferences::timeFormatWithSeconds(QLocale(QStringLiteral("en_US")));
        QVERIFY2(us.contains(u"mm:ss") && us.contains(u"AP", Qt::CaseInsensitive), qPrintable(us));

        const QLocale saved;
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        Preferences preferences;
        const QDateTime at(QDate(2026, 11, 22), QTime(14, 2, 7), Qt::UTC);
        QVERIFY(preferences.time(at, true).startsWith(u"2:02:07"));
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(preferences.time(at, true), QStringLiteral("14:02:07"));
        QCOMPARE(preferences.dateTime(at, true), QStringLiteral("22.11.26 14:02:07"));
        QCOMPARE(preferences.time(QDateTime(), true), QString());
        QLocale::setDefault(saved);
    }

    void utcOrLocalTimeByChoice()
    {
        const QByteArray savedZone = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        Preferences preferences;
        const QDateTime at(QDate(2026, 11, 22), QTime(14, 2, 7), Qt::UTC);
        QCOMPARE(preferences.time(at, false), QStringLiteral("15:02:07")); // CET
        QCOMPARE(preferences.time(at, true), QStringLiteral("14:02:07"));

        // The chart's axis writes wall-clock time: in UTC, its points move by the offset.
        TimelineChart chart;
        IncidentScript script;
        script.declare();
        const IncidentState folded = Reducer::fold(script.events);
        chart.setIncident(folded,
                          report::timelineRows(folded, script.events, report::Wording::Reader),
                          script.at(10));
        const QDateTime localStart = chart.start();
        chart.setUtc(true);
        QCOMPARE(localStart.secsTo(chart.start()), -3600);
        chart.setUtc(false);
        QCOMPARE(chart.start(), localStart);
        qputenv("TZ", savedZone);
        QLocale::setDefault(QLocale::c());
    }

    void typedTimesAreReadInTheZoneShown()
    {
        const QByteArray savedZone = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin"); // UTC+1 in November
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(14, 10, 30), Qt::UTC));
        Workspace workspace(store, clock);
        QVERIFY(workspace.actions()
                    ->declare(QStringLiteral("Checkout"), QStringLiteral("SEV2"), {})
                    .isEmpty());
        auto noteAt = [&workspace](const QString &text) {
            for (const Note &note : workspace.current()->state().notes)
                if (note.text == text)
                    return note.at;
            return QDateTime();
        };
        workspace.preferences()->setUtc(true);
        QCOMPARE(workspace.scribe()->submit(QStringLiteral("14:02 PSP timeouts")), QString());
        QCOMPARE(noteAt(QStringLiteral("PSP timeouts")),
                 QDateTime(QDate(2026, 11, 22), QTime(14, 2), Qt::UTC));
        workspace.preferences()->setUtc(false);
        QCOMPARE(workspace.scribe()->submit(QStringLiteral("15:05 rollback started")), QString());
        QCOMPARE(noteAt(QStringLiteral("rollback started")),
                 QDateTime(QDate(2026, 11, 22), QTime(14, 5), Qt::UTC));
        // A correction typed while times show in UTC is UTC too.
        workspace.preferences()->setUtc(true);
        const QString id = workspace.current()->state().notes.constLast().eventId;
        QCOMPARE(workspace.actions()->correctEntry(id, QStringLiteral("14:06"), {}), QString());
        QCOMPARE(noteAt(QStringLiteral("rollback started")),
                 QDateTime(QDate(2026, 11, 22), QTime(14, 6), Qt::UTC));
        workspace.preferences()->setUtc(false);
        qputenv("TZ", savedZone);
    }

    void preferencesAreKept()
    {
        {
            Preferences preferences;
            QSignalSpy utcChanged(&preferences, &Preferences::utcChanged);
            preferences.setUtc(true);
            preferences.setUtc(true);
            QCOMPARE(utcChanged.size(), 1);
            QCOMPARE(preferences.zoneName(), QStringLiteral("UTC"));
            preferences.setLanguage(QStringLiteral("fr"));
        }
        Preferences again;
        QVERIFY(again.utc());
        QCOMPARE(again.language(), QStringLiteral("fr"));
        QCOMPARE(again.languages().size(), 5);
        // --lang wins over the setting; the setting over the system's.
        QCOMPARE(Preferences::startLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Preferences::startLanguage({}), QStringLiteral("fr"));
        again.setUtc(false);
        again.setLanguage({});
        QCOMPARE(Preferences::startLanguage({}), QString());
    }

    void theScribeTimesAnEntryAtItsFirstKeystroke()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(14, 10, 30), Qt::UTC));
        Workspace workspace(store, clock);
        Scribe &scribe = *workspace.scribe();
        QAbstractItemModelTester tester(scribe.entries(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(scribe.submit(QStringLiteral("too early")),
                 QStringLiteral("Select an incident first."));
        QVERIFY(workspace.actions()
                    ->declare(QStringLiteral("Checkout"), QStringLiteral("SEV2"), {})
                    .isEmpty());

        const QDateTime firstKey = clock.now();
        scribe.startTyping();
        clock.advanceSeconds(25); // typing takes a while
        scribe.startTyping();     // later keystrokes do not move the time
        QCOMPARE(scribe.typingSince(), firstKey);
        scribe.cancelTyping(); // the line was emptied: the next keystroke starts again
        QVERIFY(!scribe.typingSince().isValid());
        scribe.startTyping();
        QCOMPARE(scribe.typingSince(), clock.now());
        clock.advanceSeconds(-25); // (back to the first keystroke's time for the checks below)
        scribe.cancelTyping();
        scribe.startTyping();
        QCOMPARE(scribe.submit(QStringLiteral("error rate 12% @dana")), QString());
        QVERIFY(!scribe.typingSince().isValid());
        QCOMPARE(scribe.entries()->rowCount(), 1);
        const QModelIndex first = scribe.entries()->index(0);
        QCOMPARE(first.data(ScribeEntryModel::AtRole).toDateTime(), firstKey);
        QCOMPARE(first.data(ScribeEntryModel::KindRole).toString(), QStringLiteral("observation"));

        // The shortcut's kind, a backdating time and a prefix on the next lines.
        scribe.setKind(QStringLiteral("action"));
        QCOMPARE(scribe.submit(QStringLiteral("paged the DBA")), QString());
        QCOMPARE(scribe.submit(QStringLiteral("14:02 dec: roll back 4512")), QString());
        QSignalSpy reset(scribe.entries(), &QAbstractItemModel::modelReset);
        QCOMPARE(scribe.submit(QStringLiteral("t: write the status page")), QString());
        QCOMPARE(reset.count(), 0); // inserted: an entry being corrected keeps its editor
        QStringList kinds;
        for (int row = 0; row < scribe.entries()->rowCount(); ++row)
            kinds << scribe.entries()->index(row).data(ScribeEntryModel::KindRole).toString();
        // Newest first; the backdated decision (14:02) is the oldest.
        QCOMPARE(kinds, (QStringList{"todo", "action", "observation", "decision"}));

        // A bad line writes nothing and says why.
        const int events = workspace.current()->eventCount();
        QVERIFY(scribe.submit(QStringLiteral("25:99 nonsense")).contains(QStringLiteral("25:99")));
        QCOMPARE(workspace.current()->eventCount(), events);

        // A correction: the entry shows the new text, the original stays in the log.
        const QString eventId = first.data(ScribeEntryModel::EventIdRole).toString();
        QCOMPARE(scribe.correct(eventId, QStringLiteral("error rate 14% @dana")), QString());
        bool found = false;
        for (int row = 0; row < scribe.entries()->rowCount(); ++row) {
            const QModelIndex index = scribe.entries()->index(row);
            if (index.data(ScribeEntryModel::EventIdRole).toString() == eventId) {
                QCOMPARE(index.data(ScribeEntryModel::TextRole).toString(),
                         QStringLiteral("error rate 14% @dana"));
                QVERIFY(index.data(ScribeEntryModel::EditedRole).toBool());
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(workspace.current()->state().corrections.size(), 1);
    }

    void timelineListFiltersByKindPersonAndPin()
    {
        IncidentScript s(QStringLiteral("bob"));
        s.declare();
        const Event first = s.after(1).add(
            s.factory.note(s.incident, QStringLiteral("paged @dana"), QStringLiteral("action")));
        s.after(1).add(
            s.factory.note(s.incident, QStringLiteral("roll back"), QStringLiteral("decision")));
        s.add(s.factory.make(
            s.incident, vocab::type::EntryPinned,
            {{QStringLiteral("target"), first.id}, {QStringLiteral("pinned"), true}}));
        const IncidentState state = Reducer::fold(s.events);
        TimelineListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(report::timelineRows(state, s.events));
        QCOMPARE(model.rowCount(), 3); // the pin is applied, not listed
        QCOMPARE(model.index(0).data(TimelineListModel::TextRole).toString(),
                 QStringLiteral("roll back"));
        model.setNewestFirst(false);
        QCOMPARE(model.index(0).data(TimelineListModel::KindRole).toString(),
                 QStringLiteral("incident"));
        model.setKind(QStringLiteral("decision"));
        QCOMPARE(model.rowCount(), 1);
        model.setKind({});
        model.setPinnedOnly(true);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(TimelineListModel::PinnedRole).toBool());
        model.setPinnedOnly(false);
        model.setPerson(QStringLiteral("dana")); // mentioned, not the author
        QCOMPARE(model.rowCount(), 1);
        model.setPerson(QStringLiteral("bob")); // the author of everything
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.kinds(), (QStringList{"incident", "action", "decision"}));
        QCOMPARE(model.people(), QStringList{QStringLiteral("bob")});
    }

    void reviewCorrectsPinsSetsMilestonesAndAddsFollowUps()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
        Workspace workspace(store, clock);
        IncidentActions &actions = *workspace.actions();
        QVERIFY(actions.declare(QStringLiteral("Checkout"), QStringLiteral("SEV2"), {}).isEmpty());
        clock.advanceSeconds(120);
        QVERIFY(workspace.scribe()->submit(QStringLiteral("alert fired")).isEmpty());
        clock.advanceSeconds(20 * 60);
        QVERIFY(actions.setStatus(QStringLiteral("resolved")).isEmpty());
        const QString note = workspace.current()->state().notes.first().eventId;

        QCOMPARE(actions.correctEntry(note, QStringLiteral("09:55"),
                                      QStringLiteral("alert fired (PSP)")),
                 QString());
        QCOMPARE(actions.pinEntry(note, true), QString());
        QCOMPARE(actions.setMilestone(QStringLiteral("impact_started"), QStringLiteral("09:50")),
                 QString());
        QCOMPARE(actions.addFollowUp(QStringLiteral("Alert on PSP latency"), QStringLiteral("dana"),
                                     QStringLiteral("2026-12-01")),
                 QString());
        const IncidentState &state = workspace.current()->state();
        QCOMPARE(state.notes.first().text, QStringLiteral("alert fired (PSP)"));
        QCOMPARE(state.notes.first().at, QDateTime(QDate(2026, 11, 22), QTime(9, 55), Qt::UTC));
        QVERIFY(state.pinned.contains(note));
        QCOMPARE(state.followups.size(), 1);
        QCOMPARE(state.followups.first().due, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        // Metrics follow the milestone: impact 09:50, detected (declared) 10:00.
        const QVariantMap detect = workspace.current()->metrics().first().toMap();
        QCOMPARE(detect.value(QStringLiteral("seconds")).toDouble(), 600.0);
        QCOMPARE(detect.value(QStringLiteral("text")).toString(), QStringLiteral("10 min"));

        // Days later, "09:45" still means the incident's morning, not the review's.
        clock.advanceSeconds(2 * 24 * 3600);
        QCOMPARE(actions.setMilestone(QStringLiteral("impact_started"), QStringLiteral("09:45")),
                 QString());
        QCOMPARE(workspace.current()->state().milestone(QStringLiteral("impact_started")),
                 QDateTime(QDate(2026, 11, 22), QTime(9, 45), Qt::UTC));

        // Unreadable input is refused and writes nothing; only notes take corrections.
        const int events = workspace.current()->eventCount();
        const QString declaration = store.events(workspace.currentId()).first().id;
        QVERIFY(actions.correctEntry(declaration, {}, QStringLiteral("x"))
                    .contains(QStringLiteral("notes")));
        QVERIFY(actions.correctEntry(note, QStringLiteral("nine"), {})
                    .contains(QStringLiteral("nine")));
        QVERIFY(actions.setMilestone(QStringLiteral("detected"), QStringLiteral("25:00"))
                    .contains(QStringLiteral("25:00")));
        QVERIFY(
            actions.addFollowUp(QStringLiteral("x"), QStringLiteral("dana"), QStringLiteral("soon"))
                .contains(QStringLiteral("soon")));
        QVERIFY(!actions.addFollowUp(QStringLiteral("x"), QStringLiteral("someone"), {}).isEmpty());
        QCOMPARE(workspace.current()->eventCount(), events);
    }

    void theConsoleExportsEveryFormat()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("data"))));
        Workspace workspace(store);
        IncidentActions &actions = *workspace.actions();
        QCOMPARE(actions.exportReport(QStringLiteral("md"), dir.filePath(QStringLiteral("x.md"))),
                 QStringLiteral("Select an incident first."));
        QVERIFY(actions.declare(QStringLiteral("Export me"), QStringLiteral("SEV3"), {}).isEmpty());
        for (const QString &format :
             {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"),
              QStringLiteral("csv"), QStringLiteral("json")}) {
            const QString path = dir.filePath(QStringLiteral("report.") + format);
            QCOMPARE(actions.exportReport(format, QUrl::fromLocalFile(path).toString()), QString());
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly) && file.size() > 100, qPrintable(format));
            if (format == u"md")
                QVERIFY(file.readAll().startsWith("# Postmortem: Export me"));
            if (format == u"pdf")
                QVERIFY(file.read(5) == "%PDF-");
        }
        QVERIFY(actions.exportReport(QStringLiteral("docx"), dir.filePath(QStringLiteral("x")))
                    .contains(QStringLiteral("docx")));
        QVERIFY(actions.exportReport(QStringLiteral("md"), QStringLiteral("/nonexistent/x.md"))
                    .contains(QStringLiteral("/nonexistent/x.md")));
        QVERIFY(actions.defaultExportPath(QStringLiteral("pdf")).endsWith(QStringLiteral(".pdf")));
    }

    void workspaceSeesOtherProcessesWrites()
    {
        QTemporaryDir dir;
        LocalStore consoleStore, cliStore;
        QVERIFY(consoleStore.open(dir.path()));
        QVERIFY(cliStore.open(dir.path()));
        Workspace workspace(consoleStore);
        IncidentScript s;
        Event declared = s.declare();
        declared.seq = 0;
        QVERIFY(cliStore.append(declared));
        QTRY_COMPARE_WITH_TIMEOUT(workspace.incidents()->rowCount(), 1, 5000);
    }

    // The console applies what changed: an event changes, moves or inserts rows of the
    // incident list and the open incident's lists, never resets them.
    // Opening a store reads its summaries, not every log: only the incident shown is folded
    // before the first frame; the other open ones are folded in the background, a closed one
    // only when it is shown or written to. The list is the same either way.
    void openingAStoreFoldsOnlyTheIncidentShown()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(14, 0), Qt::UTC));
        app::Commands elsewhere(store, clock, QStringLiteral("other desk"));
        const QStringList ids = declareInTurn(elsewhere, clock, {"Closed", "Open", "Newest"});
        QVERIFY(
            elsewhere.assignRole(ids.at(0), QStringLiteral("commander"), QStringLiteral("ann")));
        QVERIFY(elsewhere.setStatus(ids.at(0), QStringLiteral("resolved")));

        Workspace workspace(store);
        const app::LocalProjection &projection = workspace.projection();
        IncidentListModel &list = *workspace.incidents();
        QCOMPARE(list.rowCount(), 3);
        QCOMPARE(list.idAt(0), ids.at(2));
        QCOMPARE(list.idAt(2), ids.at(0)); // closed last, from its summary
        QCOMPARE(list.data(list.index(2), IncidentListModel::CommanderRole).toString(),
                 QStringLiteral("ann"));
        QCOMPARE(workspace.currentId(), ids.at(2));
        QVERIFY(projection.isLoaded(ids.at(2)));
        QVERIFY(!projection.isLoaded(ids.at(1)));
        QVERIFY(!projection.isLoaded(ids.at(0)));

        QTRY_VERIFY(!projection.isWarming());
        QVERIFY(projection.isLoaded(ids.at(1)));
        QVERIFY(!projection.isLoaded(ids.at(0)));

        // Written to, the closed one is folded and its row follows.
        QVERIFY(elsewhere.assignRole(ids.at(0), QStringLiteral("commander"), QStringLiteral("bo")));
        QVERIFY(projection.isLoaded(ids.at(0)));
        QCOMPARE(list.data(list.index(2), IncidentListModel::CommanderRole).toString(),
                 QStringLiteral("bo"));
        workspace.select(ids.at(0));
        QCOMPARE(workspace.current()->state().commander(), QStringLiteral("bo"));
    }

    void aNewEventChangesRowsWithoutAReset()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(14, 0), Qt::UTC));
        app::Commands elsewhere(store, clock, QStringLiteral("other desk"));
        const QStringList ids = declareInTurn(elsewhere, clock, {"Oldest", "Middle", "Newest"});
        Workspace workspace(store);
        IncidentListModel &list = *workspace.incidents();
        QAbstractItemModelTester listTester(&list,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timelineTester(
            workspace.timelineList(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list.idAt(0), ids.at(2)); // newest first
        workspace.select(ids.at(0));
        const qsizetype timelineRows = workspace.timelineList()->rowCount();

        QSignalSpy listReset(&list, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy timelineReset(workspace.timelineList(),
                                 &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy moved(&list, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(&list, &QAbstractItemModel::rowsInserted);
        QSignalSpy listChanged(&list, &QAbstractItemModel::dataChanged);
        QSignalSpy timelineInserted(workspace.timelineList(), &QAbstractItemModel::rowsInserted);

        // Another incident's event: its row changes, the open incident's timeline does not.
        QVERIFY(
            elsewhere.assignRole(ids.at(1), QStringLiteral("commander"), QStringLiteral("zoe")));
        QCOMPARE(listChanged.count(), 1);
        QCOMPARE(listChanged.last().at(0).toModelIndex().row(), 1);
        QCOMPARE(list.data(list.index(1), IncidentListModel::CommanderRole).toString(),
                 QStringLiteral("zoe"));
        QCOMPARE(timelineInserted.count(), 0);

        // Resolved: the row moves below the open ones.
        QVERIFY(elsewhere.setStatus(ids.at(2), QStringLiteral("resolved")));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(list.idAt(2), ids.at(2));
        QCOMPARE(list.idAt(0), ids.at(1));

        // The open incident's own event, then its confirmation by the server: rows come in.
        QVERIFY(
            elsewhere.addNote(ids.at(0), QStringLiteral("db slow"), QStringLiteral("observation")));
        QCOMPARE(workspace.timelineList()->rowCount(), timelineRows + 1);
        QList<Event> confirmed = store.pendingEvents();
        for (qsizetype i = 0; i < confirmed.size(); ++i)
            confirmed[i].seq = i + 1;
        QVERIFY(store.applyConfirmed(confirmed, confirmed.size()));
        QCOMPARE(workspace.timelineList()->rowCount(), timelineRows + 1);
        QCOMPARE(workspace.current()->state().notes.first().text, QStringLiteral("db slow"));

        // A new incident declared by another process comes in at the top.
        LocalStore otherProcess;
        QVERIFY(otherProcess.open(dir.path()));
        clock.advanceSeconds(600);
        app::Commands cli(otherProcess, clock, QStringLiteral("cli"));
        const QString fourth =
            cli.declare(QStringLiteral("From the CLI"), QStringLiteral("SEV1"))->incident();
        emit store.changed(StoreChange{}); // what the disk watch does when it sees the commit
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(list.idAt(0), fourth);
        QCOMPARE(list.rowCount(), 4);

        // A declaration the server refused for good is set aside: its row goes.
        QSignalSpy removed(&list, &QAbstractItemModel::rowsRemoved);
        const auto fifth = elsewhere.declare(QStringLiteral("Typo"), QStringLiteral("SEV3"));
        QCOMPARE(list.rowCount(), 5);
        QVERIFY(store.reject(fifth->events.first().id, QStringLiteral("refused")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(list.rowCount(), 4);
        QCOMPARE(list.rowOf(fifth->incident()), -1);

        QCOMPARE(listReset.count(), 0);
        QCOMPARE(timelineReset.count(), 0);
    }

    // The same intent from the console and from commandpost-cli gives the same events (ids
    // and times apart), and the same refusal: both call the application layer.
    void theConsoleAndTheCliRecordTheSameEventsForTheSameIntent()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        Workspace workspace(store);
        IncidentActions &actions = *workspace.actions();
        actions.setActor(QStringLiteral("tester"));
        struct Cli
        {
            int exitCode;
            QString err;
        };
        const auto cli = [&](const QStringList &args) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("COMMANDPOST_ACTOR"), QStringLiteral("tester"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(CLI_BINARY), QStringList{"--data", dir.path()} + args);
            if (!process.waitForFinished(30000))
                return Cli{-1, QStringLiteral("timed out")};
            return Cli{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
        };
        // What an event says, without what is new each time (ids, times).
        const auto shape = [](const Event &event) {
            QJsonObject data = event.data;
            for (const char *generated : {"task", "followup", "target", "base", "due"}) {
                if (data.contains(QLatin1String(generated)))
                    data.insert(QLatin1String(generated), QStringLiteral("<id>"));
            }
            return event.type + u' ' + event.actor + u' ' +
                   QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
        };
        const auto newEvents = [&](const QString &incident, qsizetype &seen) {
            const QList<Event> all = store.pendingEvents(incident);
            QStringList shapes;
            for (qsizetype i = seen; i < all.size(); ++i)
                shapes << shape(all.at(i));
            seen = all.size();
            return shapes;
        };

        QCOMPARE(actions.declare(QStringLiteral("Console's"), QStringLiteral("SEV2"), {}),
                 QString());
        const QString mine = workspace.currentId();
        QCOMPARE(cli({"declare", "--title", "Console's", "--severity", "sev2"}).exitCode, 0);
        QString theirs;
        for (const QString &id : store.incidentIds())
            if (id != mine)
                theirs = id;
        qsizetype seenMine = 0, seenTheirs = 0;
        QCOMPARE(newEvents(mine, seenMine), newEvents(theirs, seenTheirs));

        const auto task = [&](const QString &incident) {
            return store.incident(incident).tasks.value(0).id;
        };
        const auto entry = [&](const QString &incident) {
            return store.incident(incident).notes.value(0).eventId;
        };
        struct Step
        {
            std::function<QString()> console;
            std::function<QStringList()> cli;
        };
        const QList<Step> steps = {
            {[&] { return actions.assignRole("commander", "zoe"); },
             [&] {
                 return QStringList{"assign", theirs, "commander", "zoe"};
             }},
            {[&] { return actions.handOffCommand("ann"); },
             [&] {
                 return QStringList{"handoff", theirs, "ann"};
             }},
            {[&] { return actions.relieveRole("commander"); },
             [&] {
                 return QStringList{"relieve", theirs, "commander"};
             }},
            {[&] { return actions.assignRole("scribe", "bob"); },
             [&] {
                 return QStringList{"assign", theirs, "scribe", "bob"};
             }},
            {[&] { return actions.relieveRole("scribe"); },
             [&] {
                 return QStringList{"relieve", theirs, "scribe"};
             }},
            {[&] { return actions.createTask("Roll back", "cat", 15); },
             [&] {
                 return QStringList{"task", theirs,      "Roll back", "--assignee",
                                    "cat",  "--timebox", "15m"};
             }},
            {[&] { return actions.acknowledgeTask(task(mine)); },
             [&] {
                 return QStringList{"ack", theirs, task(theirs)};
             }},
            {[&] { return actions.extendTask(task(mine), 5); },
             [&] {
                 return QStringList{"extend", theirs, task(theirs), "5m"};
             }},
            {[&] { return actions.setTaskStatus(task(mine), "done"); },
             [&] {
                 return QStringList{"done", theirs, task(theirs)};
             }},
            {[&] { return actions.setSection("impact", "EU", {}); },
             [&] {
                 return QStringList{"doc", theirs, "impact", "EU"};
             }},
            {[&] { return actions.setCadence("external", 20); },
             [&] {
                 return QStringList{"cadence", theirs, "external", "20m"};
             }},
            {[&] { return actions.publishUpdate("external", "Investigating", 15); },
             [&] {
                 return QStringList{"update",        theirs,   "--audience", "external",
                                    "Investigating", "--next", "15m"};
             }},
            {[&] { return actions.setStatus("mitigated"); },
             [&] {
                 return QStringList{"status", theirs, "mitigated"};
             }},
            {[&] { return workspace.scribe()->submit("db slow"); },
             [&] {
                 return QStringList{"note", theirs, "db slow"};
             }},
            {[&] { return actions.correctEntry(entry(mine), {}, "db very slow"); },
             [&] {
                 return QStringList{"correct", theirs, entry(theirs), "--text", "db very slow"};
             }},
            {[&] { return actions.pinEntry(entry(mine), true); },
             [&] {
                 return QStringList{"pin", theirs, entry(theirs)};
             }},
            {[&] { return actions.addFollowUp("Add an index", "dba", "2026-04-01"); },
             [&] {
                 return QStringList{"followup", theirs,  "Add an index", "--owner",
                                    "dba",      "--due", "2026-04-01"};
             }},
        };
        for (const Step &step : steps) {
            const QStringList args = step.cli();
            const QString consoleRefusal = step.console();
            const Cli typed = cli(args);
            QCOMPARE(typed.exitCode == 0, consoleRefusal.isEmpty());
            if (!consoleRefusal.isEmpty())
                QVERIFY2(typed.err.contains(consoleRefusal), qPrintable(typed.err));
            const QStringList fromConsole = newEvents(mine, seenMine);
            QCOMPARE(fromConsole, newEvents(theirs, seenTheirs));
            QCOMPARE(fromConsole.isEmpty(), !consoleRefusal.isEmpty());
        }
        // The refusal above was the commander's: command stayed with its holder.
        QCOMPARE(store.incident(theirs).commander(), QStringLiteral("ann"));
        QCOMPARE(store.incident(mine).handoffs.size(), 2);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
