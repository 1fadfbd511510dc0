#include "eventcodec.h"

#include "timeformat.h"
#include "validation.h"

#include <QJsonDocument>
#include <cmath>

namespace cp {
namespace {

const QString IdKey = QStringLiteral("id");
const QString IncidentKey = QStringLiteral("incident");
const QString TypeKey = QStringLiteral("type");
const QString OccurredAtKey = QStringLiteral("occurred_at");
const QString DataKey = QStringLiteral("data");
const QString SeqKey = QStringLiteral("seq");
const QString ActorKey = QStringLiteral("actor");
const QString RecordedAtKey = QStringLiteral("recorded_at");

// Checks that each envelope field present has the JSON type the protocol gives it.
QStringList envelopeTypeErrors(const QJsonObject &object)
{
    QStringList errors;
    for (const QString &key :
         {IdKey, IncidentKey, TypeKey, OccurredAtKey, ActorKey, RecordedAtKey}) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isString())
            errors << key + QStringLiteral(": must be a string");
    }
    if (const QJsonValue data = object.value(DataKey); !data.isObject())
        errors << (data.isUndefined() ? QStringLiteral("data: is required")
                                      : QStringLiteral("data: must be an object"));
    if (const QJsonValue seq = object.value(SeqKey); !seq.isUndefined()) {
        const double number = seq.toDouble(-1);
        if (!seq.isDouble() || number < 1 || number > 9e15 || number != std::trunc(number))
            errors << QStringLiteral("seq: must be a positive whole number");
    }
    return errors;
}

} // namespace

QJsonObject toJson(const Event &event)
{
    QJsonObject object{{IdKey, event.id},
                       {IncidentKey, event.incident},
                       {TypeKey, event.type},
                       {OccurredAtKey, formatTime(event.occurredAt)},
                       {DataKey, event.data}};
    if (event.seq > 0)
        object.insert(SeqKey, event.seq);
    if (!event.actor.isEmpty())
        object.insert(ActorKey, event.actor);
    if (event.recordedAt.isValid())
        object.insert(RecordedAtKey, formatTime(event.recordedAt));
    return object;
}

QJsonArray toJson(const QList<Event> &events)
{
    QJsonArray array;
    for (const Event &event : events)
        array.append(toJson(event));
    return array;
}

Event readTrustedEvent(const QJsonObject &object)
{
    Event event;
    event.id = object.value(IdKey).toString();
    event.incident = object.value(IncidentKey).toString();
    event.type = object.value(TypeKey).toString();
    event.occurredAt = parseTime(object.value(OccurredAtKey).toString());
    event.data = object.value(DataKey).toObject();
    event.seq = object.value(SeqKey).toInteger();
    event.actor = object.value(ActorKey).toString();
    event.recordedAt = parseTime(object.value(RecordedAtKey).toString());
    return event;
}

std::expected<Event, QStringList> decodeEvent(const QJsonValue &value)
{
    if (!value.isObject())
        return std::unexpected(QStringList{QStringLiteral("event: must be a JSON object")});
    const QJsonObject object = value.toObject();
    QStringList errors = envelopeTypeErrors(object);
    if (!errors.isEmpty())
        return std::unexpected(errors);
    Event event = readTrustedEvent(object);
    errors = validate(event);
    if (!errors.isEmpty())
        return std::unexpected(errors);
    return event;
}

namespace {

constexpr char RawByteOrderMark[] = "\xEF\xBB\xBF";

} // namespace

QByteArray escapeByteOrderMarks(QByteArray json)
{
    return json.replace(RawByteOrderMark, "\\ufeff");
}

QByteArray toJsonBytes(const QJsonObject &object)
{
    return escapeByteOrderMarks(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool hasRawByteOrderMark(QByteArrayView json)
{
    return json.contains(QByteArrayView(RawByteOrderMark));
}

namespace {

// Appends `text` as a JSON string: quotes, backslashes and control characters escaped.
void appendJsonString(QByteArray &out, const QString &text)
{
    // A lone surrogate (Qt's writer escapes it) or a byte order mark: the general writer.
    if (!QStringView(text).isValidUtf16() || text.contains(QChar(0xFEFF))) {
        const QByteArray array =
            escapeByteOrderMarks(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
        out += QByteArrayView(array).sliced(1, array.size() - 2); // without [ ]
        return;
    }
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00";
            out += Hex[uchar(c) >> 4];
            out += Hex[uchar(c) & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendField(QByteArray &out, const char *key, const QString &text)
{
    out += ",\"";
    out += key;
    out += "\":";
    appendJsonString(out, text);
}

} // namespace

// The same object as toJson(), written directly: stores and the server encode every event
// they write, and building a QJsonObject first took most of that time.
QByteArray toCompactJson(const Event &event)
{
    QByteArray out;
    out.reserve(256);
    out += "{\"id\":";
    appendJsonString(out, event.id);
    appendField(out, "incident", event.incident);
    appendField(out, "type", event.type);
    appendField(out, "occurred_at", formatTime(event.occurredAt));
    if (event.seq > 0)
        out += ",\"seq\":" + QByteArray::number(event.seq);
    if (!event.actor.isEmpty())
        appendField(out, "actor", event.actor);
    if (event.recordedAt.isValid())
        appendField(out, "recorded_at", formatTime(event.recordedAt));
    out += ",\"data\":";
    out += escapeByteOrderMarks(QJsonDocument(event.data).toJson(QJsonDocument::Compact));
    out += '}';
    return out;
}

std::optional<Event> readStoredEvent(const QByteArray &body, qint64 seq)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    Event event = readTrustedEvent(document.object());
    event.seq = seq;
    return event;
}

} // namespace cp
