#include "exchange/Submission.h"

#include "exchange/CanonicalJson.h"
#include "exchange/SubmissionTokens.h"
#include "storage/Register.h"
#include "util/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <utility>
#include <vector>

namespace daicho {

namespace {

const QString kFormat = QStringLiteral("daicho-submission");
// A city's largest 課 holds a few thousand assets; this leaves room for a whole city in one file.
constexpr qint64 kMaxFileSize = qint64(512) * 1024 * 1024;

QString checksumOf(const QJsonObject& content)
{
    // QJsonObject keeps its keys sorted, so the compact form is the same whatever order a file had.
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QStringLiteral("sha256:") + Sha256::hex(bytes);
}

QJsonObject contentOf(const Submission& s)
{
    QJsonArray assets;
    for (const Asset& a : s.assets)
        assets.append(AssetFields::toJson(a));
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), Submission::kFormatVersion},
        {QStringLiteral("city"), s.cityName},
        {QStringLiteral("org"), s.orgCode},
        {QStringLiteral("org_name"), s.orgName},
        {QStringLiteral("fiscal_year"), s.fiscalYear},
        {QStringLiteral("submitted_by"), s.submittedBy},
        {QStringLiteral("submitted_at"), s.submittedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("daicho_version"), s.daichoVersion},
        {QStringLiteral("scheme"), s.schemeId},
        {QStringLiteral("assets"), assets},
    };
}

// AssetFields::applyJson for the rows of one file, with what repeats from row to row worked out once:
// the field each key names, and what a typed field's text reads as (the same dates, the same codes
// and yes/no on row after row). The reading is AssetFields::fromText's own, done once on a scratch
// asset and copied, so every value and every message is the one applyJson gives. A row with anything
// applyJson would complain about in its own words (an unknown key, a broken override) goes through
// applyJson itself.
class RowReader
{
public:
    QStringList apply(Asset& asset, const QJsonObject& object)
    {
        // One pass over the keys gathers each value with its field (null for the overrides); anything
        // applyJson would have its own words for sends the row to it.
        m_values.clear();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (key == QLatin1String("org"))
                continue;
            if (key == QLatin1String("restriction_overrides")) {
                const QJsonArray items = it.value().toArray();
                for (const QJsonValue& item : items) {
                    const QString action = item.toObject().value(QStringLiteral("action")).toString();
                    if (action != QLatin1String("add") && action != QLatin1String("remove"))
                        return AssetFields::applyJson(asset, object);
                }
                m_values.push_back({nullptr, it.value()});
                continue;
            }
            const AssetField* f = field(key);
            if (!f || !(f->text || f->flag || f->number || f->date))
                return AssetFields::applyJson(asset, object);
            m_values.push_back({f, it.value()});
        }
        QStringList errors;
        for (const auto& [fp, v] : m_values) {
            if (!fp) {
                asset.restrictionOverrides.clear();
                const QJsonArray items = v.toArray();
                for (const QJsonValue& item : items) {
                    const QJsonObject r = item.toObject();
                    asset.restrictionOverrides.append(
                        {r.value(QStringLiteral("code")).toString(),
                         r.value(QStringLiteral("action")).toString() == QLatin1String("add"),
                         r.value(QStringLiteral("reason")).toString()});
                }
                continue;
            }
            const AssetField& f = *fp;
            QString text;
            if (v.isBool())
                text = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
            else if (v.isDouble())
                text = QString::number(v.toInt());
            else if (!v.isNull())
                text = v.toString();
            if (f.type == FieldType::Text) { // free text rarely repeats
                const QString error = AssetFields::fromText(f, asset, text);
                if (!error.isEmpty())
                    errors << error;
                continue;
            }
            QHash<QString, Reading>& readings = m_readings[&f];
            auto r = readings.constFind(text);
            if (r == readings.constEnd()) {
                Asset scratch;
                Reading reading;
                reading.error = AssetFields::fromText(f, scratch, text);
                reading.value = FieldValue::of(f, scratch);
                r = readings.insert(text, reading);
            }
            if (!r->error.isEmpty()) { // fromText leaves the field as it was
                errors << r->error;
                continue;
            }
            r->value.into(f, asset);
        }
        return errors;
    }

private:
    struct Reading
    {
        QString error;
        FieldValue value;
    };

    const AssetField* field(const QString& key)
    {
        auto it = m_fields.constFind(key);
        if (it == m_fields.constEnd())
            it = m_fields.insert(key, AssetFields::find(key));
        return *it;
    }

    QHash<QString, const AssetField*> m_fields;
    std::vector<std::pair<const AssetField*, QJsonValue>> m_values; // of the row being read
    QHash<const AssetField*, QHash<QString, Reading>> m_readings;
};

} // namespace

