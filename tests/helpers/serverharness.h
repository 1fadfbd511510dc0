#pragma once

// Runs the real commandpost-server binary on a loopback port for integration tests, against
// a fresh SQLite file or a fresh PostgreSQL database (CP_TEST_DATABASE=sqlite|postgres).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// A new, empty database of the kind the test runs against; answers its --db value.
QString createTestDatabase(const QTemporaryDir &dir, const QString &name);
QString testDatabaseKind();
// Runs one SQL statement on a test database directly (to damage it on purpose); the error
// text, or empty.
QString executeSql(const QString &database, const QString &sql);

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QString errorCode() const;
    QString errorMessage() const;
};

class ServerProcess
{
public:
    ServerProcess(QString binary, QString database);
    ~ServerProcess();

    // Starts on 127.0.0.1 with a free port and waits for "listening on". False if it failed;
    // output() then says why.
    bool start(const QStringList &extraArguments = {});
    // Starts again on the port of the last start, for clients that keep its address. Another
    // socket on this machine may hold that port for a moment; it waits up to `timeoutMs` for it.
    bool restartOnSamePort(int timeoutMs = 15000);
    QUrl url(const QString &pathAndQuery) const;
    quint16 port() const { return m_port; }

    // Sends SIGTERM (unless it has ended already) and waits for the exit; answers the exit
    // code (-1 if it did not exit, or crashed).
    int terminate(int timeoutMs = 15000);
    void kill();
    // Signals the server only while it runs (see processsignal.h).
    bool sendSignal(int number);
    bool isRunning() const;

    // Runs `commandpost-server ARGS --db DB` to completion: exit code and stdout.
    std::pair<int, QString> run(const QStringList &arguments) const;
    QString addUser(const QString &name, const QString &role) const;

    QString output(); // all stdout and stderr so far
    const QString &database() const { return m_database; }

private:
    QString m_binary;
    QString m_database;
    QProcess m_process;
    QByteArray m_output;
    bool m_stopAsked = false; // SIGTERM or SIGINT sent since the start
    quint16 m_port = 0;
};

// A small blocking HTTP client on QNetworkAccessManager.
class HttpClient
{
public:
    HttpResult get(const QUrl &url, const QString &token = {});
    HttpResult post(const QUrl &url, const QString &token, const QByteArray &body);
    // Starts a request without waiting; the caller owns the reply.
    QNetworkReply *startGet(const QUrl &url, const QString &token);
    QNetworkReply *startPost(const QUrl &url, const QString &token, const QByteArray &body);

    static HttpResult finish(QNetworkReply *reply, int timeoutMs = 60000);
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
};

// Raw HTTP over a plain socket, for what QNetworkAccessManager will not send: half requests,
// silence, disconnects in the middle.
struct RawExchange
{
    QByteArray response;
    bool closedByServer = false;
};
// Every event of an incident's log (`logUrl`: .../incidents/ID/events), read page by page as a
// client must; empty if a page fails.
QJsonArray readWholeLog(HttpClient &http, const QUrl &logUrl, const QString &token);

RawExchange rawRequest(quint16 port, const QByteArray &bytes, int waitMs);
