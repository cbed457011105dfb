// The live dashboard and printing from the window: the committee summary's charts drawn from the
// window's assets, a click on a bar or a slice that lists exactly the assets it counts, the print
// dialog, and the renderer laying every kind of printout onto a PDF (a long register over several
// pages with its header on each).
#include "PdfText.h"
#include "TestRegister.h"

#include "dashboard/DashboardView.h"
#include "editing/AssetEditing.h"
#include "mainwindow/MainWindow.h"
#include "orgtree/OrgTreeModel.h"
#include "print/ReportRenderer.h"
#include "register/AssetFilterProxy.h"
#include "register/AssetTableModel.h"
#include "register/FilterBar.h"
#include "report/ApprovalSettings.h"
#include "report/CrossTable.h"
#include "report/ReportScope.h"
#include "report/Reports.h"
#include "reports/PrintDialog.h"
#include "storage/Register.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QPdfWriter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace daicho;
using daicho::test::TestRegister;

namespace {

int indexOf(const QStringList& keys, const QString& key)
{
    return int(keys.indexOf(key));
}

int seriesOf(const ReportChart& chart, const QString& key)
{
    for (int s = 0; s < chart.series.size(); ++s)
        if (chart.series[s].key == key)
            return s;
    return -1;
}

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

// Renders a document as the print dialog and the CLI do, into a PDF file; returns the page count.
int renderToPdf(const ReportDocument& doc, const QString& path, int dpi = 600)
{
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    ReportRenderer renderer(doc);
    return renderer.render(&writer);
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chartsAreTheSummarysCharts();
    void barOfDepartmentAndLevelListsItsAssets();
    void everyBarListsExactlyWhatItCounts();
    void sliceOfAStage();
    void outsourcingChartDoesNotDrill();
    void activateRefusesIndicesOutOfRange();
    void laterFiscalYearAssetIsNotBehindABar();
    void dashboardFollowsTheRegister();
    void hiddenDashboardCatchesUpWhenShown();

    void printDialogRequestAndPdf();
    void printDialogSheetsOfTheSelection();
    void everyKindRendersOntoPages();
    void longRegisterRepeatsItsHeader();
    void pageCountDoesNotDependOnResolution_data();
    void pageCountDoesNotDependOnResolution();

private:
    std::unique_ptr<TestRegister> m_t;
    std::unique_ptr<MainWindow> m_window;
    OrgUnit m_soumuBu;
    OrgUnit m_soumuKa;

    Register& reg() const { return *m_window->currentRegister(); }
    Asset add(const Asset& a)
    {
        Result<Asset> saved = reg().addAsset(a, m_t->actor);
        if (!saved)
            qFatal("add: %s", qPrintable(saved.error().message));
        return saved.value();
    }
    void reload() { m_window->assetModel()->reload(); }
    int visibleRows() const { return m_window->filterProxy()->rowCount(); }
    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(QStringLiteral("centreTabs")); }
    QTreeView* tree() const { return m_window->findChild<QTreeView*>(QStringLiteral("orgTreeView")); }
    QString currentUnit() const
    {
        auto* model = qobject_cast<OrgTreeModel*>(tree()->model());
        return model ? model->codeAt(tree()->currentIndex()) : QStringLiteral("<no tree>");
    }
    AssetFilter barFilter() const { return m_window->findChild<FilterBar*>()->filter(); }
    int chartOf(const QString& categoryDimension, const QString& seriesDimension) const
    {
        DashboardView* d = m_window->dashboard();
        for (int i = 0; i < d->chartCount(); ++i)
            if (d->chart(i).categoryDimension == categoryDimension && d->chart(i).seriesDimension == seriesDimension)
                return i;
        return -1;
    }
    // The summary's cross table over the assets the window shows, as the dashboard counts them.
    CrossTable cross(const QString& rows, const QString& columns) const
    {
        QVector<Asset> assets;
        for (int r = 0; r < m_window->assetModel()->rowCount(); ++r)
            assets << m_window->assetModel()->rowAt(r)->asset;
        return CrossTable::compute(reg(), ReportScope::ofAssets(reg(), assets).assets(), rows, columns);
    }
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("DaichoTest"));
    QApplication::setApplicationName(QStringLiteral("tst_dashboard"));
}

