#include "cli.h"

#include "clock.h"
#include "commands.h"
#include "datadir.h"
#include "eventcodec.h"
#include "eventfactory.h"
#include "inputparsing.h"
#include "localstore.h"
#include "reducer.h"
#include "report.h"
#include "statejson.h"
#include "statetext.h"
#include "synccommand.h"
#include "syncengine.h"
#include "timeformat.h"
#include "vocabulary.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <functional>

namespace cp::cli {
namespace {

// A refusal or usage problem, carried up to run() which prints it and picks the exit code.
struct Failure
{
    Exit exit;
    QString message;
};

struct Context;
using Handler = std::function<void(Context &)>;

struct Command
{
    QString name;
    QString synopsis;
    int minArgs;
    int maxArgs; // -1: the last argument takes the rest of the words (free text)
    QStringList options;
    Handler handler;
};

struct Context
{
    const Command &command;
    QCommandLineParser &parser;
    QStringList args;
    LocalStore &store;
    app::Commands &commands;
    sync::SyncEngine &engine;
    QTextStream &out;
    QTextStream &err;
    bool json = false;
    bool online = false; // a server is set and the sync before the command reached it

    QString option(const QString &name) const { return parser.value(name); }
    bool has(const QString &name) const { return parser.isSet(name); }
};

[[noreturn]] void refuse(const QString &message)
{
    throw Failure{Refused, message};
}
[[noreturn]] void usage(const QString &message)
{
    throw Failure{Usage, message};
}

QString requireOption(const Context &context, const QString &name)
{
    if (!context.has(name) || context.option(name).trimmed().isEmpty())
        usage(QStringLiteral("%1 needs --%2").arg(context.command.name, name));
    return context.option(name);
}

int minutesOption(const QString &name, const QString &value)
{
    const auto minutes = parseMinutes(value);
    if (!minutes)
        usage(QStringLiteral("--%1: '%2' is not a duration; write e.g. 15m, 2h or 1h30m")
                  .arg(name, value));
    return *minutes;
}

// What the application layer answered; a refusal ends the command with its words.
template<typename T> T accepted(app::Result<T> result, const QString &prefix = {})
{
    if (!result)
        refuse(prefix + result.error().message);
    return *std::move(result);
}

void accepted(const app::Result<void> &result)
{
    if (!result)
        refuse(result.error().message);
}

QString incidentArg(const Context &context)
{
    return accepted(context.commands.findIncident(context.args.at(0)));
}

QString taskArg(const Context &context, const QString &incident)
{
    return accepted(context.commands.findTask(incident, context.args.at(1)));
}

QString entryArg(const Context &context, const QString &incident)
{
    return accepted(context.commands.findEntry(incident, context.args.at(1)));
}

QDateTime momentOption(const Context &context, const QString &incident)
{
    if (!context.has(QStringLiteral("at")))
        return {};
    // HH:MM is read on this machine's clock, the one the person sees; the event gets the
    // server's time for that moment.
    const auto moment = context.commands.typedTime(incident, context.option(QStringLiteral("at")),
                                                   context.engine.serverClock().offsetMs(),
                                                   QTimeZone::systemTimeZone());
    if (!moment)
        usage(QStringLiteral("--at: %1").arg(moment.error().message));
    return *moment;
}

// Before a command: bring the store up to date, so ids typed by others resolve.
void syncBefore(Context &context)
{
    if (!context.engine.config().isEnabled())
        return;
    context.online = syncRound(context.engine);
    if (!context.online)
        context.err << "commandpost-cli: working on the local store: " << context.engine.lastError()
                    << "\n";
}

// After a write: send it. The event is saved either way; a failure only delays it.
void syncAfter(Context &context)
{
    if (!context.online)
        return;
    if (!syncRound(context.engine))
        context.err << "commandpost-cli: saved here, not sent yet: " << context.engine.lastError()
                    << "\n";
    context.err << rejectedText(context.store);
}

void write(Context &context, app::Result<app::Recorded> result, const QString &humanResult = {})
{
    const app::Recorded recorded = accepted(std::move(result));
    syncAfter(context);
    if (context.json) {
        const Event &first = recorded.events.first();
        QJsonObject out{{QStringLiteral("events"), toJson(recorded.events)},
                        {QStringLiteral("incident"), first.incident}};
        if (first.type == vocab::type::TaskCreated)
            out.insert(QStringLiteral("task"), first.text(QStringLiteral("task")));
        context.out << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    } else if (humanResult == u"incident") {
        context.out << recorded.incident() << "\n";
    } else if (humanResult == u"task") {
        context.out << recorded.events.first().text(QStringLiteral("task")) << "\n";
    }
}

void declare(Context &c)
{
    write(c,
          c.commands.declare(requireOption(c, QStringLiteral("title")),
                             requireOption(c, QStringLiteral("severity")),
                             c.option(QStringLiteral("summary"))),
          QStringLiteral("incident"));
}

void note(Context &c)
{
    const QString kind = c.has(QStringLiteral("kind")) ? c.option(QStringLiteral("kind"))
                                                       : QStringLiteral("observation");
    const QString incident = incidentArg(c);
    write(c, c.commands.addNote(incident, c.args.at(1), kind, momentOption(c, incident)));
}

void assign(Context &c)
{
    write(c, c.commands.assignRole(incidentArg(c), c.args.at(1), c.args.at(2)));
}

void relieve(Context &c)
{
    write(c, c.commands.relieveRole(incidentArg(c), c.args.at(1)));
}

void handoff(Context &c)
{
    write(c, c.commands.handOffCommand(incidentArg(c), c.args.at(1)));
}

void task(Context &c)
{
    const QString incident = incidentArg(c);
    const int timebox =
        minutesOption(QStringLiteral("timebox"), requireOption(c, QStringLiteral("timebox")));
    write(c,
          c.commands.createTask(incident, c.args.at(1),
                                requireOption(c, QStringLiteral("assignee")), timebox),
          QStringLiteral("task"));
}

// ack, done, block, cancel, reopen: one event about one task.
Handler taskStatus(const QString &status)
{
    return [status](Context &c) {
        const QString incident = incidentArg(c);
        const QString taskId = taskArg(c, incident);
        write(c, status.isEmpty() ? c.commands.acknowledgeTask(incident, taskId)
                                  : c.commands.setTaskStatus(incident, taskId, status));
    };
}

void extend(Context &c)
{
    const QString incident = incidentArg(c);
    const QString taskId = taskArg(c, incident);
    const int minutes = minutesOption(QStringLiteral("minutes"), c.args.at(2));
    write(c, c.commands.extendTask(incident, taskId, minutes));
}

void doc(Context &c)
{
    // By default the edit is based on what the writer sees now: the section's current head.
    const std::optional<QString> base = c.has(QStringLiteral("base"))
                                            ? std::optional(c.option(QStringLiteral("base")))
                                            : std::nullopt;
    write(c, c.commands.writeSection(incidentArg(c), c.args.at(1), c.args.at(2), base));
}

void update(Context &c)
{
    const QString incident = incidentArg(c);
    const QString audience = requireOption(c, QStringLiteral("audience"));
    const int next = c.has(QStringLiteral("next"))
                         ? minutesOption(QStringLiteral("next"), c.option(QStringLiteral("next")))
                         : 0;
    write(c, c.commands.publishUpdate(incident, audience, c.args.at(1), next));
}

void cadence(Context &c)
{
    const QString incident = incidentArg(c);
    write(c, c.commands.setCadence(incident, c.args.at(1),
                                   minutesOption(QStringLiteral("every"), c.args.at(2))));
}

void status(Context &c)
{
    const QString incident = incidentArg(c);
    write(c, c.commands.setStatus(incident, c.args.at(1), momentOption(c, incident)));
}

void severity(Context &c)
{
    const QString incident = incidentArg(c);
    write(c, c.commands.setSeverity(incident, c.args.at(1), c.option(QStringLiteral("reason")),
                                    momentOption(c, incident)));
}

void milestone(Context &c)
{
    const QString incident = incidentArg(c);
    QDateTime at;
    if (c.has(QStringLiteral("at"))) {
        const auto typed = c.commands.milestoneTime(incident, c.option(QStringLiteral("at")),
                                                    c.engine.serverClock().offsetMs(),
                                                    QTimeZone::systemTimeZone());
        if (!typed)
            usage(QStringLiteral("--at: %1").arg(typed.error().message));
        at = *typed;
    }
    write(c, c.commands.setMilestone(incident, c.args.at(1), at));
}

void correct(Context &c)
{
    const QString incident = incidentArg(c);
    const QString entry = entryArg(c, incident);
    const QString text = c.option(QStringLiteral("text"));
    QDateTime at;
    if (c.has(QStringLiteral("at"))) {
        at = accepted(c.commands.entryTime(incident, entry, c.option(QStringLiteral("at")),
                                           QTimeZone::systemTimeZone()),
                      QStringLiteral("--at: "));
    } else if (text.trimmed().isEmpty()) {
        usage(QStringLiteral("correct needs --text TEXT, --at TIME, or both"));
    }
    write(c, c.commands.correctEntry(incident, entry, at, text));
}

Handler pin(bool pinned)
{
    return [pinned](Context &c) {
        const QString incident = incidentArg(c);
        write(c, c.commands.pinEntry(incident, entryArg(c, incident), pinned));
    };
}

void followup(Context &c)
{
    const QString incident = incidentArg(c);
    QDate due;
    if (c.has(QStringLiteral("due")))
        due = accepted(c.commands.typedDate(c.option(QStringLiteral("due"))),
                       QStringLiteral("--due: "));
    write(c, c.commands.addFollowUp(incident, c.args.at(1),
                                    requireOption(c, QStringLiteral("owner")), due));
}

void list(Context &c)
{
    auto summaries = c.store.summaries();
    if (!summaries)
        refuse(summaries.error());
    QList<IncidentSummary> &ordered = *summaries;
    ordered.removeIf([](const IncidentSummary &incident) { return !incident.declared; });
    std::sort(ordered.begin(), ordered.end(),
              [](const IncidentSummary &a, const IncidentSummary &b) {
                  return a.declaredAt != b.declaredAt ? a.declaredAt > b.declaredAt : a.id < b.id;
              });
    if (c.json) {
        QJsonArray array;
        for (const IncidentSummary &incident : ordered)
            array.append(summaryJson(incident));
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("incidents"), array}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
        return;
    }
    if (ordered.isEmpty())
        c.out << "No incidents. Declare one with: commandpost-cli declare --title T --severity "
                 "SEV2\n";
    for (const IncidentSummary &incident : ordered)
        c.out << incidentLine(incident, c.commands.now()) << "\n";
}

void show(Context &c)
{
    const IncidentState state = c.commands.stateOf(incidentArg(c));
    if (c.json) {
        QJsonObject object = toJson(state);
        object.insert(QStringLiteral("countdowns"), countdownsJson(state, c.commands.now()));
        c.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else
        c.out << incidentText(state, c.commands.now());
}

void syncCommand(Context &c)
{
    if (!c.engine.config().isEnabled())
        usage(QStringLiteral("sync needs --server URL (or %1)").arg(sync::ServerVariable));
    if (c.has(QStringLiteral("resend-rejected"))) {
        const auto resent = c.store.resendRejected();
        if (!resent)
            refuse(resent.error());
        c.err << "commandpost-cli: " << *resent << " set-aside event(s) queued again\n";
    }
    if (c.has(QStringLiteral("watch"))) {
        if (watch(c.engine, c.store, c.out, c.json) != 0)
            refuse(QStringLiteral("sync stopped: %1").arg(c.engine.lastError()));
        return;
    }
    const bool ok = syncRound(c.engine);
    c.err << rejectedText(c.store);
    if (!ok)
        refuse(QStringLiteral("sync failed: %1; %2 event(s) wait in the outbox")
                   .arg(c.engine.lastError())
                   .arg(c.engine.pendingCount()));
    if (c.json)
        c.out << QJsonDocument(syncStatusJson(c.engine, c.store)).toJson(QJsonDocument::Compact)
              << "\n";
    else
        c.out << syncStatusLine(c.engine, c.store) << "\n";
}

void exportLog(Context &c)
{
    const QString incident = incidentArg(c);
    const QString format = requireOption(c, QStringLiteral("format"));
    if (!app::Commands::exportFormats().contains(format))
        usage(QStringLiteral("--format: '%1' is not one of %2")
                  .arg(format, app::Commands::exportFormats().join(QStringLiteral(", "))));
    if (c.has(QStringLiteral("output"))) {
        accepted(c.commands.exportReport(incident, format, c.option(QStringLiteral("output")),
                                         QTimeZone::systemTimeZone()));
        return;
    }
    if (format == u"pdf")
        usage(QStringLiteral("--format pdf needs -o FILE"));
    c.out << QString::fromUtf8(
        accepted(c.commands.report(incident, format, QTimeZone::systemTimeZone())));
}

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {QStringLiteral("declare"),
         QStringLiteral("declare --title T --severity SEV1..SEV5 [--summary S]"),
         0,
         0,
         {QStringLiteral("title"), QStringLiteral("severity"), QStringLiteral("summary")},
         declare},
        {QStringLiteral("note"),
         QStringLiteral("note INCIDENT TEXT [--kind KIND] [--at TIME]"),
         2,
         -1,
         {QStringLiteral("kind"), QStringLiteral("at")},
         note},
        {QStringLiteral("assign"), QStringLiteral("assign INCIDENT ROLE PERSON"), 3, 3, {}, assign},
        {QStringLiteral("relieve"), QStringLiteral("relieve INCIDENT ROLE"), 2, 2, {}, relieve},
        {QStringLiteral("handoff"), QStringLiteral("handoff INCIDENT PERSON"), 2, 2, {}, handoff},
        {QStringLiteral("task"),
         QStringLiteral("task INCIDENT TITLE --assignee PERSON --timebox 15m"),
         2,
         -1,
         {QStringLiteral("assignee"), QStringLiteral("timebox")},
         task},
        {QStringLiteral("ack"), QStringLiteral("ack INCIDENT TASK"), 2, 2, {}, taskStatus({})},
        {QStringLiteral("done"),
         QStringLiteral("done INCIDENT TASK"),
         2,
         2,
         {},
         taskStatus(QStringLiteral("done"))},
        {QStringLiteral("block"),
         QStringLiteral("block INCIDENT TASK"),
         2,
         2,
         {},
         taskStatus(QStringLiteral("blocked"))},
        {QStringLiteral("cancel"),
         QStringLiteral("cancel INCIDENT TASK"),
         2,
         2,
         {},
         taskStatus(QStringLiteral("cancelled"))},
        {QStringLiteral("reopen"),
         QStringLiteral("reopen INCIDENT TASK"),
         2,
         2,
         {},
         taskStatus(QStringLiteral("open"))},
        {QStringLiteral("extend"),
         QStringLiteral("extend INCIDENT TASK DURATION"),
         3,
         3,
         {},
         extend},
        {QStringLiteral("doc"),
         QStringLiteral("doc INCIDENT SECTION TEXT [--base EVENT]"),
         3,
         -1,
         {QStringLiteral("base")},
         doc},
        {QStringLiteral("update"),
         QStringLiteral("update INCIDENT --audience internal|external TEXT [--next 30m]"),
         2,
         -1,
         {QStringLiteral("audience"), QStringLiteral("next")},
         update},
        {QStringLiteral("cadence"),
         QStringLiteral("cadence INCIDENT internal|external DURATION"),
         3,
         3,
         {},
         cadence},
        {QStringLiteral("status"),
         QStringLiteral("status INCIDENT STATUS [--at TIME]"),
         2,
         2,
         {QStringLiteral("at")},
         status},
        {QStringLiteral("severity"),
         QStringLiteral("severity INCIDENT SEVERITY [--reason R] [--at TIME]"),
         2,
         2,
         {QStringLiteral("reason"), QStringLiteral("at")},
         severity},
        {QStringLiteral("milestone"),
         QStringLiteral("milestone INCIDENT MILESTONE [--at TIME]"),
         2,
         2,
         {QStringLiteral("at")},
         milestone},
        {QStringLiteral("correct"),
         QStringLiteral("correct INCIDENT ENTRY [--text TEXT] [--at TIME]"),
         2,
         2,
         {QStringLiteral("text"), QStringLiteral("at")},
         correct},
        {QStringLiteral("pin"), QStringLiteral("pin INCIDENT ENTRY"), 2, 2, {}, pin(true)},
        {QStringLiteral("unpin"), QStringLiteral("unpin INCIDENT ENTRY"), 2, 2, {}, pin(false)},
        {QStringLiteral("followup"),
         QStringLiteral("followup INCIDENT TITLE --owner PERSON [--due YYYY-MM-DD]"),
         2,
         -1,
         {QStringLiteral("owner"), QStringLiteral("due")},
         followup},
        {QStringLiteral("list"), QStringLiteral("list"), 0, 0, {}, list},
        {QStringLiteral("sync"),
         QStringLiteral("sync [--watch] [--resend-rejected]"),
         0,
         0,
         {QStringLiteral("watch"), QStringLiteral("resend-rejected")},
         syncCommand},
        {QStringLiteral("show"), QStringLiteral("show INCIDENT"), 1, 1, {}, show},
        // Run by execute() before the store is opened: opening refuses a damaged one.
        {QStringLiteral("recover"), QStringLiteral("recover"), 0, 0, {}, [](Context &) {}},
        {QStringLiteral("export"),
         QStringLiteral("export INCIDENT --format json [-o FILE]"),
         1,
         1,
         {QStringLiteral("format"), QStringLiteral("output")},
         exportLog},
    };
    return table;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Command Post from the command line: declare and run incidents on the "
                       "local store, and sync it with a server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data"),
         QStringLiteral("Local store folder (default: %1).").arg(defaultDataDir()),
         QStringLiteral("dir")},
        {QStringLiteral("json"), QStringLiteral("Machine-readable output.")},
        {QStringLiteral("server"),
         QStringLiteral("Sync with this server, e.g. http://host:8470 (or %1). Without it the "
                        "local store is used alone.")
             .arg(sync::ServerVariable),
         QStringLiteral("url")},
        {QStringLiteral("token"),
         QStringLiteral("The server token (better: the %1 environment variable, which other "
                        "users cannot read).")
             .arg(sync::TokenVariable),
         QStringLiteral("token")},
        {QStringLiteral("watch"), QStringLiteral("sync: stay live until interrupted.")},
        {QStringLiteral("resend-rejected"),
         QStringLiteral("sync: send events the server refused again, under new ids.")},
        {QStringLiteral("actor"),
         QStringLiteral("Name on events until a server stamps them (default: %1).")
             .arg(defaultActor()),
         QStringLiteral("name")},
        {QStringLiteral("title"), QStringLiteral("declare: the incident's title."),
         QStringLiteral("text")},
        {QStringLiteral("severity"),
         QStringLiteral("declare: SEV1 (worst) to SEV5. If unsure, pick the higher."),
         QStringLiteral("sev")},
        {QStringLiteral("summary"), QStringLiteral("declare: what is known so far."),
         QStringLiteral("text")},
        {QStringLiteral("kind"),
         QStringLiteral("note: observation, action, decision, communication or todo."),
         QStringLiteral("kind")},
        {QStringLiteral("at"), QStringLiteral("When it happened: HH:MM (local) or ISO 8601."),
         QStringLiteral("time")},
        {QStringLiteral("assignee"), QStringLiteral("task: the one person who does it."),
         QStringLiteral("person")},
        {QStringLiteral("timebox"),
         QStringLiteral("task: time allowed once acknowledged, e.g. 15m."),
         QStringLiteral("duration")},
        {QStringLiteral("base"),
         QStringLiteral("doc: the section version the text was written from."),
         QStringLiteral("event")},
        {QStringLiteral("audience"), QStringLiteral("update: internal or external."),
         QStringLiteral("audience")},
        {QStringLiteral("next"), QStringLiteral("update: when the next one is promised, e.g. 30m."),
         QStringLiteral("duration")},
        {QStringLiteral("reason"), QStringLiteral("severity: why it changed."),
         QStringLiteral("text")},
        {QStringLiteral("text"), QStringLiteral("correct: the entry's corrected text."),
         QStringLiteral("text")},
        {QStringLiteral("owner"), QStringLiteral("followup: the one person who sees it done."),
         QStringLiteral("person")},
        {QStringLiteral("due"), QStringLiteral("followup: the date it is due, YYYY-MM-DD."),
         QStringLiteral("date")},
        {QStringLiteral("format"),
         QStringLiteral("export: md, html, pdf, csv (the timeline) or json."),
         QStringLiteral("format")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("export: write to this file."),
         QStringLiteral("file")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("One of the commands below."));
}

