#pragma once

#include "event.h"

#include <QStringList>

namespace cp {

// Text limits, in characters. They keep one event well under the server's body limit.
namespace limits {
constexpr int Id = 64;
constexpr int Title = 200;
constexpr int Person = 100;
constexpr int Summary = 4000;
constexpr int Reason = 1000;
constexpr int SectionName = 64;
constexpr int Text = 20000;
constexpr int Minutes = 24 * 60;
// What fields this version does not know may carry (kept for newer clients), in characters
// of their names and values: with every known field bounded, so is every event.
constexpr int UnknownData = 4096;
} // namespace limits

// Checks an event against PROTOCOL.md. Returns one message per problem, each starting with
// the field it is about ("data.severity: …"); an empty list means the event is valid.
// Validation looks at the event alone, never at the incident's state.
QStringList validate(const Event &event);

// The same for a whole batch: messages are prefixed with the event's index ("events[3].…").
QStringList validate(const QList<Event> &events);

} // namespace cp
