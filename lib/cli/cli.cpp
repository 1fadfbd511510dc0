#include "cli.h"

#include "clock.h"
#include "datadir.h"
#include "eventcodec.h"
#include "eventfactory.h"
#include "inputparsing.h"
#include "localstore.h"
#include "reducer.h"
#include "report.h"
#include "statejson.h"
#include "statetext.h"
#include "timeformat.h"
#include "synccommand.h"
#include "syncengine.h"
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
    const EventFactory &factory;
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

QString incidentArg(const Context &context);

// A typed time more than this before the incident's declaration is most likely a wrong date.
constexpr int FarBeforeDeclarationDays = 7;

QDateTime momentOption(const Context &context)
{
    if (!context.has(QStringLiteral("at")))
        return {};
    const QString value = context.option(QStringLiteral("at"));
    // HH:MM is read on this machine's clock, the one the person sees; the event gets the
    // server's time for that moment.
    const auto moment =
        resolveTypedTime(value, {context.factory.now(), context.engine.serverClock().offsetMs(),
                                 QTimeZone::systemTimeZone()});
    if (!moment)
        usage(QStringLiteral("--at: %1").arg(moment.error()));
    const IncidentState state = context.store.incident(incidentArg(context));
    if (state.declared && *moment < state.declaredAt.addDays(-FarBeforeDeclarationDays))
        usage(QStringLiteral("--at: %1 is more than %2 days before the incident was declared "
                             "(%3); check the date")
                  .arg(value)
                  .arg(FarBeforeDeclarationDays)
                  .arg(formatTime(state.declaredAt)));
    return *moment;
}

// Finds the one id that starts with `prefix`; ids are long, people type the first few characters.
QString uniqueMatch(const QStringList &ids, const QString &prefix, const QString &what)
{
    QStringList matches;
    for (const QString &id : ids) {
        if (id == prefix)
            return id;
        if (id.startsWith(prefix, Qt::CaseInsensitive))
            matches << id;
    }
    if (matches.isEmpty())
        refuse(QStringLiteral("no %1 matches '%2'").arg(what, prefix));
    if (matches.size() > 1)
        refuse(QStringLiteral("'%1' matches %2 %3s; give more characters")
                   .arg(prefix)
                   .arg(matches.size())
                   .arg(what));
    return matches.first();
}

QString incidentArg(const Context &context)
{
    return uniqueMatch(context.store.incidentIds(), context.args.at(0), QStringLiteral("incident"));
}

