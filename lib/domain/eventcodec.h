#pragma once

#include "event.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <expected>
#include <optional>

namespace cp {

// The JSON shape of PROTOCOL.md §1. Server stamps (seq, actor, recorded_at) are written
// only when set.
QJsonObject toJson(const Event &event);
QJsonArray toJson(const QList<Event> &events);

// Reads an event and validates it: the error list names each bad field.
std::expected<Event, QStringList> decodeEvent(const QJsonValue &value);

// Reads an event without validating its data: for rows this program stored itself.
Event readTrustedEvent(const QJsonObject &object);

// Reads a row a store wrote with toCompactJson, numbering it with the row's seq; a body that
// is not an event object (a damaged file) gives nothing.
std::optional<Event> readStoredEvent(const QByteArray &body, qint64 seq);

// Encodes to compact UTF-8 JSON, the form kept in the stores.
QByteArray toCompactJson(const Event &event);

} // namespace cp
