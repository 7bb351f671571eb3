#include "app/workshop/presenterwindow.h"

#include "app/standalonetutorial.h"
#include "app/subtitletracks.h"
#include "app/workshop/audiencewindow.h"
#include "library/library.h"
#include "playback/playbackcontroller.h"
#include "playback/qtmultimediaengine.h"
#include "workshop/sessionrunner.h"
#include "workshop/workshopdata.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace cairn::app {

using Slot = SubtitleTracks::Slot;
using workshop::formatTime;
using workshop::SessionItem;

namespace {

QString itemTitle(const SessionItem &item)
{
    return item.title.isEmpty() ? QFileInfo(item.path).completeBaseName() : item.title;
}

constexpr Slot kSlots[2] = {Slot::Primary, Slot::Secondary};

} // namespace

PresenterWindow::PresenterWindow(library::Library *library, std::shared_ptr<workshop::WorkshopData> data,
                                 const workshop::SessionPlan &plan, const Options &options, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_library(library)
    , m_data(std::move(data))
    , m_plan(plan)
    , m_options(options)
{
    m_engine = new playback::QtMultimediaEngine(playback::QtMultimediaEngine::Options{options.audio}, this);
    m_controller = new playback::PlaybackController(m_engine, this);
    m_tracks = new SubtitleTracks(this);
    // Big, clear subtitles for a room: the first language at the top of the picture, the second at the bottom.
    SubtitleStyle top;
    top.placement = SubtitleStyle::Placement::Top;
    top.sizePercent = 7.0;
    SubtitleStyle bottom;
    bottom.placement = SubtitleStyle::Placement::Bottom;
    bottom.sizePercent = 7.0;
    m_tracks->setStyle(Slot::Primary, top);
    m_tracks->setStyle(Slot::Secondary, bottom);

    auto resolver = [library, data = m_data](const SessionItem &item) -> std::optional<playback::PlayableTutorial> {
        const qint64 id = data ? data->tutorialFor(item.fingerprint) : 0;
        if (id > 0 && library) {
            auto t = library->playable(id);
            if (t && !t->missing)
                return t;
        }
        // Not (yet) in the index, e.g. an imported session whose videos sit on a stick that was never scanned:
        // play the file found on import with the subtitle files beside it.
        if (!item.path.isEmpty() && QFileInfo(item.path).isFile()) {
            playback::PlayableTutorial t = standaloneTutorial(item.path);
            if (!item.title.isEmpty())
                t.title = item.title;
            return t;
        }
        return std::nullopt;
    };
    m_runner = new workshop::SessionRunner(m_controller, resolver, this);
    m_runner->setPlan(plan);

    m_audience = new AudienceWindow(m_engine->videoSink(), m_tracks);
    buildUi();
    wire();
    retranslateUi(); // the screens, the times and every fixed text
}

void PresenterWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PresenterWindow::retranslateUi()
{
    setWindowTitle(tr("Cairn — presenting “%1”").arg(m_plan.name));
    m_previewBox->setTitle(tr("The room sees"));
    m_notesBox->setTitle(tr("Notes"));
    m_planBox->setTitle(tr("Session"));
    for (int i = 0; i < m_items->count(); ++i)
        m_items->item(i)->setText(tr("%1. %2 (%3)").arg(i + 1).arg(itemTitle(m_plan.items.at(i)),
                                                                   formatTime(m_runner->segmentDurationMs(i))));
    m_prevButton->setText(tr("Previous"));
    m_playButton->setText(m_controller->isPlaying() ? tr("Pause") : tr("Play"));
    m_nextButton->setText(tr("Next"));
    m_continueButton->setText(tr("Continue"));
    m_continueButton->setToolTip(tr("End the discussion: hide the card and play on (Space)"));
    m_blankButton->setText(tr("Blank"));
    m_blankButton->setToolTip(tr("Black audience screen (B)"));
    m_freezeButton->setText(tr("Freeze"));
    m_freezeButton->setToolTip(tr("Keep the audience picture still (F)"));
    m_screenLabel->setText(tr("Audience screen:"));
    m_presentButton->setText(m_audience->isVisible() ? tr("Stop presenting") : tr("Present"));
    m_subsBox->setTitle(tr("Subtitles on the audience screen"));
    const QString rowNames[2] = {tr("First language"), tr("Second language")};
    for (int s = 0; s < 2; ++s) {
        m_rowLabel[s]->setText(rowNames[s]);
        m_sizeSpin[s]->setSuffix(tr(" % of the height"));
        m_placeCombo[s]->setItemText(0, tr("Top"));
        m_placeCombo[s]->setItemText(1, tr("Bottom"));
        m_sizeLabel[s]->setText(tr("Size"));
        m_positionLabel[s]->setText(tr("Position"));
    }
    refreshScreens();
    refreshSubtitleControls();
    updateItemTexts();
    tick();
}

PresenterWindow::~PresenterWindow()
{
    delete m_audience; // a top-level window of its own: not a child
}

void PresenterWindow::buildUi()
{
    auto *root = new QVBoxLayout(this);

    // Header: what plays now, what comes next, the times and a clock.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    m_current = new QLabel(this);
    QFont big = m_current->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_current->setFont(big);
    m_current->setWordWrap(true);
    m_next = new QLabel(this);
    titles->addWidget(m_current);
    titles->addWidget(m_next);
    header->addLayout(titles, 1);
    m_times = new QLabel(this);
    QFont mid = m_times->font();
    mid.setPointSizeF(mid.pointSizeF() * 1.3);
    m_times->setFont(mid);
    m_times->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_times);
    m_clock = new QLabel(this);
    m_clock->setFont(big);
    m_clock->setAccessibleName(tr("Clock"));
    header->addWidget(m_clock);
    root->addLayout(header);

    // Middle: the preview of the audience screen, the notes, the plan.
    auto *middle = new QHBoxLayout;
    auto *previewBox = m_previewBox = new QGroupBox(this);
    auto *pl = new QVBoxLayout(previewBox);
    m_preview = new QLabel(previewBox);
    m_preview->setMinimumSize(320, 180);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: black;"));
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    pl->addWidget(m_preview);
    middle->addWidget(previewBox, 3);

    auto *side = new QVBoxLayout;
    auto *notesBox = m_notesBox = new QGroupBox(this);
    auto *nl = new QVBoxLayout(notesBox);
    m_notes = new QTextBrowser(notesBox);
    nl->addWidget(m_notes);
    side->addWidget(notesBox, 2);
    auto *planBox = m_planBox = new QGroupBox(this);
    auto *ll = new QVBoxLayout(planBox);
    m_items = new QListWidget(planBox);
    for (int i = 0; i < m_plan.items.size(); ++i) {
        auto *li = new QListWidgetItem(m_items); // text in retranslateUi()
        if (!m_runner->isAvailable(i))
            li->setForeground(Qt::gray);
    }
    ll->addWidget(m_items);
    side->addWidget(planBox, 1);
    middle->addLayout(side, 2);
    root->addLayout(middle, 1);

    // Transport and presentation.
    auto *transport = new QHBoxLayout;
    auto *prev = m_prevButton = new QPushButton(this);
    m_playButton = new QPushButton(this);
    auto *next = m_nextButton = new QPushButton(this);
    m_continueButton = new QPushButton(this);
    m_continueButton->setEnabled(false);
    m_blankButton = new QPushButton(this);
    m_blankButton->setCheckable(true);
    m_freezeButton = new QPushButton(this);
    m_freezeButton->setCheckable(true);
    for (QPushButton *b : {prev, m_playButton, next, m_continueButton, m_blankButton, m_freezeButton})
        transport->addWidget(b);
    transport->addStretch(1);
    m_screenLabel = new QLabel(this);
    transport->addWidget(m_screenLabel);
    m_screenCombo = new QComboBox(this);
    transport->addWidget(m_screenCombo);
    m_presentButton = new QPushButton(this);
    transport->addWidget(m_presentButton);
    root->addLayout(transport);

    connect(prev, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_PageUp); });
    connect(next, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_PageDown); });
    connect(m_playButton, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_Space); });
    connect(m_continueButton, &QPushButton::clicked, m_runner, &workshop::SessionRunner::continueAfterPause);
    connect(m_blankButton, &QPushButton::toggled, m_audience, &AudienceWindow::setBlank);
    connect(m_freezeButton, &QPushButton::toggled, m_audience, &AudienceWindow::setFrozen);
    connect(m_presentButton, &QPushButton::clicked, this, [this] {
        if (m_audience->isVisible())
            stopPresenting();
        else
            present(audienceScreen());
    });
    connect(m_screenCombo, &QComboBox::activated, this, [this](int row) {
        const auto screens = QGuiApplication::screens();
        const int i = m_screenCombo->itemData(row).toInt();
        m_chosenScreen = i >= 0 && i < screens.size() ? screens.at(i) : nullptr;
        if (m_audience->isVisible())
            m_audience->presentOn(audienceScreen());
    });
    connect(m_items, &QListWidget::itemActivated, this, [this](QListWidgetItem *li) {
        m_runner->goTo(m_items->row(li));
    });

    // Subtitles as the room sees them: only here, never on the audience screen.
    auto *subs = m_subsBox = new QGroupBox(this);
    auto *form = new QFormLayout(subs);
    for (int s = 0; s < 2; ++s) {
        auto *row = new QHBoxLayout;
        m_trackCombo[s] = new QComboBox(subs);
        m_trackCombo[s]->setMinimumContentsLength(14);
        m_sizeSpin[s] = new QDoubleSpinBox(subs);
        m_sizeSpin[s]->setRange(2.0, 15.0);
        m_sizeSpin[s]->setSingleStep(0.5);
        m_placeCombo[s] = new QComboBox(subs);
        m_placeCombo[s]->addItem(QString(), int(SubtitleStyle::Placement::Top));
        m_placeCombo[s]->addItem(QString(), int(SubtitleStyle::Placement::Bottom));
        row->addWidget(m_trackCombo[s], 1);
        m_sizeLabel[s] = new QLabel(subs);
        row->addWidget(m_sizeLabel[s]);
        row->addWidget(m_sizeSpin[s]);
        m_positionLabel[s] = new QLabel(subs);
        row->addWidget(m_positionLabel[s]);
        row->addWidget(m_placeCombo[s]);
        m_rowLabel[s] = new QLabel(subs);
        form->addRow(m_rowLabel[s], row);
        const Slot slot = kSlots[s];
        connect(m_trackCombo[s], &QComboBox::activated, this, [this, s, slot](int row) {
            m_tracks->select(slot, m_trackCombo[s]->itemData(row).toInt());
        });
        connect(m_sizeSpin[s], &QDoubleSpinBox::valueChanged, this, [this, slot](double v) {
            SubtitleStyle st = m_tracks->style(slot);
            st.sizePercent = v;
            m_tracks->setStyle(slot, st);
        });
        connect(m_placeCombo[s], &QComboBox::activated, this, [this, s, slot](int row) {
            SubtitleStyle st = m_tracks->style(slot);
            st.placement = SubtitleStyle::Placement(m_placeCombo[s]->itemData(row).toInt());
            m_tracks->setStyle(slot, st);
        });
    }
    root->addWidget(subs);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    root->addWidget(m_status);

    // Clicker keys. Window shortcuts: text fields that need a key (none take Page Up/Down) keep it.
    const QKeySequence keys[] = {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_PageUp),
                                 QKeySequence(Qt::Key_B),        QKeySequence(Qt::Key_Period),
                                 QKeySequence(Qt::Key_F),        QKeySequence(Qt::Key_Space),
                                 QKeySequence(Qt::Key_F5),       QKeySequence(Qt::Key_Escape)};
    for (const QKeySequence &k : keys) {
        auto *sc = new QShortcut(k, this);
        const int key = k[0].key();
        connect(sc, &QShortcut::activated, this, [this, key] { handleKey(key); });
    }
    resize(1100, 760);
}

