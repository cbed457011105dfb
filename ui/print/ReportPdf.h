#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace daicho {

// A report as a PDF file, Japanese fonts embedded. The file is written beside its final name and
// renamed when complete, so a crash or a full disk never leaves half a printout under that name.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(daicho::ReportPdf)
public:
    // The number of pages written.
    static Result<int> write(const ReportDocument& doc, const QString& path);
};

} // namespace daicho
