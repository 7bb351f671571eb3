#pragma once
// Paints one search result: the tutorial title and the cue's time, then the cue text with the matched words bold
// (the item's display text is a small HTML fragment built by LibraryPage). Thread: GUI thread.
#include <QStyledItemDelegate>

namespace cairn::app {

class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cairn::app
