#include "event.h"

#include <QUuid>

namespace cp {

bool Event::sameContent(const Event &other) const
{
    return id == other.id && incident == other.incident && type == other.type &&
           occurredAt == other.occurredAt && data == other.data;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace cp
