#pragma once

#include <QString>

class QCoreApplication;

namespace daicho::Language {

// "ja" or "en". An explicit request wins, then the DAICHO_LANG environment variable; Japanese otherwise,
// because Japanese is what Daicho's users read.
QString resolve(const QString& requested = {});

// Loads Daicho's translation (embedded in the core) and Qt's own for standard dialogs and
// command-line help. English needs no translator. Returns false when a translation is missing.
bool install(QCoreApplication& app, const QString& language);

} // namespace daicho::Language
