#include "storage/LockHolder.h"

#include "storage/Actor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace daicho {

namespace {

bool processEnded(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace

QString LockHolder::notePath(const QString& registerPath)
{
    return registerPath + QStringLiteral("-holder");
}

void LockHolder::claim(const QString& registerPath, const Actor& actor)
{
    const QString user = actor.osUser.isEmpty() ? Actor::current().osUser : actor.osUser;
    // The name colleagues know the person by; the OS account alone is often a staff number.
    const QString name = actor.displayName.trimmed() == user ? QString() : actor.displayName.trimmed();
    const QJsonObject note{{QStringLiteral("os_user"), user},
                           {QStringLiteral("display_name"), name},
                           {QStringLiteral("host"), QSysInfo::machineHostName()},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
    // Written beside the note's place and renamed into it (only the holder of the write lock writes it,
    // and a reader finds the whole note or none), not through QSaveFile, which syncs the file to disk: the
    // note only names someone to colleagues kept waiting, is thrown away at the commit and never trusted
    // after a crash (read() checks the process), and a city's consolidation writes it once per submission.
    const QString path = notePath(registerPath);
    QFile file(path + QStringLiteral(".new"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    const bool written = file.write(QJsonDocument(note).toJson(QJsonDocument::Compact)) > 0;
    file.close();
    if (!written || std::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        file.remove();
}

void LockHolder::release(const QString& registerPath)
{
    QFile::remove(notePath(registerPath));
}

std::optional<LockHolder> LockHolder::read(const QString& registerPath)
{
    QFile file(notePath(registerPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject note = QJsonDocument::fromJson(file.read(4096)).object();
    LockHolder h;
    h.osUser = note.value(QStringLiteral("os_user")).toString();
    // At most a line of it: the note is only read, never trusted for more than naming someone.
    h.displayName = note.value(QStringLiteral("display_name")).toString().left(200).simplified();
    h.host = note.value(QStringLiteral("host")).toString();
    h.pid = note.value(QStringLiteral("pid")).toVariant().toLongLong();
    h.since = QDateTime::fromString(note.value(QStringLiteral("since")).toString(), Qt::ISODate);
    if (h.osUser.isEmpty() || !h.since.isValid())
        return std::nullopt;
    if (h.host == QSysInfo::machineHostName() && h.pid > 0 && processEnded(h.pid))
        return std::nullopt;
    return h;
}

QString LockHolder::describe() const
{
    const QString time = since.date() == QDate::currentDate() ? since.toString(QStringLiteral("HH:mm"))
                                                              : since.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (displayName.isEmpty() || displayName == osUser)
        return tr("%1 on %2 since %3").arg(osUser, host, time);
    return tr("%1 (%2 on %3) since %4").arg(displayName, osUser, host, time);
}

} // namespace daicho
