#pragma once
// Runs a session plan over a PlaybackController: which item is current, its segment (in/out points), pause points
// (the video stops and the room discusses), next/previous like slides. Knows nothing of screens or widgets.
// Thread: GUI thread (same as the controller).
#include "playback/playable.h"
#include "workshop/sessionplan.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace cairn::playback {
class PlaybackController;
}

namespace cairn::workshop {

class SessionRunner : public QObject
{
    Q_OBJECT
public:
    /// Finds the video of an item in the library (nullopt: not found, the item is skipped with a message).
    using Resolver = std::function<std::optional<playback::PlayableTutorial>(const SessionItem &item)>;

    /// `controller` is not owned and must outlive the runner. The runner turns off the controller's autoplay of the
    /// next tutorial in a series (the plan decides what comes next) and never saves viewing progress itself.
    SessionRunner(playback::PlaybackController *controller, Resolver resolver, QObject *parent = nullptr);

    void setPlan(const SessionPlan &plan); ///< resolves every item once (for durations); does not start
    const SessionPlan &plan() const { return m_plan; }
    int count() const { return int(m_plan.items.size()); }

    /// Opens item `index` at its in point; plays it when `autoplay`. False when there is no such item or its video
    /// is not found (itemUnavailable() says why).
    bool goTo(int index, bool autoplay = true);
    bool next(bool autoplay = true);     ///< false at the last item
    bool previous(bool autoplay = true); ///< the first item restarts
    /// Play/pause for the clicker: at a pause point or a segment end this goes on (dismisses the card / next item).
    void togglePlay();
    /// Leaves a pause point: the card goes away and the video plays on.
    void continueAfterPause();

    int currentIndex() const { return m_index; }
    const SessionItem *currentItem() const;
    const SessionItem *nextItem() const;
    /// The pause point being shown, when the video stopped at one.
    std::optional<PausePoint> activePause() const;
    bool atSegmentEnd() const { return m_atEnd; }

    /// Length of item `index`'s segment in ms (0 when unknown).
    qint64 segmentDurationMs(int index) const;
    qint64 elapsedInItemMs() const;   ///< position - in point, >= 0
    qint64 remainingInItemMs() const; ///< to the out point (or the end)
    /// Remaining time of the current item plus every later item's segment (pause discussions not counted).
    qint64 remainingInSessionMs() const;
    /// Whether item `index` was found by the resolver.
    bool isAvailable(int index) const;

Q_SIGNALS:
    void currentChanged(int index);
    /// The video stopped at a pause point of the current item.
    void pausePointReached(int itemIndex, int pauseIndex, const QString &prompt);
    void pauseDismissed();
    /// The current item reached its out point (or the end of the video) and was paused there.
    void segmentEnded(int index);
    void itemUnavailable(int index, const QString &message);
    void sessionFinished();
    /// Elapsed/remaining changed (every position update).
    void timesChanged();

private:
    void onPosition(qint64 ms);
    void onFinished();

    QPointer<playback::PlaybackController> m_controller;
    Resolver m_resolver;
    SessionPlan m_plan;
    QList<std::optional<playback::PlayableTutorial>> m_resolved;
    int m_index = -1;
    qint64 m_lastPos = -1;     // position seen last, to detect crossing a pause point (and not a seek over it)
    int m_activePause = -1;    // index in the current item's pauses, -1 when not stopped at one
    bool m_atEnd = false;
};

} // namespace cairn::workshop
