#pragma once

#include <QProcess>

#include <csignal>
#include <sys/types.h>

namespace cp::test {

// Sends `signal` to the process only while it runs. QProcess::processId() is 0 once the
// process has ended, and kill(0, …) would signal the whole process group: the test runner
// and everything it started.
inline bool sendSignal(const QProcess &process, int signal)
{
    const qint64 pid = process.processId();
    if (process.state() == QProcess::NotRunning || pid <= 0)
        return false;
    return ::kill(pid_t(pid), signal) == 0;
}

} // namespace cp::test
