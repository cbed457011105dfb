#include "BenchData.h"

#include "demo/DemoGenerator.h"
#include "storage/Migrations.h"
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
    QTextStream err(stderr);
    if (QFileInfo::exists(path)) {
        // A register kept from an older Daicho is brought up to date here, once, outside every timing
        // (the window would otherwise stop at its "updated" notice).
        const Result<int> version = Register::probe(path);
        if (version && version.value() < Migrations::latestVersion()) {
            err << "Updating " << path << " to the current format ..." << Qt::endl;
            const auto updated = Register::open(path, m_clock);
            if (!updated) {
                err << updated.error().message << Qt::endl;
                return {};
            }
        }
        return path;
    }
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