QString commandHelp()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  commandpost-cli %1\n").arg(command.synopsis);
    text += QStringLiteral("\nExit status: 0 done, 1 refused (the message says why), 2 usage.\n");
    return text;
}

const Command &findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return command;
    }
    usage(name.isEmpty() ? QStringLiteral("no command given")
                         : QStringLiteral("unknown command '%1'").arg(name));
}

// Checks the words after the command against its synopsis; free text may span several words.
QStringList commandArgs(const Command &command, QStringList words, const QCommandLineParser &parser)
{
    static const QStringList global = {QStringLiteral("data"), QStringLiteral("json"),
                                       QStringLiteral("actor"), QStringLiteral("server"),
                                       QStringLiteral("token")};
    for (const QString &option : parser.optionNames()) {
        const QString name = option == u"o" ? QStringLiteral("output") : option;
        if (!global.contains(name) && !command.options.contains(name))
            usage(QStringLiteral("--%1 does not apply to '%2'").arg(name, command.name));
    }
    if (words.size() < command.minArgs || (command.maxArgs >= 0 && words.size() > command.maxArgs))
        usage(QStringLiteral("usage: commandpost-cli %1").arg(command.synopsis));
    if (command.maxArgs < 0 && words.size() > command.minArgs) {
        const QStringList rest = words.mid(command.minArgs - 1);
        words = words.mid(0, command.minArgs - 1) << rest.join(QLatin1Char(' '));
    }
    return words;
}

