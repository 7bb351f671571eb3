#include "workshop/sessionrunner.h"

#include "playback/playbackcontroller.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cairn::workshop {

namespace {
/// A position jump bigger than this is a seek, not playback crossing a pause point.
constexpr qint64 kMaxCrossStepMs = 1500;
}

SessionRunner::SessionRunner(playback::PlaybackController *controller, Resolver resolver, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_resolver(std::move(resolver))
{
    controller->setAutoplayNext(false);
    connect(controller, &playback::PlaybackController::positionChanged, this, &SessionRunner::onPosition);
    connect(controller, &playback::PlaybackController::finished, this, &SessionRunner::onFinished);
}

void SessionRunner::setPlan(const SessionPlan &plan)
{
    m_plan = plan;
    for (SessionItem &item : m_plan.items)
        normalize(item);
    m_resolved.clear();
    for (const SessionItem &item : std::as_const(m_plan.items))
        m_resolved.append(m_resolver ? m_resolver(item) : std::nullopt);
    m_index = -1;
    m_activePause = -1;
    m_atEnd = false;
}

bool SessionRunner::isAvailable(int index) const
{
    return index >= 0 && index < m_resolved.size() && m_resolved.at(index).has_value() &&
           !m_resolved.at(index)->missing;
}

bool SessionRunner::goTo(int index, bool autoplay)
{
    if (!m_controller || index < 0 || index >= count())
        return false;
    const SessionItem &item = m_plan.items.at(index);
    if (!isAvailable(index)) {
        Q_EMIT itemUnavailable(index, QCoreApplication::translate("cairn::workshop::SessionRunner",
                                                                  "“%1” is not in this library (or its drive is "
                                                                  "unplugged).")
                                          .arg(item.title.isEmpty() ? QFileInfo(item.path).fileName() : item.title));
        return false;
    }
    playback::PlayableTutorial t = *m_resolved.at(index);
    t.completed = false;
    t.resumePositionMs = item.inMs;
    const bool hadPause = m_activePause >= 0;
    m_index = index;
    m_activePause = -1;
    m_atEnd = false;
    m_lastPos = item.inMs;
    m_controller->open(t, autoplay);
    if (hadPause)
        Q_EMIT pauseDismissed();
    Q_EMIT currentChanged(index);
    Q_EMIT timesChanged();
    return true;
}

bool SessionRunner::next(bool autoplay)
{
    for (int i = m_index + 1; i < count(); ++i)
        if (goTo(i, autoplay))
            return true;
    return false;
}

bool SessionRunner::previous(bool autoplay)
{
    for (int i = m_index - 1; i >= 0; --i)
        if (goTo(i, autoplay))
            return true;
    return m_index >= 0 && goTo(m_index, autoplay);
}

void SessionRunner::togglePlay()
{
    if (!m_controller)
        return;
    if (m_activePause >= 0) {
        continueAfterPause();
        return;
    }
    if (m_atEnd) {
        if (!next())
            Q_EMIT sessionFinished();
        return;
    }
    if (m_index < 0) {
        if (!goTo(0))
            next();
        return;
    }
    m_controller->togglePlayPause();
}

void SessionRunner::continueAfterPause()
{
    if (m_activePause < 0 || !m_controller)
        return;
    m_activePause = -1;
    Q_EMIT pauseDismissed();
    m_controller->play();
}

const SessionItem *SessionRunner::currentItem() const
{
    return m_index >= 0 && m_index < count() ? &m_plan.items.at(m_index) : nullptr;
}

const SessionItem *SessionRunner::nextItem() const
{
    return m_index + 1 < count() ? &m_plan.items.at(m_index + 1) : nullptr;
}

std::optional<PausePoint> SessionRunner::activePause() const
{
    const SessionItem *item = currentItem();
    if (!item || m_activePause < 0 || m_activePause >= item->pauses.size())
        return std::nullopt;
    return item->pauses.at(m_activePause);
}

qint64 SessionRunner::segmentDurationMs(int index) const
{
    if (index < 0 || index >= count())
        return 0;
    const SessionItem &item = m_plan.items.at(index);
    qint64 end = item.outMs;
    if (end < 0) {
        end = isAvailable(index) ? m_resolved.at(index)->durationMs : 0;
        if (index == m_index && m_controller && m_controller->duration() > 0)
            end = m_controller->duration();
    }
    return std::max<qint64>(0, end - item.inMs);
}

qint64 SessionRunner::elapsedInItemMs() const
{
    const SessionItem *item = currentItem();
    if (!item || !m_controller)
        return 0;
    return std::max<qint64>(0, m_controller->position() - item->inMs);
}

qint64 SessionRunner::remainingInItemMs() const
{
    if (m_index < 0)
        return 0;
    return std::max<qint64>(0, segmentDurationMs(m_index) - elapsedInItemMs());
}

qint64 SessionRunner::remainingInSessionMs() const
{
    qint64 total = m_index >= 0 ? remainingInItemMs() : 0;
    for (int i = std::max(0, m_index + 1); i < count(); ++i)
        if (isAvailable(i))
            total += segmentDurationMs(i);
    return total;
}

void SessionRunner::onPosition(qint64 ms)
{
    const SessionItem *item = currentItem();
    if (!item || !m_controller) {
        m_lastPos = ms;
        return;
    }
    const qint64 last = m_lastPos;
    m_lastPos = ms;
    Q_EMIT timesChanged();
    if (m_atEnd && item->hasOut() && ms < item->outMs - kMaxCrossStepMs)
        m_atEnd = false; // the trainer went back into the segment
    if (m_activePause >= 0 || m_atEnd || !m_controller->isPlaying())
        return;
    // A pause point fires when playback runs across it (a seek over it does not), once per crossing: going back
    // before it arms it again.
    if (last >= 0 && ms > last && ms - last <= kMaxCrossStepMs) {
        for (int i = 0; i < item->pauses.size(); ++i) {
            const qint64 at = item->pauses.at(i).atMs;
            if (last < at && at <= ms) {
                m_activePause = i;
                m_controller->pause();
                Q_EMIT pausePointReached(m_index, i, item->pauses.at(i).prompt);
                return;
            }
        }
    }
    if (item->hasOut() && ms >= item->outMs) {
        m_atEnd = true;
        m_controller->pause();
        Q_EMIT segmentEnded(m_index);
        if (m_index == count() - 1)
            Q_EMIT sessionFinished();
    }
}

void SessionRunner::onFinished()
{
    if (m_index < 0 || m_atEnd)
        return;
    m_atEnd = true;
    Q_EMIT segmentEnded(m_index);
    if (m_index == count() - 1)
        Q_EMIT sessionFinished();
}

} // namespace cairn::workshop
