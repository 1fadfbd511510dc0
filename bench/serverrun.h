#pragma once

#include <QProcess>
#include <QString>

namespace cp::bench {

// The real commandpost-server on a loopback port with a SQLite file of its own, and one
// responder's token.
class ServerRun
{
public:
    ServerRun(QString binary, QString database);
    ~ServerRun();
    ServerRun(const ServerRun &) = delete;
    ServerRun &operator=(const ServerRun &) = delete;

    // Adds the user "bench", starts the server and waits until it listens. Stops the
    // program with the server's own words if it cannot start.
    void start(const QStringList &extraArguments = {});
    quint16 port() const { return m_port; }
    const QByteArray &token() const { return m_token; }
    qint64 pid() const { return m_process.processId(); }

private:
    QString m_binary;
    QString m_database;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_token;
};

} // namespace cp::bench
