#pragma once

// The XLSX workbooks of the fixtures (tests/data/exchange and tests/data/import): as Excel, LibreOffice
// and libxlsxwriter wrote them, and broken ones. Header only: tests that link only the core use it.
#include <QDir>
#include <QString>
#include <QStringList>

namespace daicho::test {

inline QStringList fixtureWorkbooks()
{
    QStringList paths;
    for (const QString& folder : {QStringLiteral("exchange"), QStringLiteral("import")}) {
        const QDir dir(QStringLiteral(DAICHO_TEST_DATA "/") + folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files))
            paths.append(dir.filePath(name));
    }
    return paths;
}

} // namespace daicho::test
