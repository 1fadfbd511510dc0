#include "tasklistmodel.h"

#include "currentincident.h"

#include <algorithm>

namespace cp {
TaskListModel::Attention TaskListModel::attention(const Task &task, const QDateTime &now)
{
    if (!task.isActive())
        return Attention::Closed;
    if (task.status == u"blocked")
        return Attention::Blocked;
    if (task.isAcknowledged() && now > task.deadline())
        return Attention::Overdue;
    if (!task.isAcknowledged())
        return Attention::Unacknowledged;
    return Attention::Running;
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    switch (role) {
    case TaskIdRole:
        return task.id;
    case Qt::DisplayRole:
    case TitleRole:
        return task.title;
    case AssigneeRole:
        return task.assignee;
    case StatusRole:
        return task.status;
    case StatusLabelRole:
        return CurrentIncident::statusLabel(task.status);
    case AcknowledgedRole:
        return task.isAcknowledged();
    case MinutesRole:
        return task.timeboxMinutes + task.extendedMinutes;
    case SecondsLeftRole:
        return task.isAcknowledged() ? m_now.secsTo(task.deadline()) : 0;
    case AttentionRole:
        return int(attention(task, m_now));
    case PromptRole:
        switch (attention(task, m_now)) {
        case Attention::Overdue:
            return tr("%1, have you finished?").arg(task.assignee);
        case Attention::Unacknowledged:
            return tr("Waiting for %1 to acknowledge").arg(task.assignee);
        case Attention::Blocked:
            return tr("Blocked: what does %1 need?").arg(task.assignee);
        default:
            return QString();
        }
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    return {{TaskIdRole, "taskId"},
            {TitleRole, "title"},
            {AssigneeRole, "assignee"},
            {StatusRole, "status"},
            {AcknowledgedRole, "acknowledged"},
            {MinutesRole, "minutes"},
            {SecondsLeftRole, "secondsLeft"},
            {AttentionRole, "attention"},
            {PromptRole, "prompt"},
            {StatusLabelRole, "statusLabel"}};
}

QList<Task> TaskListModel::sorted(QList<Task> tasks) const
{
    std::stable_sort(tasks.begin(), tasks.end(), [this](const Task &a, const Task &b) {
        const Attention left = attention(a, m_now);
        const Attention right = attention(b, m_now);
        if (left != right)
            return left < right;
        if (left == Attention::Closed)
            return a.statusChangedAt > b.statusChangedAt; // latest finished first
        const QDateTime da = a.isAcknowledged() ? a.deadline() : a.assignedAt;
        const QDateTime db = b.isAcknowledged() ? b.deadline() : b.assignedAt;
        return da < db;
    });
    return tasks;
}

void TaskListModel::setTasks(const QList<Task> &tasks, const QDateTime &now)
{
    m_now = now;
    show(sorted(tasks));
}

void TaskListModel::setNow(const QDateTime &now)
{
    m_now = now;
    show(sorted(m_tasks));
}

// Shows `next`: the same tasks are moved row by row (delegates, open menus and the scroll
// position survive); tasks added or gone are inserted and removed.
void TaskListModel::show(QList<Task> next)
{
    const auto ids = [](const QList<Task> &list) {
        QStringList out;
        for (const Task &task : list)
            out << task.id;
        return out;
    };
    QStringList current = ids(m_tasks);
    const QStringList wanted = ids(next);
    if (QSet(current.cbegin(), current.cend()) != QSet(wanted.cbegin(), wanted.cend()) ||
        current.size() != wanted.size()) {
        if (replaceRows(m_tasks, std::move(next), [](const Task &task) { return task.id; }))
            emit countChanged();
        emit countdownsChanged();
        return;
    }
    for (int row = 0; row < wanted.size(); ++row) {
        const int from = int(current.indexOf(wanted.at(row), row));
        if (from == row)
            continue;
        beginMoveRows({}, from, from, {}, row);
        m_tasks.move(from, row);
        current.move(from, row);
        endMoveRows();
    }
    m_tasks = std::move(next);
    if (!m_tasks.isEmpty())
        emit dataChanged(index(0), index(int(m_tasks.size()) - 1));
    emit countdownsChanged();
}

int TaskListModel::overdueCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [this](const Task &task) {
        return attention(task, m_now) == Attention::Overdue;
    }));
}

} // namespace cp
