#include "caselistrefresh.h"

#include "workflow/interviewworkflow.h"

#include <QMessageBox>
#include <QProgressDialog>

#include <algorithm>

namespace flowdesk {

qint64 refreshCaseListWithProgress(InterviewWorkflow &workflow, QWidget *parent)
{
    const qint64 stale = workflow.staleCaseListRows();
    if (stale == 0)
        return 0;
    QProgressDialog progress(QObject::tr("Bringing the case list up to date (error and warning counts, labels)…"),
                             QObject::tr("Later"), 0, 1000, parent);
    progress.setWindowTitle(QObject::tr("Case list"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(700);
    progress.setAutoClose(false);
    progress.setValue(0);
    QString error;
    // Per mille, so totals beyond an int's range still fit the dialog.
    const qint64 done = workflow.refreshCaseList(
        [&](qint64 n, qint64 total) {
            progress.setValue(int(std::min<qint64>(1000, total > 0 ? n * 1000 / total : 1000)));
            return !progress.wasCanceled();
        },
        &error, 200);
    progress.close();
    if (done < 0)
        QMessageBox::warning(parent, QObject::tr("Case list"),
                             QObject::tr("The case list could not be brought up to date; its error and warning "
                                         "counts may be out of date.\n\n%1")
                                 .arg(error));
    return workflow.staleCaseListRows();
}

} // namespace flowdesk
