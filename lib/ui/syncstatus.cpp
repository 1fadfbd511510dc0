#include "syncstatus.h"

#include "consolesettings.h"
#include "localstore.h"
#include "syncengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace cp {
namespace {
const QString ServerKey = QStringLiteral("sync/server");
const QString TokenKey = QStringLiteral("sync/token");

} // namespace

using sync::SyncEngine;

SyncStatus::SyncStatus(SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_engine, &SyncEngine::statusChanged, this, &SyncStatus::changed);
}

SyncStatus::State SyncStatus::state() const
{
    if (!m_engine.storeError().isEmpty() && m_engine.state() != SyncEngine::State::Disabled)
        return State::StoreFailing;
    switch (m_engine.state()) {
    case SyncEngine::State::Disabled:
        return State::Disabled;
    case SyncEngine::State::Connecting:
        return State::Connecting;
    case SyncEngine::State::Syncing:
        return State::Syncing;
    case SyncEngine::State::Online:
        return State::Online;
    case SyncEngine::State::Offline:
        return State::Offline;
    case SyncEngine::State::AuthFailed:
        return State::AuthFailed;
    }
    return State::Disabled;
}

QString SyncStatus::stateText() const
{
    if (state() == State::StoreFailing) {
        switch (LocalStore::troubleIn(m_engine.storeError())) {
        case LocalStore::Trouble::Full:
            return tr("Disk full: the local store cannot take more");
        case LocalStore::Trouble::Busy:
            return tr("Local store busy (another program holds it)");
        default:
            return tr("Local store cannot be written");
        }
    }
    switch (m_engine.state()) {
    case SyncEngine::State::Disabled:
        return tr("Local only");
    case SyncEngine::State::Connecting:
        return tr("Connecting…");
    case SyncEngine::State::Syncing:
        return tr("Syncing");
    case SyncEngine::State::Online:
        return tr("Online");
    case SyncEngine::State::Offline:
        return tr("Offline, retrying");
    case SyncEngine::State::AuthFailed:
        return tr("Not signed in");
    }
    return {};
}

QString SyncStatus::detailText() const
{
    QStringList parts;
    if (const int waiting = pending(); waiting > 0)
        parts << tr("%n event(s) not sent yet", nullptr, waiting);
    if (const int aside = rejected(); aside > 0)
        parts << tr("%n event(s) refused by the server", nullptr, aside);
    if (m_engine.state() == SyncEngine::State::Disabled)
        parts << tr("no server set (Ctrl+,)");
    return parts.join(QStringLiteral(" · "));
}

int SyncStatus::pending() const
{
    return m_engine.pendingCount();
}

int SyncStatus::rejected() const
{
    return m_engine.rejectedCount();
}

QDateTime SyncStatus::lastSyncedAt() const
{
    return m_engine.lastSyncedAt();
}

QString SyncStatus::lastError() const
{
    return m_engine.lastError();
}

QString SyncStatus::serverUrl() const
{
    return sync::displayUrl(m_engine.config().url);
}

bool SyncStatus::hasToken() const
{
    return !m_engine.config().token.isEmpty();
}

void SyncStatus::apply(const sync::SyncConfig &config, bool save)
{
    m_engine.setConfig(config);
    if (config.isEnabled())
        m_engine.start();
    else
        m_engine.stop();
    if (save)
        SyncStatus::save(config);
    emit changed();
}

sync::SyncConfig SyncStatus::savedConfig()
{
    const QSettings settings = ConsoleSettings::file();
    return {QUrl(settings.value(ServerKey).toString()), settings.value(TokenKey).toString()};
}

void SyncStatus::save(const sync::SyncConfig &config)
{
    QSettings settings = ConsoleSettings::file();
    // The file holds the token: make it private before the first write puts anything in it
    // (QSettings keeps an existing file's permissions when it rewrites it).
    QFile file(settings.fileName());
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (file.open(QIODevice::Append))
        file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    settings.setValue(ServerKey, config.url.toString());
    settings.setValue(TokenKey, config.token);
    settings.sync();
}

QString SyncStatus::connectTo(const QString &url, const QString &token)
{
    const auto parsed = sync::parseServerUrl(url);
    if (!parsed)
        return tr("That address cannot be used (%1).").arg(parsed.error());
    if (parsed->isEmpty())
        return tr("Give the server's address, e.g. http://incidents.example:8470");
    // The token in use is kept only for the same server: never sent to another host.
    const bool sameServer = sync::sameServer(*parsed, m_engine.config().url);
    const QString kept = !token.trimmed().isEmpty() ? token.trimmed()
                         : sameServer               ? m_engine.config().token
                                                    : QString();
    if (kept.isEmpty())
        return tr("Give your token: commandpost-server user add NAME prints it.");
    apply({*parsed, kept}, true);
    return {};
}

void SyncStatus::disconnectFromServer()
{
    apply({}, true);
}

void SyncStatus::resendRejected()
{
    m_engine.resendRejected();
    emit changed();
}

void SyncStatus::retryNow()
{
    m_engine.retryNow(true);
}

} // namespace cp
