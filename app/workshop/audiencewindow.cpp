#include "app/workshop/audiencewindow.h"

#include "app/videoview.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QTextOption>
#include <QWindow>

namespace cairn::app {

/// Drawn over the video: black when blank, the frozen picture, the discussion card. Transparent otherwise (and
/// hidden then, so the live video is painted straight).
class AudienceWindow::Curtain : public QWidget
{
public:
    explicit Curtain(AudienceWindow *owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        if (m_owner->m_blank) {
            p.fillRect(rect(), Qt::black);
            return;
        }
        if (m_owner->m_frozen && !m_owner->m_frozenImage.isNull())
            p.drawImage(rect(), m_owner->m_frozenImage);
        if (m_owner->m_cardShown)
            paintCard(p);
    }

private:
    void paintCard(QPainter &p)
    {
        // A dark band across the middle, the prompt large and centred; the direction follows the text (bidi).
        const int margin = width() / 12;
        QFont f = font();
        f.setPixelSize(std::max(18, height() / 14));
        f.setBold(true);
        p.setFont(f);
        QTextOption option(Qt::AlignCenter);
        option.setWrapMode(QTextOption::WordWrap);
        option.setTextDirection(m_owner->m_card.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        const QRectF textArea(margin, 0, width() - 2 * margin, height());
        QRectF needed = p.boundingRect(textArea, m_owner->m_card, option);
        const qreal pad = f.pixelSize();
        QRectF band(0, (height() - needed.height()) / 2 - pad, width(), needed.height() + 2 * pad);
        p.fillRect(band, QColor(10, 20, 40, 235));
        p.setPen(Qt::white);
        p.drawText(QRectF(margin, band.top() + pad, width() - 2 * margin, needed.height()), m_owner->m_card, option);
    }

    AudienceWindow *m_owner;
};

AudienceWindow::AudienceWindow(QVideoSink *sink, SubtitleTracks *tracks, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
{
    retranslateUi();
    setCursor(Qt::BlankCursor); // inherited by the children: no pointer over the picture
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::black);
    setPalette(pal);
    setAutoFillBackground(true);
    m_view = new VideoView(this);
    m_view->setVideoSink(sink);
    m_view->setSubtitleTracks(tracks);
    m_curtain = new Curtain(this);
    m_curtain->hide();
    resize(960, 540);
}

AudienceWindow::~AudienceWindow() = default;

void AudienceWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AudienceWindow::retranslateUi()
{
    setWindowTitle(tr("Cairn — audience"));
    setAccessibleName(tr("Audience screen"));
}

void AudienceWindow::presentOn(QScreen *screen)
{
    if (!screen)
        return;
    m_screen = screen;
    // Moving a fullscreen window between screens: leave fullscreen, place it on the new screen, go fullscreen there.
    if (isVisible() && windowHandle() && windowHandle()->screen() == screen && isFullScreen() &&
        geometry() == screen->geometry())
        return;
    // When a screen goes away Qt moves its windows to another screen but may keep the old geometry: redo it all.
    if (isVisible()) {
        showNormal();
        hide();
    }
    create();
    if (windowHandle())
        windowHandle()->setScreen(screen);
    setGeometry(screen->geometry());
    showFullScreen();
    raise();
}

void AudienceWindow::setPosition(qint64 ms)
{
    m_view->setPosition(ms);
}

void AudienceWindow::setBlank(bool on)
{
    m_blank = on;
    updateCurtain();
}

void AudienceWindow::setFrozen(bool on)
{
    m_frozen = on;
    // The picture as the room sees it now (VideoView paints frames itself, so grab() contains them).
    m_frozenImage = on ? m_view->grab().toImage() : QImage();
    updateCurtain();
}

void AudienceWindow::showCard(const QString &prompt)
{
    m_card = prompt;
    m_cardShown = true;
    updateCurtain();
}

void AudienceWindow::hideCard()
{
    m_cardShown = false;
    m_card.clear();
    updateCurtain();
}

void AudienceWindow::updateCurtain()
{
    m_curtain->setVisible(m_blank || m_frozen || m_cardShown);
    m_curtain->raise();
    m_curtain->update();
}

void AudienceWindow::keyPressEvent(QKeyEvent *event)
{
    Q_EMIT keyPressed(event->key(), event->modifiers());
    event->accept();
}

void AudienceWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->setGeometry(rect());
    m_curtain->setGeometry(rect());
}

} // namespace cairn::app
