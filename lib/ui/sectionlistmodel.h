#pragma once

#include "incidentstate.h"

#include "rowsmodel.h"
#include <QtQml/qqmlregistration.h>

namespace cp {

// The live incident state document: the standard sections (summary, status, impact, command
// post, current actions, exit criteria, next commander), written or not, then any others.
class SectionListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CurrentIncident.sections")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        SectionRole = Qt::UserRole + 1, // section: its key, e.g. "impact"
        LabelRole,                      // label: translated heading
        TextRole,                       // text: the current text ("" when never written)
        HeadRole,                       // head: event id of the current text (the edit's base)
        AuthorRole,                     // author: who wrote the current text
        UpdatedAtRole,                  // updatedAt: when (QDateTime)
        ConflictedRole,                 // conflicted: other texts were overwritten
        ConflictTextsRole,              // conflictTexts: those texts (QStringList)
        StaleRole,                      // stale: not touched for 30 minutes
    };
    Q_ENUM(Role)

    static const QStringList &standardSections();
    static QString label(const QString &section);

    using RowsModel::RowsModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setState(const IncidentState &state, const QDateTime &now);
    void setNow(const QDateTime &now); // stale flags move with time

signals:
    void countChanged();

private:
    QList<DocSection> m_sections;
    QDateTime m_now;
    bool m_open = true;
};

} // namespace cp
