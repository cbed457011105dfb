#include "TestRegister.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace daicho::test {

TestRegister::TestRegister(const QString& profile, const QString& scheme)
{
    RegisterSettings settings;
    settings.profileId = profile;
    settings.schemeId = scheme;
    auto created = Register::create(dir.filePath(QStringLiteral("register.daicho")), settings, actor, clock);
    if (!created)
        qFatal("test register: %s", qPrintable(created.error().message));
    reg = std::move(created).value();
    OrgUnit d{0, QStringLiteral("03"), QStringLiteral("市民部"), QStringLiteral("department"), 0, 10, {}, {}};
    department = reg->addOrgUnit(d, actor).value();
    OrgUnit s{0, QStringLiteral("0302"), QStringLiteral("保険年金課"), QStringLiteral("section"), department.id, 20, {}, {}};
    section = reg->addOrgUnit(s, actor).value();
    OrgUnit o{0, QStringLiteral("0303"), QStringLiteral("税務課"), QStringLiteral("section"), department.id, 30, {}, {}};
    otherSection = reg->addOrgUnit(o, actor).value();
}

Asset TestRegister::cleanAsset(const QString& name) const
{
    Asset a = reg->newAsset();
    a.orgId = section.id;
    a.name = name;
    a.business = QStringLiteral("庶務");
    a.assetType = QStringLiteral("info-electronic");
    a.networkSegment = QStringLiteral("lgwan");
    a.cLevel = QStringLiteral("2");
    a.iLevel = QStringLiteral("1");
    a.aLevel = QStringLiteral("1");
    a.managerTitle = QStringLiteral("保険年金課長");
    return a;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace daicho::test