// Today is 2025-06-01. 01 総務部 / 0101 総務課: C2, C1 published on the Internet.
// 03 市民部 / 0302 保険年金課: C3B personal + My Number (10,000+) in use, outsourced, overdue;
//   C3B personal stored; C2; C3C sensitive in the cloud, due this 年度.
// 0303 税務課: C3B personal (1,000+) in use; C1 published, outsourced, overdue; C3A disposed.
void TestDashboard::init()
{
    QSettings().clear();
    m_t = std::make_unique<TestRegister>();
    Register& r = *m_t->reg;
    m_soumuBu = r.addOrgUnit({0, QStringLiteral("01"), QStringLiteral("総務部"), QStringLiteral("department"), 0, 5, {}, {}},
                             m_t->actor)
                    .value();
    m_soumuKa = r.addOrgUnit({0, QStringLiteral("0101"), QStringLiteral("総務課"), QStringLiteral("section"), m_soumuBu.id, 6,
                              {}, {}},
                             m_t->actor)
                    .value();
    auto put = [&](const Asset& a) {
        Result<Asset> saved = r.addAsset(a, m_t->actor);
        if (!saved)
            qFatal("fixture %s: %s", qPrintable(a.name), qPrintable(saved.error().message));
        return saved.value();
    };
    Asset a = m_t->cleanAsset(QStringLiteral("例規集"));
    a.orgId = m_soumuKa.id;
    put(a);
    a = m_t->cleanAsset(QStringLiteral("市政だより"));
    a.orgId = m_soumuKa.id;
    a.cLevel = QStringLiteral("1");
    a.networkSegment = QStringLiteral("internet");
    a.stage = QStringLiteral("publish");
    put(a);

    a = m_t->cleanAsset(QStringLiteral("国保被保険者台帳"));
    a.cLevel = QStringLiteral("3B");
    a.iLevel = a.aLevel = QStringLiteral("2");
    a.backup = QStringLiteral("daily");
    a.recoveryTarget = QStringLiteral("24時間");
    a.networkSegment = QStringLiteral("mynumber");
    a.personal = a.specific = true;
    a.subjectBand = QStringLiteral("ge10000");
    a.fileRegisterNo = QStringLiteral("F-001");
    a.stage = QStringLiteral("use");
    a.outsourced = true;
    a.contractor = QStringLiteral("委託先株式会社");
    a.nextReview = QDate(2025, 4, 30);
    put(a);
    a = m_t->cleanAsset(QStringLiteral("年金相談記録"));
    a.cLevel = QStringLiteral("3B");
    a.personal = true;
    a.subjectBand = QStringLiteral("lt1000");
    a.stage = QStringLiteral("store");
    put(a);
    put(m_t->cleanAsset(QStringLiteral("課内連絡網")));
    a = m_t->cleanAsset(QStringLiteral("健康相談記録"));
    a.cLevel = QStringLiteral("3C");
    a.sensitive = true;
    a.subjectBand = QStringLiteral("lt1000");
    a.cloud = true;
    a.cloudService = QStringLiteral("相談クラウド");
    a.nextReview = QDate(2026, 3, 31);
    put(a);

    a = m_t->cleanAsset(QStringLiteral("固定資産課税台帳"));
    a.orgId = m_t->otherSection.id;
    a.cLevel = QStringLiteral("3B");
    a.personal = true;
    a.subjectBand = QStringLiteral("ge1000");
    a.fileRegisterNo = QStringLiteral("F-010");
    a.stage = QStringLiteral("use");
    put(a);
    a = m_t->cleanAsset(QStringLiteral("納税案内チラシ"));
    a.orgId = m_t->otherSection.id;
    a.cLevel = QStringLiteral("1");
    a.networkSegment = QStringLiteral("internet");
    a.stage = QStringLiteral("publish");
    a.outsourced = true;
    a.contractor = QStringLiteral("印刷会社");
    a.nextReview = QDate(2025, 5, 31);
    put(a);
    a = m_t->cleanAsset(QStringLiteral("旧課税台帳"));
    a.orgId = m_t->otherSection.id;
    a.cLevel = QStringLiteral("3A");
    const Asset old = put(a);
    StageChange disposal;
    disposal.date = QDate(2025, 5, 20);
    disposal.person = QStringLiteral("試験 次郎");
    disposal.disposalMethod = QStringLiteral("dissolve");
    disposal.disposalApprover = QStringLiteral("税務課長");
    QVERIFY(r.changeStage(old.assetNo, QStringLiteral("dispose"), disposal, m_t->actor));

    m_window = std::make_unique<MainWindow>(m_t->clock);
    m_window->editing()->setActor(m_t->actor);
    auto opened = Register::open(m_t->path(), m_t->clock);
    QVERIFY(opened);
    m_window->setRegister(std::move(opened).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->assetModel()->rowCount(), 9);
    m_window->updateDashboard();
}

