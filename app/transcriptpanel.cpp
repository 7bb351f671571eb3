#include "app/transcriptpanel.h"

#include "app/cuelistmodel.h"
#include "app/subtitletracks.h"
#include "library/languagetag.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>

namespace cairn::app {

using Slot = SubtitleTracks::Slot;

TranscriptPanel::TranscriptPanel(SubtitleTracks *tracks, QWidget *parent)
    : QWidget(parent)
    , m_tracks(tracks)
    , m_model(new CueListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
{
    setMinimumWidth(260);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CueListModel::TextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto jump = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT seekRequested(index.data(CueListModel::StartMsRole).toLongLong());
    };
    connect(m_view, &QListView::clicked, this, jump);
    connect(m_view, &QListView::activated, this, jump);
    connect(tracks, &SubtitleTracks::selectionChanged, this, &TranscriptPanel::reload);
    connect(tracks, &SubtitleTracks::cuesLoaded, this, &TranscriptPanel::reload);
    retranslateUi();
}

void TranscriptPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TranscriptPanel::retranslateUi()
{
    setAccessibleName(tr("Transcript"));
    m_filter->setPlaceholderText(tr("Filter the transcript"));
    m_filter->setAccessibleName(tr("Filter the transcript"));
    m_view->setAccessibleName(tr("Transcript lines"));
    reload();
    m_view->viewport()->update(); // the times are formatted for the locale when painted
}

void TranscriptPanel::reload()
{
    const auto *index = m_tracks->index(Slot::Primary);
    const QString lang = m_tracks->language(Slot::Primary);
    m_model->setCues(index ? index->cues() : QList<subtitles::Cue>{}, library::isRightToLeft(lang));
    m_view->setLayoutDirection(library::isRightToLeft(lang) ? Qt::RightToLeft : Qt::LeftToRight);
    m_empty->setText(m_tracks->selected(Slot::Primary) < 0 ? tr("Choose subtitles to see the transcript.")
                     : index                                ? QString()
                                                            : tr("Loading…"));
    m_empty->setVisible(!m_empty->text().isEmpty());
}

void TranscriptPanel::setPosition(qint64 ms)
{
    const auto *index = m_tracks->index(Slot::Primary);
    const int row = index ? index->lastStartedAt(ms) : -1;
    if (row == m_model->current())
        return;
    m_model->setCurrent(row);
    if (row >= 0 && isVisible()) {
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row));
        if (proxyIndex.isValid()) {
            m_view->setCurrentIndex(proxyIndex);
            m_view->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
        }
    }
}

int TranscriptPanel::visibleRows() const
{
    return m_proxy->rowCount();
}

} // namespace cairn::app
