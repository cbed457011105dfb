#pragma once

#include <QDate>
#include <QString>

namespace daicho {

// A 部, 課 (also 室・所・センター), 係, or a body outside the mayor's tree (委員会, 議会事務局, 公営企業).
struct OrgUnit
{
    qint64 id = 0;
    QString code;          // 組織コード: the city's own, sorts the register
    QString name;
    QString kind;          // Vocabulary::orgKinds
    qint64 parentId = 0;   // 0 for a top-level unit
    int sortOrder = 0;
    QDate validFrom;       // reorganisations take effect on 4月1日
    QDate validTo;         // empty while the unit exists

    bool isValidOn(const QDate& day) const
    {
        return (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || day <= validTo);
    }
};

} // namespace daicho
