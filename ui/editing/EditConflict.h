#pragma once

#include "domain/Asset.h"
#include "storage/HistoryEntry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class QWidget;

namespace daicho {

class Register;

// Someone else saved an asset after a person read it (its row version moved on). What they did is read
// from the history, worded as the history view words it, and the person chooses what happens to their
// own input: nothing either of them typed is lost without their say.
class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(daicho::EditConflict)
public:
    enum class Choice
    {
        LoadTheirs, // show the row as it is now; the person's input is dropped
        Overwrite,  // save the person's input on top of the row as it is now
        Back        // keep editing, input as it was
    };

    // The history rows written since the person read `seenVersion`: every save moves the row version
    // by one and writes one history row, so they are the last (current − seen) rows.
    static QVector<HistoryEntry> since(const Register& reg, qint64 assetId, int seenVersion,
                                       int currentVersion);
    // One entry per history row: "山田 (yamada)、令和7年6月1日 10:42、修正", then each change on a line of
    // its own ("備考：a → b").
    static QStringList describe(const Register& reg, const QVector<HistoryEntry>& entries);
    // The person's values on top of the row as it is now: its id, row version, stage, status and
    // disposal record stay the row's (those change through their own actions, never an edit).
    static Asset onto(const Asset& values, const Asset& current);
    // The fields where saving `mine` on top of `current` replaces a value the other person set.
    static QStringList replacedFields(const QVector<HistoryEntry>& theirs, const Asset& mine,
                                      const Asset& current);

    // Asks the person what to do about their edit of `mine` now that the row is `current`.
    static Choice ask(QWidget* parent, const Register& reg, const Asset& mine, const Asset& current);

    // For actions on a selection (bulk edit, stage, status, review): the assets whose row version is
    // no longer the one the person saw, as one message naming each and what happened meanwhile.
    struct Stale
    {
        Asset current;
        int seenVersion = 0;
    };
    static QString selectionMessage(const Register& reg, const QVector<Stale>& stale);
};

} // namespace daicho