void TestDashboard::cleanup()
{
    m_window.reset();
    m_t.reset();
}

// ---- the charts ----------------------------------------------------------------------------

void TestDashboard::chartsAreTheSummarysCharts()
{
    DashboardView* d = m_window->dashboard();
    QVERIFY(d);
    // 部×機密性, personal data, segment×機密性, stages, overdue by 部, outsourced and cloud.
    QCOMPARE(d->chartCount(), 6);
    for (int i = 0; i < d->chartCount(); ++i)
        QVERIFY(d->chartView(i));
    const ReportChart& c = d->chart(0);
    QCOMPARE(c.categoryDimension, QStringLiteral("org"));
    QCOMPARE(c.seriesDimension, QStringLiteral("c"));
    QCOMPARE(c.categoryKeys, (QStringList{"01", "03"}));
    QCOMPARE(c.categories, (QStringList{"総務部", "市民部"}));
    QStringList levels;
    for (const ReportChart::Series& s : c.series)
        levels << s.key;
    // Levels with current assets only: the disposed 3A is not counted.
    QCOMPARE(levels, (QStringList{"3B", "3C", "2", "1"}));
    QCOMPARE(c.series[seriesOf(c, "3B")].values, (QVector<int>{0, 3}));
    QCOMPARE(c.series[seriesOf(c, "2")].values, (QVector<int>{1, 1}));
    QCOMPARE(c.series[seriesOf(c, "1")].values, (QVector<int>{1, 1}));
    QCOMPARE(c.series[seriesOf(c, "3C")].values, (QVector<int>{0, 1}));
    // Every chart holds one value per category in every series, and keys for its categories.
    for (int i = 0; i < d->chartCount(); ++i) {
        QCOMPARE(d->chart(i).categoryKeys.size(), d->chart(i).categories.size());
        for (const ReportChart::Series& s : d->chart(i).series)
            QCOMPARE(s.values.size(), d->chart(i).categories.size());
    }
    const int overdue = chartOf("org", "review");
    QVERIFY(overdue >= 0);
    QCOMPARE(d->chart(overdue).categoryKeys, QStringList{"03"});
    QCOMPARE(d->chart(overdue).series[0].values, QVector<int>{2});
}

