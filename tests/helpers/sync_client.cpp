// Test helper: a workstation in its own process, on the real sync library.
//
//   sync_client DATA SERVER TOKEN write INCIDENT COUNT [PACE_MS]
//       appends COUNT notes while syncing live, printing each id once append() returned;
//       then syncs until nothing is pending and prints "settled".
//   sync_client DATA SERVER TOKEN write-forever INCIDENT PACE_MS
//       the same until its standard input closes, then settles.
//   sync_client DATA - - offline INCIDENT COUNT
//       appends COUNT notes with no server in one go each (one transaction a note).
//   sync_client DATA SERVER TOKEN settle [BATCH_SIZE]
//       syncs until nothing is pending, prints "settled" (exit 0), or fails after two minutes.
//
// Backoff is short (100 ms to 1 s) so tests that stop the server do not wait long.
#include "eventfactory.h"
#include "localstore.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

using namespace cp;

namespace {

constexpr int SettleTimeoutMs = 120000;

int fail(const QString &message)
{
    std::fprintf(stderr, "sync_client: %s\n", qPrintable(message));
    return 1;
}

bool appendNote(LocalStore &store, const EventFactory &factory, const QString &incident, int n)
{
    const Event event =
        factory.note(incident, QStringLiteral("note %1").arg(n), QStringLiteral("observation"));
    if (const auto written = store.append(event); !written) {
        fail(written.error().join(u'\n'));
        return false;
    }
    std::printf("%s\n", qPrintable(event.id));
    std::fflush(stdout);
    return true;
}

// Runs the event loop until the outbox is empty and the engine is online.
int settle(sync::SyncEngine &engine)
{
    engine.start();
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(SettleTimeoutMs)) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (engine.state() == sync::SyncEngine::State::AuthFailed)
            return fail(engine.lastError());
        if (engine.pendingCount() == 0 && engine.state() == sync::SyncEngine::State::Online) {
            std::printf("settled\n");
            std::fflush(stdout);
            return 0;
        }
    }
    return fail(QStringLiteral("not settled after %1 ms: %2 pending, %3")
                    .arg(SettleTimeoutMs)
                    .arg(engine.pendingCount())
                    .arg(engine.lastError()));
}

// Writes one note every `paceMs` while the engine runs, until `count` (or stdin closes).
int writeLive(LocalStore &store, sync::SyncEngine &engine, const EventFactory &factory,
              const QString &incident, int count, int paceMs)
{
    engine.start();
    int written = 0;
    bool stdinClosed = false;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            stdinClosed = true;
            input.setEnabled(false);
        }
    });
    QTimer pace;
    QObject::connect(&pace, &QTimer::timeout, [&] {
        if ((count >= 0 && written >= count) || stdinClosed)
            return;
        if (appendNote(store, factory, incident, written))
            ++written;
    });
    pace.start(paceMs);
    while ((count >= 0 && written < count) || (count < 0 && !stdinClosed))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    pace.stop();
    return settle(engine);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 4)
        return fail(QStringLiteral("usage: sync_client DATA SERVER TOKEN MODE ..."));
    LocalStore store;
    if (const auto opened = store.open(args.at(0)); !opened)
        return fail(opened.error());
    const QString mode = args.at(3);
    sync::SyncEngine::Options options;
    options.backoffBaseMs = 100;
    options.backoffCapMs = 1000;
    if (mode == u"settle" && args.size() > 4)
        options.batchSize = args.at(4).toInt();
    sync::SyncEngine engine(store, SystemClock::instance(), options);
    if (args.at(1) != u"-")
        engine.setConfig({QUrl(args.at(1)), args.at(2)});
    const EventFactory factory(engine.serverClock(), QStringLiteral("client"));
    if (mode == u"settle")
        return settle(engine);
    if (args.size() < 6)
        return fail(QStringLiteral("%1 needs INCIDENT and COUNT").arg(mode));
    const QString incident = args.at(4);
    const int number = args.at(5).toInt();
    if (mode == u"offline") {
        for (int i = 0; i < number; ++i) {
            if (!appendNote(store, factory, incident, i))
                return 1;
        }
        return 0;
    }
    if (mode == u"write")
        return writeLive(store, engine, factory, incident, number, args.value(6, "5").toInt());
    if (mode == u"write-forever")
        return writeLive(store, engine, factory, incident, -1, number);
    return fail(QStringLiteral("unknown mode %1").arg(mode));
}
