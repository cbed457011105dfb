#pragma once

#include <QString>

namespace daicho {

// Who makes a change, as the history records it: the OS account, and the name the person set in Daicho.
struct Actor
{
    QString osUser;
    QString displayName;

    // The current OS user; the display name defaults to it when none is set.
    static Actor current(const QString& displayName = {});
};

} // namespace daicho
