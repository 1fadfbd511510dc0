#include "serverrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>
#include <sys/prctl.h>

namespace cp::bench {

ServerRun::ServerRun(QString binary, QString database)
    : m_binary(std::move(binary))
    , m_database(std::move(database))
{
    // The log goes to a file: a pipe nobody reads while a benchmark blocks would fill up and
    // stall the server.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_database + QStringLiteral(".log"));
    // A benchmark that stops on an error must not leave its servers behind.
    m_process.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

ServerRun::~ServerRun()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

void ServerRun::start(const QStringList &extraArguments)
{
    QProcess user;
    user.start(m_binary, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bench"),
                          QStringLiteral("--role"), QStringLiteral("responder"),
                          QStringLiteral("--db"), m_database});
    if (!user.waitForFinished(30000) || user.exitCode() != 0)
        qFatal("bench: cannot add a server user: %s", user.readAllStandardError().constData());
    m_token = user.readAllStandardOutput().trimmed();

    m_process.start(m_binary,
                    QStringList{QStringLiteral("--db"), m_database, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--log-level"),
                                QStringLiteral("warning")} +
                        extraArguments);
    static const QRegularExpression listening(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QByteArray output;
    QFile log(m_database + QStringLiteral(".log"));
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(30000) && m_process.state() != QProcess::NotRunning) {
        m_process.waitForFinished(20); // a pause that also notices an early exit
        if (log.isOpen() || log.open(QIODevice::ReadOnly))
            output += log.readAll();
        if (const auto match = listening.match(QString::fromUtf8(output)); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return;
        }
    }
    qFatal("bench: the server did not start (exit code %d): %s", m_process.exitCode(),
           output.constData());
}

} // namespace cp::bench
