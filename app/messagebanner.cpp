#include "app/messagebanner.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace cairn::app {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 6, 6, 6);
    row->addWidget(m_label, 1);
    row->addWidget(m_action);
    row->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_callback)
            m_callback();
    });
    retranslateUi();
    hide();
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MessageBanner::retranslateUi()
{
    // The fixed texts; a message being shown was written in the language of its moment and stays until closed.
    setAccessibleName(tr("Message"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    if (kind == Kind::Info && m_kind == Kind::Error && isVisible())
        return;
    m_kind = kind;
    m_label->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_callback = std::move(action);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, kind == Kind::Error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xe3, 0xef, 0xfb));
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(pal);
    show();
    const int serial = ++m_serial;
    if (kind == Kind::Info)
        QTimer::singleShot(8000, this, [this, serial] {
            if (serial == m_serial)
                hide();
        });
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace cairn::app
