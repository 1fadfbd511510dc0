#pragma once

#include "incidentstate.h"
#include "reminders.h"

#include "rowsmodel.h"
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace cp {

// What the commander should act on now (the reminder engine's due, overdue and escalated
// reminders, most urgent first) as lines for the banner.
class ReminderListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentIncident.reminders")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString topText READ topText NOTIFY countChanged)
    Q_PROPERTY(Urgency topLevel READ topLevel NOTIFY countChanged)
public:
    // A reminder's level as QML compares it; None where there is no reminder.
    enum class Urgency { None, Upcoming, Due, Overdue, Escalated };
    Q_ENUM(Urgency)

    enum Role {
        KindRole =
            Qt::UserRole +
            1,     // kind: update, task_overdue, task_unacknowledged, role_unfilled, section_stale
        LevelRole, // level: an Urgency (due, overdue or escalated)
        SubjectRole,     // subject: audience, task id, role or section
        TextRole,        // text: the reminder, translated
        SecondsLeftRole, // secondsLeft: negative when late
    };
    Q_ENUM(Role)

    using RowsModel::RowsModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `announce`: emit escalated() for reminders that reached escalation since the last
    // update; otherwise they are only noted (an incident just opened).
    void update(const IncidentState &state, const QDateTime &now, bool announce = true);
    QString topText() const;
    Urgency topLevel() const;

    static QString text(const Reminder &reminder);
    static QString kindName(Reminder::Kind kind);
    static Urgency urgency(Reminder::Level level);

signals:
    void countChanged();
    // A reminder reached its escalation (once per reminder): time for a desktop notification.
    void escalated(const QString &text);

private:
    QList<Reminder> m_rows;
    QSet<QString> m_escalated; // kind:subject:due already announced
};

// "12 min", "1 h 5 min", "45 s": a countdown for people.
QString formatDuration(qint64 seconds);

} // namespace cp