QString taskArg(const IncidentState &state, const QString &prefix)
{
    QStringList ids;
    for (const Task &task : state.tasks)
        ids << task.id;
    return uniqueMatch(ids, prefix, QStringLiteral("task"));
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

void write(Context &context, const QList<Event> &events, const QString &humanResult)
{
    if (const auto written = context.store.append(events); !written)
        refuse(written.error().join(QLatin1Char('\n')));
    syncAfter(context);
    if (context.json) {
        QJsonObject result{{QStringLiteral("events"), toJson(events)}};
        result.insert(QStringLiteral("incident"), events.first().incident);
        if (events.first().type == vocab::type::TaskCreated)
            result.insert(QStringLiteral("task"), events.first().text(QStringLiteral("task")));
        context.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << "\n";
    } else if (!humanResult.isEmpty()) {
        context.out << humanResult << "\n";
    }
}

void declare(Context &c)
{
    const QString severity = requireOption(c, QStringLiteral("severity")).toUpper();
    const Event event = c.factory.declare(requireOption(c, QStringLiteral("title")), severity,
                                          c.option(QStringLiteral("summary")));
    write(c, {event}, event.incident);
}

void note(Context &c)
{
    const QString kind = c.has(QStringLiteral("kind")) ? c.option(QStringLiteral("kind"))
                                                       : QStringLiteral("observation");
    write(c, {c.factory.note(incidentArg(c), c.args.at(1), kind, momentOption(c))}, {});
}

void assign(Context &c)
{
    write(c, {c.factory.assignRole(incidentArg(c), c.args.at(1), c.args.at(2))}, {});
}
void relieve(Context &c)
{
    write(c, {c.factory.relieveRole(incidentArg(c), c.args.at(1))}, {});
}

void task(Context &c)
{
    const QString incident = incidentArg(c);
    const int timebox =
        minutesOption(QStringLiteral("timebox"), requireOption(c, QStringLiteral("timebox")));
    const Event event = c.factory.createTask(incident, c.args.at(1),
                                             requireOption(c, QStringLiteral("assignee")), timebox);
    write(c, {event}, event.text(QStringLiteral("task")));
}

// ack, done, block, cancel, reopen: one event about one task.
Handler taskStatus(const QString &status)
{
    return [status](Context &c) {
        const QString incident = incidentArg(c);
        const QString taskId = taskArg(c.store.incident(incident), c.args.at(1));
        if (status.isEmpty())
            write(c, {c.factory.taskEvent(incident, vocab::type::TaskAcknowledged, taskId)}, {});
        else
            write(c, {c.factory.setTaskStatus(incident, taskId, status)}, {});
    };
}

void extend(Context &c)
{
    const QString incident = incidentArg(c);
    const QString taskId = taskArg(c.store.incident(incident), c.args.at(1));
    const int minutes = minutesOption(QStringLiteral("minutes"), c.args.at(2));
    write(c,
          {c.factory.taskEvent(incident, vocab::type::TaskExtended, taskId,
                               {{QStringLiteral("minutes"), minutes}})},
          {});
}

void doc(Context &c)
{
    const QString incident = incidentArg(c);
    const QString section = c.args.at(1);
    // By default the edit is based on what the writer sees now: the section's current head.
    // A conflicted section is settled only by someone who has read both texts (--base).
    const DocSection current = c.store.incident(incident).sections.value(section);
    if (current.isConflicted() && !c.has(QStringLiteral("base")))
        refuse(QStringLiteral("section %1 is in conflict; read both texts with 'show' and write "
                              "the merge with --base %2")
                   .arg(section, current.head.eventId));
    const QString base =
        c.has(QStringLiteral("base")) ? c.option(QStringLiteral("base")) : current.head.eventId;
    write(c, {c.factory.setSection(incident, section, c.args.at(2), base)}, {});
}

void update(Context &c)
{
    const QString incident = incidentArg(c);
    const QString audience = requireOption(c, QStringLiteral("audience"));
    const int next = c.has(QStringLiteral("next"))
                         ? minutesOption(QStringLiteral("next"), c.option(QStringLiteral("next")))
                         : 0;
    write(c, {c.factory.publishUpdate(incident, audience, c.args.at(1), next)}, {});
}

void status(Context &c)
{
    write(c, {c.factory.setStatus(incidentArg(c), c.args.at(1), momentOption(c))}, {});
}

void severity(Context &c)
{
    write(c,
          {c.factory.setSeverity(incidentArg(c), c.args.at(1).toUpper(),
                                 c.option(QStringLiteral("reason")), momentOption(c))},
          {});
}

void milestone(Context &c)
{
    write(c, {c.factory.setMilestone(incidentArg(c), c.args.at(1), momentOption(c))}, {});
}

void list(Context &c)
{
    const auto incidents = c.store.incidents();
    QList<IncidentState> ordered = incidents.values();
    ordered.removeIf([](const IncidentState &state) { return !state.declared; });
    std::sort(ordered.begin(), ordered.end(), [](const IncidentState &a, const IncidentState &b) {
        return a.declaredAt != b.declaredAt ? a.declaredAt > b.declaredAt : a.id < b.id;
    });
    if (c.json) {
        QJsonArray array;
        for (const IncidentState &state : ordered)
            array.append(summaryJson(state));
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("incidents"), array}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
        return;
    }
    if (ordered.isEmpty())
        c.out << "No incidents. Declare one with: commandpost-cli declare --title T --severity "
                 "SEV2\n";
    for (const IncidentState &state : ordered)
        c.out << incidentLine(state, c.factory.now()) << "\n";
}

void show(Context &c)
{
    const IncidentState state = c.store.incident(incidentArg(c));
    if (c.json) {
        QJsonObject object = toJson(state);
        object.insert(QStringLiteral("countdowns"), countdownsJson(state, c.factory.now()));
        c.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else
        c.out << incidentText(state, c.factory.now());
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

QByteArray exportBytes(const Context &c, const QString &incident, const QString &format)
{
    const report::ReportInput input{c.store.incident(incident), c.store.events(incident),
                                    c.factory.now(), QTimeZone::systemTimeZone()};
    if (format == u"md")
        return report::markdown(input).toUtf8();
    if (format == u"html")
        return report::html(input).toUtf8();
    if (format == u"csv")
        return report::csv(input);
    return QJsonDocument(QJsonObject{{QStringLiteral("incident"), incident},
                                     {QStringLiteral("events"), toJson(input.log)}})
        .toJson(QJsonDocument::Indented);
}

void exportLog(Context &c)
{
    const QString incident = incidentArg(c);
    const QString format = requireOption(c, QStringLiteral("format"));
    static const QStringList formats = {QStringLiteral("md"), QStringLiteral("html"),
                                        QStringLiteral("pdf"), QStringLiteral("csv"),
                                        QStringLiteral("json")};
    if (!formats.contains(format))
        usage(QStringLiteral("--format: '%1' is not one of md, html, pdf, csv, json").arg(format));
    if (format == u"pdf") {
        if (!c.has(QStringLiteral("output")))
            usage(QStringLiteral("--format pdf needs -o FILE"));
        const report::ReportInput input{c.store.incident(incident), c.store.events(incident),
                                        c.factory.now(), QTimeZone::systemTimeZone()};
        if (const auto written = report::writePdf(input, c.option(QStringLiteral("output")));
            !written)
            refuse(written.error());
        return;
    }
    const QByteArray bytes = exportBytes(c, incident, format);
    if (!c.has(QStringLiteral("output"))) {
        c.out << QString::fromUtf8(bytes);
        return;
    }
    QFile file(c.option(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        refuse(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
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
    const bool readsAll = QStringList{QStringLiteral("list"), QStringLiteral("show"),
                                      QStringLiteral("export"), QStringLiteral("sync")}
                              .contains(command.name);
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
    const EventFactory factory(engine.serverClock(), actor);
    Context context{command, parser,  args,
                    store,   factory, engine,
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
