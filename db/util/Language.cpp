#include "util/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace daicho::Language {

QString resolve(const QString& requested)
{
    QString lang = requested.trimmed().toLower();
    if (lang.isEmpty())
        lang = qEnvironmentVariable("DAICHO_LANG").trimmed().toLower();
    if (lang.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    return QStringLiteral("ja");
}

bool install(QCoreApplication& app, const QString& language)
{
    if (language == QLatin1String("en"))
        return true;
    auto* own = new QTranslator(&app);
    const bool ok = own->load(QStringLiteral(":/i18n/daicho_%1.qm").arg(language));
    if (ok)
        app.installTranslator(own);
    // Qt's own strings (standard buttons, print dialogs); optional, from qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return ok;
}

} // namespace daicho::Language
