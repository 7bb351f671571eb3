#pragma once
// The controls under the video: previous/next, play/pause, ±5/±10 s jumps, the seek bar with a time tooltip,
// the time label, speed, volume and mute, subtitles (primary + secondary), transcript and fullscreen.
// A view of PlaybackController and SubtitleTracks: it reads their state and calls them; it keeps no state itself.
// Thread: GUI thread.
#include <QList>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QMenu;
class QSlider;
class QToolButton;
QT_END_NAMESPACE

namespace cairn::playback {
class PlaybackController;
}

namespace cairn::app {

class SeekSlider;
class SubtitleTracks;

class TransportBar : public QWidget
{
    Q_OBJECT
public:
    TransportBar(playback::PlaybackController *controller, SubtitleTracks *tracks, QWidget *parent = nullptr);

    void setFullscreenChecked(bool on);
    void setTranscriptChecked(bool on);
    /// The subtitle menu (shared with the main window's Subtitles menu).
    QMenu *subtitleMenu() const { return m_subtitleMenu; }
    QMenu *speedMenu() const { return m_speedMenu; }
    SeekSlider *seekSlider() const { return m_seek; }
    QString timeText() const;

Q_SIGNALS:
    void fullscreenToggled(bool on);
    void transcriptToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// A button whose texts are sources (QT_TR_NOOP) translated now and again after each language change.
    QToolButton *makeButton(const char *text, const char *accessibleName, const char *toolTip);
    void retranslateUi();
    void updateRateTexts();
    void rebuildSubtitleMenu();
    void updateTime();
    void updatePlaying(bool playing);
    void updateVolume();
    void updateNeighbours();

    struct ButtonTexts
    {
        QToolButton *button;
        const char *text;
        const char *accessibleName;
        const char *toolTip;
    };
    QList<ButtonTexts> m_buttonTexts;
    QPointer<playback::PlaybackController> m_controller;
    QPointer<SubtitleTracks> m_tracks;
    QToolButton *m_prev = nullptr;
    QToolButton *m_back10 = nullptr;
    QToolButton *m_back5 = nullptr;
    QToolButton *m_playPause = nullptr;
    QToolButton *m_fwd5 = nullptr;
    QToolButton *m_fwd10 = nullptr;
    QToolButton *m_next = nullptr;
    SeekSlider *m_seek = nullptr;
    QLabel *m_time = nullptr;
    QToolButton *m_speed = nullptr;
    QMenu *m_speedMenu = nullptr;
    QToolButton *m_mute = nullptr;
    QSlider *m_volume = nullptr;
    QToolButton *m_subtitles = nullptr;
    QMenu *m_subtitleMenu = nullptr;
    QToolButton *m_transcript = nullptr;
    QToolButton *m_fullscreen = nullptr;
};

} // namespace cairn::app
