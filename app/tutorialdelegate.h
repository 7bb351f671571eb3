#pragma once
// Paints one tutorial card in the library grid: thumbnail, title, duration, "2/3" in its series, a progress bar,
// a completed mark and the subtitle languages as small badges. Thumbnails are decoded once and kept in
// QPixmapCache (the model's DecorationRole decodes the JPEG on every call). Thread: GUI thread.
#include <QStyledItemDelegate>

namespace cairn::app {

class TutorialDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr QSize kCardSize{232, 220};

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cairn::app