void PresenterWindow::wire()
{
    using playback::PlaybackController;
    connect(m_controller, &PlaybackController::tutorialChanged, this, [this](const playback::PlayableTutorial &t) {
        const SessionItem *item = m_runner->currentItem();
        if (item && !item->languages.isEmpty())
            m_tracks->setPreferredLanguages(item->languages);
        m_tracks->setTutorial(t);
        applyItemLanguages();
    });
    connect(m_controller, &PlaybackController::positionChanged, m_audience, &AudienceWindow::setPosition);
    connect(m_controller, &PlaybackController::playingChanged, this,
            [this](bool playing) { m_playButton->setText(playing ? tr("Pause") : tr("Play")); });
    connect(m_controller, &PlaybackController::failed, this, &PresenterWindow::setStatus);
    connect(m_controller, &PlaybackController::notice, this, &PresenterWindow::setStatus);
    connect(m_tracks, &SubtitleTracks::tracksChanged, this, &PresenterWindow::refreshSubtitleControls);
    connect(m_tracks, &SubtitleTracks::selectionChanged, this, &PresenterWindow::refreshSubtitleControls);
    connect(m_tracks, &SubtitleTracks::styleChanged, this, &PresenterWindow::refreshSubtitleControls);
    connect(m_tracks, &SubtitleTracks::loadProblem, this, &PresenterWindow::setStatus);

    using workshop::SessionRunner;
    connect(m_runner, &SessionRunner::currentChanged, this, &PresenterWindow::onCurrentChanged);
    connect(m_runner, &SessionRunner::pausePointReached, this, [this](int, int, const QString &prompt) {
        m_audience->showCard(prompt);
        m_continueButton->setEnabled(true);
        setStatus(tr("Paused for discussion. Space or Continue plays on."));
    });
    connect(m_runner, &SessionRunner::pauseDismissed, this, [this] {
        m_audience->hideCard();
        m_continueButton->setEnabled(false);
        setStatus({});
    });
    connect(m_runner, &SessionRunner::segmentEnded, this, [this](int index) {
        setStatus(index + 1 < m_runner->count() ? tr("End of this item. Page Down or Space for the next one.")
                                                : tr("End of the session."));
    });
    connect(m_runner, &SessionRunner::itemUnavailable, this, [this](int, const QString &m) { setStatus(m); });
    connect(m_runner, &SessionRunner::timesChanged, this, &PresenterWindow::tick);

    connect(m_audience, &AudienceWindow::keyPressed, this, [this](int key, Qt::KeyboardModifiers) { handleKey(key); });
    connect(qApp, &QGuiApplication::screenAdded, this, &PresenterWindow::onScreenAdded);
    connect(qApp, &QGuiApplication::screenRemoved, this, &PresenterWindow::onScreenRemoved);

    m_tick = new QTimer(this);
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, &PresenterWindow::tick);
    m_tick->start();
    m_previewTimer = new QTimer(this);
    m_previewTimer->setInterval(m_options.previewIntervalMs);
    connect(m_previewTimer, &QTimer::timeout, this, &PresenterWindow::updatePreview);
    m_previewTimer->start();
}

