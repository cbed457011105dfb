#pragma once

#include "domain/OrgUnit.h"

#include <QHash>
#include <QString>

namespace daicho {

// A register's organisation units in memory, found by id and by code. A city has a few hundred; the
// register reads them all at once and looks them up for every asset it reads or saves.
class OrgUnitIndex
{
public:
    void clear();
    void insert(const OrgUnit& unit);   // in place of the unit with its id
    const OrgUnit* byId(qint64 id) const;
    // A code as the register writes it (every row of an import or a submission) is found as it is; one
    // as typed (full-width digits, spaces) once normalised.
    const OrgUnit* byCode(const QString& code) const;
    // The unit's code, empty for an id the register does not have.
    QString codeOf(qint64 id) const;
    const QHash<qint64, OrgUnit>& units() const { return m_byId; }

private:
    QHash<qint64, OrgUnit> m_byId;
    QHash<QString, qint64> m_idByCode;   // the same units by their (normalised) code
};

} // namespace daicho
