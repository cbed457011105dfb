#include "about/AboutDialog.h"

#include "domain/CityProfile.h"
#include "domain/ClassificationScheme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

AboutDialog::AboutDialog(const CityProfile* profile, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Daicho"));

    // The version comes from the CMake project version, the same define as `--version`.
    auto* title = new QLabel(QStringLiteral("<h2>") + tr("Daicho") + QStringLiteral("</h2>"), this);
    auto* version = new QLabel(tr("Version %1").arg(QStringLiteral(DAICHO_VERSION)), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* purpose =
        new QLabel(tr("The information asset register of a municipality: record, classify, review and "
                      "print the assets of every section."),
                   this);
    purpose->setWordWrap(true);
    auto* licence = new QLabel(
        tr("Licence: MIT. Copyright © Daicho developers. Provided as is, without warranty."), this);
    licence->setObjectName(QStringLiteral("licenceLabel"));
    licence->setWordWrap(true);
    auto* qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(version);
    layout->addWidget(purpose);
    if (profile) {
        auto* profileLabel =
            new QLabel(tr("Profile: %1 (%2)").arg(profile->cityName, profile->policyTitle), this);
        profileLabel->setObjectName(QStringLiteral("profileLabel"));
        profileLabel->setTextFormat(Qt::PlainText);
        profileLabel->setWordWrap(true);
        layout->addWidget(profileLabel);
    }
    layout->addWidget(licence);
    layout->addWidget(qt);
    auto* schemes = new QLabel(tr("Classification schemes and their sources:"), this);
    QTableWidget* table = schemeTable();
    schemes->setBuddy(table);
    layout->addSpacing(6);
    layout->addWidget(schemes);
    layout->addWidget(table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    resize(760, 440);
}

QTableWidget* AboutDialog::schemeTable()
{
    const QVector<ClassificationScheme>& presets = ClassificationScheme::presets();
    auto* table = new QTableWidget(int(presets.size()), 3, this);
    table->setObjectName(QStringLiteral("schemeTableWidget"));
    table->setHorizontalHeaderLabels({tr("Scheme"), tr("Source"), tr("ID")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    for (int row = 0; row < presets.size(); ++row) {
        const ClassificationScheme& s = presets.at(row);
        table->setItem(row, 0, new QTableWidgetItem(s.name));
        auto* source = new QTableWidgetItem(s.source);
        source->setToolTip(s.source);
        table->setItem(row, 1, source);
        table->setItem(row, 2, new QTableWidgetItem(s.id));
    }
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->setColumnWidth(0, 260);
    // Long sources wrap; the rows follow the width the columns actually get.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace daicho
