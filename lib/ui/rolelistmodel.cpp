#include "rolelistmodel.h"

#include "labels.h"
#include "vocabulary.h"

#include <QCoreApplication>

namespace cp {

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case RoleIdRole:
        return row.role;
    case Qt::DisplayRole:
    case LabelRole:
        return label(row.role);
    case PersonRole:
        return row.person;
    case FilledRole:
        return !row.person.isEmpty();
    case KeyRole:
        return row.role == u"commander" || row.role == u"scribe";
    default:
        return {};
    }
}

QHash<int, QByteArray> RoleListModel::roleNames() const
{
    return {{RoleIdRole, "roleId"},
            {LabelRole, "label"},
            {PersonRole, "person"},
            {FilledRole, "filled"},
            {KeyRole, "key"}};
}

void RoleListModel::setState(const IncidentState &state)
{
    QList<Row> rows;
    for (const QString &role : vocab::keyRoles())
        rows.append({role, state.roles.value(role).person});
    for (const RoleAssignment &holder : state.roles) {
        if (vocab::isSmeRole(holder.role))
            rows.append({holder.role, holder.person});
    }
    // Rows kept in place: a name being typed into a row survives another workstation's change.
    replaceRows(m_rows, std::move(rows), [](const Row &row) { return row.role; });
}

QString RoleListModel::label(const QString &role)
{
    return labels::role(role);
}

} // namespace cp
