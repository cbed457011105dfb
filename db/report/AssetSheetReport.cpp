#include "report/AssetSheetReport.h"

#include "domain/AssetDisplay.h"
#include "domain/AssetSections.h"
#include "report/ReportScope.h"
#include "storage/HistoryWording.h"
#include "storage/Register.h"

namespace daicho {

namespace {

QString fieldLabel(const QString& key)
{
    const AssetField* f = AssetFields::find(key);
    return f ? f->translatedLabel() : key;
}

void addSheet(ReportDocument& doc, const Register& reg, const Asset& a)
{
    const Catalog& cat = reg.catalog();
    doc.addHeading(QStringLiteral("%1　%2").arg(a.assetNo, a.name));
    for (const AssetSection& section : AssetSections::all()) {
        ReportFields fields;
        for (const QString& key : section.fieldKeys)
            fields.pairs.append({fieldLabel(key), AssetDisplay::text(cat, a, key)});
        if (section.id == QLatin1String("classification")) {
            fields.pairs.append({AssetDisplay::derivedLabel(QStringLiteral("importance")),
                                 AssetDisplay::text(cat, a, QStringLiteral("importance"))});
            fields.pairs.append({AssetDisplay::derivedLabel(QStringLiteral("risk")),
                                 AssetDisplay::text(cat, a, QStringLiteral("risk"))});
        }
        doc.addFields(section.translatedTitle(), fields);
    }

    // What each level means, in the words of the scheme the asset was classified under.
    ReportFields levels;
    const ClassificationScheme* scheme = cat.schemeOf(a);
    for (Axis axis : kAllAxes) {
        if (!scheme || !scheme->axis(axis).used)
            continue;
        const Level* l = cat.level(a, axis);
        const QString code = a.level(axis);
        QString meaning;
        if (l)
            meaning = l->label + QStringLiteral("：") + l->definition;
        else if (code == notApplicableCode())
            meaning = AssetSheetReport::tr("Not applicable");
        else
            meaning = AssetSheetReport::tr("Not classified");
        levels.pairs.append({scheme->axis(axis).name, meaning});
    }
    doc.addFields(AssetSheetReport::tr("Classification and what it means"), levels);

    // The restrictions that apply, those the 課長 added with the reason, then those set aside and why.
    auto overrideOf = [&a](const QString& code, bool add) -> const RestrictionOverride* {
        for (const RestrictionOverride& o : a.restrictionOverrides)
            if (o.code == code && o.add == add)
                return &o;
        return nullptr;
    };
    // A reason is summed up in its first words, so that the restrictions themselves always fit the sheet.
    auto brief = [](const QString& reason) {
        return reason.size() <= AssetSheetReport::kReasonLength
                   ? reason
                   : reason.left(AssetSheetReport::kReasonLength) + QStringLiteral("…");
    };
    QStringList lines;
    for (const Restriction& r : cat.effectiveRestrictions(a)) {
        const RestrictionOverride* added = overrideOf(r.code, true);
        lines << (added ? AssetSheetReport::tr("・%1 (added for this asset: %2)").arg(r.text, brief(added->reason))
                        : QStringLiteral("・") + r.text);
    }
    for (const RestrictionOverride& o : a.restrictionOverrides) {
        if (o.add)
            continue;
        const Restriction* r = cat.restriction(o.code);
        lines << AssetSheetReport::tr("× %1 (not applied to this asset: %2)").arg(r ? r->text : o.code, brief(o.reason));
    }
    doc.addHeading(AssetSheetReport::tr("Handling restrictions"));
    // One paragraph, so that the sheet keeps to one page.
    doc.addText(lines.isEmpty() ? AssetSheetReport::tr("No handling restrictions follow from its levels.")
                                : lines.join(QStringLiteral("　")));

    const QVector<HistoryEntry> history = reg.history(QStringLiteral("asset"), a.id);
    ReportTable table;
    table.columns = {{AssetSheetReport::tr("When"), 1.5, ReportColumn::Align::Left},
                     {AssetSheetReport::tr("Who"), 1.2, ReportColumn::Align::Left},
                     {AssetSheetReport::tr("What"), 0.9, ReportColumn::Align::Left},
                     {AssetSheetReport::tr("Changes"), 4.4, ReportColumn::Align::Left}};
    const int first = qMax(0, int(history.size()) - AssetSheetReport::kHistoryEntries);
    for (int i = int(history.size()) - 1; i >= first; --i) {
        const HistoryEntry& e = history[i];
        QStringList what = HistoryWording::changes(e, &cat);
        // A summary, so that the sheet keeps to one page: the whole entry is in the asset's history.
        if (what.size() > AssetSheetReport::kHistoryChanges) {
            const int more = int(what.size()) - AssetSheetReport::kHistoryChanges;
            what = what.mid(0, AssetSheetReport::kHistoryChanges);
            what << AssetSheetReport::tr("and %n more change(s)", nullptr, more);
        }
        if (!e.comment.isEmpty())
            what << AssetSheetReport::tr("Comment: %1").arg(e.comment);
        table.rows.append({HistoryWording::when(e), HistoryWording::who(e), HistoryWording::action(e.action),
                           what.join(QStringLiteral("、"))});
    }
    const QString caption = history.size() > AssetSheetReport::kHistoryEntries
                                ? AssetSheetReport::tr("History: the latest %1 of %2 entries")
                                      .arg(AssetSheetReport::kHistoryEntries).arg(history.size())
                                : AssetSheetReport::tr("History: %n entry(ies)", nullptr, int(history.size()));
    doc.addTable(caption, table);
}

} // namespace

ReportDocument AssetSheetReport::build(const Register& reg, const ReportScope& scope, const QVector<Asset>& assets)
{
    ReportDocument doc;
    doc.orientation = ReportDocument::Orientation::Portrait;
    doc.fitSheetsToPage = true;
    doc.heading = scope.heading(reg, tr("Information Asset Sheet"));
    doc.heading.classification = ReportScope::classificationOf(reg, assets);
    for (int i = 0; i < assets.size(); ++i) {
        if (i > 0)
            doc.addPageBreak();
        addSheet(doc, reg, assets[i]);
    }
    return doc;
}

} // namespace daicho
