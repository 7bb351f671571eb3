#pragma once
// Answers "which cues are active at t ms" in O(log n + k), overlapping cues included.
// Immutable after construction except for the delay; cheap to query on every video frame.
#include "subtitles/cue.h"

#include <QList>
#include <vector>

namespace cairn::subtitles {

class CueIndex
{
public:
    CueIndex() = default;
    explicit CueIndex(QList<Cue> cues);

    /// Indices into cues() of the cues active at `ms` (start <= ms-delay < end), in start order.
    std::vector<int> activeAt(qint64 ms) const;
    /// Index of the last cue starting at or before `ms` (for the transcript to follow playback), -1 if none.
    int lastStartedAt(qint64 ms) const;

    /// Positive delay shows cues later, negative earlier. No reparsing.
    void setDelayMs(qint64 delayMs) { m_delayMs = delayMs; }
    qint64 delayMs() const { return m_delayMs; }

    const QList<Cue> &cues() const { return m_cues; }
    bool isEmpty() const { return m_cues.isEmpty(); }

private:
    QList<Cue> m_cues;            // sorted by start
    std::vector<qint64> m_maxEnd; // prefix maximum of end times, for the overlap search
    qint64 m_delayMs = 0;
};

} // namespace cairn::subtitles
