#include "storage/SqliteHandle.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

namespace daicho {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

QByteArray sqliteText(sqlite3* db, const char* sql)
{
    sqlite3_stmt* q = nullptr;
    QByteArray text;
    if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        text = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    return text;
}

bool configureRegisterConnection(QSqlDatabase& db, const QString& path, bool readOnly)
{
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    const QFileInfo info(path);
    const bool unwritable = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    readOnly = readOnly || unwritable;
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // Only a file nobody can write may be read as immutable: another connection may be writing one
    // that is merely opened to read here. Nor one with a journal beside it: a write killed on its way
    // left pages in the file that only the journal's rollback takes out.
    if (unwritable) {
        if (!QFileInfo::exists(path + QStringLiteral("-shm")) && QFileInfo(path + QStringLiteral("-wal")).size() == 0
            && !QFileInfo::exists(path + QStringLiteral("-journal"))) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
            url.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        }
    }
    db.setConnectOptions(options);
    return readOnly;
}

} // namespace daicho