void TestDashboard::barOfDepartmentAndLevelListsItsAssets()
{
    m_window->action(QStringLiteral("dashboard"))->trigger();
    QCOMPARE(tabs()->currentWidget(), static_cast<QWidget*>(m_window->dashboard()));
    DashboardView* d = m_window->dashboard();
    const ReportChart& c = d->chart(0);
    const int shimin = indexOf(c.categoryKeys, "03");
    const int level = seriesOf(c, "3B");
    QVERIFY(shimin >= 0 && level >= 0);
    const int counted = cross("org", "c").count("03", "3B");
    QCOMPARE(counted, 3);
    QCOMPARE(c.series[level].values[shimin], counted);

    QSignalSpy spy(d, &DashboardView::drillDown);
    QVERIFY(d->activate(0, shimin, level));
    QCOMPARE(spy.size(), 1);
    const AssetFilter emitted = spy.first().first().value<AssetFilter>();
    QCOMPARE(emitted.orgCode, QStringLiteral("03"));
    QVERIFY(!emitted.includeDisposed);
    // The table, on 市民部, filtered to 3B.
    QCOMPARE(tabs()->currentIndex(), 0);
    QTRY_COMPARE(visibleRows(), counted);
    QCOMPARE(currentUnit(), QStringLiteral("03"));
    const AssetFilter shown = barFilter();
    QCOMPARE(shown.levels.size(), 1);
    QCOMPARE(shown.levels.first().first, Axis::Confidentiality);
    QCOMPARE(shown.levels.first().second, QStringLiteral("3B"));
    QVERIFY(!shown.includeDisposed);
    for (int r = 0; r < visibleRows(); ++r)
        QCOMPARE(m_window->filterProxy()->index(r, AssetTableModel::columnOf(QStringLiteral("c"))).data().toString(),
                 QStringLiteral("3B"));

    // Another bar replaces the filter rather than adding to it: 総務部 at 機密性1.
    const int soumu = indexOf(c.categoryKeys, "01");
    QVERIFY(d->activate(0, soumu, seriesOf(c, "1")));
    QTRY_COMPARE(visibleRows(), 1);
    QCOMPARE(currentUnit(), QStringLiteral("01"));
    QCOMPARE(barFilter().levels.first().second, QStringLiteral("1"));
}

// Every bar and slice that can be drilled into lists as many rows as it counts.
void TestDashboard::everyBarListsExactlyWhatItCounts()
{
    DashboardView* d = m_window->dashboard();
    int bars = 0;
    for (int i = 0; i < d->chartCount(); ++i) {
        const ReportChart c = d->chart(i);
        if (!c.drillable)
            continue;
        for (int s = 0; s < c.series.size(); ++s) {
            for (int k = 0; k < c.categories.size(); ++k) {
                const QString what = QStringLiteral("chart %1 (%2/%3), %4 × %5")
                                         .arg(i)
                                         .arg(c.categoryDimension, c.seriesDimension, c.categoryKeys[k], c.series[s].key);
                if (!d->activate(i, k, s)) {
                    // Only what a filter cannot say: a segment or level that is not set.
                    QVERIFY2(c.categoryKeys[k].isEmpty() || c.series[s].key.isEmpty(), qPrintable(what));
                    continue;
                }
                ++bars;
                QTRY_VERIFY2(visibleRows() == c.series[s].values[k],
                             qPrintable(what + QStringLiteral(": %1 rows, counted %2").arg(visibleRows()).arg(c.series[s].values[k])));
                QCOMPARE(tabs()->currentIndex(), 0);
                m_window->action(QStringLiteral("dashboard"))->trigger();
            }
        }
    }
    QVERIFY2(bars >= 20, qPrintable(QString::number(bars)));
}

