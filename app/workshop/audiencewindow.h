#pragma once
// What the room sees on the projector: the picture and the subtitles, fullscreen, and nothing else (no controls,
// no cursor, no messages). Blank (black), freeze (the picture stops while the trainer works) and the discussion
// card of a pause point are drawn over the video. Keys pressed here (a clicker) are passed to the presenter.
// Thread: GUI thread.
#include <QImage>
#include <QPointer>
#include <QScreen> // QPointer<QScreen> needs the full type
#include <QWidget>

QT_BEGIN_NAMESPACE
class QVideoSink;
QT_END_NAMESPACE

namespace cairn::app {

class SubtitleTracks;
class VideoView;

class AudienceWindow : public QWidget
{
    Q_OBJECT
public:
    /// `sink` and `tracks` are not owned; they must outlive the window (the presenter owns all three).
    AudienceWindow(QVideoSink *sink, SubtitleTracks *tracks, QWidget *parent = nullptr);
    ~AudienceWindow() override;

    /// Shows the window fullscreen on `screen` (moving it there if it was elsewhere).
    void presentOn(QScreen *screen);
    QScreen *targetScreen() const { return m_screen; }

    void setPosition(qint64 ms);
    void setBlank(bool on);
    bool isBlank() const { return m_blank; }
    /// Freezes the picture as it is now (subtitles included); the video may go on underneath.
    void setFrozen(bool on);
    bool isFrozen() const { return m_frozen; }
    void showCard(const QString &prompt);
    void hideCard();
    bool isCardShown() const { return m_cardShown; }
    QString cardText() const { return m_card; }

    VideoView *videoView() const { return m_view; }

Q_SIGNALS:
    /// A key the window does not use itself (the presenter maps clicker keys).
    void keyPressed(int key, Qt::KeyboardModifiers modifiers);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class Curtain;
    void retranslateUi();
    void updateCurtain();

    VideoView *m_view = nullptr;
    Curtain *m_curtain = nullptr;
    QPointer<QScreen> m_screen;
    bool m_blank = false;
    bool m_frozen = false;
    QImage m_frozenImage;
    bool m_cardShown = false;
    QString m_card;
};

} // namespace cairn::app
