#pragma once
// The seek bar: a horizontal slider in milliseconds that jumps to where it is clicked (not page steps) and shows
// the time under the pointer as a tooltip while hovering. Thread: GUI thread.
#include <QSlider>

namespace cairn::app {

class SeekSlider : public QSlider
{
    Q_OBJECT
public:
    explicit SeekSlider(QWidget *parent = nullptr);
    /// The time (ms) under a point in the widget.
    qint64 valueAt(const QPoint &pos) const;

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void retranslateUi();
};

/// "1:05" or "1:02:05" (hours only when needed), in the digits of the default QLocale.
QString formatTime(qint64 ms);

} // namespace cairn::app
