#pragma once

#include "domain/OrgUnit.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

namespace daicho {

// What a cell naming an organisation unit resolves to, with the reason when it does not (error) or
// the remark a person should see when it does only by reading it generously (warning).
struct OrgMatch
{
    std::optional<OrgUnit> unit;
    QString error;
    QString warning;
};

// Finds the organisation unit a register sheet names: by 組織コード (全角/半角 folded), by a code a
// spreadsheet turned into a number (0302 → 302), or by name. Built once per import from the register's units.
class OrgMatcher
{
    Q_DECLARE_TR_FUNCTIONS(daicho::OrgMatcher)
public:
    explicit OrgMatcher(const QVector<OrgUnit>& units);

    OrgMatch byCode(const QString& text) const;
    // A 管理部署 cell: a code, or else a name.
    OrgMatch byCodeOrName(const QString& text) const;

private:
    QHash<QString, OrgUnit> m_byCode;
    QHash<QString, OrgUnit> m_byNumber;
    QSet<QString> m_ambiguousNumbers;
    QHash<QString, OrgUnit> m_byName;
    QSet<QString> m_ambiguousNames;
};

} // namespace daicho
