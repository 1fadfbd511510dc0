#pragma once

#include "commands.h"
#include "incidentstate.h"

#include "rowsmodel.h"
#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace cp {

class Workspace;

// The scribe's entries of the selected incident, newest first.
class ScribeEntryModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.scribe.entries")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        EventIdRole = Qt::UserRole + 1, // eventId: the note.added event
        AtRole,                         // at: QDateTime, after corrections
        KindRole,                       // kind: observation, action, decision, communication, todo
        TextRole,                       // text
        ActorRole,                      // actor
        EditedRole,                     // edited: corrected in review or by the scribe
    };
    Q_ENUM(Role)

    using RowsModel::RowsModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setNotes(QList<Note> notes);

signals:
    void countChanged();

private:
    // The incident's notes, shared with its state (never changed here: that would copy them).
    QList<Note> m_all;
    // The rows, newest first: into m_all, so a long incident's entries are held once.
    QList<const Note *> m_notes;
};

// The scribe's input line: the time is taken at the first keystroke, the line is read by
// parseScribeLine (kind prefix, backdating time, @mentions) and recorded as a note at once.
class Scribe : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Workspace.scribe")
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QDateTime typingSince READ typingSince NOTIFY typingSinceChanged)
    Q_PROPERTY(QStringList kinds READ kinds CONSTANT)
    Q_PROPERTY(cp::ScribeEntryModel *entries READ entries CONSTANT)
public:
    Scribe(Workspace &workspace, app::Commands &commands, QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QDateTime typingSince() const { return m_typingSince; }
    static QStringList kinds();
    ScribeEntryModel *entries() { return &m_entries; }

    // The first keystroke of a new line: its moment is the entry's time.
    Q_INVOKABLE void startTyping();
    // The line was emptied: the next keystroke starts a new entry's time.
    Q_INVOKABLE void cancelTyping();
    // Records the line; "" when recorded, else why not (the line is kept to fix).
    Q_INVOKABLE QString submit(const QString &line);
    // The scribe corrects a recent entry's text (an entry.edited event; the original stays).
    Q_INVOKABLE QString correct(const QString &eventId, const QString &text);
    // The kind's name for people, translated.
    Q_INVOKABLE QString kindLabel(const QString &kind) const;

    void setNotes(const IncidentState &state);

signals:
    void kindChanged();
    void typingSinceChanged();

private:
    Workspace &m_workspace;
    app::Commands &m_commands;
    QString m_kind = QStringLiteral("observation");
    QDateTime m_typingSince;
    ScribeEntryModel m_entries;
};

} // namespace cp
