#pragma once

#include <QDialogButtonBox>
#include <QPushButton>
#include <QWidget>

namespace daicho::test {

// A named child widget of a dialog under test; a missing one is said by name (the test then fails on
// the null it gets back).
template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

// The OK button of a dialog's "buttonBox".
inline QPushButton* okButton(QWidget* dialog)
{
    auto* box = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace daicho::test
