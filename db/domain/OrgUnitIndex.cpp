#include "domain/OrgUnitIndex.h"

#include "util/Text.h"

namespace daicho {

void OrgUnitIndex::clear()
{
    m_byId.clear();
    m_idByCode.clear();
}

void OrgUnitIndex::insert(const OrgUnit& unit)
{
    m_byId.insert(unit.id, unit);
    m_idByCode.insert(unit.code, unit.id);
}

const OrgUnit* OrgUnitIndex::byId(qint64 id) const
{
    auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &*it;
}

const OrgUnit* OrgUnitIndex::byCode(const QString& code) const
{
    // The units' codes are normalised, and normalising one of them gives it back.
    auto it = m_idByCode.constFind(code);
    if (it == m_idByCode.constEnd())
        it = m_idByCode.constFind(normalizedCode(code));
    return it == m_idByCode.constEnd() ? nullptr : byId(*it);
}

QString OrgUnitIndex::codeOf(qint64 id) const
{
    const OrgUnit* unit = byId(id);
    return unit ? unit->code : QString();
}

} // namespace daicho
