#pragma once

#include "incidentstate.h"

#include "rowsmodel.h"
#include <QtQml/qqmlregistration.h>

namespace cp {

// The incident's tasks, what needs the commander first: overdue, then not acknowledged,
// blocked, running (soonest deadline first), and finished ones last. Countdowns move with
// setNow(); rows are re-sorted when a task changes group.
class TaskListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentIncident.tasks")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countdownsChanged)
public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // taskId
        TitleRole,                     // title
        AssigneeRole,                  // assignee: one named person
        StatusRole,                    // status: open, blocked, done, cancelled
        AcknowledgedRole,              // acknowledged: the timebox runs
        MinutesRole,                   // minutes: timebox plus extensions
        SecondsLeftRole,               // secondsLeft: until the deadline (negative: late)
        AttentionRole,                 // attention: an Attention
        PromptRole,                    // prompt: what the commander asks, translated
        StatusLabelRole,               // statusLabel: the status, translated
    };
    Q_ENUM(Role)

    // Lower comes first. Pure, for the sort and its tests. Blocked outranks overdue: the
    // commander unblocks it rather than asks whether it is done.
    enum class Attention { Blocked, Overdue, Unacknowledged, Running, Closed };
    Q_ENUM(Attention)
    static Attention attention(const Task &task, const QDateTime &now);

    using RowsModel::RowsModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTasks(const QList<Task> &tasks, const QDateTime &now);
    void setNow(const QDateTime &now);
    int overdueCount() const;

signals:
    void countChanged();
    void countdownsChanged();

private:
    QList<Task> sorted(QList<Task> tasks) const;
    void show(QList<Task> next);

    QList<Task> m_tasks;
    QDateTime m_now;
};

} // namespace cp
