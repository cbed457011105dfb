#include "storage/Actor.h"

#include <QtGlobal>

namespace daicho {

Actor Actor::current(const QString& displayName)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return {user, displayName.trimmed().isEmpty() ? user : displayName.trimmed()};
}

} // namespace daicho
