#pragma once

#include "accounts/session.h"
#include "batch/batchimporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace flowdesk {

class Workspace;

// File > Import Batch...: pick a batch (.zip or folder), see what checking it found (who signed it, with the
// key's fingerprint and whether this office trusts it; every file's checksum; the questionnaire version; the
// interview count) and, when it is sound and the account may import, import it. Both run in a worker thread on a
// connection of their own. The outcome (added, skipped, conflicts) offers the conflict view.
class ImportBatchDialog : public QDialog
{
    Q_OBJECT

public:
    ImportBatchDialog(Workspace &workspace, const Session &session, QWidget *parent = nullptr);
    ~ImportBatchDialog() override;

    void setBatchPath(const QString &path);
    void startCheck();
    void startImport();
    bool isRunning() const { return m_thread != nullptr; }
    QString report() const;

signals:
    void checked(bool ok);
    void imported(bool ok);
    void conflictsRequested();

private:
    void run(bool import);
    void showCheck(const BatchCheck &check);

    Workspace &m_workspace;
    Session m_session;
    QLineEdit *m_path;
    QPlainTextEdit *m_report;
    QProgressBar *m_progress;
    QPushButton *m_check, *m_import, *m_conflicts, *m_close;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace flowdesk
