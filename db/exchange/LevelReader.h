#pragma once

#include "domain/ClassificationScheme.h"

#include <QHash>
#include <QString>

#include <deque>

namespace daicho {

// Resolves level cells under schemes, remembering each answer: a register's levels repeat on every row.
class LevelReader
{
public:
    // The code of `text` on `axis` in the scheme, or a null string when it is not one of its levels.
    QString code(const ClassificationScheme& scheme, Axis axis, const QString& text)
    {
        QHash<QString, QString>& cache = answersOf(scheme)[axisIndex(axis)];
        auto it = cache.constFind(text);
        if (it != cache.constEnd())
            return *it;
        QString c = scheme.axis(axis).used ? scheme.levelCodeFor(axis, text) : QString();
        if (c.isEmpty())
            c = QString(); // null: not a level
        cache.insert(text, c);
        return c;
    }

    // Whether every non-empty level cell of the row is a level of the scheme.
    bool fits(const ClassificationScheme& scheme, const QString (&cells)[3])
    {
        for (int i = 0; i < 3; ++i)
            if (!cells[i].isEmpty() && code(scheme, kAllAxes[i], cells[i]).isNull())
                return false;
        return true;
    }

private:
    static int axisIndex(Axis axis)
    {
        for (int i = 0; i < 3; ++i)
            if (kAllAxes[i] == axis)
                return i;
        return 0;
    }
    // A register has a handful of schemes: a short list searched by address beats hashing a key.
    QHash<QString, QString>* answersOf(const ClassificationScheme& scheme)
    {
        for (Answers& a : m_answers)
            if (a.scheme == &scheme)
                return a.byAxis;
        m_answers.push_back({&scheme, {}});
        return m_answers.back().byAxis;
    }
    struct Answers
    {
        const ClassificationScheme* scheme;
        QHash<QString, QString> byAxis[3];
    };
    std::deque<Answers> m_answers; // stable addresses
};

} // namespace daicho
