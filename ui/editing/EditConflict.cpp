#include "editing/EditConflict.h"

#include "storage/HistoryWording.h"
#include "storage/Register.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace daicho {

namespace {

// A changed 備考 may be thousands of characters: a line of the message shows its start.
QString shortened(const QString& text)
{
    constexpr int kMax = 120;
    return text.size() <= kMax ? text : text.left(kMax - 1) + QChar(0x2026);
}

// "機密性、備考" in the reader's language.
QString listed(const QStringList& items)
{
    QString out = items.value(0);
    for (int i = 1; i < items.size(); ++i)
        out = EditConflict::tr("%1, %2").arg(out, items[i]);
    return out;
}

QString fieldName(const QString& key)
{
    if (const AssetField* f = AssetFields::find(key))
        return f->translatedLabel();
    return key;
}

} // namespace

QVector<HistoryEntry> EditConflict::since(const Register& reg, qint64 assetId, int seenVersion,
                                          int currentVersion)
{
    const QVector<HistoryEntry> all = reg.history(QStringLiteral("asset"), assetId);
    const int n = qBound(0, currentVersion - seenVersion, int(all.size()));
    return all.mid(all.size() - n);
}

QStringList EditConflict::describe(const Register& reg, const QVector<HistoryEntry>& entries)
{
    QStringList out;
    for (const HistoryEntry& h : entries) {
        QStringList what;
        for (const QString& c : HistoryWording::changes(h, &reg.catalog()))
            what << shortened(c);
        if (!h.comment.isEmpty())
            what << tr("Comment: %1").arg(shortened(h.comment));
        const QString head =
            tr("%1, %2, %3")
                .arg(HistoryWording::who(h), HistoryWording::when(h), HistoryWording::action(h.action));
        // Each field on a line of its own, below who and when, as the history view lists them.
        out << (what.isEmpty() ? head : head + QStringLiteral("\n    ") + what.join(QStringLiteral("\n    ")));
    }
    return out;
}

Asset EditConflict::onto(const Asset& values, const Asset& current)
{
    Asset out = values;
    out.id = current.id;
    out.rowVersion = current.rowVersion;
    out.stage = current.stage;
    out.status = current.status;
    out.disposalDate = current.disposalDate;
    out.disposalPerson = current.disposalPerson;
    out.disposalMethod = current.disposalMethod;
    out.disposalApprover = current.disposalApprover;
    out.disposalCertificate = current.disposalCertificate;
    return out;
}

QStringList EditConflict::replacedFields(const QVector<HistoryEntry>& theirs, const Asset& mine,
                                         const Asset& current)
{
    QSet<QString> touched;
    for (const HistoryEntry& h : theirs)
        for (const AssetFields::Change& c : h.changes)
            touched.insert(c.key);
    QStringList out;
    for (const AssetFields::Change& c : AssetFields::diff(current, onto(mine, current)))
        if (touched.contains(c.key))
            out << fieldName(c.key);
    return out;
}

EditConflict::Choice EditConflict::ask(QWidget* parent, const Register& reg, const Asset& mine,
                                       const Asset& current)
{
    const QVector<HistoryEntry> theirs = since(reg, current.id, mine.rowVersion, current.rowVersion);
    QStringList lines = describe(reg, theirs);
    if (lines.isEmpty()) // a history this register cannot read back: say at least that it changed
        lines << tr("(the history does not say what was changed)");

    QMessageBox box(QMessageBox::Warning, tr("Changed by Someone Else"),
                    tr("Someone else saved a change to %1 after you opened it.").arg(current.assetNo),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("editConflictMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QStringList info;
    for (const QString& l : lines)
        info << QStringLiteral("・") + l;
    const QStringList replaced = replacedFields(theirs, mine, current);
    info << QString();
    if (!replaced.isEmpty())
        info << tr("Overwriting replaces what they entered in: %1.").arg(listed(replaced));
    info << tr("Whichever you choose, their change stays in the history.");
    box.setInformativeText(info.join(QLatin1Char('\n')));

    QPushButton* load =
        box.addButton(tr("Load Their Change (Discard My Input)"), QMessageBox::DestructiveRole);
    load->setObjectName(QStringLiteral("loadTheirsButton"));
    QPushButton* overwrite = box.addButton(tr("Overwrite with My Input"), QMessageBox::AcceptRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton* back = box.addButton(tr("Back to Editing"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("backToEditingButton"));
    // The safe answer is the one Enter and Esc give: nothing is lost, nothing is saved.
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == load)
        return Choice::LoadTheirs;
    if (box.clickedButton() == overwrite)
        return Choice::Overwrite;
    return Choice::Back;
}

QString EditConflict::selectionMessage(const Register& reg, const QVector<Stale>& stale)
{
    constexpr int kShown = 5;
    QStringList lines;
    for (int i = 0; i < stale.size() && i < kShown; ++i) {
        const Asset& a = stale[i].current;
        lines << a.assetNo;
        for (const QString& what : describe(reg, since(reg, a.id, stale[i].seenVersion, a.rowVersion)))
            lines << QStringLiteral("  ・") + what;
    }
    if (stale.size() > kShown)
        lines << tr("… and %n more", nullptr, int(stale.size() - kShown));
    return tr("%n of the selected assets were changed by someone else after the list was read, so nothing "
              "was "
              "changed:",
              nullptr, int(stale.size())) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
           tr("The list now shows what the register holds; check those assets and try again.");
}

} // namespace daicho
