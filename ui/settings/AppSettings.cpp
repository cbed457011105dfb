#include "settings/AppSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace daicho {

QString AppSettings::displayName()
{
    return QSettings().value(QStringLiteral("user/displayName")).toString();
}

void AppSettings::setDisplayName(const QString& name)
{
    QSettings().setValue(QStringLiteral("user/displayName"), name.trimmed());
}

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("user/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("user/language"), language);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

QByteArray AppSettings::value(const QString& key)
{
    return QSettings().value(key).toByteArray();
}

void AppSettings::setValue(const QString& key, const QByteArray& value)
{
    QSettings().setValue(key, value);
}

QStringList AppSettings::stringList(const QString& key)
{
    return QSettings().value(key).toStringList();
}

void AppSettings::setStringList(const QString& key, const QStringList& value)
{
    QSettings().setValue(key, value);
}

} // namespace daicho
