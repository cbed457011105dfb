#pragma once

#include "domain/Asset.h"

#include <QAbstractTableModel>
#include <QVector>

namespace daicho {

class Register;

// The register's assets as a table. Reads through the core; never runs SQL itself.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AssetNo, Organisation, Business, Name, Label, Importance, Stage, Status, NextReview, ColumnCount };

    explicit AssetTableModel(QObject* parent = nullptr);

    void setRegister(const Register* reg);
    void reload();
    const Asset* assetAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Register* m_register = nullptr;
    QVector<Asset> m_assets;
};

} // namespace daicho
