#include "storage/HistoryWording.h"

#include "calendar/JapaneseDate.h"

namespace daicho {

QString HistoryWording::action(const QString& action)
{
    if (action == QLatin1String("create"))
        return tr("Registered");
    if (action == QLatin1String("update"))
        return tr("Edited");
    if (action == QLatin1String("stage"))
        return tr("Stage changed");
    if (action == QLatin1String("dispose"))
        return tr("Disposed");
    if (action == QLatin1String("status"))
        return tr("Status changed");
    if (action == QLatin1String("review"))
        return tr("Reviewed");
    if (action == QLatin1String("withdraw"))
        return tr("Registration withdrawn");
    if (action == QLatin1String("restore"))
        return tr("Registration restored");
    return action;
}

QString HistoryWording::when(const HistoryEntry& entry)
{
    const QDateTime local = entry.at.toLocalTime();
    return JapaneseDate::format(local.date()) + local.toString(QStringLiteral(" HH:mm"));
}

QString HistoryWording::who(const HistoryEntry& entry)
{
    if (entry.displayName.isEmpty() || entry.displayName == entry.osUser)
        return entry.osUser;
    return QStringLiteral("%1 (%2)").arg(entry.displayName, entry.osUser);
}

QString HistoryWording::value(const QString& fieldKey, const QString& stored, const Catalog* catalog)
{
    const AssetField* field = AssetFields::find(fieldKey);
    if (!field || stored.isEmpty())
        return stored;
    if (catalog && fieldKey == QLatin1String("network_segment"))
        return catalog->segmentName(stored);
    switch (field->type) {
    case FieldType::Code: return field->vocabulary->label(stored);
    case FieldType::Boolean:
        return stored == QLatin1String("1") ? tr("yes") : stored == QLatin1String("0") ? tr("no") : stored;
    case FieldType::Date: {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        return d.isValid() ? JapaneseDate::format(d) : stored;
    }
    default: return stored;
    }
}

QString HistoryWording::change(const AssetFields::Change& c, const Catalog* catalog)
{
    const AssetField* field = AssetFields::find(c.key);
    const QString name = field ? field->translatedLabel()
                               : c.key == QLatin1String("org") ? tr("Organisation code")
                               : c.key == QLatin1String("restriction_overrides") ? tr("Handling restrictions")
                                                                                 : c.key;
    const QString before = value(c.key, c.oldValue, catalog);
    const QString after = value(c.key, c.newValue, catalog);
    if (before.isEmpty())
        return tr("%1: %2").arg(name, after);
    return tr("%1: %2 → %3").arg(name, before, after.isEmpty() ? tr("(none)") : after);
}

QStringList HistoryWording::changes(const HistoryEntry& entry, const Catalog* catalog)
{
    QStringList out;
    if (entry.action == QLatin1String("create")) {
        for (const AssetFields::Change& c : entry.changes)
            if (c.key == QLatin1String("name") || c.key == QLatin1String("asset_no"))
                out << change(c, catalog);
        return out;
    }
    for (const AssetFields::Change& c : entry.changes)
        out << change(c, catalog);
    return out;
}

} // namespace daicho
