#pragma once
// Edit ▸ Preferences (in the Library menu): the interface language, the order in which subtitle languages are
// picked, how the two subtitle tracks look, and whether the next tutorial plays by itself. The dialog edits a
// plain value; Application applies it. Thread: GUI thread.
#include "app/subtitlestyle.h"

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace cairn::app {

struct Preferences
{
    QString interfaceLanguage;     ///< "" = follow the system, else "ar", "zh_CN", "en", "fr", "ru", "es"
    QStringList subtitleLanguages; ///< BCP 47, best first; the first one a tutorial has is shown. Empty: follow
                                   ///< the interface language (then English)
    SubtitleStyle primary;
    SubtitleStyle secondary;
    bool autoplayNext = true;
};

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    /// What the dialog shows now (delays are not edited here and are kept from `current`).
    Preferences preferences() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct StyleControls
    {
        QGroupBox *box = nullptr;
        QLabel *sizeLabel = nullptr;
        QDoubleSpinBox *size = nullptr;
        QLabel *placementLabel = nullptr;
        QComboBox *placement = nullptr;
        QCheckBox *background = nullptr;
    };
    StyleControls buildStyle(const SubtitleStyle &style, const QString &objectPrefix);
    void setStyle(StyleControls &c, const SubtitleStyle &style);
    SubtitleStyle styleOf(const StyleControls &c, SubtitleStyle base) const;
    void fillLanguages(const QStringList &order);
    void moveCurrent(int step);
    void restoreDefaults();
    void retranslateUi();

    Preferences m_initial;
    bool m_orderRestored = false; // Restore Defaults pressed and the list not edited since
    QGroupBox *m_interfaceBox = nullptr;
    QLabel *m_interfaceLabel = nullptr;
    QComboBox *m_interface = nullptr;
    QGroupBox *m_subtitlesBox = nullptr;
    QLabel *m_orderLabel = nullptr;
    QListWidget *m_languages = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    StyleControls m_primary;
    StyleControls m_secondary;
    QCheckBox *m_autoplay = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cairn::app
