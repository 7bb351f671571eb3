#pragma once
// Spins the event loop until `pred` holds or `timeoutMs` passes; returns pred(). No QTest macros (they report to
// QTest, not to Catch).
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>

namespace cairn::test {
template<typename Pred>
bool waitFor(Pred pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return pred();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}
} // namespace cairn::test