void TestDashboard::sliceOfAStage()
{
    DashboardView* d = m_window->dashboard();
    int pie = -1;
    for (int i = 0; i < d->chartCount(); ++i)
        if (d->chart(i).kind == ReportChart::Kind::Pie)
            pie = i;
    QVERIFY(pie >= 0);
    const ReportChart& c = d->chart(pie);
    QCOMPARE(c.categoryDimension, QStringLiteral("stage"));
    const int use = indexOf(c.categoryKeys, "use");
    QVERIFY(use >= 0);
    QCOMPARE(c.series[0].values[use], 2);
    // First narrow the table to a 課, to see the slice take the whole city again.
    tree()->setCurrentIndex(qobject_cast<OrgTreeModel*>(tree()->model())->indexOfCode(QStringLiteral("0303")));
    QCOMPARE(currentUnit(), QStringLiteral("0303"));
    QVERIFY(d->activate(pie, use, 0));
    QTRY_COMPARE(visibleRows(), 2);
    QCOMPARE(barFilter().stage, QStringLiteral("use"));
    QVERIFY(barFilter().levels.isEmpty());
    QCOMPARE(currentUnit(), QString());
    const int publish = indexOf(c.categoryKeys, "publish");
    QVERIFY(d->activate(pie, publish, 0));
    QTRY_COMPARE(visibleRows(), 2);
    QCOMPARE(barFilter().stage, QStringLiteral("publish"));
}

void TestDashboard::outsourcingChartDoesNotDrill()
{
    DashboardView* d = m_window->dashboard();
    const int last = d->chartCount() - 1;
    QCOMPARE(d->chart(last).seriesDimension, QStringLiteral("outsourcing"));
    QVERIFY(!d->chart(last).drillable);
    m_window->action(QStringLiteral("dashboard"))->trigger();
    QSignalSpy spy(d, &DashboardView::drillDown);
    for (int k = 0; k < d->chart(last).categories.size(); ++k)
        for (int s = 0; s < d->chart(last).series.size(); ++s)
            QVERIFY(!d->activate(last, k, s));
    QCOMPARE(spy.size(), 0);
    QCOMPARE(tabs()->currentWidget(), static_cast<QWidget*>(d));
    QVERIFY(!d->chartView(last)->toolTip().isEmpty());
}

void TestDashboard::activateRefusesIndicesOutOfRange()
{
    DashboardView* d = m_window->dashboard();
    QSignalSpy spy(d, &DashboardView::drillDown);
    QVERIFY(!d->activate(-1, 0, 0));
    QVERIFY(!d->activate(d->chartCount(), 0, 0));
    QVERIFY(!d->activate(0, -1, 0));
    QVERIFY(!d->activate(0, d->chart(0).categories.size(), 0));
    QVERIFY(!d->activate(0, 0, -1));
    QVERIFY(!d->activate(0, 0, int(d->chart(0).series.size())));
    QCOMPARE(spy.size(), 0);
}

// An asset of the next 年度 is left out of the dashboard's counts (ReportScope::ofAssets); the table a
// bar opens must leave it out too.
void TestDashboard::laterFiscalYearAssetIsNotBehindABar()
{
    Asset next = m_t->cleanAsset(QStringLiteral("次年度システム更改計画"));
    next.cLevel = QStringLiteral("3B");
    next.fiscalYear = 2026;
    QCOMPARE(add(next).fiscalYear, 2026);
    reload();
    m_window->updateDashboard();
    DashboardView* d = m_window->dashboard();
    const ReportChart& c = d->chart(0);
    const int shimin = indexOf(c.categoryKeys, "03");
    const int level = seriesOf(c, "3B");
    QCOMPARE(c.series[level].values[shimin], 3);   // still three: the 2026 asset is not counted
    QVERIFY(d->activate(0, shimin, level));
    QCOMPARE(barFilter().upToFiscalYear, 2025);
    QTRY_COMPARE(visibleRows(), 3);
    // The cut goes with the other filters when they are cleared.
    m_window->findChild<FilterBar*>()->clear();
    QCOMPARE(barFilter().upToFiscalYear, 0);
}