sync::SyncConfig syncConfig(const QCommandLineParser &parser)
{
    const auto config = sync::resolveConfig(parser.value(QStringLiteral("server")),
                                            parser.value(QStringLiteral("token")));
    if (!config)
        usage(QStringLiteral("--%1").arg(config.error()));
    if (config->isEnabled() && config->token.isEmpty())
        usage(
            QStringLiteral("--server needs a token: --token TOKEN or %1").arg(sync::TokenVariable));
    return *config;
}

int recover(const QString &dataDir, QTextStream &out, bool json)
{
    const auto recovered = LocalStore::recover(dataDir);
    if (!recovered)
        refuse(recovered.error());
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("set_aside"), recovered->setAside},
                                         {QStringLiteral("confirmed"), recovered->confirmed},
                                         {QStringLiteral("pending"), recovered->pending},
                                         {QStringLiteral("rejected"), recovered->rejected},
                                         {QStringLiteral("unreadable"), recovered->unreadable},
                                         {QStringLiteral("problems"),
                                          QJsonArray::fromStringList(recovered->problems)}})
                   .toJson(QJsonDocument::Compact)
            << "\n";
        return Done;
    }
    out << "The damaged store is kept as " << recovered->setAside << ".\n"
        << "Recovered " << recovered->pending << " event(s) not yet sent, " << recovered->confirmed
        << " confirmed and " << recovered->rejected << " set aside into a new store.\n";
    if (recovered->unreadable > 0)
        out << recovered->unreadable << " row(s) could not be read as events.\n";
    for (const QString &problem : recovered->problems)
        out << "Lost: " << problem << "\n";
    out << "The next sync reads the server's whole feed again and brings back what it "
           "confirmed.\n";
    return Done;
}

