#pragma once

#include "incidentsummary.h"

#include "rowsmodel.h"
#include <QtQml/qqmlregistration.h>

namespace cp {

// The incidents of the local store, open ones first, newest first within each group.
class IncidentListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.incidents")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // incidentId: the full UUID
        TitleRole,                 // title
        SeverityRole,              // severity: "SEV1".."SEV5"
        StatusRole,                // status: investigating … closed
        CommanderRole,             // commander: the current IC, or ""
        DeclaredAtRole,            // declaredAt: QDateTime, UTC
        IsOpenRole,                // isOpen: not resolved or closed
        StatusLabelRole,           // statusLabel: the status, translated
    };
    Q_ENUM(Role)

    using RowsModel::RowsModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The declared ones among `incidents`.
    void setIncidents(const QList<IncidentSummary> &incidents);
    // One incident changed or came in: its row changes in place, or moves to where the order
    // puts it now, or is inserted there. An incident not (or no longer) declared is not listed.
    void update(const IncidentSummary &incident);
    // The incident is no longer in the store (its declaration was set aside).
    void remove(const QString &incidentId);
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &incidentId) const;
    // The one incident whose id starts with `prefix` (ids are long; people type a few
    // characters); empty when none or several match.
    QString matchId(const QString &prefix) const;

signals:
    void countChanged();

private:
    // A row holds the incident's summary, not its whole state, which the projection holds (a
    // copy here would be copied again on every event the projection applies).
    using Row = IncidentSummary;
    static bool before(const Row &a, const Row &b);

    QList<Row> m_incidents;
};

} // namespace cp
