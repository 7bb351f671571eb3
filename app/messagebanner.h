#pragma once
// A non-modal message strip above the video: errors and notices in plain words, with an optional action
// ("Try again", "Locate file…") and a close button. Never blocks playback or the rest of the window.
// Thread: GUI thread.
#include <QFrame>
#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace cairn::app {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Error };
    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows `text`; when `actionText` is not empty a button runs `action`. Info messages close by themselves,
    /// and never replace an error that is still shown (the error is what the user must act on).
    void showMessage(Kind kind, const QString &text, const QString &actionText = {}, std::function<void()> action = {});
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QPushButton *m_action = nullptr;
    QPushButton *m_close = nullptr;
    std::function<void()> m_callback;
    Kind m_kind = Kind::Info;
    int m_serial = 0; // an auto-hide timer of an older message must not close a newer one
};

} // namespace cairn::app
