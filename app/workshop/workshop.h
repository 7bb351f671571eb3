#pragma once
// Entry point of workshop mode: the lead's "Workshop…" menu action calls openWorkshop().
#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace cairn::library {
class Library;
}

namespace cairn::app {

/// Opens the session editor (non-modal, deleted on close) for `library`, which must outlive it. From there the
/// trainer plans, imports/exports, prints the handout and starts presenting.
void openWorkshop(cairn::library::Library *library, QWidget *parent);

} // namespace cairn::app
