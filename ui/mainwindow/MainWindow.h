#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace daicho {

class AssetTableModel;
class Clock;
class Register;

// The shell that wires the features together. For now: the register's assets in a table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes over an open register and shows it.
    void setRegister(std::unique_ptr<Register> reg);
    Register* currentRegister() const { return m_register.get(); }

private:
    void openFile();
    void updateTitle();

    const Clock& m_clock;
    std::unique_ptr<Register> m_register;
    AssetTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_countLabel = nullptr;
};

} // namespace daicho
