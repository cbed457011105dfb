#include "exchange/XlsxWriter.h"

#include "exchange/ExportColumns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <memory>

namespace daicho {

namespace {

struct WorkbookCloser
{
    void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};

// OOXML strings carry control characters as _xHHHH_ (libxlsxwriter writes CR as _x000D_), and Excel
// decodes that pattern wherever it appears. A text that itself contains "_x0041_" must have its
// underscore escaped (_x005F_) or Excel would read it back as "A"; libxlsxwriter 1.1 does not do it.
QByteArray xlsxString(const QString& text)
{
    if (!text.contains(QLatin1String("_x"), Qt::CaseInsensitive))
        return text.toUtf8();
    static const QRegularExpression literal(QStringLiteral("_(?=[xX][0-9A-Fa-f]{4}_)"));
    return QString(text).replace(literal, QStringLiteral("_x005F_")).toUtf8();
}

QString libraryError(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

QString XlsxWriter::sheetName()
{
    // Data, not a translated label: the sheet a municipal register calls by this name in any language.
    return QStringLiteral("情報資産管理台帳");
}

Result<int> XlsxWriter::write(const QVector<Asset>& assets, const QString& path)
{
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return makeError(ErrorCode::Io, tr("Cannot write %1: the folder does not exist.").arg(path));

    // The workbook goes to a hidden temporary file next to the target (same disk, removed whatever
    // happens); libxlsxwriter writes it by name, so the file is only reserved here.
    QTemporaryFile temp(folder.filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    if (!temp.open())
        return makeError(ErrorCode::Io, tr("Cannot write in %1: %2").arg(folder.path(), temp.errorString()));
    temp.close();
    const QByteArray tempName = QFile::encodeName(temp.fileName());

    // constant_memory streams each row to disk as it is written: a city's 100,000 rows would otherwise be
    // held as a few million cells in memory. Its strings are inline rather than shared, which Excel and
    // LibreOffice read the same.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(workbook_new_opt(tempName.constData(), &options));
    if (!workbook)
        return makeError(ErrorCode::Io, tr("Cannot create the workbook %1.").arg(path));
    lxw_workbook* wb = workbook.get();

    const QByteArray sheet = sheetName().toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.constData());
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0xD9E1F2);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* text = workbook_add_format(wb);
    format_set_num_format(text, "@");   // a value typed in later stays text too (leading zeros)
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy/mm/dd");

    const QVector<ExportColumn>& columns = ExportColumns::all();
    const lxw_col_t lastCol = lxw_col_t(columns.size() - 1);
    for (int c = 0; c < columns.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), columns[c].width, columns[c].isDate() ? date : text);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, lxw_row_t(assets.size()), lastCol);

    auto fail = [&](int row, int column, lxw_error error) -> Error {
        if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED && row > 0)
            return makeError(ErrorCode::Validation, tr("%1 %2: the text is longer than an Excel cell holds (32,767 characters).")
                                                        .arg(assets[row - 1].assetNo, columns[column].header));
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, libraryError(error)));
    };

    for (int c = 0; c < columns.size(); ++c) {
        const QByteArray h = xlsxString(columns[c].header);
        if (const lxw_error e = worksheet_write_string(ws, 0, lxw_col_t(c), h.constData(), header))
            return fail(0, c, e);
    }
    for (int r = 0; r < assets.size(); ++r) {
        const Asset& a = assets[r];
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < columns.size(); ++c) {
            const ExportColumn& column = columns[c];
            lxw_error e = LXW_NO_ERROR;
            const QDate d = column.isDate() ? column.field->get(a).toDate() : QDate();
            // Excel's calendar starts in 1900; an earlier date stays text rather than becoming a wrong number.
            if (d.isValid() && d.year() >= 1900) {
                lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                e = worksheet_write_datetime(ws, row, lxw_col_t(c), &dt, date);
            } else {
                // A string cell is never evaluated, so a value starting with = or @ is written exactly as
                // it is: no apostrophe, unlike CSV, which has no cell types.
                const QString value = ExportColumns::text(column, a);
                if (value.isEmpty())
                    continue;
                const QByteArray utf8 = xlsxString(value);
                e = worksheet_write_string(ws, row, lxw_col_t(c), utf8.constData(), nullptr);
            }
            if (e != LXW_NO_ERROR)
                return fail(r + 1, c, e);
        }
    }

    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR)
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, libraryError(closed)));

    // QSaveFile replaces the target in one rename (ReplaceFile on Windows), which a plain rename of the
    // temporary file cannot do portably over an existing file.
    QFile written(temp.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, written.errorString()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    while (!written.atEnd()) {
        const QByteArray chunk = written.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    }
    if (!out.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, out.errorString()));
    return int(assets.size());
}

} // namespace daicho
