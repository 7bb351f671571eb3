#include "workshop/sessionplan.h"

#include <algorithm>

namespace cairn::workshop {

void normalize(SessionItem &item)
{
    std::stable_sort(item.pauses.begin(), item.pauses.end(),
                     [](const PausePoint &a, const PausePoint &b) { return a.atMs < b.atMs; });
    item.pauses.erase(std::remove_if(item.pauses.begin(), item.pauses.end(),
                                     [&](const PausePoint &p) {
                                         return p.atMs < item.inMs || (item.hasOut() && p.atMs >= item.outMs);
                                     }),
                      item.pauses.end());
    while (item.languages.size() > 2)
        item.languages.removeLast();
}

QString formatTime(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("--:--");
    const qint64 s = ms / 1000;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(two(s / 60 % 60), two(s % 60));
    return QStringLiteral("%1:%2").arg(two(s / 60), two(s % 60));
}

QString formatTimeExact(qint64 ms)
{
    if (ms < 0 || ms % 1000 == 0)
        return formatTime(ms);
    QString frac = QStringLiteral("%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    return QStringLiteral("%1.%2").arg(formatTime(ms), frac);
}

qint64 parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    const QStringList parts = t.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return -1;
    double total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const double v = parts.at(i).toDouble(&ok);
        if (!ok || v < 0 || (i > 0 && v >= 60))
            return -1;
        total = total * 60 + v;
    }
    return qint64(total * 1000 + 0.5);
}

} // namespace cairn::workshop
