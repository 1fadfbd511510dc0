#include "serverharness.h"
#include "processsignal.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

QString testDatabaseKind()
{
    return qEnvironmentVariable("CP_TEST_DATABASE", QStringLiteral("sqlite"));
}

namespace {

QString postgresBaseUrl()
{
    QFile file(qEnvironmentVariable("CP_TEST_POSTGRES_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("CP_TEST_POSTGRES_URL_FILE is not readable: is the postgres_start test fixture "
               "running?");
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A database of its own for each test, so tests never see each other's events.
QString createPostgresDatabase(const QString &name)
{
    const QUrl base(postgresBaseUrl());
    const QString connection = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(base.host());
        db.setPort(base.port());
        db.setUserName(base.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery query(db);
        if (error.isEmpty() && !query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            error = query.lastError().text();
        db.close();
        // amcheck lets `commandpost-server check` verify the indexes too.
        db.setDatabaseName(name);
        if (error.isEmpty() && !db.open())
            error = db.lastError().text();
        QSqlQuery amcheck(db);
        if (error.isEmpty() && !amcheck.exec(QStringLiteral("CREATE EXTENSION amcheck")))
            error = amcheck.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        qFatal("cannot create test database %s: %s", qPrintable(name), qPrintable(error));
    return base.toString() + name;
}

} // namespace

QString createTestDatabase(const QTemporaryDir &dir, const QString &name)
{
    static int counter = 0;
    const QString unique = QStringLiteral("%1_%2_%3")
                               .arg(name)
                               .arg(QCoreApplication::applicationPid())
                               .arg(++counter)
                               .toLower();
    if (testDatabaseKind() == u"postgres")
        return createPostgresDatabase(unique);
    return dir.filePath(unique + QStringLiteral(".sqlite"));
}

QString executeSql(const QString &database, const QString &sql)
{
    const QString connection = QUuid::createUuid().toString();
    QString error;
    {
        const bool postgres = database.startsWith(u"postgres://");
        QSqlDatabase db = QSqlDatabase::addDatabase(
            postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connection);
        if (postgres) {
            const QUrl url(database);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(database);
        }
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery query(db);
        if (error.isEmpty() && !query.exec(sql))
            error = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString HttpResult::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString HttpResult::errorMessage() const
{
    return json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

ServerProcess::ServerProcess(QString binary, QString database)
    : m_binary(std::move(binary))
    , m_database(std::move(database))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        kill();
}

bool ServerProcess::start(const QStringList &extraArguments)
{
    m_output.clear();
    m_stopAsked = false;
    m_process.start(m_binary,
                    QStringList{QStringLiteral("--db"), m_database, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0")} +
                        extraArguments);
    static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(20000)) {
        if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
            break;
        m_output += m_process.readAll();
        if (const auto match = listening.match(QString::fromUtf8(m_output)); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_output += m_process.readAll();
    return false;
}

bool ServerProcess::restartOnSamePort(int timeoutMs)
{
    const QStringList listen = {QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(m_port)};
    QElapsedTimer timer;
    timer.start();
    while (!start(listen)) {
        if (!m_output.contains("cannot listen") || timer.hasExpired(timeoutMs))
            return false;
        QTest::qWait(100);
    }
    return true;
}

QUrl ServerProcess::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

int ServerProcess::terminate(int timeoutMs)
{
    // A server told to stop by the test itself may be gone already: its exit still counts.
    // It is not told twice: a second SIGTERM that lands after its handler is gone (while a
    // sanitized build checks for leaks on its way out) would kill it.
    if (isRunning() && ((!m_stopAsked && !sendSignal(SIGTERM)) ||
                        !m_process.waitForFinished(timeoutMs)))
        return -1;
    m_output += m_process.readAll();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    sendSignal(SIGKILL);
    m_process.waitForFinished(10000);
    m_output += m_process.readAll();
}

bool ServerProcess::sendSignal(int number)
{
    m_stopAsked = m_stopAsked || number == SIGTERM || number == SIGINT;
    return cp::test::sendSignal(m_process, number);
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

std::pair<int, QString> ServerProcess::run(const QStringList &arguments) const
{
    QProcess process;
    process.start(m_binary, arguments + QStringList{QStringLiteral("--db"), m_database});
    process.waitForFinished(30000);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    return {process.exitCode(), out.isEmpty() ? err : out};
}

QString ServerProcess::addUser(const QString &name, const QString &role) const
{
    const auto [code, out] =
        run({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role});
    if (code != 0)
        qFatal("user add %s failed: %s", qPrintable(name), qPrintable(out));
    return out.trimmed();
}

QString ServerProcess::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

namespace {

QNetworkRequest request(const QUrl &url, const QString &token)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(60000);
    return request;
}

} // namespace

QNetworkReply *HttpClient::startGet(const QUrl &url, const QString &token)
{
    return m_manager.get(request(url, token));
}

QNetworkReply *HttpClient::startPost(const QUrl &url, const QString &token, const QByteArray &body)
{
    return m_manager.post(request(url, token), body);
}

HttpResult HttpClient::finish(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
    reply->deleteLater();
    return result;
}

HttpResult HttpClient::get(const QUrl &url, const QString &token)
{
    return finish(startGet(url, token));
}

HttpResult HttpClient::post(const QUrl &url, const QString &token, const QByteArray &body)
{
    return finish(startPost(url, token, body));
}

QJsonArray readWholeLog(HttpClient &http, const QUrl &logUrl, const QString &token)
{
    QJsonArray all;
    qint64 after = 0;
    for (;;) {
        QUrl url = logUrl;
        url.setQuery(QStringLiteral("after=%1").arg(after));
        const HttpResult page = http.get(url, token);
        if (page.status != 200)
            return {};
        const QJsonArray events = page.json.value(u"events").toArray();
        for (const QJsonValue &event : events)
            all.append(event);
        if (!page.json.value(u"more").toBool() || events.isEmpty())
            return all;
        after = events.last()[u"seq"].toInteger();
    }
}

RawExchange rawRequest(quint16 port, const QByteArray &bytes, int waitMs)
{
    RawExchange exchange;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return exchange;
    socket.write(bytes);
    socket.waitForBytesWritten(5000);
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(waitMs) && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        exchange.response += socket.readAll();
    }
    exchange.response += socket.readAll();
    exchange.closedByServer = socket.state() != QAbstractSocket::ConnectedState;
    return exchange;
}
