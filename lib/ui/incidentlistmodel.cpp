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
    const IncidentState &incident = m_incidents.at(index.row());
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
        return incident.commander();
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

void IncidentListModel::setIncidents(QList<IncidentState> incidents)
{
    std::sort(incidents.begin(), incidents.end(),
              [](const IncidentState &a, const IncidentState &b) {
                  if (a.isOpen() != b.isOpen())
                      return a.isOpen();
                  if (a.declaredAt != b.declaredAt)
                      return a.declaredAt > b.declaredAt;
                  return a.id < b.id; // a stable order for equal times
              });
    if (replaceRows(m_incidents, std::move(incidents),
                    [](const IncidentState &incident) { return incident.id; }))
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
    for (const IncidentState &incident : m_incidents) {
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
