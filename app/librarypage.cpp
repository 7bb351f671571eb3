#include "app/librarypage.h"

#include "app/searchhitdelegate.h"
#include "app/seekslider.h"
#include "app/tutorialdelegate.h"
#include "app/tutorialfilterproxy.h"
#include "library/languagetag.h"
#include "library/library.h"
#include "library/tutoriallistmodel.h"
#include "library/tutorialroles.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMap>
#include <QStackedWidget>
#include <QStandardItemModel>

namespace cairn::app {

using namespace cairn::library;

namespace {
enum HitRole { HitIdRole = Qt::UserRole + 1, HitStartRole };

/// The snippet marks hits with U+0002 … U+0003; everything else is escaped.
QString snippetToHtml(const QString &snippet)
{
    return snippet.toHtmlEscaped().replace(QChar(0x02), QStringLiteral("<b>")).replace(QChar(0x03), QStringLiteral("</b>"));
}
} // namespace

LibraryPage::LibraryPage(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_search(new QLineEdit(this))
    , m_series(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_unwatched(new QCheckBox(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_grid(new QListView(m_stack))
    , m_results(new QListView(m_stack))
    , m_resultModel(new QStandardItemModel(this))
    , m_proxy(new TutorialFilterProxy(this))
{
    m_search->setClearButtonEnabled(true);
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(library->tutorials());
    m_grid->setModel(m_proxy);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(4);
    m_grid->setWrapping(true);
    m_grid->setItemDelegate(new TutorialDelegate(m_grid));
    m_grid->setGridSize(TutorialDelegate::kCardSize);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setModel(m_resultModel);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_results);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_series, 1);
    filters->addWidget(m_language, 1);
    filters->addWidget(m_unwatched);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250); // search when typing pauses, not on every key
    connect(&m_searchDelay, &QTimer::timeout, this, &LibraryPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_series, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSeries(m_series->currentData().toLongLong()); showStatus(); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLanguage(m_language->currentData().toString()); showStatus(); });
    connect(m_unwatched, &QCheckBox::toggled, this, [this](bool on) { m_proxy->setUnwatchedOnly(on); showStatus(); });
    connect(m_grid, &QListView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT tutorialActivated(i.data(IdRole).toLongLong());
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &i) {
        const qint64 start = i.data(HitStartRole).toLongLong();
        Q_EMIT searchHitActivated(i.data(HitIdRole).toLongLong(), start);
    });
    connect(library->tutorials(), &QAbstractItemModel::modelReset, this, &LibraryPage::refreshFilters);
    connect(library->tutorials(), &QAbstractItemModel::rowsInserted, this, &LibraryPage::refreshFilters);
    connect(library, &Library::loaded, this, &LibraryPage::showStatus);
    connect(library, &Library::scanStarted, this, [this] {
        m_scanDone = 0;
        m_scanTotal = 0;
        m_scanText = tr("Looking for tutorials…");
        showStatus();
    });
    connect(library, &Library::scanProgress, this, [this](int done, int total, const QString &) {
        m_scanDone = done;
        m_scanTotal = total;
        m_scanText = tr("Looking for tutorials… %1 of %2").arg(QLocale().toString(done), QLocale().toString(total));
        showStatus();
    });
    connect(library, &Library::scanFinished, this, [this](const ScanSummary &) {
        m_scanDone = -1;
        m_scanText.clear();
        refreshFilters();
    });
    retranslateUi();
}

void LibraryPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LibraryPage::retranslateUi()
{
    setAccessibleName(tr("Library"));
    m_unwatched->setText(tr("Not yet watched"));
    m_search->setPlaceholderText(tr("Search titles and everything said in the tutorials"));
    m_search->setAccessibleName(tr("Search"));
    m_series->setAccessibleName(tr("Series"));
    m_language->setAccessibleName(tr("Subtitle language"));
    m_grid->setAccessibleName(tr("Tutorials"));
    m_results->setAccessibleName(tr("Search results"));
    if (m_scanDone == 0 && m_scanTotal == 0)
        m_scanText = tr("Looking for tutorials…");
    else if (m_scanDone >= 0)
        m_scanText = tr("Looking for tutorials… %1 of %2")
                         .arg(QLocale().toString(m_scanDone), QLocale().toString(m_scanTotal));
    refreshFilters(); // "All series", "Any subtitle language" and the status line
    if (m_stack->currentWidget() == m_results)
        runSearch(); // the hits' times and the count
    m_grid->viewport()->update(); // the cards are painted with translated texts
}

void LibraryPage::refreshFilters()
{
    const QAbstractItemModel *m = m_library->tutorials();
    QMap<QString, qint64> series; // by name, for a sorted menu
    QStringList languages;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        const QString name = i.data(SeriesRole).toString();
        if (!name.isEmpty())
            series.insert(name, i.data(SeriesIdRole).toLongLong());
        for (const QString &l : i.data(LanguagesRole).toStringList())
            if (!languages.contains(l))
                languages << l;
    }
    std::stable_sort(languages.begin(), languages.end(), [](const QString &a, const QString &b) {
        const int ra = unLanguageRank(a), rb = unLanguageRank(b);
        return ra != rb ? ra < rb : a < b;
    });
    const qint64 currentSeries = m_series->currentData().toLongLong();
    const QString currentLanguage = m_language->currentData().toString();
    {
        const QSignalBlocker b1(m_series), b2(m_language);
        m_series->clear();
        m_series->addItem(tr("All series"), qint64(0));
        for (auto it = series.cbegin(); it != series.cend(); ++it)
            m_series->addItem(it.key(), it.value());
        m_series->setCurrentIndex(std::max(0, m_series->findData(currentSeries)));
        m_language->clear();
        m_language->addItem(tr("Any subtitle language"), QString());
        for (const QString &l : std::as_const(languages))
            m_language->addItem(nativeLanguageName(l), l);
        m_language->setCurrentIndex(std::max(0, m_language->findData(currentLanguage)));
    }
    showStatus();
}

void LibraryPage::runSearch()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        m_stack->setCurrentWidget(m_grid);
        showStatus();
        return;
    }
    m_resultModel->clear();
    const QList<SearchHit> hits = m_library->search(query, m_language->currentData().toString());
    for (const SearchHit &h : hits) {
        auto *item = new QStandardItem;
        QString html = QStringLiteral("<b>%1</b>").arg(h.title.toHtmlEscaped());
        if (h.startMs >= 0)
            html += QStringLiteral(" &nbsp;·&nbsp; %1").arg(formatTime(h.startMs));
        const QString body = h.snippet.isEmpty() ? h.text.toHtmlEscaped() : snippetToHtml(h.snippet);
        if (!body.isEmpty())
            html += QStringLiteral("<br>") + body;
        item->setData(html, Qt::DisplayRole);
        item->setData(h.text, Qt::AccessibleTextRole);
        item->setData(h.tutorialId, HitIdRole);
        item->setData(h.startMs, HitStartRole);
        m_resultModel->appendRow(item);
    }
    m_stack->setCurrentWidget(m_results);
    m_status->setText(hits.isEmpty() ? tr("Nothing found for “%1”.").arg(query)
                                     : tr("%Ln places found", nullptr, int(hits.size())));
    m_status->setVisible(true);
}

void LibraryPage::showStatus()
{
    if (m_stack->currentWidget() == m_results)
        return;
    QString text = m_scanText;
    if (text.isEmpty() && m_library->tutorials()->rowCount() == 0 && m_library->isLoading())
        text = tr("Looking for tutorials…"); // a large library is still being read
    else if (text.isEmpty() && m_library->tutorials()->rowCount() == 0)
        text = tr("No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.");
    else if (text.isEmpty() && m_proxy->rowCount() == 0)
        text = tr("No tutorial matches these filters.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace cairn::app
