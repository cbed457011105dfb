#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace daicho {

struct Actor;

// Who is changing a register right now. SQLite's write lock says only that someone holds it, so a
// register writes a small note next to its file (REGISTER-holder, beside SQLite's -wal and -shm) once it
// has the lock, and removes it before letting go. Someone who then waits in vain can be told who it is.
// The note is advisory: a process that died leaves it behind, which is why it is read only while the
// lock is really held by someone, and a note from a process that no longer runs is ignored.
struct LockHolder
{
    Q_DECLARE_TR_FUNCTIONS(daicho::LockHolder)
public:
    QString osUser;
    QString displayName;   // the name the person set in Daicho, when it differs from osUser
    QString host;
    qint64 pid = 0;
    QDateTime since;

    static QString notePath(const QString& registerPath);
    // Writes this process's note for the person making the change; failing to (a read-only folder)
    // only means nobody can be named.
    static void claim(const QString& registerPath, const Actor& actor);
    static void release(const QString& registerPath);
    // The holder named by the note, unless it is missing, unreadable or left by a process that has ended.
    static std::optional<LockHolder> read(const QString& registerPath);

    // "山田 (yamada on pc-12) since 10:42", or "yamada on pc-12 since 10:42" without a name of their own
    QString describe() const;
};

} // namespace daicho
