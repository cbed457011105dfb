#include "storage/FileCheck.h"

#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace daicho {

QStringList FileCheck::integrityProblems(QSqlDatabase& db)
{
    QStringList problems;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << q.lastError().text();
        return problems;
    }
    while (q.next())
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        while (q.next())
            problems << QCoreApplication::translate("daicho::Register", "Table %1 row %2 refers to a missing %3 row.")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems;
}

FileCheckReport FileCheck::run(const QString& path)
{
    const QString name = QStringLiteral("daicho-check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    FileCheckReport report;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        configureRegisterConnection(db, path, true);
        if (!db.open()) {
            const QString why = QCoreApplication::translate("daicho::HistoryChain", "%1 cannot be read: %2")
                                    .arg(QDir::toNativeSeparators(path), db.lastError().text());
            report.integrity << why;
            report.chain = makeError(ErrorCode::FileRefused, why);
        } else {
            report.integrity = integrityProblems(db);
            report.chain = HistoryChain::verify(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace daicho
