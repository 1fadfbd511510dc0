// End-to-end tests of the commander's console: the real Main.qml on a real store, in a real
// X window (Xvfb), driven by key presses and mouse clicks delivered to that window. Every
// entry of the shortcut sheet is pressed; any warning (a QML TypeError, a binding loop…)
// fails the test that caused it.
#include "clock.h"
#include "consoleharness.h"
#include "eventfactory.h"
#include "shortcuts.h"
#include "vocabulary.h"

#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <functional>
#if defined(__SANITIZE_ADDRESS__)
// Under the leak checker, libraries stay loaded to the end: one unloaded before the check
// (Qt unloads its plugins, Mesa its driver) cannot be named, so the system's leaks could not
// be told from ours (tests/sanitizers/lsan.supp names the system's).
extern "C" int dlclose(void *)
{
    return 0;
}
#endif

using namespace cp;
using cp::test::ConsoleHarness;

namespace {

const QString Checkout = QStringLiteral("Checkout errors");
const QString Search = QStringLiteral("Slow search");

IncidentState stateOf(ConsoleHarness &console, const QString &title)
{
    for (const IncidentState &state : console.store().incidents()) {
        if (state.title == title)
            return state;
    }
    return {};
}

const Task *taskTitled(const IncidentState &state, const QString &title)
{
    for (const Task &task : state.tasks) {
        if (task.title == title)
            return &task;
    }
    return nullptr;
}

QString selectedTaskTitle(ConsoleHarness &console)
{
    const auto *selected =
        console.item(QStringLiteral("taskList"))->property("currentItem").value<QQuickItem *>();
    return selected ? selected->property("title").toString() : QString();
}

} // namespace

class ConsoleEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyShortcutOnTheSheetDoesWhatItSays_data();
    void everyShortcutOnTheSheetDoesWhatItSays();
    void everyShortcutOnTheSheetIsChecked();
    void wholeIncidentWithoutTheMouse();
    void dialogsSubmitWithEnterAndCancelWithEscape();
    void switchingIncidentsOnEveryViewWhileAnotherProcessWrites();
    void resizesFromLaptopToFourK();
    void timelineSwitchAndResizeDoesNotCrash();
    void darkThemeOnEveryViewAndWindow();
    void windowShortcutsWorkWhileTypingInAField();
    void everyControlHasAnAccessibleName();
    void aDamagedStoreIsRefusedAtStartAndSaidWhenMetLater();

private:
    using Check = std::function<void(ConsoleHarness &, const QString &keys)>;
    QHash<QString, Check> checks();
    std::unique_ptr<ConsoleHarness> startConsole(ConsoleOptions options = {});

    QTemporaryDir m_home;
    QString m_seeded;
};

void ConsoleEndToEnd::initTestCase()
{
    // Exports go to this test's ~/Documents.
    qputenv("HOME", m_home.path().toLocal8Bit());
    m_seeded = m_home.filePath(QStringLiteral("seed"));
    QVERIFY(QDir().mkpath(m_seeded));
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("Documents"))));

    // Both incidents have run a while, so each has reminders in the banner (different ones:
    // switching incidents removes and adds its rows, as in real use).
    LocalStore store;
    QVERIFY(store.open(m_seeded));
    ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-40 * 60));
    const EventFactory factory(clock, QStringLiteral("alice"));
    const Event checkout = factory.declare(Checkout, QStringLiteral("SEV2"), QStringLiteral("5xx"));
    const QString id = checkout.incident;
    QList<Event> events = {
        checkout, factory.assignRole(id, QStringLiteral("commander"), QStringLiteral("alice")),
        factory.createTask(id, QStringLiteral("Roll back"), QStringLiteral("carol"), 15)};
    clock.advanceSeconds(5 * 60);
    const Event running =
        factory.createTask(id, QStringLiteral("Check the PSP"), QStringLiteral("dana"), 20);
    events << running
           << factory.taskEvent(id, QStringLiteral("task.acknowledged"),
                                running.data.value(u"task").toString())
           << factory.setSection(id, QStringLiteral("summary"),
                                 QStringLiteral("Checkout fails for 12%"), {})
           << factory.note(id, QStringLiteral("error rate 12%"), QStringLiteral("observation"))
           << factory.note(id, QStringLiteral("roll back 4512"), QStringLiteral("decision"));
    clock.advanceSeconds(25 * 60);
    const Event search = factory.declare(Search, QStringLiteral("SEV4"));
    events << search
           << factory.note(search.incident, QStringLiteral("p99 3 s"),
                           QStringLiteral("observation"));
    QVERIFY(store.append(events));
    QVERIFY(store.incident(id).tasks.size() == 2);
    store.close();
}

