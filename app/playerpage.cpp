#include "app/playerpage.h"

#include "app/helpoverlay.h"
#include "app/messagebanner.h"
#include "app/subtitletracks.h"
#include "app/transcriptpanel.h"
#include "app/transportbar.h"
#include "app/videoview.h"
#include "playback/playbackcontroller.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSplitter>

namespace cairn::app {

using playback::PlaybackController;

namespace {
constexpr int kControlsIdleMs = 3000;
}

PlayerPage::PlayerPage(PlaybackController *controller, SubtitleTracks *tracks, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_tracks(tracks)
    , m_title(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_video(new VideoView(m_splitter))
    , m_transcript(new TranscriptPanel(tracks, m_splitter))
    , m_transport(new TransportBar(controller, tracks, this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setContentsMargins(8, 4, 8, 2);

    m_video->setSubtitleTracks(tracks);
    m_video->setFocusPolicy(Qt::StrongFocus);
    m_video->setMouseTracking(true);
    m_video->installEventFilter(this);
    m_splitter->addWidget(m_video);
    m_splitter->addWidget(m_transcript);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_transcript->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_transport);
    m_help = new HelpOverlay(this);

    m_hideControls.setSingleShot(true);
    m_hideControls.setInterval(kControlsIdleMs);
    connect(&m_hideControls, &QTimer::timeout, this, [this] {
        if (m_fullscreen && m_controller->isPlaying() && !m_transport->underMouse()) {
            m_transport->hide();
            m_video->setBottomInset(0);
            m_video->setCursor(Qt::BlankCursor);
        }
    });

    connect(controller, &PlaybackController::positionChanged, this, [this](qint64 ms) {
        m_video->setPosition(ms);
        m_transcript->setPosition(ms);
    });
    connect(controller, &PlaybackController::tutorialChanged, this, &PlayerPage::onTutorialChanged);
    connect(controller, &PlaybackController::failed, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Error, message, tr("Try again"), [this] {
            if (m_controller->hasTutorial())
                m_controller->open(m_controller->current());
        });
    });
    connect(controller, &PlaybackController::notice, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Info, message); });
    connect(tracks, &SubtitleTracks::loadProblem, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Info, message); });
    connect(m_transcript, &TranscriptPanel::seekRequested, this, [this](qint64 ms) { m_controller->seek(ms); });
    connect(m_transport, &TransportBar::fullscreenToggled, this, &PlayerPage::fullscreenRequested);
    connect(m_transport, &TransportBar::transcriptToggled, this, &PlayerPage::setTranscriptVisible);
    connect(m_video, &VideoView::doubleClicked, this, [this] { Q_EMIT fullscreenRequested(!m_fullscreen); });
    // The sink is asked for when the first tutorial opens (before the engine loads it), not now: making it
    // initialises the multimedia backend, which would delay the window's first paint (docs/performance.md).
    if (controller->engine())
        connect(controller, &PlaybackController::tutorialChanged, this, [this] {
            if (!m_video->videoSink())
                m_video->setVideoSink(m_controller->engine()->videoSink());
        });
    retranslateUi();
}

void PlayerPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PlayerPage::retranslateUi()
{
    setAccessibleName(tr("Player"));
    QString title = m_tutorialTitle;
    if (m_seriesLength > 1)
        title = tr("%1 — %2 (%3 of %4)")
                    .arg(m_seriesTitle, m_tutorialTitle)
                    .arg(QLocale().toString(m_positionInSeries))
                    .arg(QLocale().toString(m_seriesLength));
    m_title->setText(title);
}

void PlayerPage::onTutorialChanged(const playback::PlayableTutorial &tutorial)
{
    m_tutorialTitle = tutorial.title;
    m_seriesTitle = tutorial.seriesTitle;
    m_positionInSeries = tutorial.positionInSeries;
    m_seriesLength = tutorial.seriesLength;
    retranslateUi();
    m_banner->hide();
    m_tracks->setTutorial(tutorial);
    m_video->setFocus();
}

void PlayerPage::setTranscriptVisible(bool on)
{
    m_transcript->setVisible(on);
    m_transport->setTranscriptChecked(on);
    if (on)
        m_transcript->setPosition(m_controller->position());
}

bool PlayerPage::controlsVisible() const
{
    return m_transport->isVisible();
}

void PlayerPage::setFullscreenMode(bool on)
{
    m_fullscreen = on;
    m_transport->setFullscreenChecked(on);
    m_title->setVisible(!on);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    if (on) {
        // Float the controls over the picture; the subtitles make room while they are visible.
        layout->removeWidget(m_transport);
        m_transport->setParent(this);
        showControlsForAWhile();
    } else {
        m_hideControls.stop();
        layout->addWidget(m_transport);
        m_transport->show();
        m_video->setBottomInset(0);
        m_video->unsetCursor();
    }
}

void PlayerPage::placeFloatingControls()
{
    if (!m_fullscreen)
        return;
    const int h = m_transport->sizeHint().height();
    const QRect videoArea = m_video->geometry().translated(m_splitter->pos());
    m_transport->setGeometry(videoArea.left(), videoArea.bottom() - h + 1, videoArea.width(), h);
    m_transport->raise();
    m_video->setBottomInset(m_transport->isVisible() ? h : 0);
}

void PlayerPage::showControlsForAWhile()
{
    m_transport->show();
    m_video->unsetCursor();
    placeFloatingControls();
    m_hideControls.start();
}

void PlayerPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeFloatingControls();
}

bool PlayerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_video && event->type() == QEvent::MouseMove && m_fullscreen)
        showControlsForAWhile();
    return QWidget::eventFilter(watched, event);
}

void PlayerPage::keyPressEvent(QKeyEvent *event)
{
    PlaybackController *c = m_controller;
    if (m_fullscreen)
        showControlsForAWhile();
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_K:
        c->togglePlayPause();
        break;
    case Qt::Key_Left:
        c->skip(-5000);
        break;
    case Qt::Key_Right:
        c->skip(5000);
        break;
    case Qt::Key_J:
        c->skip(-10000);
        break;
    case Qt::Key_L:
        c->skip(10000);
        break;
    case Qt::Key_F:
        Q_EMIT fullscreenRequested(!m_fullscreen);
        break;
    case Qt::Key_Escape:
        if (m_help->isVisible())
            m_help->hide();
        else if (m_fullscreen)
            Q_EMIT fullscreenRequested(false);
        else
            Q_EMIT backToLibraryRequested();
        break;
    case Qt::Key_M:
        c->setMuted(!c->isMuted());
        break;
    case Qt::Key_C:
        m_tracks->cyclePrimary();
        break;
    case Qt::Key_BracketLeft:
        c->stepRate(-1);
        break;
    case Qt::Key_BracketRight:
        c->stepRate(+1);
        break;
    case Qt::Key_Up:
        c->setVolume(c->volume() + kVolumeStep);
        break;
    case Qt::Key_Down:
        c->setVolume(c->volume() - kVolumeStep);
        break;
    case Qt::Key_N:
        c->next();
        break;
    case Qt::Key_P:
        c->previous();
        break;
    case Qt::Key_Question:
    case Qt::Key_F1:
        m_help->toggle();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace cairn::app
