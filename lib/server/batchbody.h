#pragma once

#include "event.h"
#include "httpreply.h"
#include "serverconfig.h"

#include <QByteArray>
#include <QList>
#include <expected>

namespace cp::server {

// The events of a POST /api/v1/events body, each read and validated, in order; or the answer
// that refuses the body (400 malformed or invalid, 413 too large), naming the first problem
// and listing all of them. Nothing here depends on who sends it or what is stored.
std::expected<QList<Event>, HttpReply> readBatch(const QByteArray &body, const Limits &limits);

} // namespace cp::server
