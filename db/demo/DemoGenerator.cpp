#include "demo/DemoGenerator.h"

#include "calendar/JapaneseDate.h"
#include "domain/ReviewPolicy.h"
#include "storage/Register.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

namespace daicho {

namespace {

struct OrgSeed
{
    const char* code;
    const char* name;
    const char* kind;
    const char* parent;
};

// A mid-sized city in 組織コード order.
const OrgSeed kOrgs[] = {
    {"01", "総務部", "department", nullptr},
    {"0101", "総務課", "section", "01"},
    {"010101", "文書法制係", "unit", "0101"},
    {"0102", "人事課", "section", "01"},
    {"0103", "情報政策課", "section", "01"},
    {"010301", "情報システム係", "unit", "0103"},
    {"0104", "契約管財課", "section", "01"},
    {"0105", "危機管理課", "section", "01"},
    {"02", "企画財政部", "department", nullptr},
    {"0201", "企画課", "section", "02"},
    {"0202", "財政課", "section", "02"},
    {"0203", "秘書広報課", "section", "02"},
    {"03", "市民部", "department", nullptr},
    {"0301", "市民課", "section", "03"},
    {"030101", "住民記録係", "unit", "0301"},
    {"0302", "保険年金課", "section", "03"},
    {"0303", "税務課", "section", "03"},
    {"030301", "市民税係", "unit", "0303"},
    {"030302", "資産税係", "unit", "0303"},
    {"0304", "収納課", "section", "03"},
    {"04", "健康福祉部", "department", nullptr},
    {"0401", "福祉課", "section", "04"},
    {"0402", "介護保険課", "section", "04"},
    {"0403", "子育て支援課", "section", "04"},
    {"0404", "健康づくり課", "section", "04"},
    {"05", "環境経済部", "department", nullptr},
    {"0501", "環境課", "section", "05"},
    {"0502", "商工観光課", "section", "05"},
    {"0503", "農林課", "section", "05"},
    {"06", "建設部", "department", nullptr},
    {"0601", "道路河川課", "section", "06"},
    {"0602", "都市計画課", "section", "06"},
    {"0603", "建築住宅課", "section", "06"},
    {"07", "会計課", "section", nullptr},
    {"20", "上下水道部", "enterprise", nullptr},
    {"2001", "上下水道総務課", "section", "20"},
    {"2002", "水道工務課", "section", "20"},
    {"30", "教育委員会", "committee", nullptr},
    {"3001", "教育総務課", "section", "30"},
    {"3002", "学校教育課", "section", "30"},
    {"3003", "生涯学習課", "section", "30"},
    {"40", "選挙管理委員会事務局", "committee", nullptr},
    {"41", "監査委員事務局", "committee", nullptr},
    {"42", "農業委員会事務局", "committee", nullptr},
    {"50", "議会事務局", "assembly", nullptr},
};

// What a section holds. Levels are given on the current (mic-r6) scale and mapped to the register's.
struct Template
{
    const char* org;        // section code the asset belongs to ("*" any)
    const char* business;
    const char* name;
    const char* type;
    const char* medium;
    const char* segmentRole;
    const char* c;
    const char* i;
    const char* a;
    int personal;           // 0 none, 1 personal, 2 + sensitive, 3 + specific (My Number)
    const char* band;
    int outsourced;         // 0 none, 1 outsourced, 2 cloud service
};

const Template kTemplates[] = {
    {"030101", "住民基本台帳", "住民基本台帳ファイル", "info-electronic", "基幹系サーバ", "mynumber", "3B", "2", "2", 3, "ge10000", 1},
    {"030101", "住民基本台帳", "住民異動届", "info-paper", "紙・書庫", "none", "3B", "2", "1", 3, "ge10000", 0},
    {"0301", "戸籍", "戸籍副本データ", "info-electronic", "戸籍総合システム", "mynumber", "3B", "2", "2", 1, "ge10000", 1},
    {"0301", "証明書交付", "証明書交付申請書", "info-paper", "紙・窓口キャビネット", "none", "3C", "1", "1", 1, "ge1000", 0},
    {"0301", "マイナンバーカード", "マイナンバーカード交付管理簿", "info-electronic", "基幹系サーバ", "mynumber", "3B", "2", "2", 3, "ge10000", 0},
    {"0302", "国民健康保険", "国保被保険者台帳", "info-electronic", "基幹系サーバ", "mynumber", "3B", "2", "2", 3, "ge10000", 1},
    {"0302", "国民健康保険", "高額療養費申請書", "info-paper", "紙・書庫", "none", "3B", "2", "1", 2, "ge1000", 0},
    {"0302", "国民年金", "国民年金被保険者名簿", "info-electronic", "基幹系サーバ", "mynumber", "3B", "2", "1", 3, "ge10000", 0},
    {"030301", "個人住民税", "個人住民税課税台帳", "info-electronic", "基幹系サーバ", "mynumber", "3B", "2", "2", 3, "ge10000", 1},
    {"030301", "個人住民税", "給与支払報告書", "info-paper", "紙・書庫", "none", "3B", "2", "1", 3, "ge10000", 0},
    {"030302", "固定資産税", "固定資産課税台帳", "info-electronic", "基幹系サーバ", "mynumber", "3C", "2", "2", 1, "ge10000", 1},
    {"030302", "固定資産税", "家屋評価調書", "info-paper", "紙・書庫", "none", "3C", "2", "1", 1, "ge1000", 0},
    {"0304", "収納", "滞納整理記録", "info-electronic", "基幹系サーバ", "mynumber", "3B", "2", "1", 3, "ge1000", 0},
    {"0304", "収納", "口座振替依頼書", "info-paper", "紙・施錠キャビネット", "none", "3C", "2", "1", 1, "ge1000", 0},
    {"0401", "生活保護", "生活保護ケース記録", "info-electronic", "福祉総合システム", "mynumber", "3A", "2", "2", 3, "ge1000", 0},
    {"0401", "障害福祉", "障害者手帳交付台帳", "info-electronic", "福祉総合システム", "mynumber", "3B", "2", "2", 3, "ge1000", 1},
    {"0402", "介護保険", "要介護認定調査票", "info-paper", "紙・書庫", "none", "3B", "2", "1", 2, "ge1000", 0},
    {"0402", "介護保険", "介護保険被保険者台帳", "info-electronic", "基幹系サーバ", "mynumber", "3B", "2", "2", 3, "ge10000", 1},
    {"0403", "児童手当", "児童手当受給者台帳", "info-electronic", "基幹系サーバ", "mynumber", "3B", "2", "2", 3, "ge1000", 0},
    {"0403", "保育", "保育所入所申込書", "info-paper", "紙・施錠キャビネット", "none", "3C", "1", "1", 2, "ge1000", 0},
    {"0404", "健康診査", "がん検診受診者データ", "info-electronic", "健康管理システム", "lgwan", "3C", "2", "1", 2, "ge10000", 1},
    {"0404", "予防接種", "予防接種台帳", "info-electronic", "健康管理システム", "mynumber", "3B", "2", "2", 3, "ge10000", 0},
    {"0102", "人事", "職員人事記録", "info-electronic", "人事給与システム", "lgwan", "3C", "2", "1", 2, "ge1000", 0},
    {"0102", "給与", "給与支給データ", "info-electronic", "人事給与システム", "lgwan", "3C", "2", "2", 3, "ge1000", 1},
    {"0102", "人事", "職員健康診断結果", "info-paper", "紙・施錠キャビネット", "none", "3C", "1", "1", 2, "ge1000", 0},
    {"010101", "文書管理", "文書管理システム", "system", "文書管理サーバ", "lgwan", "2", "2", "2", 0, "", 1},
    {"010101", "法制", "例規集データ", "info-electronic", "例規システム（クラウド）", "internet", "1", "2", "1", 0, "", 2},
    {"0101", "庶務", "課内連絡網", "info-electronic", "ファイルサーバ", "lgwan", "2", "1", "1", 1, "lt1000", 0},
    {"0101", "情報公開", "情報公開請求書", "info-paper", "紙・書庫", "none", "3C", "1", "1", 1, "lt1000", 0},
    {"010301", "情報システム管理", "庁内ネットワーク構成図", "system-doc", "紙・施錠キャビネット", "none", "3A", "2", "1", 0, "", 0},
    {"010301", "情報システム管理", "基幹系ネットワーク", "network", "庁内ネットワーク", "mynumber", "3B", "2", "2", 0, "", 1},
    {"010301", "情報システム管理", "ファイルサーバ", "system", "サーバ室", "lgwan", "2", "2", "2", 0, "", 0},
    {"010301", "情報システム管理", "職員用端末", "device", "各課", "lgwan", "2", "1", "2", 0, "", 0},
    {"010301", "情報システム管理", "バックアップ用外付けディスク", "media", "サーバ室金庫", "standalone", "3B", "2", "2", 0, "", 0},
    {"0103", "情報セキュリティ", "情報資産管理台帳", "info-electronic", "ファイルサーバ", "lgwan", "2", "2", "1", 0, "", 0},
    {"0103", "情報セキュリティ", "インシデント対応記録", "info-electronic", "ファイルサーバ", "lgwan", "3A", "2", "1", 0, "", 0},
    {"0104", "契約", "入札参加資格者名簿", "info-electronic", "電子入札システム", "internet", "1", "2", "1", 0, "", 2},
    {"0104", "財産管理", "公有財産台帳", "info-electronic", "財務会計システム", "lgwan", "2", "2", "1", 0, "", 0},
    {"0105", "防災", "避難行動要支援者名簿", "info-electronic", "防災システム", "lgwan", "3B", "2", "2", 2, "ge1000", 0},
    {"0105", "防災", "ハザードマップ原稿", "info-electronic", "ファイルサーバ", "lgwan", "1", "1", "1", 0, "", 0},
    {"0201", "企画", "総合計画策定資料", "info-electronic", "ファイルサーバ", "lgwan", "2", "1", "1", 0, "", 0},
    {"0202", "予算", "予算編成資料", "info-electronic", "財務会計システム", "lgwan", "2", "2", "1", 0, "", 0},
    {"0203", "広報", "広報誌原稿", "info-electronic", "ファイルサーバ", "internet", "1", "1", "1", 0, "", 0},
    {"0203", "広報", "市ホームページ", "system", "CMS（クラウド）", "internet", "1", "2", "2", 0, "", 2},
    {"0203", "秘書", "市長日程表", "info-electronic", "ファイルサーバ", "lgwan", "2", "1", "1", 0, "", 0},
    {"0501", "環境", "ごみ収集カレンダー", "info-electronic", "ファイルサーバ", "internet", "1", "1", "1", 0, "", 0},
    {"0501", "環境", "浄化槽設置届出台帳", "info-paper", "紙・書庫", "none", "2", "1", "1", 1, "ge1000", 0},
    {"0502", "商工", "中小企業融資申請書", "info-paper", "紙・施錠キャビネット", "none", "3C", "1", "1", 1, "lt1000", 0},
    {"0503", "農業", "農地台帳", "info-electronic", "農地台帳システム", "lgwan", "3C", "2", "1", 1, "ge1000", 1},
    {"0601", "道路", "道路台帳図面", "info-electronic", "GIS", "lgwan", "1", "2", "1", 0, "", 0},
    {"0601", "道路", "道路占用許可申請書", "info-paper", "紙・書庫", "none", "2", "1", "1", 1, "lt1000", 0},
    {"0602", "都市計画", "都市計画図", "info-electronic", "GIS", "internet", "1", "2", "1", 0, "", 0},
    {"0603", "建築", "建築確認申請書", "info-paper", "紙・書庫", "none", "2", "2", "1", 1, "ge1000", 0},
    {"0603", "市営住宅", "市営住宅入居者台帳", "info-electronic", "住宅管理システム", "lgwan", "3B", "2", "1", 3, "ge1000", 0},
    {"07", "会計", "支出命令書", "info-paper", "紙・書庫", "none", "2", "2", "1", 0, "", 0},
    {"07", "会計", "公金収納データ", "info-electronic", "財務会計システム", "lgwan", "2", "2", "2", 1, "ge10000", 0},
    {"2001", "水道料金", "水道使用者台帳", "info-electronic", "料金システム", "lgwan", "3C", "2", "2", 1, "ge10000", 1},
    {"2002", "水道施設", "配水管網図", "system-doc", "紙・施錠キャビネット", "none", "3A", "2", "1", 0, "", 0},
    {"3001", "教育総務", "就学援助申請書", "info-paper", "紙・施錠キャビネット", "none", "3B", "1", "1", 2, "ge1000", 0},
    {"3002", "学校教育", "学齢簿", "info-electronic", "学齢簿システム", "mynumber", "3B", "2", "2", 3, "ge10000", 0},
    {"3002", "学校教育", "校務支援システム成績データ", "info-electronic", "校務支援システム", "school", "3C", "2", "1", 1, "ge10000", 2},
    {"3003", "生涯学習", "公民館講座受講者名簿", "info-electronic", "ファイルサーバ", "lgwan", "3C", "1", "1", 1, "lt1000", 0},
    {"3003", "図書館", "図書館利用者データ", "info-electronic", "図書館システム（クラウド）", "internet", "3C", "2", "2", 1, "ge10000", 2},
    {"40", "選挙", "選挙人名簿", "info-electronic", "選挙システム", "mynumber", "3B", "2", "2", 1, "ge10000", 0},
    {"41", "監査", "監査調書", "info-paper", "紙・施錠キャビネット", "none", "2", "2", "1", 0, "", 0},
    {"42", "農業委員会", "農地転用許可申請書", "info-paper", "紙・書庫", "none", "2", "1", "1", 1, "lt1000", 0},
    {"50", "議会", "会議録データ", "info-electronic", "会議録検索システム", "internet", "1", "2", "1", 0, "", 2},
    {"50", "議会", "議員名簿（連絡先）", "info-electronic", "ファイルサーバ", "lgwan", "2", "1", "1", 1, "lt1000", 0},
};

const char* const kTitles[] = {"課長", "係長", "課長補佐", "主幹"};
const char* const kPeople[] = {"佐藤 一郎", "鈴木 花子", "高橋 健", "田中 美咲", "伊藤 大輔", "渡辺 直子",
                               "山本 聡", "中村 由美", "小林 誠", "加藤 恵"};
const char* const kVariants[] = {"", "（本庁）", "（支所）", "（旧様式）", "（電子申請分）", "（窓口受付分）"};

QString mapLevel(const QString& schemeId, Axis axis, const QString& r6)
{
    if (schemeId == QLatin1String("mic-h27") && axis == Axis::Confidentiality && r6.startsWith(QLatin1Char('3')))
        return QStringLiteral("3");
    if (schemeId == QLatin1String("mext")) {
        if (axis != Axis::Confidentiality)
            return {};
        if (r6 == QLatin1String("3A") || r6 == QLatin1String("3B"))
            return QStringLiteral("I");
        if (r6 == QLatin1String("3C"))
            return QStringLiteral("II");
        return r6 == QLatin1String("2") ? QStringLiteral("III") : QStringLiteral("IV");
    }
    return r6;
}

QString segmentFor(const Catalog& catalog, const QString& role)
{
    for (const NetworkSegment& s : catalog.segments)
        if (s.role == role)
            return s.code;
    for (const NetworkSegment& s : catalog.segments)
        if (s.role == QLatin1String("none"))
            return s.code;
    return {};
}

} // namespace

Result<int> DemoGenerator::populate(Register& reg, const DemoOptions& options, const Actor& actor)
{
    if (options.assets < 0)
        return makeError(ErrorCode::Usage, tr("The number of assets cannot be negative."));
    if (reg.orgUnits().isEmpty()) {
        int order = 0;
        for (const OrgSeed& o : kOrgs) {
            OrgUnit u;
            u.code = QString::fromLatin1(o.code);
            u.name = QString::fromUtf8(o.name);
            u.kind = QString::fromLatin1(o.kind);
            u.sortOrder = (order += 10);
            if (o.parent)
                u.parentId = reg.orgUnitByCode(QString::fromLatin1(o.parent))->id;
            Result<OrgUnit> r = reg.addOrgUnit(u, actor);
            if (!r)
                return r.error();
        }
    }

    QRandomGenerator rng(options.seed);
    const Catalog& catalog = reg.catalog();
    const QString schemeId = catalog.defaultSchemeId;
    const QDate today = reg.clock().today();
    const int fy = JapaneseDate::fiscalYear(today);
    const int templateCount = int(std::size(kTemplates));
    QHash<QString, int> perOrgCount;
    // Numbers already in the register are skipped, so a second run adds to the first instead of failing.
    QSet<QString> usedNumbers;
    for (const Asset& existing : reg.assets())
        usedNumbers.insert(existing.assetNo);

    QVector<Asset> assets;
    assets.reserve(options.assets);
    for (int n = 0; n < options.assets; ++n) {
        const Template& t = kTemplates[n % templateCount];
        const int round = n / templateCount;
        const auto org = reg.orgUnitByCode(QString::fromLatin1(t.org));
        if (!org)
            continue;
        Asset a = reg.newAsset();
        a.orgId = org->id;
        a.orgCode = org->code;
        a.orgName = org->name;
        do {
            const int seq = ++perOrgCount[org->code];
            a.assetNo = QStringLiteral("%1-%2").arg(org->code).arg(seq, 5, 10, QLatin1Char('0'));
        } while (usedNumbers.contains(a.assetNo));
        a.business = QString::fromUtf8(t.business);
        a.name = QString::fromUtf8(t.name);
        if (round > 0) {
            const int year = fy - (round % 10);
            a.name += QString::fromUtf8(kVariants[round % std::size(kVariants)])
                      + QStringLiteral("（%1分）").arg(JapaneseDate::formatFiscalYear(year));
        }
        a.userScope = org->name + QStringLiteral("職員");
        a.assetType = QString::fromLatin1(t.type);
        a.medium = QString::fromUtf8(t.medium);
        a.networkSegment = segmentFor(catalog, QString::fromLatin1(t.segmentRole));
        a.managerTitle = org->name + QString::fromUtf8(kTitles[rng.bounded(int(std::size(kTitles)))]);
        a.personal = t.personal >= 1;
        a.sensitive = t.personal == 2;
        a.specific = t.personal == 3;
        a.subjectBand = QString::fromLatin1(t.band);
        if (a.personal && QByteArray(t.band).startsWith("ge") && rng.bounded(20) != 0)
            a.fileRegisterNo = QStringLiteral("F-%1").arg(rng.bounded(1, 400), 3, 10, QLatin1Char('0'));
        if (t.outsourced == 1) {
            a.outsourced = true;
            a.contractor = QStringLiteral("株式会社地域情報サービス");
            a.subcontracted = rng.bounded(4) == 0;
        } else if (t.outsourced == 2) {
            a.cloud = true;
            a.cloudService = a.medium;
            a.ismap = rng.bounded(3) != 0;
        }
        a.schemeId = schemeId;
        a.cLevel = mapLevel(schemeId, Axis::Confidentiality, QString::fromLatin1(t.c));
        a.iLevel = mapLevel(schemeId, Axis::Integrity, QString::fromLatin1(t.i));
        a.aLevel = mapLevel(schemeId, Axis::Availability, QString::fromLatin1(t.a));
        const bool physical = codes::isPhysicalMedium(a.assetType);
        a.storageLocation = physical ? QStringLiteral("%1 書庫%2").arg(org->name).arg(QChar(u'A' + rng.bounded(4)))
                                     : QString();
        // Most locked cabinets are locked; now and then one is not, as in real registers.
        a.locked = physical && rng.bounded(12) != 0;
        a.fireproof = physical && rng.bounded(2) == 0;
        if (QByteArray(t.a) == "2") {
            a.backup = rng.bounded(10) == 0 ? QStringLiteral("none") : QStringLiteral("daily");
            a.recoveryTarget = rng.bounded(8) == 0 ? QString() : QStringLiteral("%1時間").arg(rng.bounded(1, 4) * 24);
        } else if (!physical) {
            a.backup = QStringLiteral("weekly");
        }
        static const char* const retention[] = {"permanent", "30y", "10y", "5y", "3y", "1y"};
        a.retentionPeriod = QString::fromLatin1(retention[rng.bounded(int(std::size(retention)))]);
        a.registeredOn = JapaneseDate::fiscalYearStart(fy - rng.bounded(6)).addDays(rng.bounded(60));
        a.fiscalYear = fy;
        const int years = a.retentionPeriod.startsWith(QLatin1String("30")) ? 30
                          : a.retentionPeriod.startsWith(QLatin1String("10")) ? 10
                          : a.retentionPeriod.startsWith(QLatin1Char('5'))    ? 5
                          : a.retentionPeriod.startsWith(QLatin1Char('3'))    ? 3
                          : a.retentionPeriod.startsWith(QLatin1Char('1'))    ? 1
                                                                             : 0;
        if (years > 0)
            a.retentionUntil = JapaneseDate::fiscalYearEnd(JapaneseDate::fiscalYear(a.registeredOn) + years);
        a.lastReview = today.addDays(-rng.bounded(30, 420));
        if (a.lastReview < a.registeredOn)
            a.lastReview = a.registeredOn;
        a.nextReview = ReviewPolicy::nextReview(a.lastReview, 12);
        a.threat = rng.bounded(1, 4);
        a.vulnerability = rng.bounded(1, 4);

        const int roll = rng.bounded(100);
        if (QByteArray(t.c) == "1" && roll < 40)
            a.stage = QStringLiteral("publish");
        else if (roll < 50)
            a.stage = QStringLiteral("use");
        else if (roll < 80)
            a.stage = QStringLiteral("store");
        else if (roll < 88)
            a.stage = a.outsourced ? QStringLiteral("provide") : QStringLiteral("obtain");
        else if (roll < 95)
            a.stage = QStringLiteral("create");
        else
            a.stage = QStringLiteral("dispose");
        if (a.isDisposed()) {
            a.status = QStringLiteral("disposed");
            a.disposalDate = today.addDays(-rng.bounded(1, 300));
            a.disposalPerson = QString::fromUtf8(kPeople[rng.bounded(int(std::size(kPeople)))]);
            a.disposalMethod = physical ? QStringLiteral("dissolve") : QStringLiteral("erase");
            a.disposalApprover = org->name + QStringLiteral("長");
            if (rng.bounded(3) == 0) {
                a.disposalMethod = QStringLiteral("contractor");
                a.disposalCertificate = QStringLiteral("DC-%1").arg(rng.bounded(1000, 9999));
            }
        } else {
            const int s = rng.bounded(100);
            a.status = s < 70 ? QStringLiteral("approved")
                       : s < 85 ? QStringLiteral("pending")
                       : s < 95 ? QStringLiteral("draft")
                                : QStringLiteral("returned");
        }
        if (QByteArray(t.c) == "2" && rng.bounded(10) == 0)
            a.restrictionOverrides.append({QStringLiteral("c3-issued-devices"), true,
                                           QStringLiteral("課の取扱いとして支給端末以外での作業を禁止")});
        assets << a;
    }
    const Register::BulkWrite bulk(reg, assets.size());
    return reg.addAssets(assets, actor);
}

Result<std::unique_ptr<Register>> DemoGenerator::openOrCreateDefault(const QString& path, const Actor& actor,
                                                                     const Clock& clock)
{
    if (QFileInfo::exists(path))
        return Register::open(path, clock);
    RegisterSettings settings;
    settings.profileId = QStringLiteral("generic");
    settings.cityName = QStringLiteral("みどり市（デモ）");
    Result<std::unique_ptr<Register>> reg = Register::create(path, settings, actor, clock);
    if (!reg)
        return reg;
    Result<int> filled = populate(*reg.value(), {60, 2026}, actor);
    if (!filled)
        return filled.error();
    return reg;
}

} // namespace daicho
