#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace daicho {

// One entry of a closed list (stage, status, asset type …): a stable code stored in the file,
// the Japanese word municipal staff use (accepted on input and written to Excel), and the
// English source string that the translator turns into the on-screen label.
struct Term
{
    QString code;
    QString japanese;
    const char* english;
};

class Vocabulary
{
public:
    Vocabulary(QVector<Term> terms);

    const QVector<Term>& terms() const { return m_terms; }
    QStringList codes() const;
    bool contains(const QString& code) const { return indexOf(code) >= 0; }
    int indexOf(const QString& code) const;
    // The label in the user's language (through the translator).
    QString label(const QString& code) const;
    QString japanese(const QString& code) const;
    // Accepts a code, the Japanese word, the English word or the translated label;
    // ignores case, spaces and 全角/半角. Empty when nothing matches.
    QString codeFor(const QString& input) const;

    static const Vocabulary& stages();
    static const Vocabulary& statuses();
    static const Vocabulary& assetTypes();
    static const Vocabulary& backups();
    static const Vocabulary& retentions();
    static const Vocabulary& disposalMethods();
    static const Vocabulary& subjectBands();
    static const Vocabulary& orgKinds();
    static const Vocabulary& segmentRoles();

private:
    QVector<Term> m_terms;
};

// Lifecycle stage (domain.md §4); the order is the order of a life.
enum class Stage { Create, Obtain, Use, Store, Send, Carry, Provide, Publish, Dispose };
// Workflow status, separate from the stage.
enum class Status { Draft, Pending, Approved, Returned, Disposed };

QString stageCode(Stage stage);
Stage stageFromCode(const QString& code, bool* ok = nullptr);
QString statusCode(Status status);
Status statusFromCode(const QString& code, bool* ok = nullptr);

namespace codes {
// Asset types that are physical things needing a locked cabinet (paper, media, devices).
bool isPhysicalMedium(const QString& assetType);
// Subject bands at or above 1,000 people: the file must be in the 個人情報ファイル簿.
bool needsFileRegister(const QString& subjectBand);
}

} // namespace daicho
