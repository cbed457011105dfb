#include "domain/ClassificationScheme.h"

#include "util/Text.h"

namespace daicho {

QString axisCode(Axis axis)
{
    switch (axis) {
    case Axis::Confidentiality: return QStringLiteral("c");
    case Axis::Integrity: return QStringLiteral("i");
    case Axis::Availability: return QStringLiteral("a");
    }
    return {};
}

bool axisFromCode(const QString& code, Axis* axis)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("c"))
        *axis = Axis::Confidentiality;
    else if (c == QLatin1String("i"))
        *axis = Axis::Integrity;
    else if (c == QLatin1String("a"))
        *axis = Axis::Availability;
    else
        return false;
    return true;
}

const Level* AxisScale::level(const QString& code) const
{
    for (const Level& l : levels)
        if (l.code == code)
            return &l;
    return nullptr;
}

const AxisScale& ClassificationScheme::axis(Axis which) const
{
    switch (which) {
    case Axis::Confidentiality: return c;
    case Axis::Integrity: return i;
    case Axis::Availability: return a;
    }
    return c;
}

AxisScale& ClassificationScheme::axis(Axis which)
{
    return const_cast<AxisScale&>(static_cast<const ClassificationScheme*>(this)->axis(which));
}

QString ClassificationScheme::levelCodeFor(Axis which, const QString& input) const
{
    const AxisScale& scale = axis(which);
    QString key = searchKey(input);
    if (key.isEmpty())
        return {};
    if (key == QLatin1String("-") || key == QStringLiteral("－") || key == QStringLiteral("対象外"))
        return scale.allowsNotApplicable ? notApplicableCode() : QString();
    // Strip the prefixes people put in front of the level: 機密性, 自治体機密性, 重要性分類, C/I/A.
    const QStringList prefixes = {searchKey(QStringLiteral("自治体") + scale.name), searchKey(scale.name),
                                  searchKey(scale.shortName)};
    for (const QString& p : prefixes) {
        if (!p.isEmpty() && key.startsWith(p) && key.size() > p.size()) {
            key = key.mid(p.size());
            break;
        }
    }
    // Roman numerals typed as the single characters Ⅰ–Ⅳ fold to I–IV under NFKC already.
    for (const Level& l : scale.levels)
        if (searchKey(l.code) == key || searchKey(l.label) == key)
            return l.code;
    return {};
}