void TestDashboard::dashboardFollowsTheRegister()
{
    m_window->action(QStringLiteral("dashboard"))->trigger();
    DashboardView* d = m_window->dashboard();
    const int shimin = indexOf(d->chart(0).categoryKeys, "03");
    QCOMPARE(d->chart(0).series[seriesOf(d->chart(0), "3B")].values[shimin], 3);
    QVERIFY(seriesOf(d->chart(0), "3A") < 0);

    // A colleague's 3A of 税務課, read in by a reload while the dashboard is shown: it follows.
    Asset a = m_t->cleanAsset(QStringLiteral("人事異動内示案"));
    a.orgId = m_t->otherSection.id;
    a.cLevel = QStringLiteral("3A");
    add(a);
    reload();
    QTRY_VERIFY(seriesOf(d->chart(0), "3A") >= 0);
    QCOMPARE(d->chart(0).series[seriesOf(d->chart(0), "3A")].values[indexOf(d->chart(0).categoryKeys, "03")], 1);
    QCOMPARE(d->chartCount(), 6);

    // And on demand: a 3B of 総務課.
    Asset b = m_t->cleanAsset(QStringLiteral("職員名簿"));
    b.orgId = m_soumuKa.id;
    b.cLevel = QStringLiteral("3B");
    b.personal = true;
    b.subjectBand = QStringLiteral("lt1000");
    add(b);
    reload();
    m_window->updateDashboard();
    const ReportChart& c = d->chart(0);
    QCOMPARE(c.series[seriesOf(c, "3B")].values, (QVector<int>{1, 3}));
    const int personal = chartOf("org", "personal");
    QCOMPARE(d->chart(personal).series[seriesOf(d->chart(personal), "personal")].values, (QVector<int>{1, 4}));
    // The bar still opens exactly its assets.
    QVERIFY(d->activate(0, indexOf(c.categoryKeys, "01"), seriesOf(c, "3B")));
    QTRY_COMPARE(visibleRows(), 1);
}

void TestDashboard::hiddenDashboardCatchesUpWhenShown()
{
    tabs()->setCurrentIndex(0);
    DashboardView* d = m_window->dashboard();
    QCOMPARE(d->chart(0).series[seriesOf(d->chart(0), "2")].values, (QVector<int>{1, 1}));
    add(m_t->cleanAsset(QStringLiteral("窓口受付簿")));   // C2 of 保険年金課
    reload();
    // Hidden, it is not recomputed …
    QCOMPARE(d->chart(0).series[seriesOf(d->chart(0), "2")].values, (QVector<int>{1, 1}));
    // … until it is shown.
    m_window->action(QStringLiteral("dashboard"))->trigger();
    QCOMPARE(d->chart(0).series[seriesOf(d->chart(0), "2")].values, (QVector<int>{1, 2}));
}

// ---- printing from the window --------------------------------------------------------------

void TestDashboard::printDialogRequestAndPdf()
{
    QVERIFY(m_window->action(QStringLiteral("print")));
    QCOMPARE(m_window->action(QStringLiteral("print"))->shortcut(), QKeySequence(QKeySequence::Print));
    PrintDialog dialog(reg(), QStringLiteral("0302"), {}, m_window.get());
    ReportRequest r = dialog.request();
    QCOMPARE(r.kind, QStringLiteral("register"));
    QCOMPARE(r.orgCode, QStringLiteral("0302"));
    QCOMPARE(r.fiscalYear, 2025);
    QVERIFY(r.assetNos.isEmpty());
    QCOMPARE(r.approval, std::optional<ApprovalBlock::Style>(ApprovalBlock::Style::Seals));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("register.pdf"));
    QVERIFY(dialog.saveAsPdf(pdf));
    QCOMPARE(head(pdf, 4), QByteArray("%PDF"));

    // Each kind, chosen in the dialog.
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("reportKind"));
    QVERIFY(kind);
    QCOMPARE(kind->count(), Reports::kinds().size());
    for (const QString& k : Reports::kinds()) {
        kind->setCurrentIndex(kind->findData(k));
        QCOMPARE(dialog.request().kind, k);
        const QString path = dir.filePath(k + QStringLiteral(".pdf"));
        QVERIFY2(dialog.saveAsPdf(path), qPrintable(k));
        QCOMPARE(head(path, 4), QByteArray("%PDF"));
    }

    // The approval block chosen is kept in the register for the next printout.
    kind->setCurrentIndex(kind->findData(QStringLiteral("summary")));
    auto* approval = dialog.findChild<QComboBox*>(QStringLiteral("approvalStyle"));
    QVERIFY(approval);
    approval->setCurrentIndex(approval->findData(QStringLiteral("none")));
    QCOMPARE(dialog.request().approval, std::optional<ApprovalBlock::Style>(ApprovalBlock::Style::None));
    QVERIFY(dialog.saveAsPdf(dir.filePath(QStringLiteral("none.pdf"))));
    QCOMPARE(ApprovalSettings::read(reg()).style, ApprovalBlock::Style::None);

    // The organisation passed in is the one chosen; an unknown one falls back to the whole city.
    QCOMPARE(PrintDialog(reg(), QStringLiteral("03"), {}, m_window.get()).request().orgCode, QStringLiteral("03"));
    QCOMPARE(PrintDialog(reg(), QString(), {}, m_window.get()).request().orgCode, QString());
    QCOMPARE(PrintDialog(reg(), QStringLiteral("9999"), {}, m_window.get()).request().orgCode, QString());
    // The next dialog starts from the kept setting.
    QCOMPARE(PrintDialog(reg(), QString(), {}, m_window.get()).request().approval,
             std::optional<ApprovalBlock::Style>(ApprovalBlock::Style::None));
}

