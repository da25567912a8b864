// MainWindow's batch menu entries (issue 10): the dialogs in ui/export and ui/import.
#include "mainwindow.h"

#include "accounts/permissions.h"
#include "export/exportbatchdialog.h"
#include "import/conflictview.h"
#include "import/importbatchdialog.h"
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
}

void MainWindow::importBatch()
{
    if (!m_workspace || !m_session)
        return;
    ImportBatchDialog dialog(*m_workspace, *m_session, this);
    connect(&dialog, &ImportBatchDialog::conflictsRequested, this, &MainWindow::reviewConflicts);
    dialog.exec();
}

void MainWindow::reviewConflicts()
{
    if (!m_workspace || !m_session)
        return;
    ConflictView view(*m_workspace, *m_session, this);
    view.exec();
}

} // namespace flowdesk
