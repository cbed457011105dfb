#pragma once

#include <QString>
#include <QVector>

namespace daicho {

enum class Axis { Confidentiality, Integrity, Availability };
QString axisCode(Axis axis);                 // "c", "i", "a"
bool axisFromCode(const QString& code, Axis* axis);
constexpr Axis kAllAxes[] = {Axis::Confidentiality, Axis::Integrity, Axis::Availability};

// The code an asset records for "not applicable" on an axis (I or A of paper-only information).
inline QString notApplicableCode() { return QStringLiteral("-"); }

struct Level
{
    QString code;        // "3B", "2", "IV"
    int rank = 0;        // order within the axis, 1 = lowest
    // The level's weight in the guideline's own terms, used by the rules that speak of
    // "機密性2以上" or "機密性3": 1–3 for confidentiality, 1–2 for integrity and availability.
    int tier = 0;
    QString label;       // "自治体機密性3B"
    QString definition;  // shown beside the picker and printed on the asset sheet
};

struct AxisScale
{
    bool used = true;
    bool allowsNotApplicable = false;
    QString name;            // "機密性" (重要性分類 for mext)
    QString shortName;       // prefix in the compact label: "C"
    QVector<Level> levels;   // lowest first

    const Level* level(const QString& code) const;
};

struct ClassificationScheme
{
    QString id;          // "mic-r6"
    QString name;
    QString source;      // where the levels come from
    AxisScale c, i, a;

    const AxisScale& axis(Axis which) const;
    AxisScale& axis(Axis which);
    // Resolves what people type ("３", "機密性3B", "C3", "3b") to a level code of this scheme; empty if none.
    QString levelCodeFor(Axis which, const QString& input) const;

    static const QVector<ClassificationScheme>& presets();
    static const ClassificationScheme* preset(const QString& id);
    static QString defaultId() { return QStringLiteral("mic-r6"); }
};

} // namespace daicho
