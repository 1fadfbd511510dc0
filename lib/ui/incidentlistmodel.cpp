#include "incidentlistmodel.h"

#include "currentincident.h"

namespace cp {

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &incident = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return incident.title;
    case IdRole:
        return incident.id;
    case SeverityRole:
        return incident.severity;
    case StatusRole:
        return incident.status;
    case StatusLabelRole:
        return CurrentIncident::statusLabel(incident.status);
    case CommanderRole:
        return incident.commander;
    case DeclaredAtRole:
        return incident.declaredAt;
    case IsOpenRole:
        return incident.isOpen();
    default:
        return {};
    }
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    return {{IdRole, "incidentId"},           {TitleRole, "title"},
            {SeverityRole, "severity"},       {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"}, {CommanderRole, "commander"},
            {DeclaredAtRole, "declaredAt"},   {IsOpenRole, "isOpen"}};
}

bool IncidentListModel::before(const Row &a, const Row &b)
{
    if (a.isOpen() != b.isOpen())
        return a.isOpen();
    if (a.declaredAt != b.declaredAt)
        return a.declaredAt > b.declaredAt;
    return a.id < b.id; // a stable order for equal times
}

void IncidentListModel::remove(const QString &incidentId)
{
    const int row = rowOf(incidentId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_incidents.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

void IncidentListModel::update(const IncidentSummary &incident)
{
    if (!incident.declared) {
        remove(incident.id);
        return;
    }
    const int row = rowOf(incident.id);
    // Where it goes among the others (the list without it is in order).
    const auto others = [&](qsizetype i) -> const Row & {
        return m_incidents.at(row >= 0 && i >= row ? i + 1 : i);
    };
    qsizetype lo = 0, hi = m_incidents.size() - (row >= 0 ? 1 : 0);
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (before(others(mid), incident))
            lo = mid + 1;
        else
            hi = mid;
    }
    const int target = int(lo);
    if (row < 0) {
        beginInsertRows({}, target, target);
        m_incidents.insert(target, incident);
        endInsertRows();
        emit countChanged();
        return;
    }
    if (target != row) {
        // Qt's move names the row it goes before, in the list as it was.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_incidents.move(row, target);
        endMoveRows();
    }
    m_incidents[target] = incident;
    emit dataChanged(index(target), index(target));
}

void IncidentListModel::setIncidents(const QList<IncidentSummary> &incidents)
{
    QList<Row> rows;
    rows.reserve(incidents.size());
    for (const IncidentSummary &incident : incidents) {
        if (incident.declared)
            rows.append(incident);
    }
    std::sort(rows.begin(), rows.end(), before);
    if (replaceRows(m_incidents, std::move(rows), [](const Row &incident) { return incident.id; }))
        emit countChanged();
}

QString IncidentListModel::idAt(int row) const
{
    return row >= 0 && row < m_incidents.size() ? m_incidents.at(row).id : QString();
}

int IncidentListModel::rowOf(const QString &incidentId) const
{
    for (qsizetype row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents.at(row).id == incidentId)
            return int(row);
    }
    return -1;
}

QString IncidentListModel::matchId(const QString &prefix) const
{
    if (prefix.isEmpty())
        return {};
    QString match;
    for (const Row &incident : m_incidents) {
        if (incident.id == prefix)
            return incident.id;
        if (incident.id.startsWith(prefix, Qt::CaseInsensitive)) {
            if (!match.isEmpty())
                return {};
            match = incident.id;
        }
    }
    return match;
}

} // namespace cp
