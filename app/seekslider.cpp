#include "app/seekslider.h"

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

namespace cairn::app {

QString formatTime(qint64 ms)
{
    // Digits of the interface locale (QLocale::setDefault), like every other number Cairn shows: Eastern Arabic
    // digits in Arabic. The order (hours:minutes:seconds, left to right) stays the same in every language.
    const QLocale locale;
    auto two = [&locale](qint64 n) -> QString {
        return (n < 10 ? locale.zeroDigit() : QString()) + locale.toString(n);
    };
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return locale.toString(s / 3600) + QLatin1Char(':') + two((s / 60) % 60) + QLatin1Char(':') + two(s % 60);
    return locale.toString(s / 60) + QLatin1Char(':') + two(s % 60);
}

SeekSlider::SeekSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setMouseTracking(true);
    setRange(0, 0);
    setSingleStep(5000);
    setPageStep(10000);
    retranslateUi();
    setFocusPolicy(Qt::StrongFocus);
    // Arrow keys on the focused slider move it; the jump is applied once the value settles.
    connect(this, &QSlider::actionTriggered, this, [this](int) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT seekRequested(value()); }, Qt::QueuedConnection);
    });
}

void SeekSlider::changeEvent(QEvent *event)
{
    QSlider::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SeekSlider::retranslateUi()
{
    setAccessibleName(tr("Position in the video"));
}

qint64 SeekSlider::valueAt(const QPoint &pos) const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
    const int span = std::max(1, groove.width() - handle.width());
    int x = pos.x() - groove.x() - handle.width() / 2;
    if (layoutDirection() == Qt::RightToLeft)
        x = span - x;
    return QStyle::sliderValueFromPosition(minimum(), maximum(), std::clamp(x, 0, span), span);
}

void SeekSlider::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && maximum() > 0) {
        const qint64 v = valueAt(event->position().toPoint());
        setValue(int(v));
        Q_EMIT seekRequested(v);
        event->accept(); // not QSlider's page step: the user pointed at a time
        return;
    }
    QSlider::mousePressEvent(event);
}

void SeekSlider::mouseMoveEvent(QMouseEvent *event)
{
    if (maximum() > 0) {
        const qint64 v = valueAt(event->position().toPoint());
        QToolTip::showText(event->globalPosition().toPoint(), formatTime(v), this);
        if (event->buttons() & Qt::LeftButton) {
            setValue(int(v));
            Q_EMIT seekRequested(v);
            return;
        }
    }
    QSlider::mouseMoveEvent(event);
}

} // namespace cairn::app
