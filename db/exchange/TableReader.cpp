#include "exchange/TableReader.h"

#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace daicho {

QString TableReader::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

Result<SheetTable> TableReader::read(const QString& path, const TableReadOptions& options)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("There is no file \"%1\".").arg(path));
    if (info.isDir())
        return makeError(ErrorCode::Io, tr("\"%1\" is a folder, not a file.").arg(path));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("\"%1\" could not be read: %2").arg(name, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return makeError(ErrorCode::FileRefused, tr("\"%1\" cannot be read: the file is empty.").arg(name));
    if (size > maxFileBytes)
        return makeError(ErrorCode::FileRefused,
                         tr("\"%1\" cannot be read: it is %2 MB, more than the %3 MB a register file may be.")
                             .arg(name)
                             .arg(size / (1024 * 1024))
                             .arg(maxFileBytes / (1024 * 1024)));

    // The content decides, not the name: people rename exports, and a ".csv" may well be an XLSX.
    const QByteArray head = file.peek(8);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        file.close();
        return XlsxReader::read(path, name, options.sheet);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        // The old binary format; Excel also wraps a password-protected XLSX this way.
        return makeError(
            ErrorCode::FileRefused,
            tr("\"%1\" is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which "
               "Daicho cannot read. Open it in Excel and save it as .xlsx without a password, or as "
               "CSV.")
                .arg(name));

    const QByteArray bytes = file.readAll();
    if (bytes.size() != size)
        return makeError(ErrorCode::Io, tr("\"%1\" could not be read: %2").arg(name, file.errorString()));
    return CsvReader::read(bytes, name, options.encoding);
}

} // namespace daicho
