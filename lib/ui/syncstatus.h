#pragma once

#include "syncconfig.h"

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cp::sync {
class SyncEngine;
}

namespace cp {

// The sync engine as the console shows it: state, counts and errors as properties, and the
// server settings (kept in QSettings; the file is made readable by its owner only, as it
// holds the token). The token is never exposed back to QML.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.sync")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString detailText READ detailText NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int rejected READ rejected NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY changed)
public:
    // The engine's state as QML compares it (SyncStatus.Online and so on); StoreFailing when
    // this workstation's own store refused what the server sent (a full disk, another program
    // holding it), which is not the server's or the network's fault.
    enum class State { Disabled, Connecting, Syncing, Online, Offline, AuthFailed, StoreFailing };
    Q_ENUM(State)

    explicit SyncStatus(sync::SyncEngine &engine, QObject *parent = nullptr);

    State state() const;
    QString stateText() const;
    QString detailText() const;
    int pending() const;
    int rejected() const;
    QDateTime lastSyncedAt() const;
    QString lastError() const;
    QString serverUrl() const;
    bool hasToken() const;

    // Points the engine at a server and starts it; `save` keeps it for the next start.
    void apply(const sync::SyncConfig &config, bool save);
    static sync::SyncConfig savedConfig();

    // From the settings dialog: an empty answer means connected; otherwise it says what is
    // wrong and nothing changed. An empty token keeps the one in use.
    Q_INVOKABLE QString connectTo(const QString &url, const QString &token);
    Q_INVOKABLE void disconnectFromServer();
    Q_INVOKABLE void retryNow();
    // Sends the events the server refused again, under new ids.
    Q_INVOKABLE void resendRejected();

signals:
    void changed();

private:
    static void save(const sync::SyncConfig &config);

    sync::SyncEngine &m_engine;
};

} // namespace cp
