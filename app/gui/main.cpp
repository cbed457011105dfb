// daicho: the desktop application. Opens the given register, or the user's default one.
#include "demo/DemoGenerator.h"
#include "mainwindow/MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/Register.h"
#include "util/Clock.h"
#include "util/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("daicho"));
    QApplication::setApplicationDisplayName(QStringLiteral("Daicho"));
    QApplication::setApplicationVersion(QStringLiteral(DAICHO_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Daicho"));

    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("ja or en"), QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("register file"));
    parser.process(app);
    // --lang, then DAICHO_LANG, then what the person chose in the settings; Japanese otherwise.
    QString language = parser.value(lang);
    if (language.isEmpty() && qEnvironmentVariableIsEmpty("DAICHO_LANG"))
        language = daicho::AppSettings::language();
    daicho::Language::install(app, daicho::Language::resolve(language));

    daicho::SystemClock clock;
    const daicho::Actor actor = daicho::Actor::current(daicho::AppSettings::displayName());
    QString path = parser.positionalArguments().value(0);
    const bool named = !path.isEmpty();
    daicho::Result<std::unique_ptr<daicho::Register>> reg = daicho::makeError(daicho::ErrorCode::None, {});
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        path = QDir(dir).filePath(QStringLiteral("daicho.sqlite"));
        reg = daicho::DemoGenerator::openOrCreateDefault(path, actor, clock);
    }

    daicho::MainWindow window(clock);
    if (reg)
        window.setRegister(std::move(reg).value());
    window.show();
    // A file named on the command line opens as 「台帳を開く」 does: the first screen before the page check.
    if (named)
        window.openPath(path);
    else if (!reg)
        QMessageBox::warning(&window, QApplication::translate("daicho::MainWindow", "Open Register"),
                             reg.error().message);
    return app.exec();
}
