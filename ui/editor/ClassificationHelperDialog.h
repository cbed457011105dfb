#pragma once

#include "domain/ClassificationAdvisor.h"
#include "domain/ClassificationScheme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

namespace daicho {

struct Asset;
class Catalog;

// 分類の手引き: asks the plain questions of ClassificationAnswers and shows, as they are answered,
// the levels ClassificationAdvisor proposes with its reasons. The person still decides in the editor.
class ClassificationHelperDialog : public QDialog
{
    Q_OBJECT
public:
    ClassificationHelperDialog(const ClassificationScheme& scheme, const ClassificationAnswers& answers,
                               QWidget* parent = nullptr);

    // What an asset already tells: its personal data flags, subject band, segment and paper form.
    static ClassificationAnswers answersFor(const Asset& asset, const Catalog& catalog);

    void setAnswers(const ClassificationAnswers& answers);
    ClassificationAnswers answers() const;
    ClassificationProposal proposal() const;

private:
    QCheckBox* addQuestion(QFormLayout* form, const char* objectName, const QString& text,
                           const QString& hint);
    void updateProposal();

    ClassificationScheme m_scheme;
    QCheckBox* m_secret = nullptr;
    QCheckBox* m_personal = nullptr;
    QComboBox* m_subjectBand = nullptr;
    QCheckBox* m_sensitive = nullptr;
    QCheckBox* m_specific = nullptr;
    QCheckBox* m_myNumberSegment = nullptr;
    QCheckBox* m_published = nullptr;
    QCheckBox* m_alterationHarms = nullptr;
    QCheckBox* m_lossForADayHarms = nullptr;
    QCheckBox* m_paperOnly = nullptr;
    QLabel* m_level[3] = {};
    QLabel* m_reason[3] = {};
};

} // namespace daicho
