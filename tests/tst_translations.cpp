// Japanese is what users read: every user-visible string in the sources must have a finished
// Japanese translation in translations/daicho_ja.ts, with the same placeholders, and the
// compiled translation must reach the core at run time.
#include "domain/Vocabulary.h"
#include "util/Language.h"

#include <QtTest>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations;   // one, or one per numerus form
    QString type;               // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

QVector<Message> readTs(const QString& path, QString* error)
{
    QVector<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceStringIsTranslated();
    void placeholdersSurviveTranslation();
    void noStaleMessages();
    void compiledTranslationReachesTheCore();

private:
    QTemporaryDir m_dir;
    QVector<Message> m_scanned;
    QVector<Message> m_committed;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString scanned = m_dir.filePath(QStringLiteral("scan_ja.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(DAICHO_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DAICHO_LUPDATE),
                  {QStringLiteral("-I"), QStringLiteral("db"), QStringLiteral("-I"), QStringLiteral("ui"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-source-language"), QStringLiteral("en"), QStringLiteral("-target-language"),
                   QStringLiteral("ja"), QStringLiteral("db"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), scanned});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    m_scanned = readTs(scanned, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_committed = readTs(QStringLiteral(DAICHO_SOURCE_DIR "/translations/daicho_ja.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A scan that finds almost nothing means the scan is broken, not that all is well.
    QVERIFY2(m_scanned.size() > 300, qPrintable(QString::number(m_scanned.size())));
}

void TestTranslations::everySourceStringIsTranslated()
{
    QHash<QString, Message> committed;
    for (const Message& m : std::as_const(m_committed))
        committed.insert(m.key(), m);
    QStringList problems;
    for (const Message& m : std::as_const(m_scanned)) {
        const auto it = committed.constFind(m.key());
        if (it == committed.cend()) {
            problems << QStringLiteral("not in daicho_ja.ts: [%1] %2").arg(m.context, m.source);
            continue;
        }
        const bool empty = it->translations.isEmpty()
                           || std::any_of(it->translations.cbegin(), it->translations.cend(),
                                          [](const QString& t) { return t.trimmed().isEmpty(); });
        if (!it->type.isEmpty() || empty)
            problems << QStringLiteral("not finished: [%1] %2").arg(m.context, m.source);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersSurviveTranslation()
{
    QStringList problems;
    for (const Message& m : std::as_const(m_committed)) {
        QSet<QString> expected = placeholders(m.source);
        for (const QString& t : m.translations) {
            QSet<QString> got = placeholders(t);
            if (got != expected)
                problems << QStringLiteral("[%1] %2 -> %3").arg(m.context, m.source, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::noStaleMessages()
{
    QSet<QString> scanned;
    for (const Message& m : std::as_const(m_scanned))
        scanned.insert(m.key());
    QStringList stale;
    for (const Message& m : std::as_const(m_committed))
        if (!scanned.contains(m.key()))
            stale << QStringLiteral("[%1] %2").arg(m.context, m.source);
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("strings no longer in the sources:\n") + stale.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledTranslationReachesTheCore()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/daicho_ja.qm")), "daicho_ja.qm is not embedded in daicho_core");
    QCOMPARE(translator.translate("daicho::Vocabulary", "Created"), QStringLiteral("作成"));

    QVERIFY(daicho::Language::install(*QCoreApplication::instance(), QStringLiteral("ja")));
    QCOMPARE(daicho::Vocabulary::stages().label(QStringLiteral("dispose")), QStringLiteral("廃棄"));
    QCOMPARE(daicho::Vocabulary::statuses().label(QStringLiteral("pending")), QStringLiteral("確認待ち"));
    QCOMPARE(daicho::Language::resolve(QStringLiteral("EN")), QStringLiteral("en"));
    QCOMPARE(daicho::Language::resolve(QStringLiteral("ja")), QStringLiteral("ja"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