void PresenterWindow::present(QScreen *screen)
{
    if (!screen)
        screen = audienceScreen();
    m_audience->presentOn(screen);
    m_presentButton->setText(tr("Stop presenting"));
    if (!m_started) {
        m_started = true;
        // Start playing once the audience window is on screen (FEASIBILITY 3: a first frame racing the window's
        // first expose can stall the pipeline).
        QTimer::singleShot(300, this, [this] {
            if (m_runner->currentIndex() < 0 && !m_runner->goTo(0))
                m_runner->next();
        });
    }
}

void PresenterWindow::stopPresenting()
{
    m_audience->hide();
    m_presentButton->setText(tr("Present"));
}

void PresenterWindow::handleKey(int key)
{
    switch (key) {
    case Qt::Key_PageDown:
        if (!m_runner->next())
            setStatus(tr("This is the last item."));
        break;
    case Qt::Key_PageUp:
        m_runner->previous();
        break;
    case Qt::Key_Space:
        m_runner->togglePlay();
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_blankButton->toggle();
        break;
    case Qt::Key_F:
        m_freezeButton->toggle();
        break;
    case Qt::Key_F5:
        present(audienceScreen());
        break;
    case Qt::Key_Escape:
        if (m_audience->isVisible())
            stopPresenting();
        break;
    default:
        break;
    }
}

