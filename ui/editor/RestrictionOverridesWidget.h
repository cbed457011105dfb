#pragma once

#include "domain/Asset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace daicho {

class Catalog;

// The handling restrictions (取扱制限) an asset's levels imply, with the 課長's additions and
// removals. Every change needs a reason, because the restriction list is what staff follow.
class RestrictionOverridesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RestrictionOverridesWidget(const Catalog& catalog, QWidget* parent = nullptr);

    void setOverrides(const QVector<RestrictionOverride>& overrides);
    const QVector<RestrictionOverride>& overrides() const { return m_overrides; }
    // Shows what applies to the asset as it is now (its levels, with this widget's overrides).
    void refresh(const Asset& asset);
    void setReadOnly(bool readOnly);

    QListWidget* list() const { return m_list; }

signals:
    void overridesChanged();

private:
    enum Kind
    {
        Implied,
        Added,
        Removed
    };
    void addSelected();
    void removeOrRestoreSelected();
    void updateButtons();
    bool takeReason(QString* reason);
    void showHint(const QString& text, bool error);

    const Catalog& m_catalog;
    QVector<RestrictionOverride> m_overrides;
    bool m_readOnly = false;
    QListWidget* m_list = nullptr;
    QComboBox* m_combo = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace daicho