int execute(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QStringList words = parser.positionalArguments();
    const Command &command = findCommand(words.value(0));
    const QStringList args = commandArgs(command, words.mid(1), parser);
    const sync::SyncConfig config = syncConfig(parser);

    LocalStore store;
    const QString dataDir = parser.isSet(QStringLiteral("data"))
                                ? parser.value(QStringLiteral("data"))
                                : defaultDataDir();
    if (command.name == u"recover")
        return recover(dataDir, out, parser.isSet(QStringLiteral("json")));
    // Commands that read the whole store check every page first; the others meet damage, if
    // any, in the pages they read (and say so), at a cost that does not grow with history.
    const bool readsAll =
        QStringList{QStringLiteral("export"), QStringLiteral("sync")}.contains(command.name);
    if (const auto opened =
            store.open(dataDir, LocalStore::SchemaVersion,
                       readsAll ? LocalStore::Check::Quick : LocalStore::Check::None);
        !opened)
        refuse(opened.error());
    const QString actor = parser.isSet(QStringLiteral("actor"))
                              ? parser.value(QStringLiteral("actor"))
                              : defaultActor();
    sync::SyncEngine engine(store);
    engine.setConfig(config);
    // Event times and countdowns follow the server's clock, as last measured.
    app::Commands service(store, engine.serverClock(), actor);
    Context context{command, parser,  args,
                    store,   service, engine,
                    out,     err,     parser.isSet(QStringLiteral("json"))};
    if (command.name != u"sync")
        syncBefore(context);
    command.handler(context);
    if (!store.readError().isEmpty()) // what was printed is short of what is stored
        refuse(store.readError());
    return Done;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err << "commandpost-cli: " << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "commandpost-cli " << COMMANDPOST_VERSION << "\n";
        return Done;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << commandHelp();
        return Done;
    }
    try {
        return execute(parser, out, err);
    } catch (const Failure &failure) {
        err << "commandpost-cli: " << failure.message << "\n";
        if (failure.exit == Usage)
            err << "Try 'commandpost-cli --help'.\n";
        return failure.exit;
    }
}

} // namespace cp::cli
