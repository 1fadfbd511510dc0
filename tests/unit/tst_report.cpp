// The postmortem exports of a fixture incident against golden files in tests/data/
// (CP_UPDATE_GOLDEN=1 rewrites them after a deliberate change: review the diff), and the PDF
// through poppler's pdfinfo and pdftotext.
#include "reducer.h"
#include "report.h"
#include "testevents.h"
#include "vocabulary.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {

// A 40-minute incident with every kind of entry a report shows, at fixed times from 10:00 UTC.
report::ReportInput fixture()
{
    IncidentScript s(QStringLiteral("sabrina"));
    s.declare(QStringLiteral("Checkout errors after deploy"), QStringLiteral("SEV2"));
    s.add(s.factory.setMilestone(s.incident, QStringLiteral("impact_started"), s.at(-6)));
    s.after(1).add(
        s.factory.assignRole(s.incident, QStringLiteral("commander"), QStringLiteral("sabrina")));
    s.add(s.factory.assignRole(s.incident, QStringLiteral("scribe"), QStringLiteral("bob")));
    s.add(s.factory.assignRole(s.incident, QStringLiteral("sme:payments"), QStringLiteral("dana")));
    const Event alert = s.after(1).add(s.factory.note(
        s.incident, QStringLiteral("error rate 12%, PSP timeouts"), QStringLiteral("observation")));
    const Event task = s.add(s.factory.createTask(
        s.incident, QStringLiteral("Roll back deploy 4512"), QStringLiteral("carol"), 15));
    const QString taskId = task.text(QStringLiteral("task"));
    s.after(1).add(s.factory.taskEvent(s.incident, vocab::type::TaskAcknowledged, taskId));
    s.after(2).add(s.factory.setSeverity(s.incident, QStringLiteral("SEV1"),
                                         QStringLiteral("all card payments")));
    s.add(s.factory.setSection(s.incident, QStringLiteral("summary"),
                               QStringLiteral("Deploy 4512 broke card payments; rolled back."),
                               {}));
    s.add(s.factory.setSection(s.incident, QStringLiteral("impact"),
                               QStringLiteral("Card payments failed in EU and US for 31 minutes."),
                               {}));
    const Event decision = s.after(3).add(
        s.factory.note(s.incident, QStringLiteral("roll back rather than fix forward"),
                       QStringLiteral("decision")));
    s.add(s.factory.publishUpdate(s.incident, QStringLiteral("external"),
                                  QStringLiteral("We are investigating failed card payments.")));
    s.after(8).add(s.factory.setTaskStatus(s.incident, taskId, QStringLiteral("done")));
    s.add(s.factory.setStatus(s.incident, QStringLiteral("mitigated")));
    s.after(4).add(
        s.factory.setSeverity(s.incident, QStringLiteral("SEV2"), QStringLiteral("recovering")));
    s.after(10).add(s.factory.setStatus(s.incident, QStringLiteral("resolved")));
    // Review: a correction of the first observation's time, a pin, a follow-up.
    s.after(60).add(s.factory.make(
        s.incident, vocab::type::EntryEdited,
        {{QStringLiteral("target"), alert.id},
         {QStringLiteral("occurred_at"), QStringLiteral("2026-11-22T09:58:30.000Z")}}));
    s.add(s.factory.make(
        s.incident, vocab::type::EntryPinned,
        {{QStringLiteral("target"), decision.id}, {QStringLiteral("pinned"), true}}));
    s.add(s.factory.make(
        s.incident, vocab::type::FollowupAdded,
        {{QStringLiteral("followup"), QStringLiteral("f1")},
         {QStringLiteral("title"), QStringLiteral("Canary card payments before full rollout")},
         {QStringLiteral("owner"), QStringLiteral("carol")},
         {QStringLiteral("due"), QStringLiteral("2026-12-01T00:00:00.000Z")}}));
    for (Event &event : s.events) // a fixed id, so the report is the same on every run
        event.incident = QStringLiteral("2f41c0de-0000-4000-8000-000000000001");
    return {Reducer::fold(s.events), s.events, s.at(120), QTimeZone("Europe/Berlin")};
}

QByteArray golden(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void compareWithGolden(const QByteArray &actual, const QString &name)
{
    if (qEnvironmentVariableIsSet("CP_UPDATE_GOLDEN")) {
        QFile file(QStringLiteral(TEST_DATA_DIR "/") + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        return;
    }
    const QByteArray expected = golden(name);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden file ") + name));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void markdownMatchesTheGoldenFile()
    {
        compareWithGolden(report::markdown(fixture()).toUtf8(), QStringLiteral("report.md"));
    }

    void csvMatchesTheGoldenFile()
    {
        compareWithGolden(report::csv(fixture()), QStringLiteral("timeline.csv"));
    }

    void metricsFollowTheMilestones()
    {
        const QString md = report::markdown(fixture());
        // Impact 09:54; declared (detected) 10:00; commander 10:01; mitigated 10:16; resolved
        // 10:30.
        QVERIFY(md.contains(QStringLiteral("| Time to detect | 6 min |")));
        QVERIFY(md.contains(QStringLiteral("| Time to acknowledge | 1 min |")));
        QVERIFY(md.contains(QStringLiteral("| Time to mitigate | 22 min |")));
        QVERIFY(md.contains(QStringLiteral("| Time to resolve | 36 min |")));
        QVERIFY(md.contains(QStringLiteral("| Time at SEV1 | 15 min |"))); // 10:05 to 10:20
    }

    void theTimelineShowsCorrectionsAndPins()
    {
        const QString md = report::markdown(fixture());
        QVERIFY(md.contains(
            QStringLiteral("| 2026-11-22 09:58:30 | 10:58:30 | sabrina | observation | error rate "
                           "12%, PSP timeouts _(time corrected from 2026-11-22 10:02:00)_ |")));
        QVERIFY(md.contains(QStringLiteral("**★** roll back rather than fix forward")));
    }

    void pdfHasThePagesAndTheText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("postmortem.pdf"));
        const auto written = report::writePdf(fixture(), path);
        QVERIFY2(written, written ? "" : qPrintable(written.error()));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(
                     QStringLiteral("Title:           Postmortem: Checkout errors after deploy")),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))),
                 qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Postmortem: Checkout errors after deploy")));
        QVERIFY(text.contains(QStringLiteral("Canary card payments before full rollout")));
    }

    void anUnwritablePdfPathIsAClearError()
    {
        const auto written = report::writePdf(fixture(), QStringLiteral("/nonexistent/dir/x.pdf"));
        QVERIFY(!written);
        QVERIFY(written.error().contains(QStringLiteral("/nonexistent/dir/x.pdf")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
