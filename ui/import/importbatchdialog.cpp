#include "importbatchdialog.h"

#include "accounts/permissions.h"
#include "store/database.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace flowdesk {

ImportBatchDialog::ImportBatchDialog(Workspace &workspace, const Session &session, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_session(session), m_path(new QLineEdit(this)),
      m_report(new QPlainTextEdit(this)), m_progress(new QProgressBar(this)),
      m_check(new QPushButton(tr("Check"), this)), m_import(new QPushButton(tr("Import"), this)),
      m_conflicts(new QPushButton(tr("Review Conflicts…"), this)), m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("importBatchDialog"));
    setWindowTitle(tr("Import Batch"));
    m_path->setObjectName(QStringLiteral("path"));
    m_report->setObjectName(QStringLiteral("report"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_check->setObjectName(QStringLiteral("check"));
    m_import->setObjectName(QStringLiteral("import"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_close->setObjectName(QStringLiteral("close"));
    m_path->setPlaceholderText(tr("A batch from another office: its .zip or its folder"));
    auto *zip = new QPushButton(tr("Zip File…"), this);
    auto *folder = new QPushButton(tr("Folder…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(new QLabel(tr("Batch"), this));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(zip);
    pathRow->addWidget(folder);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("Choose a batch: FlowDesk checks its signature and every file before anything "
                                    "is imported."));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_conflicts);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(m_report, 1);
    layout->addLayout(buttons);
    m_import->setEnabled(false);
    m_conflicts->setVisible(false);
    m_check->setEnabled(false);
    if (!permits(m_session, Action::Import, nullptr))
        m_import->setToolTip(tr("Only an administrator can import batches."));
    resize(640, 420);

    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_check->setEnabled(!text.trimmed().isEmpty() && !isRunning());
        m_import->setEnabled(false);
    });
    connect(zip, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a batch"), QString(),
                                                          tr("FlowDesk batches (*.zip)"));
        if (!file.isEmpty())
            setBatchPath(file);
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a batch folder"));
        if (!dir.isEmpty())
            setBatchPath(dir);
    });
    connect(m_check, &QPushButton::clicked, this, &ImportBatchDialog::startCheck);
    connect(m_import, &QPushButton::clicked, this, &ImportBatchDialog::startImport);
    connect(m_conflicts, &QPushButton::clicked, this, &ImportBatchDialog::conflictsRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (isRunning())
            *m_cancelled = true;
        else
            accept();
    });
}

ImportBatchDialog::~ImportBatchDialog()
{
    if (m_thread) {
        *m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportBatchDialog::setBatchPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    startCheck();
}

QString ImportBatchDialog::report() const
{
    return m_report->toPlainText();
}

void ImportBatchDialog::startCheck()
{
    run(false);
}

void ImportBatchDialog::startImport()
{
    run(true);
}

void ImportBatchDialog::showCheck(const BatchCheck &check)
{
    QStringList lines;
    const BatchDescription &b = check.batch;
    if (!b.batchId.isEmpty()) {
        lines << tr("Batch %1 from %2, exported by %3 on %4.")
                     .arg(b.batchId, b.office, b.exportedBy, QLocale().toString(b.exportedAt.toLocalTime(), QLocale::ShortFormat));
        if (check.ok)
            lines << tr("Questionnaire %1 version %2: %3.")
                         .arg(b.formId, b.formVersion,
                              check.questionnaireKnown ? tr("known here") : tr("new here, it will be added"));
        else
            lines << tr("Questionnaire %1 version %2.").arg(b.formId, b.formVersion);
        lines << tr("%n interview(s); personal data %1.", nullptr, int(b.interviews))
                     .arg(b.includePii ? tr("included") : tr("left out"));
    }
    if (!check.keyId.isEmpty())
        lines << tr("Signed with key %1 (fingerprint %2): %3.")
                     .arg(check.keyId, check.fingerprint,
                          check.keyKnown ? tr("trusted here") : tr("NOT trusted here"));
    if (check.ok)
        lines << tr("Signature and all %n file checksum(s) verified.", nullptr, int(check.files));
    else
        lines << QString() << tr("Refused: %1").arg(check.problem);
    m_report->setPlainText(lines.join(u'\n'));
}

void ImportBatchDialog::run(bool import)
{
    if (isRunning() || m_path->text().trimmed().isEmpty())
        return;
    const QString dbPath = m_workspace.path();
    const QString batch = QDir::fromNativeSeparators(m_path->text().trimmed());
    const Session session = m_session;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    struct Outcome
    {
        BatchCheck check;
        std::optional<BatchImportResult> result;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    QPointer<ImportBatchDialog> self(this);
    m_thread = QThread::create([=] {
        auto db = Database::open(dbPath, import ? OpenMode::ReadWrite : OpenMode::ReadOnly, &outcome->error);
        if (!db)
            return;
        BatchImporter importer(*db);
        const auto progress = [&](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self, [self, done, total] {
                    if (self)
                        self->m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        };
        if (import) {
            outcome->result = importer.run(session, batch, progress, &outcome->error);
            if (outcome->result)
                outcome->check = outcome->result->check;
        } else {
            outcome->check = importer.check(batch, progress);
        }
    });
    connect(m_thread, &QThread::finished, this, [this, outcome, import] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_check->setEnabled(true);
        m_close->setText(tr("Close"));
        if (import) {
            if (outcome->result) {
                showCheck(outcome->check);
                const ImportMerge &m = outcome->result->merge;
                m_report->appendPlainText(QString());
                m_report->appendPlainText(
                    tr("Imported: %1 added, %2 already here with the same answers (skipped), %3 with other answers "
                       "kept aside for review.")
                        .arg(m.added)
                        .arg(m.skipped)
                        .arg(m.conflicts));
                m_conflicts->setVisible(m.conflicts > 0);
                m_progress->setValue(100);
            } else {
                m_report->appendPlainText(QString());
                m_report->appendPlainText(tr("Nothing was imported: %1").arg(outcome->error));
                m_progress->setValue(0);
            }
            m_import->setEnabled(false);
            emit imported(outcome->result.has_value());
            return;
        }
        if (!outcome->error.isEmpty() && outcome->check.batch.batchId.isEmpty())
            outcome->check.problem = outcome->error;
        showCheck(outcome->check);
        m_progress->setValue(outcome->check.ok ? 100 : 0);
        m_import->setEnabled(outcome->check.ok && permits(m_session, Action::Import, nullptr));
        emit checked(outcome->check.ok);
    });
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_close->setText(tr("Cancel"));
    m_progress->setValue(0);
    m_report->setPlainText(import ? tr("Importing…") : tr("Checking…"));
    m_thread->start();
}

} // namespace flowdesk
