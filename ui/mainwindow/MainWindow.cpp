#include "mainwindow/MainWindow.h"

#include "register/AssetTableModel.h"
#include "storage/Register.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace daicho {

MainWindow::MainWindow(const Clock& clock, QWidget* parent) : QMainWindow(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model = new AssetTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("assetTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Register..."), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_fileLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    resize(1280, 760);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setRegister(std::unique_ptr<Register> reg)
{
    m_model->setRegister(nullptr);
    m_register = std::move(reg);
    m_model->setRegister(m_register.get());
    m_table->resizeColumnsToContents();
    updateTitle();
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Register"), QString(),
                                                      tr("Daicho registers (*.daicho *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<std::unique_ptr<Register>> reg = Register::open(path, m_clock);
    if (!reg) {
        QMessageBox::warning(this, tr("Open Register"), reg.error().message);
        return;
    }
    setRegister(std::move(reg).value());
}

void MainWindow::updateTitle()
{
    if (!m_register) {
        setWindowTitle(tr("Daicho"));
        m_fileLabel->clear();
        m_countLabel->clear();
        return;
    }
    setWindowTitle(tr("%1 Information Asset Register - Daicho").arg(m_register->cityName()));
    m_fileLabel->setText(QDir::toNativeSeparators(m_register->path()));
    m_countLabel->setText(tr("%n asset(s)", nullptr, m_model->rowCount()));
}

} // namespace daicho
