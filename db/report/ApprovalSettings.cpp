#include "report/ApprovalSettings.h"

#include "storage/Register.h"

namespace daicho {

namespace {
const QLatin1String kStyleKey("approval_style");
const QLatin1String kTitlesKey("approval_titles");
const QChar kSeparator(u'|');
} // namespace

QStringList ApprovalSettings::styleIds()
{
    return {QStringLiteral("seals"), QStringLiteral("signatures"), QStringLiteral("none")};
}

QString ApprovalSettings::styleId(ApprovalBlock::Style style)
{
    switch (style) {
    case ApprovalBlock::Style::Seals: return QStringLiteral("seals");
    case ApprovalBlock::Style::Signatures: return QStringLiteral("signatures");
    case ApprovalBlock::Style::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<ApprovalBlock::Style> ApprovalSettings::parseStyle(const QString& id)
{
    for (ApprovalBlock::Style s : {ApprovalBlock::Style::Seals, ApprovalBlock::Style::Signatures, ApprovalBlock::Style::None})
        if (styleId(s) == id.trimmed().toLower())
            return s;
    return std::nullopt;
}

QString ApprovalSettings::styleLabel(ApprovalBlock::Style style)
{
    switch (style) {
    case ApprovalBlock::Style::Seals: return tr("Seal boxes");
    case ApprovalBlock::Style::Signatures: return tr("Signature lines");
    case ApprovalBlock::Style::None: return tr("None");
    }
    return {};
}

QStringList ApprovalSettings::defaultTitles()
{
    // What the register prints, as the city's own words: data, like the segment names.
    return {QStringLiteral("部長"), QStringLiteral("課長"), QStringLiteral("係長"), QStringLiteral("担当")};
}

ApprovalBlock ApprovalSettings::read(const Register& reg)
{
    ApprovalBlock b;
    b.style = parseStyle(reg.setting(kStyleKey)).value_or(ApprovalBlock::Style::Seals);
    const QString titles = reg.setting(kTitlesKey);
    b.titles = titles.isEmpty() ? defaultTitles() : titles.split(kSeparator, Qt::SkipEmptyParts);
    return b;
}

Result<void> ApprovalSettings::write(Register& reg, const ApprovalBlock& block)
{
    QStringList titles;
    for (const QString& t : block.titles)
        if (!t.trimmed().isEmpty())
            titles << t.trimmed().remove(kSeparator);
    if (titles.size() > maxTitles())
        return makeError(ErrorCode::Validation, tr("At most %1 approval boxes fit on a line.").arg(maxTitles()));
    if (titles.isEmpty() && block.style != ApprovalBlock::Style::None)
        return makeError(ErrorCode::Validation, tr("Name at least one title for the approval block, or choose none."));
    Result<void> r = reg.setSetting(kStyleKey, styleId(block.style));
    if (!r)
        return r;
    return reg.setSetting(kTitlesKey, titles.join(kSeparator));
}

} // namespace daicho
