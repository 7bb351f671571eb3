#include "app/transportbar.h"

#include "app/seekslider.h"
#include "app/subtitletracks.h"
#include "playback/playbackcontroller.h"

#include <QActionGroup>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace cairn::app {

using playback::PlaybackController;
using Slot = SubtitleTracks::Slot;

namespace {
QString rateText(double rate)
{
    return QStringLiteral("%1×").arg(QLocale().toString(rate, 'g', 3));
}
} // namespace

TransportBar::TransportBar(PlaybackController *controller, SubtitleTracks *tracks, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_tracks(tracks)
{
    setAutoFillBackground(true);
    // The controls keep the timeline's direction in every language (as SMPlayer and VLC do): earlier is left,
    // later is right, even when the window is laid out right to left. Their menus are windows of their own and
    // follow the interface direction.
    setLayoutDirection(Qt::LeftToRight);

    m_prev = makeButton(nullptr, QT_TR_NOOP("Previous tutorial"), QT_TR_NOOP("Previous tutorial (P)"));
    m_prev->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_back10 = makeButton(QT_TR_NOOP("−10 s"), QT_TR_NOOP("Back 10 seconds"), QT_TR_NOOP("Back 10 seconds (J)"));
    m_back5 = makeButton(QT_TR_NOOP("−5 s"), QT_TR_NOOP("Back 5 seconds"), QT_TR_NOOP("Back 5 seconds (Left arrow)"));
    m_playPause = makeButton(nullptr, nullptr, QT_TR_NOOP("Play or pause (Space, K)"));
    m_playPause->setIconSize(QSize(28, 28));
    m_fwd5 = makeButton(QT_TR_NOOP("+5 s"), QT_TR_NOOP("Forward 5 seconds"),
                        QT_TR_NOOP("Forward 5 seconds (Right arrow)"));
    m_fwd10 = makeButton(QT_TR_NOOP("+10 s"), QT_TR_NOOP("Forward 10 seconds"), QT_TR_NOOP("Forward 10 seconds (L)"));
    m_next = makeButton(nullptr, QT_TR_NOOP("Next tutorial"), QT_TR_NOOP("Next tutorial (N)"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));

    m_seek = new SeekSlider(this);
    m_seek->setLayoutDirection(Qt::LeftToRight);
    m_time = new QLabel(this);
    m_time->setLayoutDirection(Qt::LeftToRight);
    m_time->setTextFormat(Qt::PlainText);

    m_speed = makeButton(nullptr, QT_TR_NOOP("Playback speed"), QT_TR_NOOP("Playback speed ([ slower, ] faster)"));
    m_speed->setToolButtonStyle(Qt::ToolButtonTextOnly); // its text is the rate, set below
    m_speedMenu = new QMenu(this);
    auto *speedGroup = new QActionGroup(m_speedMenu);
    for (double r : {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0}) {
        QAction *a = m_speedMenu->addAction(rateText(r));
        a->setCheckable(true);
        a->setChecked(r == 1.0);
        a->setData(r);
        speedGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, r] { m_controller->setRate(r); });
    }
    m_speed->setMenu(m_speedMenu);
    m_speed->setPopupMode(QToolButton::InstantPopup);

    m_mute = makeButton(nullptr, QT_TR_NOOP("Mute"), QT_TR_NOOP("Mute (M)"));
    m_mute->setCheckable(true);
    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setRange(0, 100);
    m_volume->setMaximumWidth(100);

    m_subtitles = makeButton(nullptr, QT_TR_NOOP("Subtitles"), QT_TR_NOOP("Choose subtitles (C cycles)"));
    m_subtitles->setToolButtonStyle(Qt::ToolButtonTextOnly); // its text is the chosen language, set in rebuild
    m_subtitleMenu = new QMenu(this);
    m_subtitles->setMenu(m_subtitleMenu);
    m_subtitles->setPopupMode(QToolButton::InstantPopup);
    m_transcript = makeButton(QT_TR_NOOP("Transcript"), QT_TR_NOOP("Show transcript"),
                              QT_TR_NOOP("Show the transcript beside the video"));
    m_transcript->setCheckable(true);
    m_fullscreen = makeButton(nullptr, QT_TR_NOOP("Fullscreen"), QT_TR_NOOP("Fullscreen (F, Esc to leave)"));
    m_fullscreen->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    m_fullscreen->setCheckable(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_seek, 1);
    top->addWidget(m_time);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_prev), static_cast<QWidget *>(m_back10), static_cast<QWidget *>(m_back5),
                       static_cast<QWidget *>(m_playPause), static_cast<QWidget *>(m_fwd5),
                       static_cast<QWidget *>(m_fwd10), static_cast<QWidget *>(m_next)})
        row->addWidget(w);
    row->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(m_speed), static_cast<QWidget *>(m_mute), static_cast<QWidget *>(m_volume),
                       static_cast<QWidget *>(m_subtitles), static_cast<QWidget *>(m_transcript),
                       static_cast<QWidget *>(m_fullscreen)})
        row->addWidget(w);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 4, 8, 6);
    outer->setSpacing(2);
    outer->addLayout(top);
    outer->addLayout(row);

    connect(m_prev, &QToolButton::clicked, this, [this] { m_controller->previous(); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_controller->next(); });
    connect(m_back10, &QToolButton::clicked, this, [this] { m_controller->skip(-10000); });
    connect(m_back5, &QToolButton::clicked, this, [this] { m_controller->skip(-5000); });
    connect(m_fwd5, &QToolButton::clicked, this, [this] { m_controller->skip(5000); });
    connect(m_fwd10, &QToolButton::clicked, this, [this] { m_controller->skip(10000); });
    connect(m_playPause, &QToolButton::clicked, this, [this] { m_controller->togglePlayPause(); });
    connect(m_seek, &SeekSlider::seekRequested, this, [this](qint64 ms) { m_controller->seek(ms); });
    connect(m_mute, &QToolButton::toggled, this, [this](bool on) { m_controller->setMuted(on); });
    connect(m_volume, &QSlider::valueChanged, this, [this](int v) { m_controller->setVolume(v / 100.0f); });
    connect(m_transcript, &QToolButton::toggled, this, &TransportBar::transcriptToggled);
    connect(m_fullscreen, &QToolButton::toggled, this, &TransportBar::fullscreenToggled);

    connect(controller, &PlaybackController::positionChanged, this, &TransportBar::updateTime);
    connect(controller, &PlaybackController::durationChanged, this, &TransportBar::updateTime);
    connect(controller, &PlaybackController::playingChanged, this, &TransportBar::updatePlaying);
    connect(controller, &PlaybackController::volumeChanged, this, &TransportBar::updateVolume);
    connect(controller, &PlaybackController::mutedChanged, this, &TransportBar::updateVolume);
    connect(controller, &PlaybackController::tutorialChanged, this, &TransportBar::updateNeighbours);
    connect(controller, &PlaybackController::rateChanged, this, [this](double r) {
        m_speed->setText(rateText(r));
        for (QAction *a : m_speedMenu->actions())
            a->setChecked(qFuzzyCompare(a->data().toDouble(), r));
    });
    connect(tracks, &SubtitleTracks::tracksChanged, this, &TransportBar::rebuildSubtitleMenu);
    connect(tracks, &SubtitleTracks::selectionChanged, this, &TransportBar::rebuildSubtitleMenu);

    retranslateUi();
    updateNeighbours();
}

