#include "app/preferencesdialog.h"

#include "app/interfacelanguage.h"
#include "app/settings.h"
#include "library/languagetag.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cairn::app {

namespace {
constexpr int kTagRole = Qt::UserRole + 1;

bool sameTag(const QString &a, const QString &b)
{
    return library::baseLanguage(library::normalizeLanguageTag(a)) == library::baseLanguage(library::normalizeLanguageTag(b));
}
} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_initial(current)
{
    setObjectName(QStringLiteral("preferences"));
    auto *root = new QVBoxLayout(this);

    // Interface language: the same choices as View ▸ Language, each in its own script.
    m_interfaceBox = new QGroupBox(this);
    auto *il = new QFormLayout(m_interfaceBox);
    m_interfaceLabel = new QLabel(m_interfaceBox);
    m_interface = new QComboBox(m_interfaceBox);
    m_interface->setObjectName(QStringLiteral("interfaceLanguage"));
    m_interface->addItem(QString(), QString()); // "System default", text in retranslateUi()
    for (const InterfaceLanguageChoice &c : interfaceLanguageChoices())
        m_interface->addItem(c.nativeName, c.code);
    m_interface->setCurrentIndex(std::max(0, m_interface->findData(current.interfaceLanguage)));
    m_interfaceLabel->setBuddy(m_interface);
    il->addRow(m_interfaceLabel, m_interface);
    root->addWidget(m_interfaceBox);

    // Subtitle languages: ticked ones are tried in order; the first one a tutorial has is shown.
    m_subtitlesBox = new QGroupBox(this);
    auto *sl = new QVBoxLayout(m_subtitlesBox);
    m_orderLabel = new QLabel(m_subtitlesBox);
    m_orderLabel->setWordWrap(true);
    sl->addWidget(m_orderLabel);
    auto *row = new QHBoxLayout;
    m_languages = new QListWidget(m_subtitlesBox);
    m_languages->setObjectName(QStringLiteral("subtitleLanguages"));
    m_orderLabel->setBuddy(m_languages);
    row->addWidget(m_languages, 1);
    auto *buttons = new QVBoxLayout;
    m_up = new QPushButton(m_subtitlesBox);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down = new QPushButton(m_subtitlesBox);
    m_down->setObjectName(QStringLiteral("moveDown"));
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    row->addLayout(buttons);
    sl->addLayout(row);
    root->addWidget(m_subtitlesBox, 1);
    fillLanguages(current.subtitleLanguages);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_languages, &QListWidget::itemChanged, this, [this] { m_orderRestored = false; });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });

    auto *styles = new QHBoxLayout;
    m_primary = buildStyle(current.primary, QStringLiteral("primary"));
    m_secondary = buildStyle(current.secondary, QStringLiteral("secondary"));
    styles->addWidget(m_primary.box);
    styles->addWidget(m_secondary.box);
    root->addLayout(styles);

    m_autoplay = new QCheckBox(this);
    m_autoplay->setObjectName(QStringLiteral("autoplayNext"));
    m_autoplay->setChecked(current.autoplayNext);
    root->addWidget(m_autoplay);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    root->addWidget(m_buttons);
    retranslateUi();
    // Room for the longest translations (Arabic, Russian) without cutting a label or a button.
    resize(sizeHint().expandedTo(QSize(720, 560)));
}

PreferencesDialog::StyleControls PreferencesDialog::buildStyle(const SubtitleStyle &style, const QString &objectPrefix)
{
    StyleControls c;
    c.box = new QGroupBox(this);
    auto *form = new QFormLayout(c.box);
    c.sizeLabel = new QLabel(c.box);
    c.size = new QDoubleSpinBox(c.box);
    c.size->setObjectName(objectPrefix + QStringLiteral("Size"));
    c.size->setRange(2.0, 15.0); // the presenter's range too
    c.size->setSingleStep(0.5);
    c.size->setDecimals(1);
    c.sizeLabel->setBuddy(c.size);
    form->addRow(c.sizeLabel, c.size);
    c.placementLabel = new QLabel(c.box);
    c.placement = new QComboBox(c.box);
    c.placement->setObjectName(objectPrefix + QStringLiteral("Placement"));
    c.placement->addItem(QString(), int(SubtitleStyle::Placement::Bottom));
    c.placement->addItem(QString(), int(SubtitleStyle::Placement::Top));
    c.placementLabel->setBuddy(c.placement);
    form->addRow(c.placementLabel, c.placement);
    c.background = new QCheckBox(c.box);
    c.background->setObjectName(objectPrefix + QStringLiteral("Box"));
    form->addRow(c.background);
    setStyle(c, style);
    return c;
}

