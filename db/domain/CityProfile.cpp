#include "domain/CityProfile.h"

namespace daicho {

namespace {

NetworkSegment seg(const char* code, const char* name, const char* role, int order)
{
    return {QString::fromUtf8(code), QString::fromUtf8(name), QString::fromUtf8(role), order};
}

QVector<NetworkSegment> micSegments()
{
    return {seg("mynumber", "マイナンバー利用事務系", "mynumber", 10),
            seg("lgwan", "LGWAN接続系", "lgwan", 20),
            seg("internet", "インターネット接続系", "internet", 30),
            seg("standalone", "スタンドアロン", "standalone", 80),
            seg("none", "該当なし", "none", 90)};
}

const QStringList kAllKinds = {QStringLiteral("department"), QStringLiteral("section"), QStringLiteral("unit"),
                               QStringLiteral("committee"), QStringLiteral("assembly"),
                               QStringLiteral("enterprise")};
const QStringList kNoEnterprise = {QStringLiteral("department"), QStringLiteral("section"), QStringLiteral("unit"),
                                   QStringLiteral("committee"), QStringLiteral("assembly")};

QVector<CityProfile> build()
{
    QVector<CityProfile> out;

    CityProfile saku;
    saku.id = QStringLiteral("saku");
    saku.cityName = QStringLiteral("佐久市");
    saku.prefecture = QStringLiteral("長野県");
    saku.schemeId = QStringLiteral("mic-r6");
    saku.policyTitle = QStringLiteral("佐久市情報セキュリティポリシー 第1章 情報セキュリティ基本方針（令和8年2月）");
    saku.segments = {seg("kikan", "基幹系（マイナンバー利用事務系）", "mynumber", 10),
                     seg("joho", "情報系（LGWAN接続系）", "lgwan", 20),
                     seg("internet", "インターネット接続系", "internet", 30),
                     seg("standalone", "スタンドアロン", "standalone", 80),
                     seg("none", "該当なし", "none", 90)};
    saku.orgKinds = kAllKinds;
    saku.bodiesInScope = {QStringLiteral("行政委員会"), QStringLiteral("議会事務局"), QStringLiteral("病院事業")};
    saku.notes = QStringLiteral("ネットワークを基幹系・情報系と呼ぶ。対象機関に病院事業を含む。機密性・完全性・可用性により分類（6.2）。");
    out << saku;

    CityProfile inabe;
    inabe.id = QStringLiteral("inabe");
    inabe.cityName = QStringLiteral("いなべ市");
    inabe.prefecture = QStringLiteral("三重県");
    inabe.schemeId = QStringLiteral("mic-r6");
    inabe.policyTitle = QStringLiteral("いなべ市 情報セキュリティ基本方針");
    inabe.segments = {seg("gyosei", "行政接続系", "mynumber", 10),
                      seg("lgwan", "LGWAN接続系", "lgwan", 20),
                      seg("internet", "インターネット接続系", "internet", 30),
                      seg("school", "学校情報接続系", "school", 40),
                      seg("standalone", "スタンドアロン", "standalone", 80),
                      seg("none", "該当なし", "none", 90)};
    inabe.orgKinds = kNoEnterprise;
    // 基本方針 4(1): 市長の内部組織（会計管理者を含む）、教育委員会事務局、農業委員会事務局、監査委員事務局及び議会事務局.
    inabe.bodiesInScope = {QStringLiteral("教育委員会事務局"), QStringLiteral("農業委員会事務局"),
                           QStringLiteral("監査委員事務局"), QStringLiteral("議会事務局")};
    inabe.notes = QStringLiteral("行政接続系（個人番号利用事務と内部事務）と学校情報接続系を置く。紙に印刷された情報も情報資産。"
                                 "学校情報接続系の資産は文部科学省の重要性分類を使えるよう mext 基準も登録する。");
    out << inabe;

    CityProfile mitaka;
    mitaka.id = QStringLiteral("mitaka");
    mitaka.cityName = QStringLiteral("三鷹市");
    mitaka.prefecture = QStringLiteral("東京都");
    mitaka.schemeId = QStringLiteral("mic-r6");
    mitaka.policyTitle = QStringLiteral("三鷹市情報セキュリティ基本方針（令和8年4月1日制定）");
    mitaka.segments = micSegments();
    mitaka.orgKinds = kNoEnterprise;
    mitaka.bodiesInScope = {QStringLiteral("行政委員会"), QStringLiteral("市議会（議会事務局）")};
    mitaka.notes = QStringLiteral("第7 部・課ごとの役割、第8 部ごとの機密性・完全性・可用性の定期評価、資産ごとの管理者、"
                                  "リスク評価、作成から廃棄までのライフサイクル管理。第10 クラウド利用は分類に応じて。");
    out << mitaka;

    CityProfile makinohara;
    makinohara.id = QStringLiteral("makinohara");
    makinohara.cityName = QStringLiteral("牧之原市");
    makinohara.prefecture = QStringLiteral("静岡県");
    makinohara.schemeId = QStringLiteral("mic-r6");
    makinohara.policyTitle = QStringLiteral("牧之原市におけるサイバーセキュリティを確保するための方針（令和8年3月26日）");
    makinohara.segments = micSegments();
    makinohara.orgKinds = kAllKinds;
    makinohara.notes = QStringLiteral("総務省ガイドラインのひな形どおり：三層の対策、機密性・完全性・可用性による分類。");
    out << makinohara;

    CityProfile akiruno;
    akiruno.id = QStringLiteral("akiruno");
    akiruno.cityName = QStringLiteral("あきる野市");
    akiruno.prefecture = QStringLiteral("東京都");
    akiruno.schemeId = QStringLiteral("mic-r6");
    akiruno.policyTitle = QStringLiteral("あきる野市サイバーセキュリティ基本方針（令和8年3月）");
    akiruno.segments = micSegments();
    akiruno.orgKinds = kNoEnterprise;
    akiruno.bodiesInScope = {QStringLiteral("教育委員会"), QStringLiteral("選挙管理委員会"), QStringLiteral("監査委員"),
                             QStringLiteral("農業委員会"), QStringLiteral("固定資産評価審査委員会"),
                             QStringLiteral("議会")};
    akiruno.notes = QStringLiteral("情報資産を重要性に応じて分類（6(2)）。教育ネットワークシステムは対象外。"
                                   "ランサムウェアを脅威として明記。");
    out << akiruno;

    CityProfile generic;
    generic.id = QStringLiteral("generic");
    generic.cityName = QStringLiteral("○○市");
    generic.schemeId = QStringLiteral("mic-r6");
    generic.policyTitle = QStringLiteral("総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」");
    generic.segments = micSegments();
    generic.segments.insert(3, seg("school", "学校情報接続系", "school", 40));
    generic.orgKinds = kAllKinds;
    generic.notes = QStringLiteral("総務省ガイドラインに沿った汎用の設定。");
    out << generic;

    return out;
}

} // namespace

const QVector<CityProfile>& CityProfile::all()
{
    static const QVector<CityProfile> profiles = build();
    return profiles;
}

const CityProfile* CityProfile::find(const QString& id)
{
    for (const CityProfile& p : all())
        if (p.id == id)
            return &p;
    return nullptr;
}

QStringList CityProfile::ids()
{
    QStringList out;
    for (const CityProfile& p : all())
        out << p.id;
    return out;
}

} // namespace daicho
