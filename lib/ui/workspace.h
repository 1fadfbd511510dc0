#pragma once

#include "commands.h"
#include "currentincident.h"
#include "incidentactions.h"
#include "incidentlistmodel.h"
#include "localprojection.h"
#include "notifier.h"
#include "preferences.h"
#include "scribe.h"
#include "syncengine.h"
#include "syncstatus.h"
#include "timelinechart.h"
#include "timelinelistmodel.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace cp {

class LocalStore;

// The console's root object in QML: the incident list and the selected incident, both kept
// up to date from the local store (this process's writes and other processes' alike).
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(cp::IncidentListModel *incidents READ incidents CONSTANT)
    Q_PROPERTY(cp::CurrentIncident *current READ current CONSTANT)
    Q_PROPERTY(QString currentId READ currentId WRITE select NOTIFY currentIdChanged)
    Q_PROPERTY(QString dataPath READ dataPath CONSTANT)
    Q_PROPERTY(cp::SyncStatus *sync READ sync CONSTANT)
    Q_PROPERTY(cp::IncidentActions *actions READ actions CONSTANT)
    Q_PROPERTY(cp::Scribe *scribe READ scribe CONSTANT)
    Q_PROPERTY(cp::TimelineChart *timeline READ timeline CONSTANT)
    Q_PROPERTY(cp::TimelineListModel *timelineList READ timelineList CONSTANT)
    Q_PROPERTY(QDateTime now READ now NOTIFY ticked)
    Q_PROPERTY(bool darkTheme READ darkTheme CONSTANT)
    Q_PROPERTY(QString startView READ startView CONSTANT)
    Q_PROPERTY(cp::Preferences *preferences READ preferences CONSTANT)
    // The first read of the local store that failed, with how to recover; empty while fine.
    Q_PROPERTY(QString storeProblem READ storeProblem NOTIFY storeProblemChanged)
public:
    // `clock` is this machine's time (tests pass a ManualClock); the workspace corrects it
    // to the server's.
    explicit Workspace(LocalStore &store, const Clock &clock = SystemClock::instance(),
                       QObject *parent = nullptr);

    // QML takes the instance the program made; set it before loading any QML.
    static void setInstance(Workspace *workspace);
    static Workspace *create(QQmlEngine *, QJSEngine *);

    IncidentListModel *incidents() { return &m_incidents; }
    CurrentIncident *current() { return &m_current; }
    SyncStatus *sync() { return &m_sync; }
    IncidentActions *actions() { return &m_actions; }
    Scribe *scribe() { return &m_scribe; }
    TimelineChart *timeline() { return &m_timeline; }
    TimelineListModel *timelineList() { return &m_timelineList; }
    sync::SyncEngine &syncEngine() { return m_engine; }
    // Where the console's intents become events (the same rules as the CLI's).
    app::Commands &commands() { return m_commands; }
    // The clock for new events and countdowns: this machine's, corrected to the server's.
    const Clock &clock() const { return m_engine.serverClock(); }
    QDateTime now() const { return clock().now(); }
    // Set by the program before QML loads (the --theme option or the desktop's palette).
    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark) { m_darkTheme = dark; }
    // The view the window opens on: "command" (default) or "timeline".
    QString startView() const { return m_startView; }
    void setStartView(const QString &view) { m_startView = view; }
    Notifier *notifier() { return &m_notifier; }
    Preferences *preferences() { return &m_preferences; }
    QString currentId() const { return m_currentId; }
    QString storeProblem() const;
    QString dataPath() const;

    // Dresses a window in the console's theme (dark colours with --theme dark).
    Q_INVOKABLE void applyTheme(QObject *window) const;

    Q_INVOKABLE void select(const QString &incidentId);
    // Opens the incident `step` rows below the open one in the list (above when negative),
    // stopping at either end.
    Q_INVOKABLE void selectNeighbour(int step);
    // Reads and folds the whole store again (it is otherwise kept up to date by what changed).
    Q_INVOKABLE void reload();
    // Every incident's folded state, as the console shows it.
    const app::LocalProjection &projection() const { return m_projection; }
    // Moves countdowns and reminders on to the clock's time (a timer does it every second).
    void tick();

signals:
    void currentIdChanged();
    void storeProblemChanged();
    void ticked();

private:
    void onProjectionChanged(const QList<Projection::Change> &changes, bool whole);
    // Brings `log`, the incident's log before the changes, up to date; false when it must be
    // read again.
    static bool advanceLog(QList<Event> &log, const QString &incident,
                           const QList<Projection::Change> &changes);
    IncidentState stateOf(const QString &incidentId);
    void showFromStore(const QString &incidentId);
    // Shows an incident whose log was read and folded already.
    void show(const QString &incidentId, const IncidentState &state, QList<Event> log);

    LocalStore &m_store;
    app::LocalProjection m_projection;
    IncidentListModel m_incidents;
    CurrentIncident m_current;
    sync::SyncEngine m_engine;
    SyncStatus m_sync;
    app::Commands m_commands;
    IncidentActions m_actions;
    Scribe m_scribe;
    TimelineChart m_timeline;
    TimelineListModel m_timelineList;
    QTimer m_tick;
    Notifier m_notifier;
    Preferences m_preferences;
    bool m_darkTheme = false;
    QString m_startView = QStringLiteral("command");
    QString m_currentId;
    QList<Event> m_currentLog; // the open incident's events, in fold order
};

} // namespace cp
