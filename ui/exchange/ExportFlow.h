#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace daicho {

class Register;

// ファイル → Excel に書き出す: asks where and in which form (XLSX, CSV UTF-8, CSV Shift_JIS), writes, and
// when Shift_JIS cannot hold some characters lists them and offers to write 〓 instead.
class ExportFlow
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ExportFlow)
public:
    // `orgCode`: the unit selected in the tree (its subtree is exported); empty for the whole register.
    static void run(QWidget* parent, const Register& reg, const QString& orgCode);
};

} // namespace daicho
