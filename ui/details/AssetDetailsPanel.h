#pragma once

#include "domain/RuleEngine.h"

#include <QWidget>

class QTabWidget;
class QTextBrowser;

namespace daicho {

class Register;
struct Asset;

// The selected asset beside the table: every field by section with the findings on top, and
// its history (who changed what, when) on a second tab.
class AssetDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AssetDetailsPanel(QWidget* parent = nullptr);

    void setRegister(const Register* reg);
    // nullptr clears the panel.
    void showAsset(const Asset* asset, const QVector<Finding>& findings);
    void showHistoryTab();

private:
    void fillHistory(qint64 assetId);

    const Register* m_register = nullptr;
    QTabWidget* m_tabs;
    QTextBrowser* m_details;
    QTextBrowser* m_history;
};

} // namespace daicho
