#pragma once
// The keyboard help shown over the player with ? or F1: every shortcut in one readable table.
// Thread: GUI thread.
#include <QLabel>

namespace cairn::app {

class HelpOverlay : public QLabel
{
    Q_OBJECT
public:
    explicit HelpOverlay(QWidget *parent);
    /// Shows or hides, covering the parent.
    void toggle();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void retranslateUi();
};

} // namespace cairn::app
