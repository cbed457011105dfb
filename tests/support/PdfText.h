#pragma once

#include <QString>
#include <QStringList>

namespace daicho::test {

// A PDF read back with poppler-utils (pdftotext, pdfinfo, pdffonts), as a person searching it would.
bool havePoppler();
// One poppler tool's standard output; empty when it fails or takes over a minute.
QString poppler(const QString& tool, const QStringList& args);
// Text as it reads back from the PDF: the PDF maps some kanji to the radicals that share their glyph
// (⾃ for 自, ⺠ for 民, ⻑ for 長). NFKC folds the Kangxi radicals (and full-width brackets, colons …);
// the few of the supplement block that appear in registers are folded by hand. Expected text goes
// through the same folding.
QString fold(const QString& text);
// The text of a PDF as pdftotext gives it, folded, one string per page.
QStringList pdfPages(const QString& path, bool layout = true);
// The page count pdfinfo reports; -1 when it cannot read the file.
int pdfinfoPages(const QString& path);

} // namespace daicho::test
