#include "benchmarks.h"

#include "eventcodec.h"
#include "reducer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cp::bench {
namespace {

// Results go here so the compiler cannot drop the work that made them.
volatile qsizetype g_sink = 0;

QByteArray requestBody(const QList<Event> &events)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), toJson(events)}})
        .toJson(QJsonDocument::Compact);
}

void parseOnly(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    g_sink = g_sink + document.object().size();
}

void decodeAndFold(const QByteArray &bytes)
{
    const QJsonArray array =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("events")).toArray();
    QList<Event> events;
    events.reserve(array.size());
    for (const QJsonValue &value : array)
        events.append(decodeEvent(value).value());
    g_sink = g_sink + Reducer::fold(events).notes.size();
}

} // namespace

QList<Figure> benchFold(const Setup &setup, const QList<Event> &incident)
{
    const QByteArray bytes = requestBody(incident);
    const double count = double(incident.size());
    progress(QStringLiteral("fold: %1 events, %2 MB of JSON")
                 .arg(incident.size())
                 .arg(double(bytes.size()) / 1e6, 0, 'f', 1));
    const auto parse = [&] { parseOnly(bytes); };
    const Timings fold = timeInTurns(
        setup.scale.repeats, [&] { g_sink = g_sink + Reducer::fold(incident).notes.size(); },
        parse);
    const Timings decoded = timeInTurns(
        setup.scale.repeats, [&] { decodeAndFold(bytes); }, parse);
    const QString benchmark = QStringLiteral("1. Fold speed");
    const QString baseline = QStringLiteral("QJsonDocument::fromJson of the same events");
    Figure pure = throughputFigure(benchmark, QStringLiteral("Reducer::fold (events in memory)"),
                                   baseline, count / fold.subject, count / fold.baseline, 0.5);
    Figure full =
        throughputFigure(benchmark, QStringLiteral("fromJson + decodeEvent (validated) + fold"),
                         baseline, count / decoded.subject, count / decoded.baseline);
    full.note = QStringLiteral("what the server does with a POST body; reported only");
    return {pure, full};
}

} // namespace cp::bench
