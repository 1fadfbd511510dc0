#include "reminderlistmodel.h"

#include "rolelistmodel.h"
#include "sectionlistmodel.h"

namespace cp {

QString formatDuration(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 60)
        return ReminderListModel::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return ReminderListModel::tr("%1 min").arg(minutes);
    return ReminderListModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ReminderListModel::kindName(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::UpdateDue:
        return QStringLiteral("update");
    case Reminder::Kind::TaskOverdue:
        return QStringLiteral("task_overdue");
    case Reminder::Kind::TaskUnacknowledged:
        return QStringLiteral("task_unacknowledged");
    case Reminder::Kind::RoleUnfilled:
        return QStringLiteral("role_unfilled");
    case Reminder::Kind::SectionStale:
        return QStringLiteral("section_stale");
    }
    return {};
}

ReminderListModel::Urgency ReminderListModel::urgency(Reminder::Level level)
{
    switch (level) {
    case Reminder::Level::Upcoming:
        return Urgency::Upcoming;
    case Reminder::Level::Due:
        return Urgency::Due;
    case Reminder::Level::Overdue:
        return Urgency::Overdue;
    case Reminder::Level::Escalated:
        return Urgency::Escalated;
    }
    return Urgency::None;
}

QString ReminderListModel::text(const Reminder &reminder)
{
    const bool late = reminder.secondsLeft < 0;
    const QString span = formatDuration(reminder.secondsLeft);
    switch (reminder.kind) {
    case Reminder::Kind::UpdateDue: {
        const bool external = reminder.subject == u"external";
        if (late)
            return external ? tr("External update overdue by %1").arg(span)
                            : tr("Internal update overdue by %1").arg(span);
        return external ? tr("External update due in %1").arg(span)
                        : tr("Internal update due in %1").arg(span);
    }
    case Reminder::Kind::TaskOverdue:
        return tr("%1, have you finished “%2”? %3 over").arg(reminder.person, reminder.title, span);
    case Reminder::Kind::TaskUnacknowledged:
        return tr("%1 has not acknowledged “%2”").arg(reminder.person, reminder.title);
    case Reminder::Kind::RoleUnfilled:
        return tr("No %1 named yet").arg(RoleListModel::label(reminder.subject));
    case Reminder::Kind::SectionStale:
        return tr("“%1” not updated for %2")
            .arg(
                SectionListModel::label(reminder.subject),
                formatDuration(reminder.secondsLeft - 60LL * ReminderPolicy{}.staleSectionMinutes));
    }
    return {};
}

int ReminderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReminderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reminder &reminder = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return kindName(reminder.kind);
    case LevelRole:
        return int(urgency(reminder.level));
    case SubjectRole:
        return reminder.subject;
    case Qt::DisplayRole:
    case TextRole:
        return text(reminder);
    case SecondsLeftRole:
        return reminder.secondsLeft;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReminderListModel::roleNames() const
{
    return {{KindRole, "kind"},
            {LevelRole, "level"},
            {SubjectRole, "subject"},
            {TextRole, "text"},
            {SecondsLeftRole, "secondsLeft"}};
}

void ReminderListModel::update(const IncidentState &state, const QDateTime &now, bool announce)
{
    QList<Reminder> rows = reminders(state, now);
    rows.removeIf([](const Reminder &r) { return r.level == Reminder::Level::Upcoming; });
    replaceRows(m_rows, std::move(rows), [](const Reminder &reminder) {
        return std::pair(reminder.kind, reminder.subject);
    });
    for (const Reminder &reminder : std::as_const(m_rows)) {
        const QString key = kindName(reminder.kind) + u':' + reminder.subject + u':' +
                            reminder.due.toString(Qt::ISODate);
        if (reminder.level == Reminder::Level::Escalated && !m_escalated.contains(key)) {
            m_escalated.insert(key);
            if (announce)
                emit escalated(text(reminder));
        }
    }
    emit countChanged(); // topText moves with the countdowns
}

QString ReminderListModel::topText() const
{
    return m_rows.isEmpty() ? QString() : text(m_rows.first());
}

ReminderListModel::Urgency ReminderListModel::topLevel() const
{
    return m_rows.isEmpty() ? Urgency::None : urgency(m_rows.first().level);
}

} // namespace cp