QScreen *PresenterWindow::audienceScreen() const
{
    if (m_chosenScreen && QGuiApplication::screens().contains(m_chosenScreen.data()))
        return m_chosenScreen;
    return pickAudienceScreen();
}

QScreen *PresenterWindow::pickAudienceScreen(QScreen *avoid) const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *mine = windowHandle() ? windowHandle()->screen() : screen();
    for (QScreen *s : screens)
        if (s != mine && s != avoid)
            return s;
    for (QScreen *s : screens)
        if (s != avoid)
            return s;
    return QGuiApplication::primaryScreen();
}

void PresenterWindow::refreshScreens()
{
    m_screenCombo->clear();
    m_screenCombo->addItem(tr("Automatic"), -1);
    const auto screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const QScreen *s = screens.at(i);
        const QString name = s->name().isEmpty() ? tr("Screen %1").arg(i + 1) : s->name();
        m_screenCombo->addItem(tr("%1 (%2×%3)").arg(name).arg(s->geometry().width()).arg(s->geometry().height()), i);
        if (s == m_chosenScreen)
            m_screenCombo->setCurrentIndex(m_screenCombo->count() - 1);
    }
}

void PresenterWindow::onScreenAdded(QScreen *screen)
{
    refreshScreens();
    // A projector plugged in while the audience window shares the laptop screen: move the room's view there.
    QScreen *mine = windowHandle() ? windowHandle()->screen() : nullptr;
    if (m_audience->isVisible() && !m_chosenScreen && screen != mine && m_audience->targetScreen() == mine) {
        m_audience->presentOn(screen);
        setStatus(tr("New screen %1: the audience view moved there.").arg(screen->name()));
    }
}

