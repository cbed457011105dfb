#include "print/ReportPdf.h"

#include "print/ReportRenderer.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace daicho {

Result<int> ReportPdf::write(const ReportDocument& doc, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(doc.heading.title + QStringLiteral(" ") + doc.heading.organisation);
        writer.setCreator(QStringLiteral("Daicho %1").arg(QStringLiteral(DAICHO_VERSION)));
        ReportRenderer renderer(doc);
        pages = renderer.render(&writer);
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace daicho
