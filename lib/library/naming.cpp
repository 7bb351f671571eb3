#include "library/naming.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace cairn::library {

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a.at(i), cb = b.at(j);
        if (ca.isDigit() && cb.isDigit()) {
            // Compare the whole numbers: skip leading zeros, then the longer run is larger.
            qsizetype si = i, sj = j;
            while (si < a.size() && a.at(si) == QLatin1Char('0'))
                ++si;
            while (sj < b.size() && b.at(sj) == QLatin1Char('0'))
                ++sj;
            qsizetype ei = si, ej = sj;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            if ((ei - si) != (ej - sj))
                return (ei - si) < (ej - sj) ? -1 : 1;
            for (qsizetype k = 0; k < ei - si; ++k) {
                const int d = a.at(si + k).digitValue() - b.at(sj + k).digitValue();
                if (d != 0)
                    return d;
            }
            i = ei;
            j = ej;
            continue;
        }
        const char32_t fa = QChar::toCaseFolded(ca.unicode()), fb = QChar::toCaseFolded(cb.unicode());
        if (fa != fb)
            return fa < fb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return a.compare(b); // equal ignoring case: keep a stable, total order
}

QString titleFromFileName(const QString &fileName)
{
    QString t = QFileInfo(fileName).completeBaseName();
    static const QRegularExpression ytId(QStringLiteral("\\s*\\[[A-Za-z0-9_-]{11}\\]$"));
    t.remove(ytId);
    if (!t.contains(QLatin1Char(' ')))
        t.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('.'), QLatin1Char(' '));
    static const QRegularExpression leadingNumber(QStringLiteral("^\\d{1,3}\\s*[-._)]?\\s+(?=\\S)"));
    const QString stripped = QString(t).remove(leadingNumber);
    if (!stripped.trimmed().isEmpty())
        t = stripped;
    return t.simplified();
}

} // namespace cairn::library
