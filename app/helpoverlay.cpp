#include "app/helpoverlay.h"

#include <QEvent>
#include <QKeyEvent>

namespace cairn::app {

HelpOverlay::HelpOverlay(QWidget *parent)
    : QLabel(parent)
{
    setAccessibleName(tr("Keyboard shortcuts"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0, 0, 0, 215));
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    const QList<QPair<QString, QString>> rows = {
        {tr("Space or K"), tr("Play or pause")},
        {tr("Left / Right arrow"), tr("Back or forward 5 seconds")},
        {tr("J / L"), tr("Back or forward 10 seconds")},
        {tr("[ / ]"), tr("Slower / faster")},
        {tr("Up / Down arrow"), tr("Volume up / down")},
        {tr("M"), tr("Mute")},
        {tr("C"), tr("Next subtitle language, then off")},
        {tr("F"), tr("Fullscreen")},
        {tr("Esc"), tr("Leave fullscreen, close this help")},
        {tr("N / P"), tr("Next / previous tutorial")},
        {tr("? or F1"), tr("Show or hide this help")},
    };
    QString html = QStringLiteral("<h2>") + tr("Keyboard shortcuts") + QStringLiteral("</h2><table cellpadding=4 align=center>");
    for (const auto &[keys, what] : rows)
        html += QStringLiteral("<tr><td align=right><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    setText(html);
    parent->installEventFilter(this);
    hide();
}

void HelpOverlay::toggle()
{
    if (isVisible()) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

bool HelpOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

void HelpOverlay::mousePressEvent(QMouseEvent *)
{
    hide();
}

} // namespace cairn::app
