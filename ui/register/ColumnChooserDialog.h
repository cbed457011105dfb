#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace daicho {

// Which columns the asset table shows and in which order: every field can be ticked and moved.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT
public:
    // `order`: every column key in display order; `visible`: the ticked ones.
    ColumnChooserDialog(const QStringList& order, const QStringList& visible, QWidget* parent = nullptr);

    QStringList order() const;
    QStringList visible() const;

private:
    void move(int delta);
    QListWidget* m_list;
};

} // namespace daicho