namespace {

AxisScale integrityScale()
{
    AxisScale s;
    s.name = QStringLiteral("完全性");
    s.shortName = QStringLiteral("I");
    s.allowsNotApplicable = true;
    s.levels = {
        {QStringLiteral("1"), 1, 1, QStringLiteral("完全性1"),
         QStringLiteral("完全性2以外の情報資産。")},
        {QStringLiteral("2"), 2, 2, QStringLiteral("完全性2"),
         QStringLiteral("改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障"
                        "（軽微なものを除く。）を及ぼすおそれがある情報資産。")},
    };
    return s;
}

AxisScale availabilityScale()
{
    AxisScale s;
    s.name = QStringLiteral("可用性");
    s.shortName = QStringLiteral("A");
    s.allowsNotApplicable = true;
    s.levels = {
        {QStringLiteral("1"), 1, 1, QStringLiteral("可用性1"),
         QStringLiteral("可用性2以外の情報資産。")},
        {QStringLiteral("2"), 2, 2, QStringLiteral("可用性2"),
         QStringLiteral("滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は"
                        "行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産。")},
    };
    return s;
}

ClassificationScheme micR6()
{
    ClassificationScheme s;
    s.id = QStringLiteral("mic-r6");
    s.name = QStringLiteral("総務省ガイドライン（令和6年10月版）");
    s.source = QStringLiteral("総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」令和6年10月版");
    s.c.name = QStringLiteral("機密性");
    s.c.shortName = QStringLiteral("C");
    s.c.levels = {
        {QStringLiteral("1"), 1, 1, QStringLiteral("自治体機密性1"),
         QStringLiteral("公表されている情報、又は公表を前提として作成された情報。")},
        {QStringLiteral("2"), 2, 2, QStringLiteral("自治体機密性2"),
         QStringLiteral("秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産。")},
        {QStringLiteral("3C"), 3, 3, QStringLiteral("自治体機密性3C"),
         QStringLiteral("3A・3B以外の個人情報など、漏えいにより個人の権利利益又は行政事務の遂行に影響を及ぼす"
                        "おそれがある情報資産。（要確認：団体で定義を調整してください）")},
        {QStringLiteral("3B"), 4, 3, QStringLiteral("自治体機密性3B"),
         QStringLiteral("漏えいにより広範囲の個人の権利利益を著しく侵害するおそれがある情報資産"
                        "（大量の住民情報、特定個人情報、マイナンバー利用事務系の情報等）。")},
        {QStringLiteral("3A"), 5, 3, QStringLiteral("自治体機密性3A"),
         QStringLiteral("行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産。")},
    };
    s.i = integrityScale();
    s.a = availabilityScale();
    return s;
}

ClassificationScheme micH27()
{
    ClassificationScheme s;
    s.id = QStringLiteral("mic-h27");
    s.name = QStringLiteral("総務省ガイドライン（平成27年版〜令和5年版）");
    s.source = QStringLiteral("総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」平成27年3月版〜令和5年3月版");
    s.c.name = QStringLiteral("機密性");
    s.c.shortName = QStringLiteral("C");
    s.c.levels = {
        {QStringLiteral("1"), 1, 1, QStringLiteral("機密性1"),
         QStringLiteral("機密性2又は機密性3の情報資産以外の情報資産。")},
        {QStringLiteral("2"), 2, 2, QStringLiteral("機密性2"),
         QStringLiteral("行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、"
                        "直ちに一般に公表することを前提としていない情報資産。")},
        {QStringLiteral("3"), 3, 3, QStringLiteral("機密性3"),
         QStringLiteral("行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産。")},
    };
    s.i = integrityScale();
    s.a = availabilityScale();
    return s;
}

ClassificationScheme mext()
{
    ClassificationScheme s;
    s.id = QStringLiteral("mext");
    s.name = QStringLiteral("文部科学省 教育情報セキュリティポリシーに関するガイドライン（重要性分類）");
    s.source = QStringLiteral("文部科学省「教育情報セキュリティポリシーに関するガイドライン」");
    s.c.name = QStringLiteral("重要性分類");
    s.c.shortName = QString();
    // 重要性分類 I is the most important and IV the least (the reverse of the MIC numbering).
    s.c.levels = {
        {QStringLiteral("IV"), 1, 1, QStringLiteral("重要性分類IV"),
         QStringLiteral("セキュリティ侵害が学校事務及び教育活動の実施に影響をほとんど及ぼさない情報資産。")},
        {QStringLiteral("III"), 2, 2, QStringLiteral("重要性分類III"),
         QStringLiteral("セキュリティ侵害が学校事務及び教育活動の実施に軽微な影響を及ぼす情報資産。")},
        {QStringLiteral("II"), 3, 2, QStringLiteral("重要性分類II"),
         QStringLiteral("セキュリティ侵害が学校事務及び教育活動の実施に重大な影響を及ぼす情報資産。")},
        {QStringLiteral("I"), 4, 3, QStringLiteral("重要性分類I"),
         QStringLiteral("セキュリティ侵害が教職員又は児童生徒の生命、財産、プライバシー等へ重大な影響を及ぼす情報資産。")},
    };
    s.i.used = false;
    s.i.name = QStringLiteral("完全性");
    s.i.shortName = QStringLiteral("I");
    s.a.used = false;
    s.a.name = QStringLiteral("可用性");
    s.a.shortName = QStringLiteral("A");
    return s;
}

} // namespace

const QVector<ClassificationScheme>& ClassificationScheme::presets()
{
    static const QVector<ClassificationScheme> all = {micR6(), micH27(), mext()};
    return all;
}

const ClassificationScheme* ClassificationScheme::preset(const QString& id)
{
    for (const ClassificationScheme& s : presets())
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace daicho
