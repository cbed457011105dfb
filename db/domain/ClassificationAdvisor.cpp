#include "domain/ClassificationAdvisor.h"

#include "domain/Vocabulary.h"

namespace daicho {

const ProposedLevel& ClassificationProposal::axis(Axis which) const
{
    switch (which) {
    case Axis::Confidentiality: return c;
    case Axis::Integrity: return i;
    case Axis::Availability: return a;
    }
    return c;
}

namespace {

// What the answers say about confidentiality, strongest first.
enum class Exposure { Secret, WidePersonal, Personal, Internal, Public };

const Level* highest(const AxisScale& scale)
{
    return scale.levels.isEmpty() ? nullptr : &scale.levels.last();
}

const Level* lowest(const AxisScale& scale)
{
    return scale.levels.isEmpty() ? nullptr : &scale.levels.first();
}

// The lowest level of a tier, or the nearest level above it.
const Level* lowestOfTier(const AxisScale& scale, int tier)
{
    for (const Level& l : scale.levels)
        if (l.tier >= tier)
            return &l;
    return highest(scale);
}

// The guideline's level for each exposure in the presets; other schemes go by tier.
QString confidentialityCode(const ClassificationScheme& scheme, Exposure e)
{
    const AxisScale& c = scheme.c;
    auto pick = [&c](const char* code) {
        const QString s = QString::fromLatin1(code);
        return c.level(s) ? s : QString();
    };
    QString code;
    if (scheme.id == QLatin1String("mic-r6")) {
        const char* table[] = {"3A", "3B", "3C", "2", "1"};
        code = pick(table[int(e)]);
    } else if (scheme.id == QLatin1String("mic-h27")) {
        const char* table[] = {"3", "3", "2", "2", "1"};
        code = pick(table[int(e)]);
    } else if (scheme.id == QLatin1String("mext")) {
        const char* table[] = {"I", "I", "II", "III", "IV"};
        code = pick(table[int(e)]);
    }
    if (!code.isEmpty())
        return code;
    const Level* l = nullptr;
    switch (e) {
    case Exposure::Secret:
    case Exposure::WidePersonal: l = highest(c); break;
    case Exposure::Personal: l = lowestOfTier(c, 3); break;
    case Exposure::Internal: l = lowestOfTier(c, 2); break;
    case Exposure::Public: l = lowest(c); break;
    }
    return l ? l->code : QString();
}

} // namespace

ClassificationProposal ClassificationAdvisor::propose(const ClassificationScheme& scheme,
                                                      const ClassificationAnswers& q)
{
    ClassificationProposal p;
    const bool personal = q.personal || q.sensitive || q.specific;
    const bool many = personal && codes::needsFileRegister(q.subjectBand);

    Exposure e = Exposure::Internal;
    QString why;
    if (q.secret) {
        e = Exposure::Secret;
        why = tr("It needs the secrecy of a confidential document (秘密文書).");
    } else if (q.specific || q.myNumberSegment) {
        e = Exposure::WidePersonal;
        why = q.specific ? tr("It holds specific personal data (My Number): a leak would seriously harm many people.")
                         : tr("It is handled on the My Number segment.");
    } else if (many) {
        e = Exposure::WidePersonal;
        why = tr("It holds personal data of %1 people: a leak would harm people widely.")
                  .arg(Vocabulary::subjectBands().label(q.subjectBand));
    } else if (personal) {
        e = Exposure::Personal;
        why = q.sensitive ? tr("It holds sensitive personal data (要配慮個人情報): a leak could harm the people concerned.")
                          : tr("It holds personal data: a leak could harm the people concerned.");
    } else if (q.published) {
        e = Exposure::Public;
        why = tr("It is published, or made to be published.");
    } else {
        why = tr("It is not secret, but not meant for immediate publication either.");
    }
    if (q.published && e != Exposure::Public)
        why += QLatin1Char(' ') + tr("It cannot be published as it is: publish a version without this content.");

    // The education scheme has one axis that weighs integrity and availability too.
    const bool oneAxis = !scheme.i.used && !scheme.a.used;
    if (oneAxis && (q.alterationHarms || q.lossForADayHarms) && e >= Exposure::Internal) {
        e = Exposure::Personal;
        why += QLatin1Char(' ')
               + tr("An error in it or a day without it would seriously disrupt the work, which raises its importance.");
    }
    p.c = {confidentialityCode(scheme, e), why};

    auto twoLevel = [&scheme, &q](Axis axis, bool harms, const QString& yes, const QString& no) -> ProposedLevel {
        const AxisScale& scale = scheme.axis(axis);
        if (!scale.used)
            return {QString(), tr("The scheme %1 does not rate this axis.").arg(scheme.name)};
        if (harms) {
            const Level* l = lowestOfTier(scale, 2);
            return {l ? l->code : QString(), yes};
        }
        if (q.paperOnly && scale.allowsNotApplicable)
            return {notApplicableCode(), tr("Paper only, and no harm beyond the minor: not applicable (－).")};
        const Level* l = lowest(scale);
        return {l ? l->code : QString(), no};
    };
    p.i = twoLevel(Axis::Integrity, q.alterationHarms,
                   tr("An alteration or error could infringe residents' rights or hinder accurate work."),
                   tr("An alteration or error would cause no more than minor harm."));
    p.a = twoLevel(Axis::Availability, q.lossForADayHarms,
                   tr("A day without it could infringe residents' rights or stop the work."),
                   tr("A day without it would cause no more than minor harm."));
    return p;
}

} // namespace daicho
