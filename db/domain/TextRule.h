#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace daicho {

// The rules every text Daicho stores follows, in one place: asset fields, organisation units and the
// comments the history keeps all clean and measure their text here, and say what is wrong in the same words.
class TextRule
{
    Q_DECLARE_TR_FUNCTIONS(daicho::TextRule)
public:
    // Limits of the texts that are not asset fields (those are AssetField::maxLength). A 組織コード is as
    // short as a 資産番号; a unit's name, even 「○○部○○課○○係」 spelled out, stays far below 200; a
    // comment is a few sentences of why, and 2,000 characters is a page of them.
    static constexpr int kOrgCodeMax = 40;
    static constexpr int kOrgNameMax = 200;
    static constexpr int kCommentMax = 2000;

    enum class Lines
    {
        Single, // a code or a name: line breaks and tabs become spaces
        Multi   // may span lines (備考, a comment): line breaks and tabs stay, as Excel cells hold them
    };

    // Control characters (NUL, BEL, ESC, DEL, C1 …) removed; nothing else changes: quotes, = or SQL stay
    // verbatim, and a single-line text is not trimmed here (callers decide about surrounding spaces).
    static QString clean(const QString& text, Lines lines);
    // What `text` must not be, for the field a person knows as `label`: a broken character (an unpaired
    // UTF-16 surrogate, from a damaged file or clipboard) or more than `maxLength` characters (a
    // character written as a surrogate pair, 𠮷, counts once). Empty when the text may be stored.
    static QStringList problems(const QString& label, const QString& text, int maxLength);
    // True exactly when problems() is empty, without translating or building a message: `check` asks
    // this of every text of every asset (some three million at a city's scale).
    static bool fits(const QString& text, int maxLength);
    // The same for a comment the history keeps (at most kCommentMax characters): the register refuses
    // such a comment, and the dialogs that ask for one say so before they close.
    static QStringList commentProblems(const QString& comment);
};

} // namespace daicho
