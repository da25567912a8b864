#pragma once

#include "accounts/session.h"
#include "batch/batchexporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace flowdesk {

class Workspace;

// File > Export Batch...: which approved interviews (date range, location, enumerator, with the count that
// matches), the formats, the layout profile, the column names (XML names, group paths or labels in a language)
// and the CSV's separator, quoting and byte order mark, personal data (supervisors and administrators), the destination;
// or a batch exported before, written again with its own interviews and options (byte-identical data files).
// The export runs in a worker thread on a connection of its own (BatchExporter), so the window stays responsive;
// the progress bar follows it and Cancel stops it with nothing written and nothing marked.
class ExportBatchDialog : public QDialog
{
    Q_OBJECT

public:
    ExportBatchDialog(Workspace &workspace, const Session &session, QWidget *parent = nullptr);
    ~ExportBatchDialog() override; // cancels and waits for a running export

    BatchExportRequest request() const;
    // The last export's outcome (empty batch id until one succeeded) and message.
    const BatchExportResult &result() const { return m_result; }
    QString message() const;
    bool isRunning() const { return m_thread != nullptr; }

    void startExport();

signals:
    void exportFinished(bool ok);

private:
    void updateCount();
    void chooseFolder();
    void progressed(qint64 done, qint64 total, const QString &stage);
    void finished(const std::shared_ptr<std::pair<std::optional<BatchExportResult>, QString>> &outcome);
    void setBusy(bool busy);
    void enableChoices(bool enabled);

    Workspace &m_workspace;
    Session m_session;
    QCheckBox *m_fromSet, *m_toSet;
    QDateEdit *m_from, *m_to;
    QComboBox *m_batch; // a new batch, or one exported before to write again
    QComboBox *m_location, *m_enumerator, *m_profile;
    QComboBox *m_headers;   // XML names, or labels in one of the questionnaire's languages
    QComboBox *m_separator; // the CSV's
    QCheckBox *m_csv, *m_xlsx, *m_dta, *m_sav, *m_pii, *m_groupPaths, *m_quoteAll, *m_bom;
    QLineEdit *m_folder;
    QLabel *m_count, *m_status;
    QProgressBar *m_progress;
    QPushButton *m_export, *m_cancel;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    BatchExportResult m_result;
};

} // namespace flowdesk
