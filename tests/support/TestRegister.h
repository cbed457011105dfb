#pragma once

#include "storage/Register.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace daicho::test {

// A register in a temporary folder, on a fixed day, with two sections to put assets in.
struct TestRegister
{
    explicit TestRegister(const QString& profile = QStringLiteral("generic"), const QString& scheme = {});

    QTemporaryDir dir;
    FixedClock clock{QDate(2025, 6, 1)};
    Actor actor{QStringLiteral("tester"), QStringLiteral("試験 太郎")};
    std::unique_ptr<Register> reg;
    OrgUnit department;
    OrgUnit section;
    OrgUnit otherSection;

    QString path() const { return reg->path(); }
    // A well-formed asset in `section` that passes every rule.
    Asset cleanAsset(const QString& name = QStringLiteral("課内連絡網")) const;
};

// SHA-256 of a file, to prove a refused file was left untouched.
QByteArray fileHash(const QString& path);

} // namespace daicho::test
