// MainWindow's batch menu entries (issue 10): the dialogs in ui/export and ui/import.
#include "mainwindow.h"

#include "accounts/permissions.h"
#include "export/exportbatchdialog.h"
#include "import/conflictview.h"
#include "import/importbatchdialog.h"
#include "caselist/caselistpage.h"
#include "home/enumeratorhome.h"
#include "interviewlistmodel.h"
#include "interviewspage.h"
#include "review/reviewdesk.h"
#include "workspace/workspace.h"

#include <QAction>

namespace flowdesk {

void MainWindow::updateBatchActions()
{
    const bool ready = m_workspace && m_workspace->workflow() && m_session && !m_workspace->database().isReadOnly();
    if (m_exportBatch)
        m_exportBatch->setEnabled(ready && permits(*m_session, Action::Export, nullptr));
    if (m_importBatch)
        m_importBatch->setEnabled(ready && permits(*m_session, Action::Import, nullptr));
    if (m_reviewConflicts)
        m_reviewConflicts->setEnabled(ready && permits(*m_session, Action::Approve, nullptr));
}

void MainWindow::exportBatch()
{
    if (!m_workspace || !m_session)
        return;
    ExportBatchDialog dialog(*m_workspace, *m_session, this);
    dialog.exec();
    if (!dialog.result().batchId.isEmpty())
        refreshAfterBatch();
}

void MainWindow::importBatch()
{
    if (!m_workspace || !m_session)
        return;
    ImportBatchDialog dialog(*m_workspace, *m_session, this);
    connect(&dialog, &ImportBatchDialog::conflictsRequested, this, &MainWindow::reviewConflicts);
    bool imported = false;
    connect(&dialog, &ImportBatchDialog::imported, this, [&imported](bool ok) { imported = imported || ok; });
    dialog.exec();
    if (imported)
        refreshAfterBatch();
}

// The export moved interviews to exported, the import added some: show them now rather than at the case list's
// next change watch (which does not see this connection's own writes).
void MainWindow::refreshAfterBatch()
{
    if (m_home)
        m_home->refresh();
    if (m_reviewDesk)
        m_reviewDesk->caseList()->refresh();
    else if (m_interviewsPage)
        m_interviewsPage->model()->reload();
}

void MainWindow::reviewConflicts()
{
    if (!m_workspace || !m_session)
        return;
    ConflictView view(*m_workspace, *m_session, this);
    view.exec();
}

} // namespace flowdesk