void TestDashboard::printDialogSheetsOfTheSelection()
{
    const QVector<Asset> all = reg().assets();
    // Two plain assets (機密性2, I1, A1) of two sections: a sheet each.
    QCOMPARE(all[0].name, QStringLiteral("例規集"));
    QCOMPARE(all[4].name, QStringLiteral("課内連絡網"));
    const QStringList selected{all[4].assetNo, all[0].assetNo};
    PrintDialog dialog(reg(), QString(), selected, m_window.get());
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("reportKind"));
    // The selection matters for sheets only.
    QVERIFY(dialog.request().assetNos.isEmpty());
    kind->setCurrentIndex(kind->findData(QStringLiteral("asset")));
    QCOMPARE(dialog.request().assetNos, selected);
    const std::optional<ReportDocument> doc = dialog.buildDocument();
    QVERIFY(doc);
    int breaks = 0;
    for (const ReportBlock& b : doc->blocks)
        breaks += b.kind == ReportBlock::Kind::PageBreak;
    QCOMPARE(breaks, 1);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheets.pdf"));
    QVERIFY(dialog.saveAsPdf(pdf));
    QCOMPARE(head(pdf, 4), QByteArray("%PDF"));
    // The dialog's PDF is the document laid out as ReportPdf does (600 dpi).
    const int pages = renderToPdf(doc.value(), dir.filePath(QStringLiteral("again.pdf")));
    QVERIFY(pages >= 2);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the sheets' text is not read back");
    const QStringList text = daicho::test::pdfPages(pdf);
    QCOMPARE(text.size(), pages);
    // Each sheet starts on a page of its own, in the order of the selection.
    auto startsOn = [&text](const Asset& a) {
        for (int p = 0; p < text.size(); ++p)
            if (text[p].contains(a.name) && text[p].contains(QStringLiteral("Basic information")))
                return p;
        return -1;
    };
    QCOMPARE(all[4].assetNo, selected[0]);
    QCOMPARE(startsOn(all[4]), 0);
    QVERIFY(startsOn(all[0]) > 0);
    QVERIFY(!text[0].contains(all[0].name));
    QVERIFY(text.last().contains(QStringLiteral("%1/%1").arg(pages)) || text.last().contains(QStringLiteral("%1 / %1").arg(pages)));
}

