#pragma once

#include <QDateTime>
#include <QString>

namespace daicho {

// One department submission as the city register recorded it when consolidating it: who sent which
// organisation's set, when, under which scheme, and what it changed. Assets point to the submission
// they came from, so every consolidated row can say where it came from.
struct SubmissionRecord
{
    qint64 id = 0;
    QString orgCode;             // the submitting 課 or 部
    QString orgName;
    int fiscalYear = 0;          // 年度 the submission speaks for
    QString submittedBy;
    QDateTime submittedAt;
    QString daichoVersion;
    QString schemeId;            // the submitting register's scheme
    QString checksum;            // "sha256:…" of the submission's content
    QString fileName;            // as received, for the consolidation report
    int assetCount = 0;
    QDateTime consolidatedAt;
    QString consolidatedBy;

    // What consolidating it changed in the city register
    int added = 0;
    int updated = 0;
    int reclassified = 0;        // of the updated ones, those whose levels or scheme changed
    int removed = 0;             // no longer in the organisation's set: withdrawn from the city register
    int unchanged = 0;
};

} // namespace daicho
