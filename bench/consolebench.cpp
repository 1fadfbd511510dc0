#include "benchmarks.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace cp::bench {
namespace {

struct Launch
{
    double firstFrameSeconds = 0;
    double rssMiB = 0; // resident memory once the window has settled
};

double residentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        qFatal("console bench: cannot read %s", qPrintable(status.fileName()));
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    qFatal("console bench: no VmRSS in %s", qPrintable(status.fileName()));
}

QByteArray lastLines(const QString &file)
{
    QFile log(file);
    if (!log.open(QIODevice::ReadOnly))
        return "(no log)";
    const QList<QByteArray> lines = log.readAll().split('\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join('\n');
}

// Starts a program that prints "first frame" once its window has drawn; answers how long
// that took and its memory a second later, then stops it.
Launch launch(const QString &program, const QStringList &arguments, const QString &configDir,
              const QString &logFile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir); // no saved settings
    environment.remove(QStringLiteral("COMMANDPOST_SERVER"));
    environment.remove(QStringLiteral("COMMANDPOST_TOKEN"));
    process.setProcessEnvironment(environment);
    process.setStandardErrorFile(logFile);
    Launch result;
    Stopwatch watch;
    process.start(program, arguments);
    QByteArray output;
    while (!output.contains("first frame\n")) {
        const bool gotOutput = process.waitForReadyRead(1000);
        if (watch.seconds() > 60 || (!gotOutput && process.state() == QProcess::NotRunning))
            qFatal("console bench: %s showed no frame in %.0f s (%s); its messages:\n%s",
                   qPrintable(program), watch.seconds(), qPrintable(process.errorString()),
                   lastLines(logFile).constData());
        output += process.readAllStandardOutput();
    }
    result.firstFrameSeconds = watch.seconds();
    QThread::msleep(1000); // models filled, chart drawn, caches warm
    result.rssMiB = residentMiB(process.processId());
    process.terminate();
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return result;
}

} // namespace

QList<Figure> benchConsole(const Setup &setup, const QList<Event> &incident)
{
    const QDir work(setup.workDir);
    const QString full = work.filePath(QStringLiteral("console-store"));
    const QString empty = work.filePath(QStringLiteral("console-empty"));
    const QString config = work.filePath(QStringLiteral("console-config"));
    progress(QStringLiteral("console: writing %1 events to a local store").arg(incident.size()));
    writeLocalStore(full, incident);
    QDir().mkpath(empty);
    const QStringList large = {QStringLiteral("--data"), full, QStringLiteral("--incident"),
                               incident.first().incident, QStringLiteral("--report-first-frame")};
    const QStringList bare = {QStringLiteral("--data"), empty,
                              QStringLiteral("--report-first-frame")};

    QList<double> minimalStart, emptyStart, largeStart, emptyRss, largeRss;
    for (int run = 1; run <= setup.scale.startRuns; ++run) {
        progress(QStringLiteral("console: start %1 of %2").arg(run).arg(setup.scale.startRuns));
        const QString log = work.filePath(QStringLiteral("console-%1.log").arg(run));
        minimalStart.append(launch(setup.minimalWindowBinary, {}, config, log).firstFrameSeconds);
        const Launch emptyLaunch = launch(setup.consoleBinary, bare, config, log);
        const Launch largeLaunch = launch(setup.consoleBinary, large, config, log);
        emptyStart.append(emptyLaunch.firstFrameSeconds);
        emptyRss.append(emptyLaunch.rssMiB);
        largeStart.append(largeLaunch.firstFrameSeconds);
        largeRss.append(largeLaunch.rssMiB);
    }

    const QString events = QString::number(incident.size());
    Figure memory = costFigure(QStringLiteral("5. Memory"),
                               QStringLiteral("console RSS, %1-event incident open").arg(events),
                               QStringLiteral("the same console, empty store"),
                               QStringLiteral("MiB"), median(largeRss), median(emptyRss));
    memory.note =
        QStringLiteral("%1 KiB more per 1,000 events")
            .arg((median(largeRss) - median(emptyRss)) * 1024 * 1000 / double(incident.size()), 0,
                 'f', 0);
    const QString start = QStringLiteral("6. Start");
    const QString minimal = QStringLiteral("minimal QML window, start to first frame");
    Figure emptyFigure =
        costFigure(start, QStringLiteral("console, empty store, start to first frame"), minimal,
                   QStringLiteral("s"), median(emptyStart), median(minimalStart));
    Figure largeFigure = costFigure(
        start, QStringLiteral("console, %1-event incident, start to first frame").arg(events),
        minimal, QStringLiteral("s"), median(largeStart), median(minimalStart));
    return {memory, emptyFigure, largeFigure};
}

} // namespace cp::bench