Result<Submission> Submission::fromRegister(const Register& reg, const QString& orgCode, int fiscalYear,
                                            const Actor& actor)
{
    const std::optional<OrgUnit> org = reg.orgUnitByCode(orgCode);
    if (!org)
        return makeError(ErrorCode::NotFound, tr("There is no organisation unit with code %1.").arg(orgCode));
    const QVector<qint64> subtree = reg.orgSubtree(org->id);
    const QSet<qint64> units(subtree.begin(), subtree.end());

    Submission s;
    s.cityName = reg.cityName();
    s.orgCode = org->code;
    s.orgName = org->name;
    s.fiscalYear = fiscalYear;
    s.submittedBy = actor.displayName.isEmpty() ? actor.osUser : actor.displayName;
    s.submittedAt = reg.clock().now();
    s.daichoVersion = QStringLiteral(DAICHO_VERSION);
    s.schemeId = reg.catalog().defaultSchemeId;
    for (Asset a : reg.assets()) {
        if (!units.contains(a.orgId))
            continue;
        a.id = 0;
        a.orgId = 0;
        a.rowVersion = 0;
        s.assets << std::move(a);
    }
    s.checksum = checksumOf(contentOf(s));
    return s;
}

Result<void> Submission::write(const QString& path) const
{
    QJsonObject file = contentOf(*this);
    file.insert(QStringLiteral("checksum"), checksumOf(file));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    out.write(QJsonDocument(file).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

Result<Submission> Submission::read(const QString& path)
{
    return readFile(path, Path::Fast);
}

Result<Submission> Submission::readThroughQt(const QString& path)
{
    return readFile(path, Path::Qt);
}

Result<Submission> Submission::readFile(const QString& path, Path via)
{
    QFile in(path);
    if (!in.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(path));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, in.errorString()));
    if (in.size() > kMaxFileSize)
        return makeError(ErrorCode::FileRefused, tr("%1 is too large to be a submission.").arg(path));
    const QByteArray bytes = in.readAll();
    if (via == Path::Fast) {
        // A file as Daicho writes it, read in one pass; anything else, or anything wrong with it, is
        // read below, which says what is wrong.
        if (std::optional<Submission> s = SubmissionTokens::read(bytes))
            return std::move(*s);
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const auto notOne = [&path]() {
        return makeError(ErrorCode::FileRefused, tr("%1 is not a Daicho submission file.").arg(path));
    };
    if (doc.isNull() || !doc.isObject())
        return bytes.trimmed().startsWith('{')
                   ? makeError(ErrorCode::FileRefused,
                               tr("%1 is damaged (unreadable at byte %2); ask the department to send it again.")
                                   .arg(path)
                                   .arg(parseError.offset))
                   : notOne();
    QJsonObject file = doc.object();
    if (file.value(QStringLiteral("format")).toString() != kFormat)
        return notOne();
    const int version = file.value(QStringLiteral("format_version")).toInt();
    if (version > kFormatVersion)
        return makeError(ErrorCode::FileRefused,
                         tr("%1 was written by a newer Daicho (submission format %2); update Daicho to read it.")
                             .arg(path)
                             .arg(version));
    const QString stated = file.take(QStringLiteral("checksum")).toString();
    // A file as Daicho writes it is already in the form the checksum is defined over, but for the
    // whitespace between tokens (CanonicalJson): its bytes are hashed without re-serialising it.
    const std::optional<QByteArray> compact = CanonicalJson::compactWithout(bytes, QLatin1String("checksum"));
    const QString actual = compact ? QStringLiteral("sha256:") + Sha256::hex(*compact) : checksumOf(file);
    if (stated != actual)
        return makeError(ErrorCode::FileRefused,
                         tr("%1 was changed after Daicho wrote it, or is damaged: its checksum does not match. Ask "
                            "the department to submit again.")
                             .arg(path));

    Submission s;
    s.checksum = actual;
    s.cityName = file.value(QStringLiteral("city")).toString();
    s.orgCode = file.value(QStringLiteral("org")).toString();
    s.orgName = file.value(QStringLiteral("org_name")).toString();
    s.fiscalYear = file.value(QStringLiteral("fiscal_year")).toInt();
    s.submittedBy = file.value(QStringLiteral("submitted_by")).toString();
    s.submittedAt = QDateTime::fromString(file.value(QStringLiteral("submitted_at")).toString(), Qt::ISODateWithMs);
    s.daichoVersion = file.value(QStringLiteral("daicho_version")).toString();
    s.schemeId = file.value(QStringLiteral("scheme")).toString();
    if (s.orgCode.isEmpty() || !s.submittedAt.isValid())
        return makeError(ErrorCode::FileRefused,
                         tr("%1 lacks its organisation or its date; it cannot be consolidated.").arg(path));
    const QJsonArray assets = file.value(QStringLiteral("assets")).toArray();
    s.assets.reserve(assets.size());
    QStringList problems;
    RowReader rows;
    for (const QJsonValue& v : assets) {
        Asset a;
        const QJsonObject object = v.toObject();
        a.orgCode = object.value(QStringLiteral("org")).toString();
        const QStringList errors = rows.apply(a, object);
        if (!errors.isEmpty())
            problems << QStringLiteral("%1: %2").arg(a.assetNo, errors.join(QStringLiteral("; ")));
        s.assets << std::move(a);
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::FileRefused, tr("%1 holds rows Daicho cannot read.").arg(path), problems);
    return s;
}

SubmissionRecord Submission::record(const QString& fileName) const
{
    SubmissionRecord r;
    r.orgCode = orgCode;
    r.orgName = orgName;
    r.fiscalYear = fiscalYear;
    r.submittedBy = submittedBy;
    r.submittedAt = submittedAt;
    r.daichoVersion = daichoVersion;
    r.schemeId = schemeId;
    r.checksum = checksum;
    r.fileName = fileName;
    r.assetCount = int(assets.size());
    return r;
}

} // namespace daicho
