#include "app/workshop/workshop.h"

#include "app/workshop/sessioneditordialog.h"

namespace cairn::app {

void openWorkshop(cairn::library::Library *library, QWidget *parent)
{
    auto *dialog = new SessionEditorDialog(library, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace cairn::app
