#include "storage/Actor.h"

#include <QDir>
#include <QtGlobal>

namespace daicho {

Actor Actor::current(const QString& displayName)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");   // Windows
    if (user.isEmpty())
        user = QDir::home().dirName();             // services and containers often set none of them
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return {user, displayName.trimmed().isEmpty() ? user : displayName.trimmed()};
}

} // namespace daicho
