#include "report.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

namespace cp::bench {
namespace {

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown CPU");
    static const QRegularExpression model(QStringLiteral("model name\\s*:\\s*(.+)"));
    const auto match = model.match(QString::fromUtf8(cpuinfo.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QStringLiteral("unknown CPU");
}

QString memoryTotal()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    const QByteArray first = meminfo.readLine(); // "MemTotal:  24596812 kB"
    const double kib = first.mid(9).trimmed().split(' ').first().toDouble();
    return QStringLiteral("%1 GiB").arg(kib / 1024 / 1024, 0, 'f', 1);
}

QString sqliteVersion()
{
    QString version = QStringLiteral("?");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
            version = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version"));
    return version;
}

QString number(double value, const QString &unit)
{
    const QLocale english(QLocale::English);
    if (unit == u"events/s")
        return english.toString(qRound64(value));
    if (unit == u"MiB")
        return english.toString(value, 'f', 1);
    if (unit == u"ms")
        return english.toString(value, 'f', 3);
    return english.toString(value, 'g', 3); // seconds, small or large
}

QString row(const Figure &figure)
{
    const QString verdict =
        figure.goal.isEmpty() ? QString()
                              : (figure.met ? QStringLiteral("met") : QStringLiteral("**missed**"));
    return QStringLiteral("| %1 | %2 | %3 %4 | %5 | %6 %4 | %7 | %8 | %9 |\n")
        .arg(figure.benchmark, figure.subject, number(figure.subjectValue, figure.unit),
             figure.unit, figure.baseline, number(figure.baselineValue, figure.unit),
             QStringLiteral("%1").arg(figure.ratio, 0, 'f', 2),
             figure.goal.isEmpty() ? QStringLiteral("–") : figure.goal + QLatin1Char(' ') + verdict,
             figure.note);
}

} // namespace

QString markdownReport(const QList<Figure> &figures, const RunInfo &run)
{
    QString out;
    out +=
        QStringLiteral("Run %1, %2 scale, %3 s in all.\n\n")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                 run.scale)
            .arg(run.seconds, 0, 'f', 0);
    out += QStringLiteral("- Machine: %1, %2 cores, %3 of memory; %4\n")
               .arg(cpuModel())
               .arg(QThread::idealThreadCount())
               .arg(memoryTotal(), QSysInfo::prettyProductName());
    out += QStringLiteral("- Software: Qt %1, SQLite %2, kernel %3\n")
               .arg(QString::fromLatin1(qVersion()), sqliteVersion(), QSysInfo::kernelVersion());
    out += QStringLiteral("- Command: `%1`\n\n").arg(run.command);
    out += QStringLiteral("| Benchmark | Measured | Value | Baseline | Baseline value | Ratio | "
                          "Goal | Note |\n|---|---|---|---|---|---|---|---|\n");
    for (const Figure &figure : figures)
        out += row(figure);
    return out;
}

} // namespace cp::bench
