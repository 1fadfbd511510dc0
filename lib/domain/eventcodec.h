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

// U+FEFF written as "\ufeff": Qt 6.4's JSON reader (and QString::fromUtf8) drops a byte order
// mark at the start of a string, so a text or id starting with one would come back without it
// (an id sent that way was acknowledged under another id). JSON that Command Post writes goes
// through this; every other character stays as Qt writes it.
QByteArray escapeByteOrderMarks(QByteArray json);
// Compact JSON with U+FEFF escaped, for requests and replies.
QByteArray toJsonBytes(const QJsonObject &object);
// Raw U+FEFF bytes in a request: they would not be read back as sent, so they are refused.
bool hasRawByteOrderMark(QByteArrayView json);

} // namespace cp
