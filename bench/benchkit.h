#pragma once

// What every benchmark shares: the size of the run, stopwatches, statistics, a realistic
// incident, and the figures they report.

#include "event.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

namespace cp::bench {

// How big a run is. The full run answers the questions of docs/BENCHMARKS.md; the smoke
// run (CI) only proves that every benchmark still works.
struct Scale
{
    int incidentEvents = 100'000; // fold, open, memory
    int repeats = 5;              // timed runs of each side, median kept
    int appendEvents = 50'000;    // posted in batches of 100
    int singlePosts = 2'000;      // posted one by one
    QList<int> pollerCounts = {1, 100, 1000};
    int propagationRounds = 200;
    int startRuns = 5;
    int teamIncidents = 300; // a team's year
    int fewIncidents = 3;
    int teamIncidentEvents = 300;
    int incomingEvents = 200;

    static Scale full() { return {}; }
    static Scale smoke();
};

// Seconds since the stopwatch started, with nanosecond resolution.
class Stopwatch
{
public:
    Stopwatch() { m_timer.start(); }
    double seconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }

private:
    QElapsedTimer m_timer;
};

double median(QList<double> values);
// The nearest-rank percentile (p in 0..100) of the values.
double percentile(QList<double> values, double p);

// Times `subject` and `baseline` in turns, `runs` times each, so that a slow moment of the
// machine falls on both; answers the median seconds of each.
struct Timings
{
    double subject = 0;
    double baseline = 0;
};
Timings timeInTurns(int runs, const std::function<void()> &subject,
                    const std::function<void()> &baseline);

// The events of one long incident as a busy call makes them: notes most of all, then tasks
// with their acknowledgements and status changes, document edits, updates, role changes,
// severity and status steps. The same count always gives the same kinds in the same order.
QList<Event> makeIncident(int count, const QString &actor = QStringLiteral("bench"));

// One row of the results: the subject and its baseline in the same unit, and their ratio.
struct Figure
{
    QString benchmark; // e.g. "1. Fold speed"
    QString subject;
    QString baseline;
    QString unit;
    double subjectValue = 0;
    double baselineValue = 0;
    double ratio = 0;
    QString goal; // e.g. "≥ 0.5"; empty: reported only
    bool met = true;
    QString note;
};

// A throughput figure: ratio = subject / baseline, goal met when ratio ≥ `atLeast` (0: none).
Figure throughputFigure(QString benchmark, QString subject, QString baseline, double subjectPerS,
                        double baselinePerS, double atLeast = 0);
// A cost figure (time, memory): ratio = subject / baseline, goal met when ratio ≤ `atMost`.
Figure costFigure(QString benchmark, QString subject, QString baseline, QString unit,
                  double subjectValue, double baselineValue, double atMost = 0);

// Prints one line of progress on stderr, so a long run shows where it is.
void progress(const QString &line);

} // namespace cp::bench
