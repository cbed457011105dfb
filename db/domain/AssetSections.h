#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

// The fields of a register row in the groups people look for them in (domain.md §5):
// 基本情報 · 分類 · 個人情報 · 保管・運用 · 外部委託・クラウド · ライフサイクル · 見直し.
// The editor, the details panel and the printed asset sheet all group by this one list.
struct AssetSection
{
    QString id;
    const char* title;      // English source, translated through "daicho::AssetSections"
    QStringList fieldKeys;  // AssetField keys in the order they are shown

    QString translatedTitle() const;
};

class AssetSections
{
    Q_DECLARE_TR_FUNCTIONS(daicho::AssetSections)
public:
    static const QVector<AssetSection>& all();
    // The section a field belongs to; nullptr for a field in none.
    static const AssetSection* of(const QString& fieldKey);
};

} // namespace daicho
