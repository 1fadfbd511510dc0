// commandpost-server: argument parsing and wiring live in lib/server.
#include "servercli.h"
#include "tokens.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char *argv[])
{
    // Timestamped lines for a sysadmin's log, unless the environment asks otherwise.
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(QStringLiteral(
            "%{time yyyy-MM-ddTHH:mm:ss.zzz} "
            "%{if-debug}debug%{endif}%{if-info}info%{endif}%{if-warning}warning%{endif}"
            "%{if-critical}error%{endif}%{if-fatal}fatal%{endif} %{category}: %{message}"));
    cp::server::redactTokensInLogs();
    // Answers of a page or more get memory of their own from the system and give it back when
    // sent. glibc otherwise raises this threshold after the first large free and keeps what
    // a burst of slow readers took (540 MB stayed after 2,000 had gone).
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commandpost-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMANDPOST_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cp::server::runServerCommand(QCoreApplication::arguments(), out, err);
}
