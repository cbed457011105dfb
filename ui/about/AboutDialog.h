#pragma once

#include <QDialog>

class QTableWidget;

namespace daicho {

struct CityProfile;

// Name, version and licence of Daicho, and the classification schemes it knows with the documents
// they come from, so an auditor can see which guideline the levels follow. The profile line appears
// when a register is open.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const CityProfile* profile = nullptr, QWidget* parent = nullptr);

private:
    QTableWidget* schemeTable();
};

} // namespace daicho
