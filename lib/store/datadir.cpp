#include "datadir.h"

#include <QStandardPaths>

namespace cp {

QString defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("COMMANDPOST_DATA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/commandpost");
}

QString defaultActor()
{
    for (const char *name : {"COMMANDPOST_ACTOR", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("local");
}

} // namespace cp
