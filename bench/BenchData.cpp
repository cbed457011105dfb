#include "BenchData.h"

#include "demo/DemoGenerator.h"
#include "storage/Register.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace daicho::bench {

BenchData::BenchData(QString folder) : m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
}

QString BenchData::registerWith(int assets)
{
    const QString path = QDir(m_folder).filePath(QStringLiteral("bench-%1.daicho").arg(assets));
    if (QFileInfo::exists(path))
        return path;
    QTextStream err(stderr);
    err << "Generating " << assets << " demo assets in " << path << " ..." << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const Actor actor{QStringLiteral("bench"), QStringLiteral("bench")};
    RegisterSettings settings;
    auto created = Register::create(path + QStringLiteral(".part"), settings, actor, m_clock);
    if (!created) {
        err << created.error().message << Qt::endl;
        return {};
    }
    std::unique_ptr<Register> reg = std::move(created).value();
    const Result<int> added = DemoGenerator::populate(*reg, {assets, 7}, actor);
    if (!added) {
        err << added.error().message << Qt::endl;
        return {};
    }
    reg.reset();
    // Only a finished register gets the real name, so an interrupted run never leaves half a city behind.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + QStringLiteral(".part") + suffix);
    QFile::rename(path + QStringLiteral(".part"), path);
    err << "  done in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return path;
}

} // namespace daicho::bench
