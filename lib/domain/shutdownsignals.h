#pragma once

#include <QObject>

class QSocketNotifier;

namespace cp {

// Turns SIGTERM and SIGINT into a Qt signal delivered by the event loop. A signal handler
// may do almost nothing, so it writes a byte to a socket pair that a QSocketNotifier reads.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cp
