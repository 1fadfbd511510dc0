#include "timelinelistmodel.h"

#include <algorithm>

namespace cp {

int TimelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant TimelineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const report::TimelineRow &row = *m_shown.at(index.row());
    switch (role) {
    case EventIdRole:
        return row.eventId;
    case AtRole:
        return row.at;
    case ActorRole:
        return row.actor;
    case KindRole:
        return row.kind;
    case Qt::DisplayRole:
    case TextRole:
        return row.text;
    case PinnedRole:
        return row.pinned;
    case CorrectedRole:
        return row.corrected;
    case OriginalRole:
        return row.originalText;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineListModel::roleNames() const
{
    return {{EventIdRole, "eventId"},     {AtRole, "at"},
            {ActorRole, "actor"},         {KindRole, "kind"},
            {TextRole, "text"},           {PinnedRole, "pinned"},
            {CorrectedRole, "corrected"}, {OriginalRole, "original"}};
}

void TimelineListModel::setRows(QList<report::TimelineRow> rows)
{
    // The rows shown point into the old rows until apply() has replaced them.
    const QList<report::TimelineRow> previous = std::exchange(m_all, std::move(rows));
    apply();
}

bool TimelineListModel::accepts(const report::TimelineRow &row) const
{
    if (!m_kind.isEmpty() && row.kind != m_kind)
        return false;
    if (m_pinnedOnly && !row.pinned)
        return false;
    if (!m_person.isEmpty() && row.actor.compare(m_person, Qt::CaseInsensitive) != 0 &&
        !row.text.contains(u'@' + m_person, Qt::CaseInsensitive))
        return false;
    return true;
}

void TimelineListModel::apply()
{
    QList<const report::TimelineRow *> shown;
    shown.reserve(m_all.size());
    for (const report::TimelineRow &row : std::as_const(m_all)) {
        if (accepts(row))
            shown.append(&row);
    }
    if (m_newestFirst)
        std::reverse(shown.begin(), shown.end());
    replaceRows(m_shown, std::move(shown),
                [](const report::TimelineRow *row) { return row->eventId; });
    emit countChanged(); // also the kinds and people filtered on
}

void TimelineListModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    emit filterChanged();
    apply();
}

void TimelineListModel::setPerson(const QString &person)
{
    if (person == m_person)
        return;
    m_person = person.trimmed();
    emit filterChanged();
    apply();
}

void TimelineListModel::setPinnedOnly(bool pinnedOnly)
{
    if (pinnedOnly == m_pinnedOnly)
        return;
    m_pinnedOnly = pinnedOnly;
    emit filterChanged();
    apply();
}

void TimelineListModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    emit filterChanged();
    apply();
}

QStringList TimelineListModel::kinds() const
{
    QStringList kinds;
    for (const report::TimelineRow &row : m_all) {
        if (!kinds.contains(row.kind))
            kinds << row.kind;
    }
    return kinds;
}

QStringList TimelineListModel::people() const
{
    QStringList people;
    for (const report::TimelineRow &row : m_all) {
        if (!row.actor.isEmpty() && !people.contains(row.actor))
            people << row.actor;
    }
    std::sort(people.begin(), people.end());
    return people;
}

} // namespace cp
