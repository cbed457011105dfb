#include "domain/Vocabulary.h"

#include "util/Text.h"

#include <QCoreApplication>

namespace daicho {

namespace {
const char* const kContext = "daicho::Vocabulary";
}

Vocabulary::Vocabulary(QVector<Term> terms) : m_terms(std::move(terms)) {}

QStringList Vocabulary::codes() const
{
    QStringList out;
    for (const Term& t : m_terms)
        out << t.code;
    return out;
}

int Vocabulary::indexOf(const QString& code) const
{
    for (int i = 0; i < m_terms.size(); ++i)
        if (m_terms[i].code == code)
            return i;
    return -1;
}

QString Vocabulary::label(const QString& code) const
{
    const int i = indexOf(code);
    return i < 0 ? code : QCoreApplication::translate(kContext, m_terms[i].english);
}

QString Vocabulary::japanese(const QString& code) const
{
    const int i = indexOf(code);
    return i < 0 ? code : m_terms[i].japanese;
}

QString Vocabulary::codeFor(const QString& input) const
{
    const QString key = searchKey(input);
    if (key.isEmpty())
        return {};
    for (const Term& t : m_terms) {
        if (key == searchKey(t.code) || key == searchKey(t.japanese)
            || key == searchKey(QString::fromUtf8(t.english))
            || key == searchKey(QCoreApplication::translate(kContext, t.english)))
            return t.code;
    }
    return {};
}

#define TERM(code, ja, en) Term{QStringLiteral(code), QStringLiteral(ja), QT_TRANSLATE_NOOP("daicho::Vocabulary", en)}

const Vocabulary& Vocabulary::stages()
{
    static const Vocabulary v({
        TERM("create", "作成", "Created"),
        TERM("obtain", "入手", "Obtained"),
        TERM("use", "利用", "In use"),
        TERM("store", "保管", "Stored"),
        TERM("send", "送信", "Sent"),
        TERM("carry", "運搬", "Carried"),
        TERM("provide", "提供", "Provided"),
        TERM("publish", "公表", "Published"),
        TERM("dispose", "廃棄", "Disposed of"),
    });
    return v;
}

const Vocabulary& Vocabulary::statuses()
{
    static const Vocabulary v({
        TERM("draft", "下書き", "Draft"),
        TERM("pending", "確認待ち", "Awaiting approval"),
        TERM("approved", "承認済", "Approved"),
        TERM("returned", "差戻し", "Returned"),
        TERM("disposed", "廃棄済", "Disposal recorded"),
    });
    return v;
}

const Vocabulary& Vocabulary::assetTypes()
{
    static const Vocabulary v({
        TERM("info-electronic", "情報(電子)", "Information (electronic)"),
        TERM("info-paper", "情報(紙)", "Information (paper)"),
        TERM("system", "情報システム", "Information system"),
        TERM("media", "電磁的記録媒体", "Storage media"),
        TERM("device", "端末・機器", "Terminals and equipment"),
        TERM("network", "ネットワーク", "Network"),
        TERM("cloud", "クラウドサービス", "Cloud service"),
        TERM("system-doc", "システム関連文書", "System documents"),
        TERM("other", "その他", "Other"),
    });
    return v;
}

const Vocabulary& Vocabulary::backups()
{
    static const Vocabulary v({
        TERM("none", "なし", "None"),
        TERM("daily", "日次", "Daily"),
        TERM("weekly", "週次", "Weekly"),
        TERM("monthly", "月次", "Monthly"),
        TERM("system", "システム", "By the system"),
    });
    return v;
}

const Vocabulary& Vocabulary::retentions()
{
    static const Vocabulary v({
        TERM("current", "常用", "In constant use"),
        TERM("permanent", "永年", "Permanent"),
        TERM("30y", "30年", "30 years"),
        TERM("10y", "10年", "10 years"),
        TERM("5y", "5年", "5 years"),
        TERM("3y", "3年", "3 years"),
        TERM("1y", "1年", "1 year"),
        TERM("lt1y", "1年未満", "Less than 1 year"),
    });
    return v;
}

const Vocabulary& Vocabulary::disposalMethods()
{
    static const Vocabulary v({
        TERM("dissolve", "溶解", "Pulping"),
        TERM("incinerate", "焼却", "Incineration"),
        TERM("shred", "シュレッダー", "Shredding"),
        TERM("destroy", "物理破壊", "Physical destruction"),
        TERM("erase", "データ消去", "Data erasure"),
        TERM("contractor", "委託(証明書)", "Contractor (with certificate)"),
    });
    return v;
}

const Vocabulary& Vocabulary::subjectBands()
{
    static const Vocabulary v({
        TERM("lt1000", "1,000人未満", "Fewer than 1,000"),
        TERM("ge1000", "1,000人以上", "1,000 or more"),
        TERM("ge10000", "1万人以上", "10,000 or more"),
        TERM("ge100000", "10万人以上", "100,000 or more"),
    });
    return v;
}

const Vocabulary& Vocabulary::orgKinds()
{
    static const Vocabulary v({
        TERM("department", "部", "Department"),
        TERM("section", "課", "Section"),
        TERM("unit", "係", "Unit"),
        TERM("committee", "行政委員会", "Administrative committee"),
        TERM("assembly", "議会事務局", "Assembly secretariat"),
        TERM("enterprise", "公営企業", "Public enterprise"),
    });
    return v;
}

const Vocabulary& Vocabulary::segmentRoles()
{
    static const Vocabulary v({
        TERM("mynumber", "マイナンバー利用事務系", "My Number segment"),
        TERM("lgwan", "LGWAN接続系", "LGWAN segment"),
        TERM("internet", "インターネット接続系", "Internet segment"),
        TERM("school", "学校情報接続系", "School segment"),
        TERM("standalone", "スタンドアロン", "Standalone"),
        TERM("none", "該当なし", "Not applicable"),
    });
    return v;
}

#undef TERM

QString stageCode(Stage stage)
{
    return Vocabulary::stages().terms().at(int(stage)).code;
}

Stage stageFromCode(const QString& code, bool* ok)
{
    const int i = Vocabulary::stages().indexOf(code);
    if (ok)
        *ok = i >= 0;
    return i < 0 ? Stage::Create : Stage(i);
}

QString statusCode(Status status)
{
    return Vocabulary::statuses().terms().at(int(status)).code;
}

Status statusFromCode(const QString& code, bool* ok)
{
    const int i = Vocabulary::statuses().indexOf(code);
    if (ok)
        *ok = i >= 0;
    return i < 0 ? Status::Draft : Status(i);
}

namespace codes {

bool isPhysicalMedium(const QString& assetType)
{
    return assetType == QLatin1String("info-paper") || assetType == QLatin1String("media")
        || assetType == QLatin1String("device");
}

bool needsFileRegister(const QString& subjectBand)
{
    return subjectBand == QLatin1String("ge1000") || subjectBand == QLatin1String("ge10000")
        || subjectBand == QLatin1String("ge100000");
}

} // namespace codes
} // namespace daicho