void PresenterWindow::onScreenRemoved(QScreen *screen)
{
    if (m_chosenScreen == screen)
        m_chosenScreen = nullptr;
    // Qt removes the screen after this signal: pick the new home now, and move once the list is up to date.
    QScreen *target = pickAudienceScreen(screen);
    const bool moveIt = m_audience->targetScreen() == screen || m_audience->targetScreen() == nullptr;
    QTimer::singleShot(0, this, [this, target = QPointer<QScreen>(target), moveIt] {
        refreshScreens();
        if (moveIt && m_audience->isVisible()) {
            m_audience->presentOn(target ? target.data() : QGuiApplication::primaryScreen());
            setStatus(tr("The audience screen was unplugged: the room's view is now on this screen (Esc hides it)."));
        }
    });
}

void PresenterWindow::onCurrentChanged(int index)
{
    const SessionItem *item = m_runner->currentItem();
    if (!item)
        return;
    m_items->setCurrentRow(index);
    updateItemTexts();
    if (m_freezeButton->isChecked())
        m_freezeButton->setChecked(false); // a new item shows itself
    setStatus({});
    tick();
}

void PresenterWindow::updateItemTexts()
{
    const SessionItem *item = m_runner->currentItem();
    if (!item)
        return;
    const int index = m_runner->currentIndex();
    m_current->setText(tr("%1 of %2: %3").arg(index + 1).arg(m_runner->count()).arg(itemTitle(*item)));
    const SessionItem *next = m_runner->nextItem();
    m_next->setText(next ? tr("Next: %1").arg(itemTitle(*next)) : tr("Next: end of the session"));
    QString html;
    if (!item->notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(item->notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!item->pauses.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Pause points").toHtmlEscaped());
        for (const auto &p : item->pauses)
            html += QStringLiteral("<li>%1 — %2</li>").arg(formatTime(p.atMs), p.prompt.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!m_plan.notes.isEmpty())
        html += QStringLiteral("<hr><p><i>%1</i></p>").arg(m_plan.notes.toHtmlEscaped());
    m_notes->setHtml(html);
}

void PresenterWindow::applyItemLanguages()
{
    const SessionItem *item = m_runner->currentItem();
    if (!item || item->languages.isEmpty())
        return;
    QList<int> used;
    for (int s = 0; s < 2; ++s) {
        int pick = -1;
        if (s < item->languages.size()) {
            const QString want = item->languages.at(s);
            for (bool exact : {true, false}) {
                for (int i = 0; i < m_tracks->count() && pick < 0; ++i) {
                    const QString have = m_tracks->track(i).source.language;
                    if (!used.contains(i) && (exact ? have == want : workshop::languageMatches(want, have)))
                        pick = i;
                }
            }
        }
        if (pick >= 0)
            used << pick;
        m_tracks->select(kSlots[s], pick);
    }
}

void PresenterWindow::refreshSubtitleControls()
{
    for (int s = 0; s < 2; ++s) {
        const Slot slot = kSlots[s];
        QSignalBlocker b1(m_trackCombo[s]), b2(m_sizeSpin[s]), b3(m_placeCombo[s]);
        m_trackCombo[s]->clear();
        m_trackCombo[s]->addItem(tr("Off"), -1);
        for (int i = 0; i < m_tracks->count(); ++i)
            m_trackCombo[s]->addItem(m_tracks->displayName(i), i);
        m_trackCombo[s]->setCurrentIndex(m_trackCombo[s]->findData(m_tracks->selected(slot)));
        const SubtitleStyle st = m_tracks->style(slot);
        m_sizeSpin[s]->setValue(st.sizePercent);
        m_placeCombo[s]->setCurrentIndex(m_placeCombo[s]->findData(int(st.placement)));
    }
}

void PresenterWindow::tick()
{
    m_clock->setText(QTime::currentTime().toString(QStringLiteral("HH:mm")));
    if (m_runner->currentIndex() < 0) {
        m_current->setText(tr("Ready: %Ln item(s). Press Present (F5).", nullptr, m_runner->count()));
        const SessionItem *first = m_runner->nextItem();
        m_next->setText(first ? tr("Next: %1").arg(itemTitle(*first)) : QString());
        m_times->setText(tr("Session: %1").arg(formatTime(m_runner->remainingInSessionMs())));
        return;
    }
    m_times->setText(tr("Elapsed %1 · Remaining %2\nSession remaining %3")
                         .arg(formatTime(m_runner->elapsedInItemMs()), formatTime(m_runner->remainingInItemMs()),
                              formatTime(m_runner->remainingInSessionMs())));
}

void PresenterWindow::updatePreview()
{
    if (!m_preview->isVisible())
        return;
    const QImage img = previewImage();
    if (img.isNull())
        return;
    m_preview->setPixmap(QPixmap::fromImage(
        img.scaled(m_preview->size() - QSize(2, 2), Qt::KeepAspectRatio, Qt::FastTransformation)));
}

QImage PresenterWindow::previewImage() const
{
    // The audience window paints the frame itself (VideoView), so a grab is exactly what the room sees,
    // blank, frozen picture and discussion card included.
    if (!m_audience->isVisible())
        return {};
    return m_audience->grab().toImage();
}

void PresenterWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString PresenterWindow::statusText() const
{
    return m_status->text();
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    m_controller->stop();
    m_audience->hide();
    QWidget::closeEvent(event);
}

} // namespace cairn::app