QToolButton *TransportBar::makeButton(const char *text, const char *accessibleName, const char *toolTip)
{
    auto *b = new QToolButton(this);
    b->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, unlike the QToolButton default
    b->setAutoRaise(true);
    b->setToolButtonStyle(text ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    m_buttonTexts.append({b, text, accessibleName, toolTip});
    return b;
}

void TransportBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TransportBar::retranslateUi()
{
    setAccessibleName(tr("Playback controls"));
    for (const ButtonTexts &t : std::as_const(m_buttonTexts)) {
        if (t.text)
            t.button->setText(tr(t.text));
        if (t.accessibleName)
            t.button->setAccessibleName(tr(t.accessibleName));
        if (t.toolTip)
            t.button->setToolTip(tr(t.toolTip));
    }
    m_time->setAccessibleName(tr("Time"));
    const QString longest = formatTime(10 * 3600000 - 1000); // the locale's digits may be wider or narrower
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(tr("%1 / %2").arg(longest, longest)));
    m_speedMenu->setTitle(tr("Speed"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume (Up and Down arrows)"));
    m_subtitleMenu->setTitle(tr("Subtitles"));
    // Numbers follow the interface locale (QLocale::setDefault), so the rates and times are made again too.
    updateRateTexts();
    updatePlaying(m_controller->isPlaying());
    updateVolume();
    updateTime();
    rebuildSubtitleMenu();
}

void TransportBar::updateRateTexts()
{
    for (QAction *a : m_speedMenu->actions())
        a->setText(rateText(a->data().toDouble()));
    m_speed->setText(rateText(m_controller->rate()));
}

void TransportBar::setFullscreenChecked(bool on)
{
    const QSignalBlocker block(m_fullscreen);
    m_fullscreen->setChecked(on);
}

void TransportBar::setTranscriptChecked(bool on)
{
    const QSignalBlocker block(m_transcript);
    m_transcript->setChecked(on);
}

QString TransportBar::timeText() const
{
    return m_time->text();
}

void TransportBar::updateTime()
{
    const qint64 pos = m_controller->position();
    const qint64 dur = m_controller->duration();
    // Each time in a left-to-right isolate: with Eastern Arabic digits the bidi algorithm would otherwise run
    // "position / duration" right to left even in this left-to-right bar, showing the duration first.
    auto ltr = [](const QString &t) -> QString { return QChar(0x2066) + t + QChar(0x2069); };
    m_time->setText(tr("%1 / %2").arg(ltr(formatTime(pos)), ltr(formatTime(dur))));

    if (!m_seek->isSliderDown()) {
        const QSignalBlocker block(m_seek);
        m_seek->setRange(0, int(std::max<qint64>(0, dur)));
        m_seek->setValue(int(pos));
    }
}

void TransportBar::updatePlaying(bool playing)
{
    m_playPause->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_playPause->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void TransportBar::updateVolume()
{
    const QSignalBlocker b1(m_volume), b2(m_mute);
    m_volume->setValue(qRound(m_controller->volume() * 100));
    m_mute->setChecked(m_controller->isMuted());
    m_mute->setIcon(style()->standardIcon(m_controller->isMuted() ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setAccessibleName(m_controller->isMuted() ? tr("Unmute") : tr("Mute"));
}

void TransportBar::updateNeighbours()
{
    m_prev->setEnabled(m_controller->hasTutorial());
    m_next->setEnabled(m_controller->hasNext());
}

void TransportBar::rebuildSubtitleMenu()
{
    m_subtitleMenu->clear();
    auto addChoices = [this](QMenu *menu, Slot slot) {
        auto *group = new QActionGroup(menu);
        QAction *off = menu->addAction(tr("Off"));
        off->setCheckable(true);
        off->setChecked(m_tracks->selected(slot) < 0);
        group->addAction(off);
        connect(off, &QAction::triggered, this, [this, slot] { m_tracks->select(slot, -1); });
        for (int i = 0; i < m_tracks->count(); ++i) {
            QAction *a = menu->addAction(m_tracks->displayName(i));
            a->setCheckable(true);
            a->setChecked(m_tracks->selected(slot) == i);
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, slot, i] { m_tracks->select(slot, i); });
        }
    };
    addChoices(m_subtitleMenu, Slot::Primary);
    m_subtitleMenu->addSeparator();
    QMenu *second = m_subtitleMenu->addMenu(tr("Second language"));
    addChoices(second, Slot::Secondary);
    m_subtitles->setEnabled(m_tracks->count() > 0);
    const int p = m_tracks->selected(Slot::Primary);
    m_subtitles->setText(p < 0 ? tr("Subtitles") : m_tracks->displayName(p));
}

} // namespace cairn::app
