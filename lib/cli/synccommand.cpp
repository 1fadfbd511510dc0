#include "synccommand.h"

#include "localstore.h"
#include "shutdownsignals.h"
#include "syncengine.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

namespace cp::cli {

using sync::SyncEngine;

bool syncRound(SyncEngine &engine)
{
    if (!engine.config().isEnabled())
        return false;
    QEventLoop loop;
    bool ok = false;
    const auto connection =
        QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](bool result) {
            ok = result;
            loop.quit();
        });
    engine.syncOnce();
    loop.exec();
    QObject::disconnect(connection);
    return ok;
}

// The cursor as reported: null (JSON) or "unknown" when the store cannot be read just now.
QJsonValue cursorJson(const LocalStore &store)
{
    const auto cursor = store.cursor();
    return cursor ? QJsonValue(double(*cursor)) : QJsonValue();
}

QString cursorText(const LocalStore &store)
{
    const auto cursor = store.cursor();
    return cursor ? QString::number(*cursor) : QStringLiteral("unknown (%1)").arg(cursor.error());
}

QJsonObject syncStatusJson(const SyncEngine &engine, const LocalStore &store)
{
    QJsonObject status{
        {QStringLiteral("server"), sync::displayUrl(engine.config().url)},
        {QStringLiteral("state"), SyncEngine::stateName(engine.state())},
        {QStringLiteral("pending"), engine.pendingCount()},
        {QStringLiteral("rejected"), engine.rejectedCount()},
        {QStringLiteral("cursor"), cursorJson(store)},
        {QStringLiteral("clock_offset_ms"), double(engine.serverClock().offsetMs())},
    };
    if (engine.lastSyncedAt().isValid())
        status.insert(QStringLiteral("last_synced_at"), formatTime(engine.lastSyncedAt()));
    if (!engine.lastError().isEmpty())
        status.insert(QStringLiteral("last_error"), engine.lastError());
    return status;
}

QString syncStatusLine(const SyncEngine &engine, const LocalStore &store)
{
    const int pending = engine.pendingCount();
    QString line =
        QStringLiteral("%1 %2: cursor %3, ")
            .arg(SyncEngine::stateName(engine.state()), sync::displayUrl(engine.config().url))
            .arg(cursorText(store));
    line += pending == 0 ? QStringLiteral("nothing pending")
                         : QStringLiteral("%1 event(s) pending").arg(pending);
    if (const int rejected = engine.rejectedCount(); rejected > 0)
        line += QStringLiteral(", %1 set aside").arg(rejected);
    return line;
}

QString rejectedText(const LocalStore &store)
{
    QString text;
    for (const LocalStore::Rejected &rejected : store.rejectedEvents())
        text += QStringLiteral("set aside: %1 %2 (incident %3): %4\n")
                    .arg(rejected.event.id, rejected.event.type, rejected.event.incident,
                         rejected.reason);
    return text;
}

int watch(SyncEngine &engine, LocalStore &store, QTextStream &out, bool json)
{
    auto print = [&](const QJsonObject &object, const QString &line) {
        out << (json ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                     : line)
            << Qt::endl;
    };
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&](SyncEngine::State state) {
        QString line = syncStatusLine(engine, store);
        if (state == SyncEngine::State::Offline || state == SyncEngine::State::AuthFailed)
            line += QStringLiteral(" (%1)").arg(engine.lastError());
        print(syncStatusJson(engine, store), line);
        if (state == SyncEngine::State::AuthFailed)
            loop.exit(1);
    });
    QObject::connect(&engine, &SyncEngine::received, &loop, [&](int count) {
        print({{QStringLiteral("received"), count}, {QStringLiteral("cursor"), cursorJson(store)}},
              QStringLiteral("received %1 event(s), cursor %2").arg(count).arg(cursorText(store)));
    });
    ShutdownSignals signalWatch;
    QObject::connect(&signalWatch, &ShutdownSignals::received, &loop, [&] { loop.exit(0); });
    store.watchDisk(500); // writes by other processes on this data folder go out promptly
    engine.start();
    const int status = loop.exec();
    engine.stop();
    return status;
}

} // namespace cp::cli