void ConsoleEndToEnd::init()
{
    // Any warning while a test runs is a defect of the console: a QML TypeError or
    // ReferenceError, a binding loop, "Unable to assign", "Cannot read property", …
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

std::unique_ptr<ConsoleHarness> ConsoleEndToEnd::startConsole(ConsoleOptions options)
{
    auto console = std::make_unique<ConsoleHarness>(m_seeded, std::move(options));
    if (!console->started())
        qWarning("the console did not start: %s", qPrintable(console->error()));
    return console;
}

// One check a shortcut action: the press and its effect in the window or the store.
QHash<QString, ConsoleEndToEnd::Check> ConsoleEndToEnd::checks()
{
    auto opensDialog = [](const char *dialog, const char *focused) {
        return [=](ConsoleHarness &c, const QString &keys) {
            c.press(keys);
            QTRY_VERIFY(c.find(QString::fromLatin1(dialog))->property("opened").toBool());
            QTRY_VERIFY2(c.focusIsIn(QString::fromLatin1(focused)), qPrintable(c.focusedName()));
        };
    };
    auto focuses = [](const char *name) {
        return [=](ConsoleHarness &c, const QString &keys) {
            c.press(keys);
            QTRY_VERIFY2(c.focusIsIn(QString::fromLatin1(name)), qPrintable(c.focusedName()));
        };
    };
    auto showsView = [](int from, int expected) {
        return [=](ConsoleHarness &c, const QString &keys) {
            c.item(QStringLiteral("viewTabs"))->setProperty("currentIndex", from);
            c.press(keys);
            QTRY_COMPARE(c.item(QStringLiteral("viewTabs"))->property("currentIndex").toInt(),
                         expected);
        };
    };
    auto opensMenu = [](const char *menu) {
        return [=](ConsoleHarness &c, const QString &keys) {
            c.press(keys);
            QTRY_VERIFY(c.find(QString::fromLatin1(menu))->property("opened").toBool());
        };
    };
    auto composes = [](const char *audience) {
        return [=](ConsoleHarness &c, const QString &keys) {
            c.press(keys);
            QTRY_VERIFY2(c.focusIsIn(QStringLiteral("updateTextArea")),
                         qPrintable(c.focusedName()));
            QVERIFY(c.item(QStringLiteral("updateTextArea"))
                        ->property("text")
                        .toString()
                        .startsWith(u"Summary:"));
            QCOMPARE(
                c.item(QStringLiteral("updateAudienceBox"))->property("currentValue").toString(),
                QString::fromLatin1(audience));
        };
    };
    auto selectsNeighbour = [](int step) {
        return [=](ConsoleHarness &c, const QString &keys) {
            IncidentListModel &list = *c.workspace().incidents();
            c.workspace().select(list.idAt(step > 0 ? 0 : 1));
            c.press(keys);
            QTRY_COMPARE(c.workspace().currentId(), list.idAt(step > 0 ? 1 : 0));
        };
    };
    // Selects a task in the task list with the keyboard, presses the key, waits for `done`.
    auto inTaskList = [](const char *title, std::function<bool(const Task &)> done) {
        return [=](ConsoleHarness &c, const QString &keys) {
            const QString wanted = QString::fromLatin1(title);
            c.workspace().select(stateOf(c, Checkout).id);
            c.press(QStringLiteral("Ctrl+Shift+T"));
            QTRY_VERIFY(c.focusIsIn(QStringLiteral("taskList")));
            for (int row = 0; c.row(QStringLiteral("taskList"), row); ++row) {
                if (c.row(QStringLiteral("taskList"), row)->property("title").toString() == wanted)
                    break;
                c.press(QStringLiteral("Down"));
            }
            QTRY_COMPARE(selectedTaskTitle(c), wanted);
            c.press(keys);
            QTRY_VERIFY(done(*taskTitled(stateOf(c, Checkout), wanted)));
        };
    };

    QHash<QString, Check> table;
    table[QStringLiteral("declare")] = [](ConsoleHarness &c, const QString &keys) {
        c.press(keys);
        QTRY_VERIFY2(c.focusIsIn(QStringLiteral("declareTitleField")), qPrintable(c.focusedName()));
        c.type(QStringLiteral("Login loops"));
        c.press(QStringLiteral("Return"));
        QTRY_VERIFY(stateOf(c, QStringLiteral("Login loops")).declared);
        QTRY_COMPARE(c.workspace().current()->title(), QStringLiteral("Login loops"));
    };
    table[QStringLiteral("newTask")] = focuses("taskTitleField");
    table[QStringLiteral("focusTasks")] = focuses("taskList");
    table[QStringLiteral("assignRole")] = [](ConsoleHarness &c, const QString &keys) {
        c.workspace().select(stateOf(c, Checkout).id);
        c.press(keys);
        // The commander is filled: the first empty role is the deputy's.
        QTRY_VERIFY2(c.focusIsIn(QStringLiteral("roleField_deputy")), qPrintable(c.focusedName()));
        c.type(QStringLiteral("erin\n"));
        QTRY_COMPARE(stateOf(c, Checkout).roles.value(QStringLiteral("deputy")).person,
                     QStringLiteral("erin"));
    };
    table[QStringLiteral("handOff")] = opensDialog("handoffDialog", "handoffNameField");
    table[QStringLiteral("composeExternal")] = composes("external");
    table[QStringLiteral("composeInternal")] = composes("internal");
    table[QStringLiteral("status")] = opensMenu("statusMenu");
    table[QStringLiteral("severity")] = opensMenu("severityMenu");
    table[QStringLiteral("scribe")] = [](ConsoleHarness &c, const QString &keys) {
        c.press(keys);
        QTRY_VERIFY(c.find(QStringLiteral("scribeWindow")));
        auto *scribe = qobject_cast<QQuickWindow *>(c.find(QStringLiteral("scribeWindow")));
        QTRY_VERIFY(scribe->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(scribe));
        // Pressed again: the same window comes back, not a second one.
        QVERIFY(c.activate(c.window()));
        c.press(keys);
        QVERIFY(QTest::qWaitForWindowActive(scribe));
        int scribes = 0;
        for (QWindow *window : QGuiApplication::topLevelWindows())
            scribes += window->objectName() == u"scribeWindow";
        QCOMPARE(scribes, 1);
    };
    table[QStringLiteral("export")] = opensDialog("exportDialog", "exportPath");
    table[QStringLiteral("viewCommand")] = showsView(2, 0);
    table[QStringLiteral("viewTimeline")] = showsView(0, 1);
    table[QStringLiteral("viewReview")] = showsView(0, 2);
    table[QStringLiteral("nextView")] = showsView(2, 0);
    table[QStringLiteral("previousView")] = showsView(0, 2);
    table[QStringLiteral("nextPanel")] = [](ConsoleHarness &c, const QString &keys) {
        const QStringList order = {
            QStringLiteral("incidentList"),   QStringLiteral("roleList"),
            QStringLiteral("taskList"),       QStringLiteral("sectionList"),
            QStringLiteral("updateTextArea"), QStringLiteral("incidentList")};
        c.item(QStringLiteral("incidentList"))->forceActiveFocus();
        for (qsizetype i = 1; i < order.size(); ++i) {
            c.press(keys);
            QTRY_VERIFY2(c.focusIsIn(order[i]), qPrintable(c.focusedName()));
        }
    };
    table[QStringLiteral("previousPanel")] = [](ConsoleHarness &c, const QString &keys) {
        c.item(QStringLiteral("incidentList"))->forceActiveFocus();
        c.press(keys);
        QTRY_VERIFY2(c.focusIsIn(QStringLiteral("updateTextArea")), qPrintable(c.focusedName()));
        c.press(keys);
        QTRY_VERIFY2(c.focusIsIn(QStringLiteral("sectionList")), qPrintable(c.focusedName()));
    };
    table[QStringLiteral("nextIncident")] = selectsNeighbour(1);
    table[QStringLiteral("previousIncident")] = selectsNeighbour(-1);
    table[QStringLiteral("serverSettings")] = opensDialog("serverDialog", "serverAddressField");
    table[QStringLiteral("preferences")] = opensDialog("preferencesDialog", "languageChoice");
    table[QStringLiteral("syncNow")] = [](ConsoleHarness &c, const QString &keys) {
        // Nothing listens on the discard port: the engine waits out its backoff, unless asked.
        QCOMPARE(c.workspace().sync()->connectTo(QStringLiteral("http://127.0.0.1:9"),
                                                 QStringLiteral("cpt_test")),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(c.workspace().sync()->state(), cp::SyncStatus::State::Offline,
                                  10000);
        QLoggingCategory::setFilterRules(QStringLiteral("commandpost.sync.info=true"));
        QTest::ignoreMessage(QtInfoMsg, "retrying now");
        c.press(keys);
        QTRY_COMPARE(c.workspace().sync()->state(), cp::SyncStatus::State::Offline);
        QLoggingCategory::setFilterRules({});
        c.workspace().sync()->disconnectFromServer();
    };
    table[QStringLiteral("shortcuts")] = opensDialog("shortcutSheet", "shortcutSheetView");
    table[QStringLiteral("incidentAbove")] = [](ConsoleHarness &c, const QString &keys) {
        IncidentListModel &list = *c.workspace().incidents();
        c.workspace().select(list.idAt(1));
        c.item(QStringLiteral("incidentList"))->forceActiveFocus();
        c.press(keys);
        QTRY_COMPARE(c.workspace().currentId(), list.idAt(0));
        QVERIFY(c.focusIsIn(QStringLiteral("incidentList"))); // the keyboard stays in the list
    };
    table[QStringLiteral("incidentBelow")] = [](ConsoleHarness &c, const QString &keys) {
        IncidentListModel &list = *c.workspace().incidents();
        c.workspace().select(list.idAt(0));
        c.item(QStringLiteral("incidentList"))->forceActiveFocus();
        c.press(keys);
        QTRY_COMPARE(c.workspace().currentId(), list.idAt(1));
    };
    table[QStringLiteral("acknowledgeTask")] =
        inTaskList("Roll back", [](const Task &task) { return task.isAcknowledged(); });
    table[QStringLiteral("finishTask")] =
        inTaskList("Check the PSP", [](const Task &task) { return task.status == u"done"; });
    table[QStringLiteral("extendTask")] =
        inTaskList("Check the PSP", [](const Task &task) { return task.extendedMinutes == 5; });
    table[QStringLiteral("blockTask")] =
        inTaskList("Roll back", [](const Task &task) { return task.status == u"blocked"; });
    table[QStringLiteral("save")] = [](ConsoleHarness &c, const QString &keys) {
        c.workspace().select(stateOf(c, Checkout).id);
        // A section: Enter on the selected one edits it, the key saves it.
        c.item(QStringLiteral("sectionList"))->forceActiveFocus();
        c.press(QStringLiteral("Return"));
        QTRY_VERIFY2(c.focusIsIn(QStringLiteral("sectionEditor_summary")),
                     qPrintable(c.focusedName()));
        c.press(QStringLiteral("Ctrl+A"));
        c.type(QStringLiteral("Rolled back; errors falling"));
        c.press(keys);
        QTRY_COMPARE(stateOf(c, Checkout).sections.value(QStringLiteral("summary")).head.text,
                     QStringLiteral("Rolled back; errors falling"));
        QTRY_VERIFY(c.focusIsIn(QStringLiteral("sectionList")));
        // The update composer: the same key publishes.
        c.press(QStringLiteral("Ctrl+U"));
        QTRY_VERIFY(c.focusIsIn(QStringLiteral("updateTextArea")));
        c.press(keys);
        QTRY_COMPARE(stateOf(c, Checkout).updates.size(), 1);
        QCOMPARE(stateOf(c, Checkout).updates.first().audience, u"external");
        QVERIFY(stateOf(c, Checkout).updates.first().text.startsWith(u"Summary: Checkout errors"));
    };
    table[QStringLiteral("cancelEdit")] = [](ConsoleHarness &c, const QString &keys) {
        c.workspace().select(stateOf(c, Checkout).id);
        const int events = stateOf(c, Checkout).eventCount;
        c.item(QStringLiteral("sectionList"))->forceActiveFocus();
        c.press(QStringLiteral("Return"));
        QTRY_VERIFY(c.focusIsIn(QStringLiteral("sectionEditor_summary")));
        c.type(QStringLiteral(" not saved"));
        c.press(keys);
        QTRY_VERIFY2(c.focusIsIn(QStringLiteral("sectionList")), qPrintable(c.focusedName()));
        QVERIFY(!c.item(QStringLiteral("sectionEditor_summary"))->isVisible());
        QCOMPARE(stateOf(c, Checkout).eventCount, events);
    };
    table[QStringLiteral("submit")] = [](ConsoleHarness &c, const QString &keys) {
        c.press(QStringLiteral("Ctrl+N"));
        QTRY_VERIFY(c.focusIsIn(QStringLiteral("declareTitleField")));
        c.type(QStringLiteral("Queue backlog"));
        c.press(keys);
        QTRY_VERIFY(stateOf(c, QStringLiteral("Queue backlog")).declared);
        QTRY_VERIFY(!c.find(QStringLiteral("declareDialog"))->property("visible").toBool());
    };
    table[QStringLiteral("close")] = [](ConsoleHarness &c, const QString &keys) {
        const int incidents = c.store().incidents().size();
        c.press(QStringLiteral("Ctrl+N"));
        QTRY_VERIFY(c.focusIsIn(QStringLiteral("declareTitleField")));
        c.type(QStringLiteral("Never declared"));
        c.press(keys);
        QTRY_VERIFY(!c.find(QStringLiteral("declareDialog"))->property("visible").toBool());
        QCOMPARE(c.store().incidents().size(), incidents);
    };
    return table;
}

void ConsoleEndToEnd::everyShortcutOnTheSheetDoesWhatItSays_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("keys");
    for (const ShortcutEntry &entry : Shortcuts::all()) {
        for (const QString &keys : entry.keys)
            QTest::addRow("%s %s", qPrintable(entry.action), qPrintable(keys))
                << entry.action << keys;
    }
}

void ConsoleEndToEnd::everyShortcutOnTheSheetDoesWhatItSays()
{
    QFETCH(QString, action);
    QFETCH(QString, keys);
    const auto table = checks();
    QVERIFY2(table.contains(action), qPrintable(QStringLiteral("no check for ") + action));
    auto console = startConsole();
    QVERIFY2(console->started(), qPrintable(console->error()));
    table.value(action)(*console, keys);
}

void ConsoleEndToEnd::everyShortcutOnTheSheetIsChecked()
{
    // The sheet is the table the window's shortcuts are made from; a check for each entry,
    // and no check left for an entry that is gone.
    const auto table = checks();
    QSet<QString> listed;
    for (const ShortcutEntry &entry : Shortcuts::all()) {
        QVERIFY2(!listed.contains(entry.action),
                 qPrintable(QStringLiteral("listed twice: ") + entry.action));
        listed.insert(entry.action);
        QVERIFY2(table.contains(entry.action),
                 qPrintable(QStringLiteral("no check for ") + entry.action));
        QVERIFY(!entry.keys.isEmpty());
    }
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        QVERIFY2(listed.contains(it.key()),
                 qPrintable(QStringLiteral("not on the sheet: ") + it.key()));
}

void ConsoleEndToEnd::wholeIncidentWithoutTheMouse()
{
    auto console = startConsole();
    QVERIFY2(console->started(), qPrintable(console->error()));
    ConsoleHarness &c = *console;
    const QString title = QStringLiteral("Payments down");
    QMap<QString, int> keystrokes; // per action, typed text not counted
    auto keys = [&](const QString &action, const QStringList &sequence) {
        for (const QString &key : sequence)
            c.press(key);
        keystrokes[action] += int(sequence.size());
    };

    keys(QStringLiteral("declare"), {QStringLiteral("Ctrl+N")});
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("declareTitleField")));
    c.type(title);
    keys(QStringLiteral("declare"), {QStringLiteral("Return")});
    QTRY_COMPARE(c.workspace().current()->title(), title);

    keys(QStringLiteral("assign commander"), {QStringLiteral("Ctrl+R")});
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("roleField_commander")));
    c.type(QStringLiteral("sabrina"));
    keys(QStringLiteral("assign commander"), {QStringLiteral("Return")});
    QTRY_COMPARE(c.workspace().current()->commander(), QStringLiteral("sabrina"));
    // The scribe: the role list (F6 from the incident list), down to the scribe, Enter.
    c.item(QStringLiteral("incidentList"))->forceActiveFocus();
    keys(QStringLiteral("assign scribe"), {QStringLiteral("F6"), QStringLiteral("Down"),
                                           QStringLiteral("Down"), QStringLiteral("Return")});
    QTRY_VERIFY2(c.focusIsIn(QStringLiteral("roleField_scribe")), qPrintable(c.focusedName()));
    c.type(QStringLiteral("bob"));
    keys(QStringLiteral("assign scribe"), {QStringLiteral("Return")});
    QTRY_COMPARE(c.workspace().current()->personInRole(QStringLiteral("scribe")),
                 QStringLiteral("bob"));

    keys(QStringLiteral("task"), {QStringLiteral("Ctrl+T")});
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("taskTitleField")));
    c.type(QStringLiteral("Fail over to eu-west"));
    keys(QStringLiteral("task"), {QStringLiteral("Return")});
    c.type(QStringLiteral("carol"));
    keys(QStringLiteral("task"), {QStringLiteral("Return")});
    QTRY_COMPARE(stateOf(c, title).tasks.size(), 1);

    keys(QStringLiteral("acknowledge task"), {QStringLiteral("Ctrl+Shift+T"), QStringLiteral("A")});
    QTRY_VERIFY(stateOf(c, title).tasks.first().isAcknowledged());

    keys(QStringLiteral("publish update"),
         {QStringLiteral("Ctrl+U"), QStringLiteral("Ctrl+Return")});
    QTRY_COMPARE(stateOf(c, title).updates.size(), 1);

    keys(QStringLiteral("hand off"), {QStringLiteral("Ctrl+H")});
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("handoffNameField")));
    c.type(QStringLiteral("dana"));
    keys(QStringLiteral("hand off"),
         {QStringLiteral("Tab"), QStringLiteral("Space"), QStringLiteral("Tab"),
          QStringLiteral("Space"), QStringLiteral("Tab"), QStringLiteral("Space"),
          QStringLiteral("Return")});
    QTRY_COMPARE(c.workspace().current()->commander(), QStringLiteral("dana"));

    keys(QStringLiteral("severity"),
         {QStringLiteral("Ctrl+Shift+V"), QStringLiteral("Down"), QStringLiteral("Return")});
    QTRY_COMPARE(stateOf(c, title).severity, QStringLiteral("SEV1"));
    keys(QStringLiteral("status"), {QStringLiteral("Ctrl+Shift+S"), QStringLiteral("Down"),
                                    QStringLiteral("Down"), QStringLiteral("Return")});
    QTRY_COMPARE(stateOf(c, title).status, QStringLiteral("identified"));

    keys(QStringLiteral("scribe entry"), {QStringLiteral("F2")});
    QTRY_VERIFY(c.find(QStringLiteral("scribeWindow")));
    auto *scribe = qobject_cast<QQuickWindow *>(c.find(QStringLiteral("scribeWindow")));
    QVERIFY(QTest::qWaitForWindowActive(scribe));
    // The window is active before its input has the focus (no item at all for a moment).
    const auto focusedIn = [](QQuickWindow *window) {
        return window->activeFocusItem() ? window->activeFocusItem()->objectName() : QString();
    };
    QTRY_COMPARE(focusedIn(scribe), QStringLiteral("scribeInput"));
    c.type(QStringLiteral("dec: fail over @carol"), scribe);
    c.press(QStringLiteral("Return"), scribe);
    keystrokes[QStringLiteral("scribe entry")] += 1;
    QTRY_COMPARE(stateOf(c, title).notes.last().text, QStringLiteral("fail over @carol"));
    QCOMPARE(stateOf(c, title).notes.last().kind, QStringLiteral("decision"));
    // Back to the commander's window, as the desktop's Alt+Tab would.
    QVERIFY(c.activate(c.window()));

    keys(QStringLiteral("export"), {QStringLiteral("Ctrl+E")});
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("exportPath")));
    const QString path = c.item(QStringLiteral("exportPath"))->property("text").toString();
    QVERIFY2(path.startsWith(m_home.filePath(QStringLiteral("Documents"))), qPrintable(path));
    keys(QStringLiteral("export"), {QStringLiteral("Return")});
    QTRY_VERIFY(QFile::exists(path));
    QFile report(path);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains(title.toUtf8()));

    for (auto it = keystrokes.cbegin(); it != keystrokes.cend(); ++it)
        qInfo("keystrokes: %s %d", qPrintable(it.key()), it.value());
}

