#include "sectionlistmodel.h"

#include "labels.h"
#include "reminders.h"

#include <QCoreApplication>

namespace cp {

const QStringList &SectionListModel::standardSections()
{
    static const QStringList sections = {
        QStringLiteral("summary"),         QStringLiteral("status"),
        QStringLiteral("impact"),          QStringLiteral("command_post"),
        QStringLiteral("current_actions"), QStringLiteral("exit_criteria"),
        QStringLiteral("next_commander"),
    };
    return sections;
}

QString SectionListModel::label(const QString &section)
{
    return labels::section(section);
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocSection &section = m_sections.at(index.row());
    switch (role) {
    case SectionRole:
        return section.name;
    case Qt::DisplayRole:
    case LabelRole:
        return label(section.name);
    case TextRole:
        return section.head.text;
    case HeadRole:
        return section.head.eventId;
    case AuthorRole:
        return section.head.author;
    case UpdatedAtRole:
        return section.head.at;
    case ConflictedRole:
        return section.isConflicted();
    case ConflictTextsRole: {
        QStringList texts;
        for (const SectionVersion &version : section.conflicts)
            texts << version.text;
        return texts;
    }
    case StaleRole:
        return m_open && section.head.at.isValid() &&
               section.head.at.secsTo(m_now) >= 60LL * ReminderPolicy{}.staleSectionMinutes;
    default:
        return {};
    }
}

QHash<int, QByteArray> SectionListModel::roleNames() const
{
    return {{SectionRole, "section"},
            {LabelRole, "label"},
            {TextRole, "text"},
            {HeadRole, "head"},
            {AuthorRole, "author"},
            {UpdatedAtRole, "updatedAt"},
            {ConflictedRole, "conflicted"},
            {ConflictTextsRole, "conflictTexts"},
            {StaleRole, "stale"}};
}

void SectionListModel::setState(const IncidentState &state, const QDateTime &now)
{
    QList<DocSection> sections;
    for (const QString &name : standardSections()) {
        DocSection section = state.sections.value(name);
        section.name = name;
        sections.append(section);
    }
    for (const DocSection &section : state.sections) {
        if (!standardSections().contains(section.name))
            sections.append(section);
    }
    m_now = now;
    m_open = state.isOpen();
    // Rows kept in place: a section being edited keeps its editor.
    if (replaceRows(m_sections, std::move(sections),
                    [](const DocSection &section) { return section.name; }))
        emit countChanged();
}

void SectionListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_sections.isEmpty())
        emit dataChanged(index(0), index(int(m_sections.size()) - 1), {StaleRole});
}

} // namespace cp
