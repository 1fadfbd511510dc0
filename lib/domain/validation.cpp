#include "validation.h"

#include "timeformat.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <cmath>

namespace cp {
namespace {

// In the console's language where it installed a translator; the server and the command
// line answer in English.
QString say(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

enum class Kind { Text, Id, Integer, Boolean, Time, OneOf, Role, Person, NullableId };

struct Field
{
    QString name;
    Kind kind;
    bool required = true;
    int maxLength = limits::Text; // Text
    QStringList allowed = {};     // OneOf
};

struct Schema
{
    QList<Field> fields;
    // For the *.edited types: at least one of these must be present.
    QStringList changes = {};
};

Field text(const QString &name, int maxLength, bool required = true)
{
    return {name, Kind::Text, required, maxLength};
}
Field optionalText(const QString &name, int maxLength)
{
    return text(name, maxLength, false);
}
Field oneOf(const QString &name, const QStringList &allowed, bool required = true)
{
    return {name, Kind::OneOf, required, 0, allowed};
}
Field field(const QString &name, Kind kind, bool required = true)
{
    return {name, kind, required};
}

const QHash<QString, Schema> &schemas()
{
    using namespace vocab;
    using namespace vocab::type;
    static const QHash<QString, Schema> table = {
        {Declared,
         {{text(QStringLiteral("title"), limits::Title),
           oneOf(QStringLiteral("severity"), severities()),
           optionalText(QStringLiteral("summary"), limits::Summary),
           optionalText(QStringLiteral("detection_source"), limits::Title),
           field(QStringLiteral("restricted"), Kind::Boolean, false)}}},
        {Edited,
         {{optionalText(QStringLiteral("title"), limits::Title),
           optionalText(QStringLiteral("summary"), limits::Summary)},
          {QStringLiteral("title"), QStringLiteral("summary")}}},
        {SeveritySet,
         {{oneOf(QStringLiteral("severity"), severities()),
           optionalText(QStringLiteral("reason"), limits::Reason)}}},
        {StatusSet, {{oneOf(QStringLiteral("status"), statuses())}}},
        {MilestoneSet,
         {{oneOf(QStringLiteral("milestone"), milestones()),
           field(QStringLiteral("at"), Kind::Time)}}},
        {RoleAssigned,
         {{field(QStringLiteral("role"), Kind::Role),
           field(QStringLiteral("person"), Kind::Person)}}},
        {RoleRelieved, {{field(QStringLiteral("role"), Kind::Role)}}},
        {TaskCreated,
         {{field(QStringLiteral("task"), Kind::Id), text(QStringLiteral("title"), limits::Title),
           field(QStringLiteral("assignee"), Kind::Person),
           field(QStringLiteral("timebox_minutes"), Kind::Integer)}}},
        {TaskAcknowledged, {{field(QStringLiteral("task"), Kind::Id)}}},
        {TaskEdited,
         {{field(QStringLiteral("task"), Kind::Id),
           optionalText(QStringLiteral("title"), limits::Title),
           field(QStringLiteral("assignee"), Kind::Person, false),
           field(QStringLiteral("timebox_minutes"), Kind::Integer, false)},
          {QStringLiteral("title"), QStringLiteral("assignee"),
           QStringLiteral("timebox_minutes")}}},
        {TaskExtended,
         {{field(QStringLiteral("task"), Kind::Id),
           field(QStringLiteral("minutes"), Kind::Integer)}}},
        {TaskStatusSet,
         {{field(QStringLiteral("task"), Kind::Id),
           oneOf(QStringLiteral("status"), taskStatuses())}}},
        {DocSectionSet,
         {{text(QStringLiteral("section"), limits::SectionName),
           text(QStringLiteral("text"), limits::Text),
           field(QStringLiteral("base"), Kind::NullableId, false)}}},
        {UpdatePublished,
         {{oneOf(QStringLiteral("audience"), audiences()),
           text(QStringLiteral("text"), limits::Text),
           field(QStringLiteral("next_in_minutes"), Kind::Integer, false)}}},
        {UpdateCadenceSet,
         {{oneOf(QStringLiteral("audience"), audiences()),
           field(QStringLiteral("minutes"), Kind::Integer)}}},
        {NoteAdded,
         {{text(QStringLiteral("text"), limits::Text),
           oneOf(QStringLiteral("kind"), noteKinds())}}},
        {EntryEdited,
         {{field(QStringLiteral("target"), Kind::Id),
           optionalText(QStringLiteral("text"), limits::Text),
           field(QStringLiteral("occurred_at"), Kind::Time, false),
           oneOf(QStringLiteral("kind"), noteKinds(), false)},
          {QStringLiteral("text"), QStringLiteral("occurred_at"), QStringLiteral("kind")}}},
        {EntryPinned,
         {{field(QStringLiteral("target"), Kind::Id),
           field(QStringLiteral("pinned"), Kind::Boolean)}}},
        {FollowupAdded,
         {{field(QStringLiteral("followup"), Kind::Id),
           text(QStringLiteral("title"), limits::Title),
           field(QStringLiteral("owner"), Kind::Person),
           field(QStringLiteral("due"), Kind::Time, false)}}},
        {FollowupEdited,
         {{field(QStringLiteral("followup"), Kind::Id),
           optionalText(QStringLiteral("title"), limits::Title),
           field(QStringLiteral("owner"), Kind::Person, false),
           field(QStringLiteral("due"), Kind::Time, false)},
          {QStringLiteral("title"), QStringLiteral("owner"), QStringLiteral("due")}}},
    };
    return table;
}

// "Can someone…?" is what the commander must never ask: a task goes to one named person.
bool isPlaceholderPerson(const QString &person)
{
    static const QStringList placeholders = {
        QStringLiteral("someone"), QStringLiteral("somebody"), QStringLiteral("anyone"),
        QStringLiteral("anybody"), QStringLiteral("everyone"), QStringLiteral("everybody"),
        QStringLiteral("all"),     QStringLiteral("team"),     QStringLiteral("tbd"),
        QStringLiteral("nobody")};
    return placeholders.contains(person.trimmed().toLower());
}

QString checkText(const QString &value, int maxLength)
{
    if (value.trimmed().isEmpty())
        return say(QT_TRANSLATE_NOOP("Validation", "must not be empty"));
    if (value.size() > maxLength)
        return say(QT_TRANSLATE_NOOP("Validation", "is longer than %1 characters")).arg(maxLength);
    return {};
}

QString checkId(const QString &value)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    if (value.isEmpty())
        return say(QT_TRANSLATE_NOOP("Validation", "is required"));
    if (value.size() > limits::Id)
        return say(QT_TRANSLATE_NOOP("Validation", "is longer than %1 characters")).arg(limits::Id);
    if (!idPattern.match(value).hasMatch())
        return say(QT_TRANSLATE_NOOP("Validation", "may hold only letters, digits and . _ : -"));
    return {};
}

// Returns the problem with one present field's value, or an empty string.
QString checkValue(const Field &rule, const QJsonValue &value)
{
    switch (rule.kind) {
    case Kind::Text:
        if (!value.isString())
            return say(QT_TRANSLATE_NOOP("Validation", "must be a string"));
        return checkText(value.toString(), rule.maxLength);
    case Kind::Id:
        return value.isString() ? checkId(value.toString())
                                : say(QT_TRANSLATE_NOOP("Validation", "must be a string"));
    case Kind::Person:
        if (!value.isString())
            return say(QT_TRANSLATE_NOOP("Validation", "must be a string"));
        if (isPlaceholderPerson(value.toString()))
            return say(QT_TRANSLATE_NOOP("Validation", "must name one person, not '%1'"))
                .arg(value.toString());
        if (value.toString() != value.toString().trimmed())
            return say(QT_TRANSLATE_NOOP("Validation", "must not start or end with spaces"));
        return checkText(value.toString(), limits::Person);
    case Kind::Integer: {
        if (!value.isDouble())
            return say(QT_TRANSLATE_NOOP("Validation", "must be a whole number of minutes"));
        const double number = value.toDouble();
        if (number < 1 || number > limits::Minutes) // before any integer conversion
            return say(QT_TRANSLATE_NOOP("Validation", "must be between 1 and %1"))
                .arg(limits::Minutes);
        if (number != std::trunc(number))
            return say(QT_TRANSLATE_NOOP("Validation", "must be a whole number of minutes"));
        return {};
    }
    case Kind::Boolean:
        return value.isBool() ? QString()
                              : say(QT_TRANSLATE_NOOP("Validation", "must be true or false"));
    case Kind::Time:
        if (!value.isString() || !parseTime(value.toString()).isValid())
            return QStringLiteral("must be an ISO 8601 time with a zone between 1970 and 9999, "
                                  "e.g. 2026-11-22T10:01:02Z");
        return {};
    case Kind::OneOf:
        if (!value.isString() || !rule.allowed.contains(value.toString()))
            return say(QT_TRANSLATE_NOOP("Validation", "must be one of %1"))
                .arg(rule.allowed.join(QStringLiteral(", ")));
        return {};
    case Kind::Role:
        if (!value.isString() || !vocab::isValidRole(value.toString()))
            return say(QT_TRANSLATE_NOOP("Validation", "must be one of %1, or sme:<area>"))
                .arg(vocab::keyRoles().join(QStringLiteral(", ")));
        return {};
    case Kind::NullableId:
        if (value.isNull())
            return {};
        if (!value.isString())
            return say(QT_TRANSLATE_NOOP("Validation", "must be an event id or null"));
        return value.toString().isEmpty() ? QString() : checkId(value.toString());
    }
    return {};
}

void checkEnvelope(const Event &event, QStringList &errors)
{
    if (const QString problem = checkId(event.id); !problem.isEmpty())
        errors << QStringLiteral("id: ") + problem;
    if (const QString problem = checkId(event.incident); !problem.isEmpty())
        errors << QStringLiteral("incident: ") + problem;
    if (!event.occurredAt.isValid())
        errors << say(
            QT_TRANSLATE_NOOP("Validation", "occurred_at: must be an ISO 8601 time with a zone"));
    else if (!isStorableTime(event.occurredAt))
        errors << say(QT_TRANSLATE_NOOP("Validation",
                                        "occurred_at: must lie between 1970 and 9999 (in UTC)"));
}

// About how many characters a JSON value takes: its strings and keys, 8 for anything else.
qsizetype weight(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().size();
    qsizetype total = 8;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            total += weight(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            total += it.key().size() + weight(it.value());
    }
    return total;
}

void checkUnknownFields(const Schema &schema, const QJsonObject &data, QStringList &errors)
{
    qsizetype unknown = 0;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const bool known = std::any_of(schema.fields.begin(), schema.fields.end(),
                                       [&](const Field &field) { return field.name == it.key(); });
        if (!known)
            unknown += it.key().size() + weight(it.value());
    }
    if (unknown > limits::UnknownData)
        errors << say(QT_TRANSLATE_NOOP("Validation", "data: fields this version does not know "
                                                      "carry %1 characters, more than %2"))
                      .arg(unknown)
                      .arg(limits::UnknownData);
}

void checkData(const Schema &schema, const QJsonObject &data, QStringList &errors)
{
    checkUnknownFields(schema, data, errors);
    for (const Field &rule : schema.fields) {
        const QJsonValue value = data.value(rule.name);
        if (value.isUndefined()) {
            if (rule.required)
                errors
                    << say(QT_TRANSLATE_NOOP("Validation", "data.%1: is required")).arg(rule.name);
            continue;
        }
        if (value.isNull() && rule.kind != Kind::NullableId) {
            // null never means "clear it": a field is either given with a value or left out.
            errors
                << say(QT_TRANSLATE_NOOP("Validation", "data.%1: must not be null")).arg(rule.name);
            continue;
        }
        if (const QString problem = checkValue(rule, value); !problem.isEmpty())
            errors << QStringLiteral("data.%1: %2").arg(rule.name, problem);
    }
    if (schema.changes.isEmpty())
        return;
    const bool changesSomething =
        std::any_of(schema.changes.begin(), schema.changes.end(),
                    [&](const QString &name) { return data.contains(name); });
    if (!changesSomething)
        errors << say(QT_TRANSLATE_NOOP("Validation",
                                        "data: nothing to change; give at least one of %1"))
                      .arg(schema.changes.join(QStringLiteral(", ")));
}

} // namespace

QStringList validate(const Event &event)
{
    QStringList errors;
    checkEnvelope(event, errors);
    const auto schema = schemas().constFind(event.type);
    if (event.type.isEmpty())
        errors << say(QT_TRANSLATE_NOOP("Validation", "type: is required"));
    else if (schema == schemas().constEnd())
        errors << say(QT_TRANSLATE_NOOP("Validation", "type: unknown event type '%1'"))
                      .arg(event.type);
    else
        checkData(*schema, event.data, errors);
    return errors;
}

QStringList validate(const QList<Event> &events)
{
    QStringList errors;
    for (qsizetype i = 0; i < events.size(); ++i) {
        for (const QString &problem : validate(events[i]))
            errors << QStringLiteral("events[%1].%2").arg(i).arg(problem);
    }
    return errors;
}

} // namespace cp
