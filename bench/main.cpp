// commandpost-bench: measures Command Post against baselines measured in the same run and
// prints the figures as Markdown (docs/BENCHMARKS.md explains them).
#include "benchmarks.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

const QStringList AllBenchmarks = {QStringLiteral("fold"),    QStringLiteral("open"),
                                   QStringLiteral("append"),  QStringLiteral("propagation"),
                                   QStringLiteral("console"), QStringLiteral("incoming"),
                                   QStringLiteral("list")};

// A thousand long-poll clients need a thousand sockets here and in the server (a child,
// which inherits the limit).
void allowManySockets()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

struct Options
{
    cp::bench::Setup setup;
    QStringList benchmarks;
    QString output;
    QString scaleName;
};

Options parseOptions(const QCoreApplication &app, QTemporaryDir &temporary)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Command Post benchmarks: each figure against a baseline measured in "
                       "the same run."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("smoke"), QStringLiteral("A small run that only shows everything works.")},
        {QStringLiteral("only"),
         QStringLiteral("Run only these, comma-separated: %1.").arg(AllBenchmarks.join(u", ")),
         QStringLiteral("names")},
        {QStringLiteral("output"), QStringLiteral("Also write the Markdown results here."),
         QStringLiteral("file")},
        {QStringLiteral("work-dir"),
         QStringLiteral("Folder for the databases and stores (default: a new temporary one)."),
         QStringLiteral("dir")},
        {QStringLiteral("server"), QStringLiteral("commandpost-server to run."),
         QStringLiteral("path"), QStringLiteral(BENCH_SERVER)},
        {QStringLiteral("console"), QStringLiteral("commandpost console to run."),
         QStringLiteral("path"), QStringLiteral(BENCH_CONSOLE)},
        {QStringLiteral("window"), QStringLiteral("Minimal QML window to run."),
         QStringLiteral("path"), QStringLiteral(BENCH_WINDOW)},
    });
    parser.process(app);
    Options options;
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    options.scaleName = smoke ? QStringLiteral("smoke") : QStringLiteral("full");
    options.setup.scale = smoke ? cp::bench::Scale::smoke() : cp::bench::Scale::full();
    options.setup.workDir = parser.isSet(QStringLiteral("work-dir"))
                                ? parser.value(QStringLiteral("work-dir"))
                                : temporary.path();
    if (!QDir().mkpath(options.setup.workDir)) {
        std::fprintf(stderr, "commandpost-bench: --work-dir: cannot create %s\n",
                     qPrintable(options.setup.workDir));
        std::exit(2);
    }
    options.setup.serverBinary = parser.value(QStringLiteral("server"));
    options.setup.consoleBinary = parser.value(QStringLiteral("console"));
    options.setup.minimalWindowBinary = parser.value(QStringLiteral("window"));
    options.output = parser.value(QStringLiteral("output"));
    options.benchmarks = parser.isSet(QStringLiteral("only"))
                             ? parser.value(QStringLiteral("only")).split(u',')
                             : AllBenchmarks;
    for (const QString &name : options.benchmarks) {
        if (!AllBenchmarks.contains(name)) {
            std::fprintf(stderr, "commandpost-bench: --only: '%s' is not one of %s\n",
                         qPrintable(name), qPrintable(AllBenchmarks.join(u", ")));
            std::exit(2);
        }
    }
    return options;
}

QList<cp::bench::Figure> runBenchmarks(const Options &options)
{
    using namespace cp::bench;
    const Setup &setup = options.setup;
    const auto wanted = [&](const char *name) {
        return options.benchmarks.contains(QLatin1String(name));
    };
    QList<cp::Event> incident;
    if (wanted("fold") || wanted("open") || wanted("console"))
        incident = makeIncident(setup.scale.incidentEvents);
    QList<Figure> figures;
    if (wanted("fold"))
        figures += benchFold(setup, incident);
    if (wanted("open"))
        figures += benchOpen(setup, incident);
    if (wanted("append"))
        figures += benchAppend(setup);
    if (wanted("propagation"))
        figures += benchPropagation(setup);
    if (wanted("console"))
        figures += benchConsole(setup, incident);
    if (wanted("incoming"))
        figures += benchIncoming(setup);
    if (wanted("list"))
        figures += benchList(setup);
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commandpost-bench"));
    allowManySockets();
    QTemporaryDir temporary;
    const Options options = parseOptions(app, temporary);
    // The console models read settings: never the user's own.
    qputenv("XDG_CONFIG_HOME",
            QFile::encodeName(options.setup.workDir + QStringLiteral("/config")));

    const cp::bench::Stopwatch watch;
    const QList<cp::bench::Figure> figures = runBenchmarks(options);
    const cp::bench::RunInfo run{QCoreApplication::arguments().join(u' '), options.scaleName,
                                 watch.seconds()};
    const QString report = cp::bench::markdownReport(figures, run);
    std::fputs(qPrintable(report), stdout);
    if (!options.output.isEmpty()) {
        QFile file(options.output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(report.toUtf8()) < 0) {
            std::fprintf(stderr, "commandpost-bench: cannot write %s: %s\n",
                         qPrintable(options.output), qPrintable(file.errorString()));
            return 1;
        }
    }
    return 0;
}