void ConsoleEndToEnd::dialogsSubmitWithEnterAndCancelWithEscape()
{
    auto console = startConsole();
    QVERIFY2(console->started(), qPrintable(console->error()));
    ConsoleHarness &c = *console;
    c.workspace().select(stateOf(c, Checkout).id);
    const int events = c.store().events({}).size();

    // Hand off: Enter before the three steps are ticked says what is missing, records nothing.
    c.press(QStringLiteral("Ctrl+H"));
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("handoffNameField")));
    c.type(QStringLiteral("dana"));
    c.press(QStringLiteral("Return"));
    QTRY_VERIFY(c.find(QStringLiteral("handoffDialog"))
                    ->property("lastError")
                    .toString()
                    .contains(u"three steps"));
    QVERIFY(c.find(QStringLiteral("handoffDialog"))->property("opened").toBool());
    c.press(QStringLiteral("Esc"));
    QTRY_VERIFY(!c.find(QStringLiteral("handoffDialog"))->property("visible").toBool());
    QCOMPARE(c.workspace().current()->commander(), QStringLiteral("alice"));
    // Ticked, with the keyboard on the last step: Enter hands off.
    c.press(QStringLiteral("Ctrl+H"));
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("handoffNameField")));
    c.type(QStringLiteral("dana"));
    for (int step = 0; step < 3; ++step) {
        c.press(QStringLiteral("Tab"));
        c.press(QStringLiteral("Space"));
    }
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("handoffConfirmed")));
    c.press(QStringLiteral("Return"));
    QTRY_COMPARE(c.workspace().current()->commander(), QStringLiteral("dana"));
    QTRY_VERIFY(!c.find(QStringLiteral("handoffDialog"))->property("visible").toBool());

    // Server: Enter on a bad address says why and changes nothing; Esc leaves it.
    c.press(QStringLiteral("Ctrl+,"));
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("serverAddressField")));
    c.type(QStringLiteral("ftp://example"));
    c.press(QStringLiteral("Return"));
    QTRY_VERIFY(c.item(QStringLiteral("serverErrorLabel"))
                    ->property("text")
                    .toString()
                    .contains(u"http://"));
    c.press(QStringLiteral("Esc"));
    QTRY_VERIFY(!c.find(QStringLiteral("serverDialog"))->property("visible").toBool());
    QCOMPARE(c.workspace().sync()->serverUrl(), QString());

    // Export: Esc closes without writing; Enter writes.
    c.press(QStringLiteral("Ctrl+E"));
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("exportPath")));
    const QString path = c.item(QStringLiteral("exportPath"))->property("text").toString();
    c.press(QStringLiteral("Esc"));
    QTRY_VERIFY(!c.find(QStringLiteral("exportDialog"))->property("visible").toBool());
    QVERIFY(!QFile::exists(path));

    // Preferences and the sheet close with Esc.
    c.press(QStringLiteral("Ctrl+Shift+P"));
    QTRY_VERIFY(c.find(QStringLiteral("preferencesDialog"))->property("opened").toBool());
    c.press(QStringLiteral("Esc"));
    QTRY_VERIFY(!c.find(QStringLiteral("preferencesDialog"))->property("visible").toBool());
    c.press(QStringLiteral("F1"));
    QTRY_VERIFY(c.find(QStringLiteral("shortcutSheet"))->property("opened").toBool());
    c.press(QStringLiteral("Esc"));
    QTRY_VERIFY(!c.find(QStringLiteral("shortcutSheet"))->property("visible").toBool());

    QCOMPARE(c.store().events({}).size(), events + 2); // the handoff: assignment and note
    // With a dialog open, the window's shortcuts wait: Ctrl+T does not steal the keyboard.
    c.press(QStringLiteral("Ctrl+N"));
    QTRY_VERIFY(c.focusIsIn(QStringLiteral("declareTitleField")));
    c.press(QStringLiteral("Ctrl+T"));
    QVERIFY(c.focusIsIn(QStringLiteral("declareTitleField")));
}

