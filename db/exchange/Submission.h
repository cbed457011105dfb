#pragma once

#include "domain/Asset.h"
#include "storage/Actor.h"
#include "storage/SubmissionRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace daicho {

class Register;

// A department's register as it sends it to the information policy division once a 年度: one 課's or
// 部's assets with who sent them, when, for which 年度, from which Daicho, under which scheme, and a
// SHA-256 checksum of all of it. The file is JSON (readable in any editor, diffable); the checksum
// catches a damaged file and an edit made outside Daicho. It is not a signature: someone who
// recomputes it can pass off an edit, which the history of the department's own register would show.
struct Submission
{
    Q_DECLARE_TR_FUNCTIONS(daicho::Submission)
public:
    static constexpr int kFormatVersion = 1;

    QString cityName;
    QString orgCode;
    QString orgName;
    int fiscalYear = 0;
    QString submittedBy;
    QDateTime submittedAt;
    QString daichoVersion;
    QString schemeId;                // the register's default scheme; each asset also records its own
    QVector<Asset> assets;           // orgCode set, ids and orgIds cleared
    QString checksum;                // "sha256:<hex>", filled by fromRegister and read

    // The unit's subtree as it stands (withdrawn rows left out, disposed ones kept as the record).
    static Result<Submission> fromRegister(const Register& reg, const QString& orgCode, int fiscalYear,
                                           const Actor& actor);
    // Writes atomically: a failure leaves no half file and keeps an older file of that name.
    Result<void> write(const QString& path) const;
    // Refuses (FileRefused) a file that is not a submission, is damaged, was changed after it was
    // written (checksum), or comes from a newer format.
    static Result<Submission> read(const QString& path);
    // The same through QJsonDocument alone: the reading read() falls back to for anything its fast
    // path (SubmissionTokens) does not take, and the one that path must agree with field for field.
    static Result<Submission> readThroughQt(const QString& path);

    // The record the city register keeps of it.
    SubmissionRecord record(const QString& fileName) const;

private:
    enum class Path { Fast, Qt };
    static Result<Submission> readFile(const QString& path, Path via);
};

} // namespace daicho
