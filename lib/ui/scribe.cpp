#include "scribe.h"

#include "labels.h"
#include "scribeparser.h"
#include "vocabulary.h"
#include "workspace.h"

#include <QTimeZone>

namespace cp {

int ScribeEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant ScribeEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &note = *m_notes.at(index.row());
    switch (role) {
    case EventIdRole:
        return note.eventId;
    case AtRole:
        return note.at;
    case KindRole:
        return note.kind;
    case Qt::DisplayRole:
    case TextRole:
        return note.text;
    case ActorRole:
        return note.actor;
    case EditedRole:
        return note.edited;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScribeEntryModel::roleNames() const
{
    return {{EventIdRole, "eventId"}, {AtRole, "at"},       {KindRole, "kind"},
            {TextRole, "text"},       {ActorRole, "actor"}, {EditedRole, "edited"}};
}

void ScribeEntryModel::setNotes(QList<Note> notes)
{
    // The rows point into the old notes until replaceRows() has replaced them.
    const QList<Note> previous = std::exchange(m_all, std::move(notes));
    QList<const Note *> rows;
    rows.reserve(m_all.size());
    for (const Note &note : std::as_const(m_all))
        rows.append(&note);
    std::reverse(rows.begin(), rows.end()); // equal times: the one written last first
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Note *a, const Note *b) { return a->at > b->at; });
    // New entries (the usual case while the scribe types) are inserted where they belong;
    // corrections change rows in place, so an entry being edited keeps its editor.
    if (replaceRows(m_notes, std::move(rows), [](const Note *note) { return note->eventId; }))
        emit countChanged();
}

Scribe::Scribe(Workspace &workspace, app::Commands &commands, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_commands(commands)
{
}

QStringList Scribe::kinds()
{
    return vocab::noteKinds();
}

QString Scribe::kindLabel(const QString &kind) const
{
    return labels::kind(kind);
}

void Scribe::setKind(const QString &kind)
{
    if (kind == m_kind || !kinds().contains(kind))
        return;
    m_kind = kind;
    emit kindChanged();
}

void Scribe::startTyping()
{
    if (m_typingSince.isValid())
        return;
    m_typingSince = m_workspace.clock().now();
    emit typingSinceChanged();
}

void Scribe::cancelTyping()
{
    if (!m_typingSince.isValid())
        return;
    m_typingSince = {};
    emit typingSinceChanged();
}

QString Scribe::submit(const QString &line)
{
    if (m_workspace.currentId().isEmpty())
        return tr("Select an incident first.");
    const QDateTime typedAt = m_typingSince.isValid() ? m_typingSince : m_workspace.clock().now();
    const ScribeEntry entry =
        parseScribeLine(line, typedAt, m_workspace.preferences()->zone(), m_kind,
                        m_workspace.syncEngine().serverClock().offsetMs());
    if (!entry.error.isEmpty())
        return entry.error;
    if (const auto written =
            m_commands.addNote(m_workspace.currentId(), entry.text, entry.kind, entry.at);
        !written)
        return written.error().message;
    m_typingSince = {};
    emit typingSinceChanged();
    return {};
}

QString Scribe::correct(const QString &eventId, const QString &text)
{
    const auto written = m_commands.correctEntry(m_workspace.currentId(), eventId, {}, text);
    return written ? QString() : written.error().message;
}

void Scribe::setNotes(const IncidentState &state)
{
    m_entries.setNotes(state.notes);
}

} // namespace cp
