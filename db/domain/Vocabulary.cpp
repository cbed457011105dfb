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

const Vocabulary& Vocabulary::stages()
{
    static const Vocabulary v({
        {QStringLiteral("create"), QStringLiteral("作成"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Created")},
        {QStringLiteral("obtain"), QStringLiteral("入手"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Obtained")},
        {QStringLiteral("use"), QStringLiteral("利用"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "In use")},
        {QStringLiteral("store"), QStringLiteral("保管"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Stored")},
        {QStringLiteral("send"), QStringLiteral("送信"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Sent")},
        {QStringLiteral("carry"), QStringLiteral("運搬"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Carried")},
        {QStringLiteral("provide"), QStringLiteral("提供"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Provided")},
        {QStringLiteral("publish"), QStringLiteral("公表"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Published")},
        {QStringLiteral("dispose"), QStringLiteral("廃棄"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Disposed of")},
    });
    return v;
}

const Vocabulary& Vocabulary::statuses()
{
    static const Vocabulary v({
        {QStringLiteral("draft"), QStringLiteral("下書き"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Draft")},
        {QStringLiteral("pending"), QStringLiteral("確認待ち"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Awaiting approval")},
        {QStringLiteral("approved"), QStringLiteral("承認済"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Approved")},
        {QStringLiteral("returned"), QStringLiteral("差戻し"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Returned")},
        {QStringLiteral("disposed"), QStringLiteral("廃棄済"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Disposal recorded")},
    });
    return v;
}

const Vocabulary& Vocabulary::assetTypes()
{
    static const Vocabulary v({
        {QStringLiteral("info-electronic"), QStringLiteral("情報(電子)"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Information (electronic)")},
        {QStringLiteral("info-paper"), QStringLiteral("情報(紙)"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Information (paper)")},
        {QStringLiteral("system"), QStringLiteral("情報システム"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Information system")},
        {QStringLiteral("media"), QStringLiteral("電磁的記録媒体"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Storage media")},
        {QStringLiteral("device"), QStringLiteral("端末・機器"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Terminals and equipment")},
        {QStringLiteral("network"), QStringLiteral("ネットワーク"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Network")},
        {QStringLiteral("cloud"), QStringLiteral("クラウドサービス"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Cloud service")},
        {QStringLiteral("system-doc"), QStringLiteral("システム関連文書"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "System documents")},
        {QStringLiteral("other"), QStringLiteral("その他"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Other")},
    });
    return v;
}

const Vocabulary& Vocabulary::backups()
{
    static const Vocabulary v({
        {QStringLiteral("none"), QStringLiteral("なし"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "None")},
        {QStringLiteral("daily"), QStringLiteral("日次"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Daily")},
        {QStringLiteral("weekly"), QStringLiteral("週次"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Weekly")},
        {QStringLiteral("monthly"), QStringLiteral("月次"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Monthly")},
        {QStringLiteral("system"), QStringLiteral("システム"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "By the system")},
    });
    return v;
}

const Vocabulary& Vocabulary::retentions()
{
    static const Vocabulary v({
        {QStringLiteral("current"), QStringLiteral("常用"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "In constant use")},
        {QStringLiteral("permanent"), QStringLiteral("永年"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Permanent")},
        {QStringLiteral("30y"), QStringLiteral("30年"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "30 years")},
        {QStringLiteral("10y"), QStringLiteral("10年"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "10 years")},
        {QStringLiteral("5y"), QStringLiteral("5年"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "5 years")},
        {QStringLiteral("3y"), QStringLiteral("3年"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "3 years")},
        {QStringLiteral("1y"), QStringLiteral("1年"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "1 year")},
        {QStringLiteral("lt1y"), QStringLiteral("1年未満"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Less than 1 year")},
    });
    return v;
}

const Vocabulary& Vocabulary::disposalMethods()
{
    static const Vocabulary v({
        {QStringLiteral("dissolve"), QStringLiteral("溶解"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Pulping")},
        {QStringLiteral("incinerate"), QStringLiteral("焼却"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Incineration")},
        {QStringLiteral("shred"), QStringLiteral("シュレッダー"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Shredding")},
        {QStringLiteral("destroy"), QStringLiteral("物理破壊"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Physical destruction")},
        {QStringLiteral("erase"), QStringLiteral("データ消去"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Data erasure")},
        {QStringLiteral("contractor"), QStringLiteral("委託(証明書)"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Contractor (with certificate)")},
    });
    return v;
}

const Vocabulary& Vocabulary::subjectBands()
{
    static const Vocabulary v({
        {QStringLiteral("lt1000"), QStringLiteral("1,000人未満"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Fewer than 1,000")},
        {QStringLiteral("ge1000"), QStringLiteral("1,000人以上"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "1,000 or more")},
        {QStringLiteral("ge10000"), QStringLiteral("1万人以上"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "10,000 or more")},
        {QStringLiteral("ge100000"), QStringLiteral("10万人以上"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "100,000 or more")},
    });
    return v;
}

const Vocabulary& Vocabulary::orgKinds()
{
    static const Vocabulary v({
        {QStringLiteral("department"), QStringLiteral("部"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Department")},
        {QStringLiteral("section"), QStringLiteral("課"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Section")},
        {QStringLiteral("unit"), QStringLiteral("係"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Unit")},
        {QStringLiteral("committee"), QStringLiteral("行政委員会"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Administrative committee")},
        {QStringLiteral("assembly"), QStringLiteral("議会事務局"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Assembly secretariat")},
        {QStringLiteral("enterprise"), QStringLiteral("公営企業"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Public enterprise")},
    });
    return v;
}

const Vocabulary& Vocabulary::segmentRoles()
{
    static const Vocabulary v({
        {QStringLiteral("mynumber"), QStringLiteral("マイナンバー利用事務系"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "My Number segment")},
        {QStringLiteral("lgwan"), QStringLiteral("LGWAN接続系"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "LGWAN segment")},
        {QStringLiteral("internet"), QStringLiteral("インターネット接続系"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Internet segment")},
        {QStringLiteral("school"), QStringLiteral("学校情報接続系"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "School segment")},
        {QStringLiteral("standalone"), QStringLiteral("スタンドアロン"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Standalone")},
        {QStringLiteral("none"), QStringLiteral("該当なし"), QT_TRANSLATE_NOOP("daicho::Vocabulary", "Not applicable")},
    });
    return v;
}


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