void PreferencesDialog::setStyle(StyleControls &c, const SubtitleStyle &style)
{
    c.size->setValue(style.sizePercent);
    c.placement->setCurrentIndex(c.placement->findData(int(style.placement)));
    c.background->setChecked(style.box);
}

SubtitleStyle PreferencesDialog::styleOf(const StyleControls &c, SubtitleStyle base) const
{
    base.sizePercent = c.size->value();
    base.placement = SubtitleStyle::Placement(c.placement->currentData().toInt());
    base.box = c.background->isChecked();
    return base;
}

void PreferencesDialog::fillLanguages(const QStringList &order)
{
    m_languages->clear();
    QStringList tags;
    for (const QString &t : order)
        if (!t.isEmpty() && std::none_of(tags.cbegin(), tags.cend(), [&](const QString &h) { return sameTag(h, t); }))
            tags << t;
    const int chosen = int(tags.size());
    for (const QString &un : library::unLanguages())
        if (std::none_of(tags.cbegin(), tags.cend(), [&](const QString &h) { return sameTag(h, un); }))
            tags << un;
    for (int i = 0; i < tags.size(); ++i) {
        auto *item = new QListWidgetItem(library::nativeLanguageName(tags.at(i)), m_languages);
        item->setData(kTagRole, tags.at(i));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(i < chosen ? Qt::Checked : Qt::Unchecked);
        // Each name in its own direction, whatever the interface's.
        item->setTextAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    }
    m_languages->setCurrentRow(0);
}

void PreferencesDialog::moveCurrent(int step)
{
    m_orderRestored = false;
    const int from = m_languages->currentRow();
    const int to = from + step;
    if (from < 0 || to < 0 || to >= m_languages->count())
        return;
    QListWidgetItem *item = m_languages->takeItem(from);
    m_languages->insertItem(to, item);
    m_languages->setCurrentRow(to);
}

void PreferencesDialog::restoreDefaults()
{
    m_interface->setCurrentIndex(0);
    fillLanguages(defaultSubtitleLanguages());
    m_orderRestored = true; // "follow the interface language", until the list is edited again
    SubtitleStyle bottom;
    SubtitleStyle top;
    top.placement = SubtitleStyle::Placement::Top;
    setStyle(m_primary, bottom);
    setStyle(m_secondary, top);
    m_autoplay->setChecked(true);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_initial;
    p.interfaceLanguage = m_interface->currentData().toString();
    p.subtitleLanguages.clear(); // empty after Restore Defaults: follow the interface language
    for (int i = 0; i < m_languages->count() && !m_orderRestored; ++i)
        if (m_languages->item(i)->checkState() == Qt::Checked)
            p.subtitleLanguages << m_languages->item(i)->data(kTagRole).toString();
    p.primary = styleOf(m_primary, m_initial.primary);
    p.secondary = styleOf(m_secondary, m_initial.secondary);
    p.autoplayNext = m_autoplay->isChecked();
    return p;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_interfaceBox->setTitle(tr("Interface"));
    m_interfaceLabel->setText(tr("&Language of menus and messages:"));
    m_interface->setItemText(0, tr("System default"));
    m_subtitlesBox->setTitle(tr("Subtitle languages"));
    m_orderLabel->setText(
        tr("&Show subtitles in the first ticked language that a tutorial has. Move a language up to prefer it."));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move &down"));
    m_primary.box->setTitle(tr("Main subtitles"));
    m_secondary.box->setTitle(tr("Second language"));
    for (StyleControls *c : {&m_primary, &m_secondary}) {
        c->sizeLabel->setText(tr("Text size (% of the picture height):"));
        c->placementLabel->setText(tr("Position:"));
        c->placement->setItemText(0, tr("Bottom"));
        c->placement->setItemText(1, tr("Top"));
        c->background->setText(tr("Dark box behind the text (else an outline)"));
    }
    m_autoplay->setText(tr("Play the next tutorial of a series automatically"));
}

} // namespace cairn::app
