#include "subtitles/cueindex.h"

#include <algorithm>
#include <limits>

namespace cairn::subtitles {

CueIndex::CueIndex(QList<Cue> cues) : m_cues(std::move(cues))
{
    // Parsers already sort; callers building cues by hand (embedded tracks) may not.
    std::stable_sort(m_cues.begin(), m_cues.end(), [](const Cue &a, const Cue &b) { return a.startMs < b.startMs; });
    m_maxEnd.reserve(size_t(m_cues.size()));
    qint64 maxEnd = std::numeric_limits<qint64>::min();
    for (const Cue &c : m_cues) {
        maxEnd = std::max(maxEnd, c.endMs);
        m_maxEnd.push_back(maxEnd);
    }
}

std::vector<int> CueIndex::activeAt(qint64 ms) const
{
    const qint64 t = ms - m_delayMs;
    // Cues [lo, hi) are the only candidates: before lo every cue has ended (prefix max of ends <= t),
    // from hi on none has started. Usually hi - lo is the number of active cues; a single very long cue
    // widens the window, never the result.
    const auto hiIt =
        std::upper_bound(m_cues.cbegin(), m_cues.cend(), t, [](qint64 v, const Cue &c) { return v < c.startMs; });
    const auto hi = std::distance(m_cues.cbegin(), hiIt);
    const auto loIt = std::upper_bound(m_maxEnd.cbegin(), m_maxEnd.cbegin() + hi, t);
    const auto lo = std::distance(m_maxEnd.cbegin(), loIt);
    std::vector<int> active;
    for (auto i = lo; i < hi; ++i) {
        if (m_cues[i].endMs > t)
            active.push_back(int(i));
    }
    return active;
}

int CueIndex::lastStartedAt(qint64 ms) const
{
    const qint64 t = ms - m_delayMs;
    const auto it =
        std::upper_bound(m_cues.cbegin(), m_cues.cend(), t, [](qint64 v, const Cue &c) { return v < c.startMs; });
    return int(std::distance(m_cues.cbegin(), it)) - 1;
}

} // namespace cairn::subtitles
