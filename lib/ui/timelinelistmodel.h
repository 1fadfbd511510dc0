#pragma once

#include "timelinerows.h"

#include "rowsmodel.h"
#include <QtQml/qqmlregistration.h>

namespace cp {

// The timeline as a list, filtered by kind, person and pinned, newest or oldest first.
// Filtering is done here (not in QML) so tests reach it.
class TimelineListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.timelineList")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    Q_PROPERTY(QString person READ person WRITE setPerson NOTIFY filterChanged)
    Q_PROPERTY(bool pinnedOnly READ pinnedOnly WRITE setPinnedOnly NOTIFY filterChanged)
    Q_PROPERTY(bool newestFirst READ newestFirst WRITE setNewestFirst NOTIFY filterChanged)
    Q_PROPERTY(QStringList kinds READ kinds NOTIFY countChanged)
    Q_PROPERTY(QStringList people READ people NOTIFY countChanged)
public:
    enum Role {
        EventIdRole = Qt::UserRole + 1, // eventId
        AtRole,                         // at: QDateTime, after corrections
        ActorRole,                      // actor
        KindRole,                       // kind: note kind or event family
        TextRole,                       // text: what happened, one line
        PinnedRole,                     // pinned
        CorrectedRole,                  // corrected
        OriginalRole,                   // original: the text before corrections ("" if none)
    };
    Q_ENUM(Role)

    using RowsModel::RowsModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<report::TimelineRow> rows);

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString person() const { return m_person; }
    void setPerson(const QString &person);
    bool pinnedOnly() const { return m_pinnedOnly; }
    void setPinnedOnly(bool pinnedOnly);
    bool newestFirst() const { return m_newestFirst; }
    void setNewestFirst(bool newestFirst);
    QStringList kinds() const;
    QStringList people() const;

signals:
    void countChanged();
    void filterChanged();

private:
    bool accepts(const report::TimelineRow &row) const;
    void apply();

    // Every row, shared with the chart (never changed in place: a change would copy it).
    QList<report::TimelineRow> m_all;
    // The rows shown, in view order: into m_all, so a 100,000-event timeline is held once.
    QList<const report::TimelineRow *> m_shown;
    QString m_kind;   // empty: every kind
    QString m_person; // empty: everyone (actor or @mention)
    bool m_pinnedOnly = false;
    bool m_newestFirst = true;
};

} // namespace cp
