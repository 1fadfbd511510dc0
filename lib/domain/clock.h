#pragma once

#include <QDateTime>

namespace cp {

// The time source of everything that counts down: reminders, timeboxes, metrics of an open
// incident, event stamps. Tests set a ManualClock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Another clock moved by a fixed offset: the workstation's clock corrected to the server's,
// so countdowns and event times agree across workstations whose clocks differ.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const Clock &base, qint64 offsetMs = 0)
        : m_base(base)
        , m_offsetMs(offsetMs)
    {
    }
    QDateTime now() const override { return m_base.now().addMSecs(m_offsetMs); }
    qint64 offsetMs() const { return m_offsetMs; }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }

private:
    const Clock &m_base;
    qint64 m_offsetMs;
};

} // namespace cp
