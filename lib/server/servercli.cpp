#include "servercli.h"

#include <limits>

#include "apiserver.h"
#include "shutdownsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

namespace cp::server {
namespace {

// How long a starting server waits for the previous one on its database to let go: a killed
// server's PostgreSQL session ends only after the commit it had in flight.
constexpr std::chrono::seconds ClaimPatience{5};

struct Usage
{
    QString message;
};

const char *const Synopsis = R"(Usage:
  commandpost-server [serve] [--listen ADDR:PORT] [--db DB] [--log-level LEVEL] [limits]
  commandpost-server user add NAME [--role admin|responder|viewer] [--db DB]
  commandpost-server user list|remove NAME|token NAME [--db DB]
  commandpost-server check [--db DB]

DB is a SQLite file path or postgres://user[:password]@host[:port]/name[?sslmode=require].
)";

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("listen"),
         QStringLiteral("Address and port to serve on (default 127.0.0.1:%1).").arg(DefaultPort),
         QStringLiteral("ADDR:PORT")},
        {QStringLiteral("db"), QStringLiteral("Database: a SQLite file or a postgres:// URL."),
         QStringLiteral("DB")},
        {QStringLiteral("role"), QStringLiteral("Role of a new user (default responder)."),
         QStringLiteral("ROLE"), QStringLiteral("responder")},
        {QStringLiteral("log-level"), QStringLiteral("debug, info (default), warning or error."),
         QStringLiteral("LEVEL"), QStringLiteral("info")},
        {QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes."),
         QStringLiteral("BYTES")},
        {QStringLiteral("max-batch"), QStringLiteral("Most events in one POST."),
         QStringLiteral("N")},
        {QStringLiteral("max-pollers"), QStringLiteral("Most requests waiting at once."),
         QStringLiteral("N")},
        {QStringLiteral("max-buffered"),
         QStringLiteral("Most bytes of answers waiting for slow clients, all together."),
         QStringLiteral("BYTES")},
        {QStringLiteral("request-timeout"), QStringLiteral("Seconds a request may take to arrive."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("idle-timeout"), QStringLiteral("Seconds an idle connection stays open."),
         QStringLiteral("SECONDS")},
    };
}

int positiveOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1)
        throw Usage{QStringLiteral("--%1: must be a whole number from 1 up").arg(name)};
    return value;
}

Limits limitsFrom(const QCommandLineParser &parser)
{
    Limits limits;
    limits.maxBodyBytes = positiveOption(parser, QStringLiteral("max-body"), limits.maxBodyBytes);
    limits.maxBatch = positiveOption(parser, QStringLiteral("max-batch"), limits.maxBatch);
    limits.maxPollers = positiveOption(parser, QStringLiteral("max-pollers"), limits.maxPollers);
    limits.maxBufferedBytes = positiveOption(
        parser, QStringLiteral("max-buffered"),
        int(std::min<qint64>(limits.maxBufferedBytes, std::numeric_limits<int>::max())));
    limits.requestTimeoutMs =
        positiveOption(parser, QStringLiteral("request-timeout"), limits.requestTimeoutMs / 1000) *
        1000;
    limits.idleTimeoutMs =
        positiveOption(parser, QStringLiteral("idle-timeout"), limits.idleTimeoutMs / 1000) * 1000;
    return limits;
}

void setLogLevel(const QString &level)
{
    static const QStringList levels = {QStringLiteral("debug"), QStringLiteral("info"),
                                       QStringLiteral("warning"), QStringLiteral("error")};
    const qsizetype index = levels.indexOf(level);
    if (index < 0)
        throw Usage{QStringLiteral("--log-level: use debug, info, warning or error")};
    QStringList rules;
    const QStringList types = {QStringLiteral("debug"), QStringLiteral("info"),
                               QStringLiteral("warning")};
    for (qsizetype i = 0; i < types.size(); ++i)
        rules
            << QStringLiteral("commandpost.*.%1=%2").arg(types[i], i >= index ? u"true" : u"false");
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
}

DatabaseSpec databaseSpec(const QCommandLineParser &parser)
{
    const auto spec =
        parseDatabaseSpec(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                             : defaultDatabase());
    if (!spec)
        throw Usage{spec.error()};
    return *spec;
}

std::expected<void, QString> openStore(ServerStore &store, const QCommandLineParser &parser)
{
    return store.open(databaseSpec(parser));
}

