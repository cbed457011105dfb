#pragma once

#include <QFont>
#include <QStringList>

namespace daicho {

// The printouts' typeface, chosen here for the pages and their charts alike: Latin letters and digits
// from DejaVu Sans, Japanese from Noto Sans CJK JP. Why not Noto for both: Qt's PDF writer leaves
// digits drawn next to Latin letters in Noto Sans CJK JP out of the text layer ("3B" reads "B",
// "113 asset(s)" reads " asset(s)"), so a printout could not be searched or copied from.
// The condensed cut (fonts-dejavu-extra) first: plain DejaVu Sans is wider than Noto's Latin, and the
// register's 16 English column headers ("Asset number") would break mid-word; plain DejaVu if it is missing.
inline QFont reportFont()
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP")});
    f.setStyleHint(QFont::SansSerif);
    return f;
}

// `font` with its Japanese face alone. That face is the taller: a line holding Japanese is laid out with
// its ascent and height, so text placed by hand on a baseline and rows measured for one line use them
// too, and line up with wrapped text beside them.
inline QFont japaneseFace(QFont font)
{
    font.setFamilies({QStringLiteral("Noto Sans CJK JP")});
    return font;
}

} // namespace daicho
