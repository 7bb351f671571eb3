#include "search/querybuilder.h"

#include "search/textsegmenter.h"

#include <QStringList>

namespace cairn::search {

namespace {

struct Term
{
    QString text;
    bool phrase = false;
};

QList<Term> splitTerms(const QString &query)
{
    QList<Term> terms;
    QString current;
    bool inQuotes = false;
    auto flush = [&](bool phrase) {
        if (!current.trimmed().isEmpty())
            terms.append({current.trimmed(), phrase});
        current.clear();
    };
    for (const QChar c : query) {
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x00AB) ||
            c == QChar(0x00BB) || c == QChar(0x300C) || c == QChar(0x300D)) {
            flush(inQuotes);
            inQuotes = !inQuotes;
        } else if (!inQuotes && c.isSpace()) {
            flush(false);
        } else {
            current += c;
        }
    }
    flush(inQuotes);
    return terms;
}

} // namespace

QString buildMatchExpression(const QString &userQuery)
{
    const QList<Term> terms = splitTerms(userQuery);
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term &t = terms.at(i);
        // What the tokenizer will see: skip terms it would turn into nothing (FTS5 rejects an empty phrase).
        const QString tokens = tokensOf(t.text, SegmentMode::Query);
        if (tokens.isEmpty())
            continue;
        QString quoted = t.text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        const bool last = i == terms.size() - 1;
        const bool singleBigramChar = !tokens.contains(QLatin1Char(' ')) && tokens.size() <= 2 &&
                                      isBigramScript(tokens.toUcs4().value(0));
        // A lone CJK character only exists inside bigrams: it can only match as a prefix.
        if ((last && !t.phrase) || singleBigramChar)
            quoted += QLatin1Char('*');
        parts << quoted;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace cairn::search
