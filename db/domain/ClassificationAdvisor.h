#pragma once

#include "domain/ClassificationScheme.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace daicho {

// The questions a 課長 asks before classifying an asset. Each is a plain yes/no (or a band)
// that someone who knows the work can answer without knowing the guideline's wording.
struct ClassificationAnswers
{
    bool secret = false;            // 秘密文書に相当する（公にすると行政運営に重大な支障）
    bool personal = false;          // 個人情報を含む
    QString subjectBand;            // 本人の数 (Vocabulary::subjectBands code)
    bool sensitive = false;         // 要配慮個人情報
    bool specific = false;          // 特定個人情報（マイナンバー）
    bool myNumberSegment = false;   // マイナンバー利用事務系で扱う
    bool published = false;         // 公表済み、又は公表を前提に作成
    bool alterationHarms = false;   // 改ざん・誤りがあると住民の権利や正確な事務に支障
    bool lossForADayHarms = false;  // 1日使えないと住民の権利や安定した事務に支障
    bool paperOnly = false;         // 紙だけの情報（完全性・可用性を「－」にできる基準のみ）
};

// A proposed level on one axis with the reason a person can check. The person decides.
struct ProposedLevel
{
    QString code;     // a level code of the scheme, "-" for not applicable, empty when the axis is unused
    QString reason;
};

struct ClassificationProposal
{
    ProposedLevel c, i, a;
    const ProposedLevel& axis(Axis which) const;
};

// Proposes levels in the given scheme from the answers. Works on the scheme's tiers, so a
// municipality's own scheme gets proposals too; the presets get their guideline levels.
class ClassificationAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ClassificationAdvisor)
public:
    static ClassificationProposal propose(const ClassificationScheme& scheme, const ClassificationAnswers& answers);
};

} // namespace daicho
