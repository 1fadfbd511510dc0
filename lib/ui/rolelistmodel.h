#pragma once

#include "incidentstate.h"

#include "rowsmodel.h"
#include <QtQml/qqmlregistration.h>

namespace cp {

// Every key role of the incident, filled or not, then the SMEs by area.
class RoleListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentIncident.roles")
public:
    enum Role {
        RoleIdRole = Qt::UserRole + 1, // roleId: "commander", "sme:database"
        LabelRole,                     // label: translated name of the role
        PersonRole,                    // person: holder, or "" when unfilled
        FilledRole,                    // filled: someone holds it
        KeyRole,                       // key: commander or scribe, warned about when empty
    };
    Q_ENUM(Role)

    using RowsModel::RowsModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setState(const IncidentState &state);

    static QString label(const QString &role);

private:
    struct Row
    {
        QString role;
        QString person;
    };
    QList<Row> m_rows;
};

} // namespace cp