QString urlOf(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

int serve(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const Limits limits = limitsFrom(parser);
    const auto listen = parseListenAddress(parser.isSet(QStringLiteral("listen"))
                                               ? parser.value(QStringLiteral("listen"))
                                               : QString::number(DefaultPort));
    if (!listen)
        throw Usage{listen.error()};
    ServerStore store;
    auto ready = openStore(store, parser);
    if (ready)
        ready = store.claim(ClaimPatience);
    ApiServer server(store, limits, SystemClock::instance());
    if (ready)
        ready = server.loadIndex();
    const auto port = ready ? server.listenOn(*listen) : std::unexpected(ready.error());
    if (!port) {
        err << "commandpost-server: " << port.error() << Qt::endl;
        return 1;
    }
    out << "commandpost-server " << COMMANDPOST_VERSION << " listening on "
        << urlOf(listen->address, *port) << " (database " << store.spec().display() << ")"
        << Qt::endl;
    cp::ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &cp::ShutdownSignals::received, &server,
                     &ApiServer::shutdown);
    QObject::connect(&server, &ApiServer::finished, qApp, &QCoreApplication::quit);
    const int status = QCoreApplication::exec();
    out << "commandpost-server stopped" << Qt::endl;
    return status;
}

int userCommand(const QStringList &words, const QCommandLineParser &parser, QTextStream &out,
                QTextStream &err)
{
    const QString action = words.value(1);
    const QString name = words.value(2);
    if (action.isEmpty() || (action != u"list" && name.isEmpty()) || words.size() > 3)
        throw Usage{QStringLiteral("user: give add NAME, list, remove NAME or token NAME")};
    const auto role = parseUserRole(parser.value(QStringLiteral("role")));
    if (!role)
        throw Usage{QStringLiteral("--role: use admin, responder or viewer")};
    ServerStore store;
    if (const auto opened = openStore(store, parser); !opened) {
        err << "commandpost-server: " << opened.error() << Qt::endl;
        return 1;
    }
    auto fail = [&err](const QString &message) {
        err << "commandpost-server: " << message << Qt::endl;
        return 1;
    };
    if (action == u"list") {
        const auto users = store.users();
        if (!users)
            return fail(users.error());
        for (const User &user : *users)
            out << user.name << '\t' << roleName(user.role) << Qt::endl;
        return 0;
    }
    if (action == u"remove") {
        const auto removed = store.removeUser(name);
        return removed ? 0 : fail(removed.error());
    }
    if (action != u"add" && action != u"token")
        throw Usage{QStringLiteral("user: unknown action \"%1\"").arg(action)};
    const auto token = action == u"add" ? store.addUser(name, *role, SystemClock::instance().now())
                                        : store.renewToken(name);
    if (!token)
        return fail(token.error());
    // The only time the token is ever shown: it is stored as a hash.
    out << *token << Qt::endl;
    return 0;
}

int check(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const DatabaseSpec spec = databaseSpec(parser);
    if (spec.kind == DatabaseSpec::Kind::Sqlite && !QFileInfo::exists(spec.path)) {
        // Opening would create an empty file.
        err << "commandpost-server: no database at " << spec.path << Qt::endl;
        return 1;
    }
    ServerStore store;
    if (const auto opened = store.open(spec, ServerStore::Schema::Existing); !opened) {
        err << "commandpost-server: " << opened.error() << Qt::endl;
        return 1;
    }
    const auto problems = store.check();
    if (!problems) {
        err << "commandpost-server: " << problems.error() << Qt::endl;
        return 1;
    }
    for (const QString &problem : *problems)
        out << problem << Qt::endl;
    out << (problems->isEmpty() ? "ok" : "damaged") << Qt::endl;
    return problems->isEmpty() ? 0 : 1;
}

} // namespace

int runServerCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(Synopsis));
    parser.addOptions(options());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve, user, check"));
    try {
        if (!parser.parse(arguments))
            throw Usage{parser.errorText()};
        if (parser.isSet(help)) {
            out << parser.helpText();
            return 0;
        }
        if (parser.isSet(version)) {
            out << "commandpost-server " << COMMANDPOST_VERSION << Qt::endl;
            return 0;
        }
        setLogLevel(parser.value(QStringLiteral("log-level")));
        const QStringList words = parser.positionalArguments();
        const QString command = words.value(0, QStringLiteral("serve"));
        if (command == u"serve" && words.size() <= 1)
            return serve(parser, out, err);
        if (command == u"user")
            return userCommand(words, parser, out, err);
        if (command == u"check" && words.size() == 1)
            return check(parser, out, err);
        throw Usage{QStringLiteral("unknown command \"%1\"").arg(words.join(u' '))};
    } catch (const Usage &usage) {
        err << "commandpost-server: " << usage.message << Qt::endl << QString::fromUtf8(Synopsis);
        return 2;
    }
}

} // namespace cp::server
