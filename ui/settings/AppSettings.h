#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace daicho {

// What Daicho remembers for the person on this computer (QSettings): their name for the history,
// the language, the registers they opened, and how they left the window. What belongs to a register
// (the city's name, the scheme, the review interval) is kept in the register file instead.
class AppSettings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    static QString displayName();
    static void setDisplayName(const QString& name);
    // "ja", "en", or empty for the default (Japanese).
    static QString language();
    static void setLanguage(const QString& language);

    static QStringList recentFiles();
    // Puts the file first; the list keeps the newest kMaxRecentFiles.
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);

    static QByteArray value(const QString& key);
    static void setValue(const QString& key, const QByteArray& value);
    static QStringList stringList(const QString& key);
    static void setStringList(const QString& key, const QStringList& value);
};

} // namespace daicho
