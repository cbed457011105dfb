#include "storage/Actor.h"

#include "domain/TextRule.h"

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
    // The name goes into every history row and the note beside a busy file: one line, no control characters.
    QString name = TextRule::clean(displayName, TextRule::Lines::Single).trimmed();
    if (name.size() > TextRule::kOrgNameMax)
        name.truncate(name.at(TextRule::kOrgNameMax - 1).isHighSurrogate() ? TextRule::kOrgNameMax - 1 : TextRule::kOrgNameMax);
    return {user, name.isEmpty() ? user : name};
}

} // namespace daicho
