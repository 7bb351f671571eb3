#pragma once
// The player: title, message banner, the video with our subtitle overlay, the transcript and the controls.
// In fullscreen the controls float over the bottom of the picture and hide after a few idle seconds; while they are
// shown the subtitles move up (VideoView::setBottomInset), so the controls never cover them.
// Keyboard: handled in keyPressEvent, so a focused child (a button's Space, a list's arrows, the filter box's
// letters) keeps its own keys. Thread: GUI thread.
#include <QPointer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSplitter;
QT_END_NAMESPACE

namespace cairn::playback {
class PlaybackController;
struct PlayableTutorial;
}

namespace cairn::app {

class HelpOverlay;
class MessageBanner;
class SubtitleTracks;
class TranscriptPanel;
class TransportBar;
class VideoView;

class PlayerPage : public QWidget
{
    Q_OBJECT
public:
    PlayerPage(playback::PlaybackController *controller, SubtitleTracks *tracks, QWidget *parent = nullptr);

    VideoView *videoView() const { return m_video; }
    TransportBar *transport() const { return m_transport; }
    TranscriptPanel *transcript() const { return m_transcript; }
    MessageBanner *banner() const { return m_banner; }
    HelpOverlay *help() const { return m_help; }

    /// Called by the window when it enters or leaves fullscreen.
    void setFullscreenMode(bool on);
    bool isFullscreenMode() const { return m_fullscreen; }
    void setTranscriptVisible(bool on);
    bool controlsVisible() const;
    /// Volume step for Up/Down (0..1).
    static constexpr float kVolumeStep = 0.05f;

Q_SIGNALS:
    void fullscreenRequested(bool on);
    void backToLibraryRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onTutorialChanged(const playback::PlayableTutorial &tutorial);
    void retranslateUi();
    void placeFloatingControls();
    void showControlsForAWhile();

    QPointer<playback::PlaybackController> m_controller;
    QPointer<SubtitleTracks> m_tracks;
    QLabel *m_title = nullptr;
    QString m_seriesTitle, m_tutorialTitle; // of the open tutorial, for the title line
    int m_positionInSeries = 0, m_seriesLength = 0;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    VideoView *m_video = nullptr;
    TranscriptPanel *m_transcript = nullptr;
    TransportBar *m_transport = nullptr;
    HelpOverlay *m_help = nullptr;
    QTimer m_hideControls;
    bool m_fullscreen = false;
};

} // namespace cairn::app
