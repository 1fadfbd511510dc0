// Drives the real commandpost-cli binary, as a script or a person would.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    QTemporaryDir m_dir;

    Result cli(const QStringList &args) { return cliAt(m_dir.path(), args); }

    Result cliAt(const QString &data, const QStringList &args,
                 const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COMMANDPOST_ACTOR"), QStringLiteral("tester"));
        environment.insert(extra);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLI_BINARY),
                      QStringList{QStringLiteral("--data"), data} + args);
        if (!process.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString declare(const QString &title)
    {
        const Result r = cli({QStringLiteral("declare"), QStringLiteral("--title"), title,
                              QStringLiteral("--severity"), QStringLiteral("SEV2")});
        return r.out.trimmed();
    }

private slots:
    // A damaged store: every command says so and how to recover, and changes nothing; recover
    // sets the file aside and keeps what can be read; the commands work again.
    void damagedStoreIsSaidAndRecovered()
    {
        const QString data = m_dir.filePath(QStringLiteral("damaged"));
        const QString incident = cliAt(data, {QStringLiteral("declare"), QStringLiteral("--title"),
                                              QStringLiteral("Disk trouble"),
                                              QStringLiteral("--severity"), QStringLiteral("SEV2")})
                                     .out.trimmed();
        QVERIFY(!incident.isEmpty());
        for (int i = 0; i < 20; ++i)
            QCOMPARE(cliAt(data, {QStringLiteral("note"), incident, QString(1000, u'n')}).exitCode,
                     0);
        QFile file(QDir(data).filePath(QStringLiteral("commandpost.db")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 4096));
        QCOMPARE(file.write(QByteArray(4096, '\0')), 4096);
        file.close();

        for (const QStringList &command :
             {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("show"), incident},
              QStringList{QStringLiteral("note"), incident, QStringLiteral("more")}}) {
            const Result refused = cliAt(data, command);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("damaged")) ||
                         refused.err.contains(QStringLiteral("cannot read")),
                     qPrintable(refused.err));
            QVERIFY2(refused.err.contains(QStringLiteral("recover")), qPrintable(refused.err));
        }
        const Result recovered = cliAt(data, {QStringLiteral("--json"), QStringLiteral("recover")});
        QCOMPARE(recovered.exitCode, 0);
        const QJsonObject report = recovered.json();
        QVERIFY2(QFileInfo::exists(report.value(u"set_aside").toString()),
                 qPrintable(recovered.out));
        QVERIFY(report.value(u"pending").toInt() >= 1); // the declaration at least
        QVERIFY(report.value(u"pending").toInt() < 21);
        QVERIFY(!report.value(u"problems").toArray().isEmpty());
        const Result listed = cliAt(data, {QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QStringLiteral("Disk trouble")));
        QCOMPARE(cliAt(data, {QStringLiteral("note"), incident, QStringLiteral("after")}).exitCode,
                 0);
    }

    void emptyStoreFileIsRefused()
    {
        const QString data = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(data));
        QFile file(QDir(data).filePath(QStringLiteral("commandpost.db")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Result refused = cliAt(data, {QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("0 bytes")), qPrintable(refused.err));
        QCOMPARE(QFileInfo(file.fileName()).size(), 0);
    }

    void declareAssignTaskNoteShow()
    {
        const QString incident = declare(QStringLiteral("Checkout errors"));
        QCOMPARE(incident.size(), 36);
        QCOMPARE(cli({QStringLiteral("assign"), incident.left(8), QStringLiteral("commander"),
                      QStringLiteral("alice")})
                     .exitCode,
                 0);
        const Result task =
            cli({QStringLiteral("--json"), QStringLiteral("task"), incident, QStringLiteral("Roll"),
                 QStringLiteral("back"), QStringLiteral("--assignee"), QStringLiteral("carol"),
                 QStringLiteral("--timebox"), QStringLiteral("15m")});
        QCOMPARE(task.exitCode, 0);
        const QString taskId = task.json().value(QStringLiteral("task")).toString();
        QVERIFY(!taskId.isEmpty());
        QCOMPARE(cli({QStringLiteral("ack"), incident, taskId.left(6)}).exitCode, 0);
        // Backdated on the incident's day: hours ago, not weeks.
        const QString hourAgo =
            QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        const QString twoHoursAgo =
            QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODate);
        QCOMPARE(cli({QStringLiteral("note"), incident, QStringLiteral("error rate 12%"),
                      QStringLiteral("--kind"), QStringLiteral("decision"), QStringLiteral("--at"),
                      hourAgo})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("doc"), incident, QStringLiteral("impact"),
                      QStringLiteral("12% of checkouts fail")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("update"), incident, QStringLiteral("--audience"),
                      QStringLiteral("external"), QStringLiteral("Investigating")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("status"), incident, QStringLiteral("identified")}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("severity"), incident, QStringLiteral("sev1"),
                      QStringLiteral("--reason"), QStringLiteral("spreading")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("milestone"), incident, QStringLiteral("impact_started"),
                      QStringLiteral("--at"), twoHoursAgo})
                     .exitCode,
                 0);

        const Result show = cli({QStringLiteral("show"), incident, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject state = show.json();
        QCOMPARE(state.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Checkout errors"));
        QCOMPARE(state.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
        QCOMPARE(state.value(QStringLiteral("status")).toString(), QStringLiteral("identified"));
        QCOMPARE(state.value(QStringLiteral("commander")).toString(), QStringLiteral("alice"));
        QCOMPARE(state.value(QStringLiteral("declared_by")).toString(), QStringLiteral("tester"));
        const QJsonObject firstTask =
            state.value(QStringLiteral("tasks")).toArray().first().toObject();
        QCOMPARE(firstTask.value(QStringLiteral("title")).toString(), QStringLiteral("Roll back"));
        QCOMPARE(firstTask.value(QStringLiteral("assignee")).toString(), QStringLiteral("carol"));
        QVERIFY(!firstTask.value(QStringLiteral("deadline")).isNull());
        QCOMPARE(state.value(QStringLiteral("notes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("at"))
                     .toString(),
                 hourAgo.chopped(1) + QStringLiteral(".000Z"));
        QCOMPARE(state.value(QStringLiteral("sections"))
                     .toObject()
                     .value(QStringLiteral("impact"))
                     .toObject()
                     .value(QStringLiteral("head"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("12% of checkouts fail"));
        QCOMPARE(state.value(QStringLiteral("milestones"))
                     .toObject()
                     .value(QStringLiteral("impact_started"))
                     .toObject()
                     .value(QStringLiteral("at"))
                     .toString(),
                 twoHoursAgo.chopped(1) + QStringLiteral(".000Z"));

        const Result human = cli({QStringLiteral("show"), incident});
        QVERIFY(human.out.contains(QStringLiteral("[SEV1] Checkout errors")));
        QVERIFY(human.out.contains(QStringLiteral("Roll back")));

        const Result done = cli({QStringLiteral("done"), incident, taskId});
        QCOMPARE(done.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("show"), incident, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("tasks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("done"));
    }

    void docEditsBuildOnTheCurrentHead()
    {
        const QString incident = declare(QStringLiteral("Doc"));
        QCOMPARE(
            cli({QStringLiteral("doc"), incident, QStringLiteral("status"), QStringLiteral("one")})
                .exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("doc"), incident, QStringLiteral("status"), QStringLiteral("two")})
                .exitCode,
            0);
        const QJsonObject section =
            cli({QStringLiteral("show"), incident, QStringLiteral("--json")})
                .json()
                .value(QStringLiteral("sections"))
                .toObject()
                .value(QStringLiteral("status"))
                .toObject();
        QCOMPARE(section.value(QStringLiteral("conflicted")).toBool(), false);
        QCOMPARE(section.value(QStringLiteral("revisions")).toInt(), 2);
    }

    void conflictedSectionNeedsAnExplicitBase()
    {
        const QString incident = declare(QStringLiteral("Conflict"));
        QCOMPARE(
            cli({QStringLiteral("doc"), incident, QStringLiteral("status"), QStringLiteral("one")})
                .exitCode,
            0);
        // A second writer starting from nothing: a concurrent first write.
        const Result racing =
            cli({QStringLiteral("doc"), incident, QStringLiteral("status"), QStringLiteral("two"),
                 QStringLiteral("--base"), QStringLiteral("")});
        QCOMPARE(racing.exitCode, 0);
        const Result refused = cli(
            {QStringLiteral("doc"), incident, QStringLiteral("status"), QStringLiteral("three")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is in conflict")), qPrintable(refused.err));
        const QJsonObject section =
            cli({QStringLiteral("show"), incident, QStringLiteral("--json")})
                .json()
                .value(QStringLiteral("sections"))
                .toObject()
                .value(QStringLiteral("status"))
                .toObject();
        QVERIFY(section.value(QStringLiteral("conflicted")).toBool());
        const QString head = section.value(QStringLiteral("head"))
                                 .toObject()
                                 .value(QStringLiteral("event"))
                                 .toString();
        QCOMPARE(cli({QStringLiteral("doc"), incident, QStringLiteral("status"),
                      QStringLiteral("one and two"), QStringLiteral("--base"), head})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("show"), incident, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("sections"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("conflicted"))
                     .toBool(),
                 false);
    }

    void listShowsIncidents()
    {
        const QString incident = declare(QStringLiteral("Listed incident"));
        const Result list = cli({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        bool found = false;
        for (const QJsonValue &row : list.json().value(QStringLiteral("incidents")).toArray())
            found = found || row.toObject().value(QStringLiteral("id")).toString() == incident;
        QVERIFY(found);
        QVERIFY(cli({QStringLiteral("list")}).out.contains(QStringLiteral("Listed incident")));
    }

    void exportJsonHasTheWholeLog()
    {
        const QString incident = declare(QStringLiteral("Export"));
        cli({QStringLiteral("note"), incident, QStringLiteral("hello")});
        const QString file = m_dir.filePath(QStringLiteral("log.json"));
        QCOMPARE(cli({QStringLiteral("export"), incident, QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("-o"), file})
                     .exitCode,
                 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject log = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(log.value(QStringLiteral("incident")).toString(), incident);
        const QJsonArray events = log.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("incident.declared"));
        QCOMPARE(events[1].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("note.added"));
    }

    void exportsThePostmortemInEveryFormat()
    {
        const QString incident = declare(QStringLiteral("Report export"));
        cli({QStringLiteral("note"), incident, QStringLiteral("paged, dba"),
             QStringLiteral("--kind"), QStringLiteral("action")});
        auto exported = [&](const QString &format) {
            return cli({QStringLiteral("export"), incident, QStringLiteral("--format"), format});
        };
        const auto md = exported(QStringLiteral("md"));
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith(QStringLiteral("# Postmortem: Report export\n")));
        QVERIFY(md.out.contains(QStringLiteral("| action | paged, dba |")));
        const auto csv = exported(QStringLiteral("csv"));
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("seq,time_utc,time_local,actor,type,kind,text")));
        QVERIFY(csv.out.contains(QStringLiteral(",note.added,action,\"paged, dba\",")));
        const auto html = exported(QStringLiteral("html"));
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.contains(QStringLiteral("Postmortem: Report export")));
        QVERIFY(html.out.contains(QStringLiteral("<html")));

        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const auto written = cli({QStringLiteral("export"), incident, QStringLiteral("--format"),
                                  QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // Without -o there is nowhere to put a PDF.
        QCOMPARE(exported(QStringLiteral("pdf")).exitCode, 2);
    }

    void refusalsExitOneAndNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad severity")
            << QStringList{"declare", "--title", "T", "--severity", "SEV9"}
            << "data.severity: must be one of SEV1";
        QTest::newRow("someone") << QStringList{"task",    "INCIDENT",  "T", "--assignee",
                                                "someone", "--timebox", "5m"}
                                 << "data.assignee: must name one person";
        QTest::newRow("bad role") << QStringList{"assign", "INCIDENT", "boss", "bob"}
                                  << "data.role: must be one of";
        QTest::newRow("unknown incident")
            << QStringList{"show", "ffffffff"} << "no incident matches 'ffffffff'";
        QTest::newRow("unknown task")
            << QStringList{"ack", "INCIDENT", "zzz"} << "no task matches 'zzz'";
        QTest::newRow("bad status")
            << QStringList{"status", "INCIDENT", "fixed"} << "data.status: must be one of";
    }
    void refusalsExitOneAndNameTheProblem()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString incident = declare(QStringLiteral("Refusals"));
        args.replaceInStrings(QStringLiteral("INCIDENT"), incident);
        const int eventsBefore = cli({QStringLiteral("show"), incident, QStringLiteral("--json")})
                                     .json()
                                     .value(QStringLiteral("event_count"))
                                     .toInt();
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("show"), incident, QStringLiteral("--json")})
                     .json()
                     .value(QStringLiteral("event_count"))
                     .toInt(),
                 eventsBefore);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << "no command given";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("missing args") << QStringList{"assign", "INCIDENT"}
                                      << "usage: commandpost-cli assign INCIDENT ROLE PERSON";
        QTest::newRow("foreign option")
            << QStringList{"list", "--kind", "todo"} << "--kind does not apply to 'list'";
        QTest::newRow("unknown option") << QStringList{"list", "--frob"} << "Unknown option 'frob'";
        QTest::newRow("missing title")
            << QStringList{"declare", "--severity", "SEV1"} << "declare needs --title";
        QTest::newRow("bad timebox")
            << QStringList{"task", "INCIDENT", "T", "--assignee", "bob", "--timebox", "soon"}
            << "--timebox: 'soon' is not a duration";
        // UTC year 0 and 10000 have no stored form: once written, the log could not be read.
        QTest::newRow("UTC year 0")
            << QStringList{"note", "INCIDENT", "x", "--at", "0001-01-01T00:00:00+14:00"}
            << "between 1970 and 9999";
        QTest::newRow("UTC year 10000")
            << QStringList{"note", "INCIDENT", "x", "--at", "9999-12-31T23:59:59-14:00"}
            << "between 1970 and 9999";
        QTest::newRow("in the future")
            << QStringList{"note", "INCIDENT", "x", "--at", "2090-01-01T00:00:00Z"}
            << "--at: 2090-01-01T00:00:00Z is in the future";
        QTest::newRow("far before the incident")
            << QStringList{"milestone", "INCIDENT", "impact_started", "--at",
                           "2020-01-01T00:00:00Z"}
            << "--at: 2020-01-01T00:00:00Z is more than 7 days before the incident was declared";
        QTest::newRow("bad format") << QStringList{"export", "INCIDENT", "--format", "docx"}
                                    << "--format: 'docx' is not one of md, html, pdf, csv, json";
    }
    // `milestone --at HH:MM` follows the console's rule (Commands::milestoneTime): a time of
    // today a little ago is taken, one a little ahead is refused, never moved to yesterday.
    // The CLI runs on a clock stopped at 14:00 UTC (libfaketime), so the day never turns.
    void aMilestoneAtAWallClockTimeIsTheIncidentsTime()
    {
        const QString library =
            QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1");
        if (!QFile::exists(library))
            QSKIP("libfaketime is missing (Debian package faketime)");
        QProcessEnvironment at14;
        at14.insert(QStringLiteral("LD_PRELOAD"), library);
        at14.insert(QStringLiteral("FAKETIME"), QStringLiteral("@2026-03-04 14:00:00"));
        at14.insert(QStringLiteral("FAKETIME_DONT_RESET"), QStringLiteral("1"));
        at14.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        const QString data = m_dir.filePath(QStringLiteral("milestones"));
        const QString incident = cliAt(data,
                                       {QStringLiteral("declare"), QStringLiteral("--title"),
                                        QStringLiteral("By the clock"),
                                        QStringLiteral("--severity"), QStringLiteral("SEV2")},
                                       at14)
                                     .out.trimmed();
        QVERIFY(!incident.isEmpty());
        const Result set = cliAt(data,
                                 {QStringLiteral("milestone"), incident, QStringLiteral("detected"),
                                  QStringLiteral("--at"), QStringLiteral("13:55")},
                                 at14);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QJsonObject state =
            cliAt(data, {QStringLiteral("show"), incident, QStringLiteral("--json")}, at14).json();
        QCOMPARE(state[u"milestones"][u"detected"][u"at"].toString(),
                 QStringLiteral("2026-03-04T13:55:00.000Z"));
        const Result refused =
            cliAt(data,
                  {QStringLiteral("milestone"), incident, QStringLiteral("mitigated"),
                   QStringLiteral("--at"), QStringLiteral("14:20")},
                  at14);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"14:20 is in the future"), qPrintable(refused.err));

        // Closed, and reviewed the next morning: "13:50" is of the incident's day.
        QCOMPARE(cliAt(data, {QStringLiteral("status"), incident, QStringLiteral("closed")}, at14)
                     .exitCode,
                 0);
        QProcessEnvironment nextMorning = at14;
        nextMorning.insert(QStringLiteral("FAKETIME"), QStringLiteral("@2026-03-05 10:00:00"));
        const Result reviewed =
            cliAt(data,
                  {QStringLiteral("milestone"), incident, QStringLiteral("impact_started"),
                   QStringLiteral("--at"), QStringLiteral("13:50")},
                  nextMorning);
        QVERIFY2(reviewed.exitCode == 0, qPrintable(reviewed.err));
        QCOMPARE(
            cliAt(data, {QStringLiteral("show"), incident, QStringLiteral("--json")}, nextMorning)
                .json()[u"milestones"][u"impact_started"][u"at"]
                .toString(),
            QStringLiteral("2026-03-04T13:50:00.000Z"));
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString incident = declare(QStringLiteral("Usage"));
        args.replaceInStrings(QStringLiteral("INCIDENT"), incident);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void ambiguousPrefixIsRefused()
    {
        for (int i = 0; i < 40; ++i)
            declare(QStringLiteral("Many %1").arg(i));
        // 40+ random UUIDs: some first hex digit is shared by at least two of them.
        QHash<QChar, int> firstDigits;
        for (const QJsonValue &row : cli({QStringLiteral("list"), QStringLiteral("--json")})
                                         .json()
                                         .value(QStringLiteral("incidents"))
                                         .toArray())
            ++firstDigits[row.toObject().value(QStringLiteral("id")).toString().at(0)];
        const QChar shared = std::max_element(firstDigits.begin(), firstDigits.end()).key();
        const Result r = cli({QStringLiteral("show"), QString(shared)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("give more characters")), qPrintable(r.err));
    }

    void helpAndVersion()
    {
        const Result help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("commandpost-cli declare --title T")));
        const Result version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("commandpost-cli ")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
