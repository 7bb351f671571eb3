#include "app/helpoverlay.h"

#include <QEvent>
#include <QKeyEvent>

namespace cairn::app {

HelpOverlay::HelpOverlay(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0, 0, 0, 215));
    pal.setColor(QPalette::WindowText, Qt::white);
    setPalette(pal);
    retranslateUi();
    parent->installEventFilter(this);
    hide();
}

void HelpOverlay::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslateUi();
}

void HelpOverlay::retranslateUi()
{
    setAccessibleName(tr("Keyboard shortcuts"));
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
    // Keys first in reading order: on the left, right-aligned, in a left-to-right interface; on the right,
    // left-aligned, in a right-to-left one (the rich-text table itself is not mirrored).
    const bool rtl = isRightToLeft();
    for (const auto &[keys, what] : rows) {
        const QString k = QStringLiteral("<td align=%1><b>%2</b></td>")
                              .arg(rtl ? QStringLiteral("left") : QStringLiteral("right"), keys.toHtmlEscaped());
        const QString w = QStringLiteral("<td align=%1>%2</td>")
                              .arg(rtl ? QStringLiteral("right") : QStringLiteral("left"), what.toHtmlEscaped());
        html += QStringLiteral("<tr>") + (rtl ? w + k : k + w) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    setText(html);
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