void ConsoleEndToEnd::switchingIncidentsOnEveryViewWhileAnotherProcessWrites()
{
    auto console = startConsole();
    QVERIFY2(console->started(), qPrintable(console->error()));
    ConsoleHarness &c = *console;
    const QString checkout = stateOf(c, Checkout).id;
    constexpr int Notes = 30;
    QProcess writer;
    writer.setProgram(QStringLiteral("/bin/sh"));
    writer.setArguments({QStringLiteral("-c"),
                         QStringLiteral("for i in $(seq 1 %1); do \"%2\" --data \"%3\" note %4 "
                                        "\"from another process $i\" || exit 1; done")
                             .arg(Notes)
                             .arg(QStringLiteral(CLI_BINARY), c.dataDir(), checkout)});
    writer.start();
    QVERIFY(writer.waitForStarted());

    for (int view = 0; view < 3; ++view) {
        c.press(QStringLiteral("Ctrl+Shift+%1").arg(view + 1));
        QTRY_COMPARE(c.item(QStringLiteral("viewTabs"))->property("currentIndex").toInt(), view);
        for (int round = 0; round < 6; ++round) {
            c.press(QStringLiteral("Alt+Down"));
            c.press(QStringLiteral("Alt+Up"));
            c.click(c.row(QStringLiteral("incidentListView"), 1));
            QTRY_COMPARE(c.workspace().currentId(), c.workspace().incidents()->idAt(1));
            c.click(c.row(QStringLiteral("incidentListView"), 0));
            QTRY_COMPARE(c.workspace().currentId(), c.workspace().incidents()->idAt(0));
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(writer.state(), QProcess::NotRunning, 60000);
    QCOMPARE(writer.exitCode(), 0);
    c.workspace().select(checkout);
    // Every note written by the other process is on screen.
    QTRY_COMPARE_WITH_TIMEOUT(c.workspace().current()->eventCount(),
                              int(c.store().events(checkout).size()), 5000);
    QCOMPARE(stateOf(c, Checkout).notes.size(), Notes + 2);
    c.press(QStringLiteral("Ctrl+Shift+2"));
    QTRY_COMPARE(c.workspace().timelineList()->rowCount(), int(c.store().events(checkout).size()));
}

void ConsoleEndToEnd::resizesFromLaptopToFourK()
{
    auto console = startConsole();
    QVERIFY2(console->started(), qPrintable(console->error()));
    ConsoleHarness &c = *console;
    const QList<QSize> sizes = {{1024, 700},  {1366, 768},  {1920, 1080},
                                {2560, 1440}, {3840, 2160}, {1024, 700}};
    for (int view = 0; view < 3; ++view) {
        c.press(QStringLiteral("Ctrl+Shift+%1").arg(view + 1));
        QTRY_COMPARE(c.item(QStringLiteral("viewTabs"))->property("currentIndex").toInt(), view);
        for (const QSize &size : sizes) {
            QVERIFY2(
                c.resize(size.width(), size.height()),
                qPrintable(
                    QStringLiteral("not resized to %1×%2").arg(size.width()).arg(size.height())));
            QCOMPARE(c.window()->contentItem()->width(), double(size.width()));
        }
    }
}

void ConsoleEndToEnd::timelineSwitchAndResizeDoesNotCrash()
{
    // The sequence that crashed the console: the timeline, another incident, the first
    // again, a resize or a drag of the list's splitter. Twenty times, with the mouse. (The
    // banner's reminder rows change with the incident; Qt 6.4 kept a deleted one in a Layout.)
    auto console = startConsole();
    QVERIFY2(console->started(), qPrintable(console->error()));
    ConsoleHarness &c = *console;
    IncidentListModel &list = *c.workspace().incidents();
    QList<int> reminders;
    for (int row = 0; row < 2; ++row) {
        c.workspace().select(list.idAt(row));
        reminders << c.workspace().current()->reminders()->rowCount();
    }
    QVERIFY2(reminders[0] != reminders[1] && reminders[0] > 0 && reminders[1] > 0,
             "the seeded incidents show different reminders");
    for (int round = 0; round < 20; ++round) {
        c.click(c.item(QStringLiteral("timelineTab")));
        QTRY_COMPARE(c.item(QStringLiteral("viewTabs"))->property("currentIndex").toInt(), 1);
        c.click(c.row(QStringLiteral("incidentListView"), 1));
        QTRY_COMPARE(c.workspace().currentId(), list.idAt(1));
        c.click(c.row(QStringLiteral("incidentListView"), 0));
        QTRY_COMPARE(c.workspace().currentId(), list.idAt(0));
        if (round % 2 == 0) {
            QVERIFY(c.resize(1100 + 40 * (round % 5), 720 + 20 * (round % 3)));
        } else {
            // The splitter's handle is just right of the incident list.
            QQuickItem *incidents = c.item(QStringLiteral("incidentList"));
            const QPoint handle =
                incidents->mapToScene(QPointF(incidents->width() + 2, 200)).toPoint();
            QTest::mousePress(c.window(), Qt::LeftButton, {}, handle);
            QTest::mouseMove(c.window(), handle + QPoint(60, 0));
            QTest::mouseMove(c.window(), handle + QPoint(-30, 0));
            QTest::mouseRelease(c.window(), Qt::LeftButton, {}, handle + QPoint(-30, 0));
        }
        QQuickItem *chart = c.item(QStringLiteral("timelineChart"));
        QVERIFY(chart);
        QTest::mouseMove(
            c.window(),
            chart->mapToScene(QPointF(chart->width() / 2, chart->height() / 3)).toPoint());
    }
    QVERIFY(c.window()->isVisible());
}

void ConsoleEndToEnd::darkThemeOnEveryViewAndWindow()
{
    ConsoleOptions options;
    options.theme = QStringLiteral("dark");
    auto console = startConsole(options);
    QVERIFY2(console->started(), qPrintable(console->error()));
    ConsoleHarness &c = *console;
    auto windowColour = [](QObject *window) {
        return window->property("palette").value<QObject *>()->property("window").value<QColor>();
    };
    QVERIFY2(windowColour(c.window()).lightness() < 80,
             qPrintable(windowColour(c.window()).name()));
    for (const char *keys : {"Ctrl+Shift+2", "Ctrl+Shift+3", "Ctrl+Shift+1", "F1", "Esc", "Ctrl+N",
                             "Esc", "Ctrl+Shift+S", "Esc"})
        c.press(QString::fromLatin1(keys));
    c.press(QStringLiteral("F2"));
    QTRY_VERIFY(c.find(QStringLiteral("scribeWindow")));
    QVERIFY(windowColour(c.find(QStringLiteral("scribeWindow"))).lightness() < 80);
}

void ConsoleEndToEnd::windowShortcutsWorkWhileTypingInAField()
{
    auto console = startConsole();
    QVERIFY2(console->started(), qPrintable(console->error()));
    ConsoleHarness &c = *console;
    QSignalSpy triggered(c.find(QStringLiteral("consoleShortcuts")), SIGNAL(triggered(QString)));
    QVERIFY(triggered.isValid());
    const QString checkout = stateOf(c, Checkout).id;
    QStringList keptByTheField;
    for (const ShortcutEntry &entry : Shortcuts::all()) {
        if (entry.scope != ShortcutScope::Window)
            continue;
        for (const QString &keys : entry.keys) {
            c.workspace().select(checkout);
            c.item(QStringLiteral("viewTabs"))->setProperty("currentIndex", 0);
            QQuickItem *field = c.item(QStringLiteral("taskTitleField"));
            field->forceActiveFocus();
            QTRY_VERIFY2(
                field->hasActiveFocus(),
                qPrintable(QStringLiteral("after %1: %2").arg(entry.action, c.focusedName())));
            field->setProperty("text", QString());
            c.type(QStringLiteral("draft"));
            triggered.clear();
            c.press(keys);
            if (QTest::qWaitFor([&] { return !triggered.isEmpty(); }, 1000))
                QCOMPARE(triggered.first().first().toString(), entry.action);
            else
                keptByTheField << keys;
            QCOMPARE(field->property("text").toString(), QStringLiteral("draft")); // nothing lost
            // Close what it opened; the scribe's window gives the keyboard back.
            if (entry.action == u"scribe") {
                QVERIFY(QTest::qWaitForWindowActive(
                    qobject_cast<QWindow *>(c.find(QStringLiteral("scribeWindow")))));
                QVERIFY(c.activate(c.window()));
            }
            c.press(QStringLiteral("Esc"));
            c.press(QStringLiteral("Esc"));
        }
    }
    QCOMPARE(keptByTheField, QStringList()); // Ctrl+U was the field's (delete the line)
}

void ConsoleEndToEnd::everyControlHasAnAccessibleName()
{
    QAccessible::setActive(true); // as with a screen reader: names come from Accessible.*
    auto console = startConsole();
    QVERIFY2(console->started(), qPrintable(console->error()));
    ConsoleHarness &c = *console;
    c.workspace().select(stateOf(c, Checkout).id);
    QStringList unnamed;
    int controls = 0;
    std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
        if (!item->isVisible())
            return;
        if (item->activeFocusOnTab() || item->inherits("QQuickAbstractButton")) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
            ++controls;
            if (accessible && accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(
                    QString::fromLatin1(item->metaObject()->className()), item->objectName());
        }
        for (QQuickItem *child : item->childItems())
            visit(child);
    };
    for (int view = 0; view < 3; ++view) {
        c.item(QStringLiteral("viewTabs"))->setProperty("currentIndex", view);
        QTRY_VERIFY(c.resize(1366 + view, 768)); // laid out anew on each view
        visit(c.window()->contentItem());
    }
    unnamed.removeDuplicates();
    QVERIFY2(controls > 40, qPrintable(QString::number(controls)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
}

namespace {

// A closed store whose last page holds the newest notes (1 KB each, 30 of them).
QString storeOfNotes(const QString &dir)
{
    LocalStore store;
    if (!store.open(dir))
        return {};
    const EventFactory factory(SystemClock::instance(), QStringLiteral("alice"));
    const Event declared = factory.declare(QStringLiteral("Disk trouble"), QStringLiteral("SEV2"));
    QList<Event> events{declared};
    for (int i = 0; i < 30; ++i)
        events << factory.note(declared.incident, QString(1000, QChar(u'a' + i % 26)),
                               QStringLiteral("observation"));
    return store.append(events) ? declared.incident : QString();
}

bool zeroLastPage(const QString &dir)
{
    QFile file(QDir(dir).filePath(LocalStore::FileName));
    constexpr qint64 PageSize = 4096;
    return file.open(QIODevice::ReadWrite) && file.size() > 2 * PageSize &&
           file.seek(file.size() - PageSize) && file.write(QByteArray(PageSize, '\0')) == PageSize;
}

} // namespace

void ConsoleEndToEnd::aDamagedStoreIsRefusedAtStartAndSaidWhenMetLater()
{
    const QString damaged = m_home.filePath(QStringLiteral("damaged"));
    QVERIFY(!storeOfNotes(damaged).isEmpty());
    QVERIFY(zeroLastPage(damaged));
    {
        ConsoleHarness refused(damaged);
        QVERIFY(!refused.started());
        QVERIFY2(refused.error().contains(QStringLiteral("is damaged")),
                 qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("recover")));
    }

    const QString intact = m_home.filePath(QStringLiteral("intact"));
    const QString incident = storeOfNotes(intact);
    QVERIFY(!incident.isEmpty());
    ConsoleHarness c(intact);
    QVERIFY2(c.started(), qPrintable(c.error()));
    QVERIFY(!c.item(QStringLiteral("storeProblemText"))->isVisible());
    // The disk loses a page under the running console; another process's write makes it
    // read the store again.
    QVERIFY(zeroLastPage(c.dataDir()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot read the store")));
    LocalStore other;
    QVERIFY(other.open(c.dataDir(), LocalStore::SchemaVersion, LocalStore::Check::None));
    QVERIFY(other.setMetaValue(QStringLiteral("touched"), QStringLiteral("yes")));
    c.workspace().select(incident);
    QTRY_VERIFY_WITH_TIMEOUT(c.item(QStringLiteral("storeProblemText"))->isVisible(), 10000);
    QVERIFY(c.item(QStringLiteral("storeProblemText"))
                ->property("text")
                .toString()
                .contains(QStringLiteral("commandpost-cli --data %1 recover").arg(c.dataDir())));
}

int main(int argc, char *argv[])
{
    // A runtime folder of its own, as a desktop session has (Qt warns without one).
    QTemporaryDir runtime;
    QFile::setPermissions(runtime.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    QApplication app(argc, argv); // QtCharts needs QApplication
    ConsoleEndToEnd test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_console_e2e.moc"