void TestDashboard::everyKindRendersOntoPages()
{
    QTemporaryDir dir;
    for (const QString& kind : Reports::kinds()) {
        Result<ReportDocument> doc = Reports::build(reg(), {kind, QString(), 0, {}, {}});
        QVERIFY2(doc, qPrintable(kind));
        const QString path = dir.filePath(kind + QStringLiteral(".pdf"));
        const int pages = renderToPdf(doc.value(), path);
        QVERIFY2(pages > 0, qPrintable(kind));
        QCOMPARE(head(path, 4), QByteArray("%PDF"));
        // Eight assets: the register, the review list fit one page; one sheet per current asset.
        if (kind == QLatin1String("register") || kind == QLatin1String("review"))
            QCOMPARE(pages, 1);
        if (kind == QLatin1String("asset"))
            QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            continue;
        const QStringList text = daicho::test::pdfPages(path);
        QCOMPARE(text.size(), pages);
        QVERIFY2(text.first().contains(doc->heading.title), qPrintable(kind));
        QVERIFY2(text.last().contains(QStringLiteral("%1 / %1").arg(pages))
                     || text.last().contains(QStringLiteral("%1/%1").arg(pages)),
                 qPrintable(kind));
    }
}

void TestDashboard::longRegisterRepeatsItsHeader()
{
    TestRegister t;
    QVector<Asset> many;
    for (int i = 0; i < 200; ++i)
        many << t.cleanAsset(QStringLiteral("名簿%1").arg(i, 3, 10, QLatin1Char('0')));
    Result<int> added = t.reg->addAssets(many, t.actor);
    QVERIFY2(added, qPrintable(added.error().message));
    QCOMPARE(t.reg->assetCount(), 200);
    Result<ReportDocument> doc = Reports::build(*t.reg, {QStringLiteral("register"), QString(), 0, {}, {}});
    QVERIFY(doc);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    const int pages = renderToPdf(doc.value(), path);
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    // The same document lays out on the same number of pages however often it is rendered.
    QCOMPARE(renderToPdf(doc.value(), dir.filePath(QStringLiteral("again.pdf"))), pages);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the header cannot be counted");
    const QString header = AssetFields::find(QStringLiteral("asset_no"))->translatedLabel();
    QVERIFY(header == QLatin1String("資産番号") || header == QLatin1String("Asset number"));
    const QStringList pageTexts = daicho::test::pdfPages(path);
    const QString text = pageTexts.join(QLatin1Char('\f'));
    QCOMPARE(pageTexts.size(), pages);
    int pagesWithRows = 0;
    for (int p = 0; p < pageTexts.size(); ++p) {
        if (!pageTexts[p].contains(QStringLiteral("名簿")))
            continue;
        ++pagesWithRows;
        QCOMPARE(pageTexts[p].count(header), 1);
    }
    QVERIFY(pagesWithRows > 1);
    QCOMPARE(text.count(header), pagesWithRows);
    // Every row once: none lost at a page break, none printed twice.
    for (int i = 0; i < 200; ++i) {
        const QString name = QStringLiteral("名簿%1").arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY2(text.count(name) == 1, qPrintable(name));
    }
}

void TestDashboard::pageCountDoesNotDependOnResolution_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString& kind : Reports::kinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

// The PDF is written at 600 dpi, the preview and the printer draw at the printer's resolution: the
// same printout must have the same pages on both, or the preview's "n / N" is not the PDF's.
void TestDashboard::pageCountDoesNotDependOnResolution()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    Result<ReportDocument> doc = Reports::build(reg(), {kind, QString(), 0, {}, {}});
    QVERIFY(doc);
    const int pdf = renderToPdf(doc.value(), dir.filePath(QStringLiteral("600.pdf")), 600);
    QVERIFY(pdf > 0);
    // The asset sheets took 16/14/12/14/12 pages at these resolutions when fonts were measured at each.
    for (int dpi : {72, 150, 300, 1200})
        QVERIFY2(renderToPdf(doc.value(), dir.filePath(QStringLiteral("%1.pdf").arg(dpi)), dpi) == pdf,
                 qPrintable(QStringLiteral("%1 dpi").arg(dpi)));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
