#include "exportbatchdialog.h"

#include "accounts/permissions.h"
#include "questionnaire/languagename.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QLocale>
#include <QPointer>
#include <QVBoxLayout>

namespace flowdesk {

ExportBatchDialog::ExportBatchDialog(Workspace &workspace, const Session &session, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_session(session), m_fromSet(new QCheckBox(tr("From"), this)),
      m_toSet(new QCheckBox(tr("To"), this)), m_from(new QDateEdit(QDate::currentDate().addMonths(-1), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)), m_batch(new QComboBox(this)), m_location(new QComboBox(this)),
      m_enumerator(new QComboBox(this)), m_profile(new QComboBox(this)), m_headers(new QComboBox(this)),
      m_separator(new QComboBox(this)), m_csv(new QCheckBox(tr("CSV"), this)),
      m_xlsx(new QCheckBox(tr("Excel (.xlsx)"), this)), m_dta(new QCheckBox(tr("Stata (.dta)"), this)),
      m_sav(new QCheckBox(tr("SPSS (.sav)"), this)),
      m_pii(new QCheckBox(tr("Include personal data (questions marked pii) in this batch"), this)),
      m_groupPaths(new QCheckBox(tr("With their &groups (group/question)"), this)),
      m_quoteAll(new QCheckBox(tr("&Quote every field"), this)),
      m_bom(new QCheckBox(tr("Byte order &mark, so that Excel opens the CSV as UTF-8"), this)),
      m_folder(new QLineEdit(this)), m_count(new QLabel(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_export(new QPushButton(tr("Export"), this)),
      m_cancel(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("exportBatchDialog"));
    setWindowTitle(tr("Export Batch"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_fromSet->setObjectName(QStringLiteral("fromSet"));
    m_toSet->setObjectName(QStringLiteral("toSet"));
    m_batch->setObjectName(QStringLiteral("batch"));
    m_location->setObjectName(QStringLiteral("location"));
    m_enumerator->setObjectName(QStringLiteral("enumerator"));
    m_profile->setObjectName(QStringLiteral("profile"));
    m_headers->setObjectName(QStringLiteral("headers"));
    m_separator->setObjectName(QStringLiteral("separator"));
    m_groupPaths->setObjectName(QStringLiteral("groupPaths"));
    m_quoteAll->setObjectName(QStringLiteral("quoteAll"));
    m_bom->setObjectName(QStringLiteral("bom"));
    m_csv->setObjectName(QStringLiteral("csv"));
    m_xlsx->setObjectName(QStringLiteral("xlsx"));
    m_dta->setObjectName(QStringLiteral("dta"));
    m_sav->setObjectName(QStringLiteral("sav"));
    m_pii->setObjectName(QStringLiteral("includePii"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_count->setObjectName(QStringLiteral("count"));
    m_status->setObjectName(QStringLiteral("status"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_export->setObjectName(QStringLiteral("export"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }

    auto *selection = new QGroupBox(tr("Interviews"), this);
    auto *selectionForm = new QFormLayout(selection);
    m_batch->addItem(tr("A new batch: approved, not yet exported"), QString());
    {
        QString error;
        for (const BatchRecord &batch : BatchExporter(workspace).exportedBatches(200, &error)) {
            m_batch->addItem(tr("Batch %1 again (%n interview(s), %2)", nullptr, int(qMin<qint64>(batch.interviews, INT_MAX)))
                                 .arg(batch.id, QLocale().toString(batch.at.toLocalTime(), QLocale::ShortFormat)),
                             batch.id);
        }
    }
    selectionForm->addRow(tr("Export"), m_batch);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromSet);
    dates->addWidget(m_from);
    dates->addSpacing(12);
    dates->addWidget(m_toSet);
    dates->addWidget(m_to);
    dates->addStretch();
    selectionForm->addRow(tr("Interview date"), dates);
    BatchExporter exporter(workspace);
    const Questionnaire *q = workspace.questionnaire();
    m_location->addItem(tr("All"), QString());
    if (const int item = exporter.locationItem(); q && item >= 0) {
        if (const ChoiceList *list = q->choiceList(q->item(item))) {
            for (const Choice &choice : list->choices)
                m_location->addItem(choice.label.text(q->defaultLanguage), choice.name);
        }
        selectionForm->addRow(q->item(item).label.text(q->defaultLanguage), m_location);
    }
    m_enumerator->setEditable(true);
    m_enumerator->addItem(QString());
    m_enumerator->lineEdit()->setPlaceholderText(tr("All enumerators"));
    selectionForm->addRow(tr("Enumerator"), m_enumerator);
    m_count->setTextFormat(Qt::PlainText);
    selectionForm->addRow(QString(), m_count);

    auto *output = new QGroupBox(tr("Files"), this);
    auto *outputForm = new QFormLayout(output);
    auto *formats = new QHBoxLayout;
    m_csv->setChecked(true);
    for (QCheckBox *box : {m_csv, m_xlsx, m_dta, m_sav})
        formats->addWidget(box);
    formats->addStretch();
    outputForm->addRow(tr("Formats"), formats);
    m_profile->addItem(tr("KoBoToolbox (default)"), QStringLiteral("kobo"));
    m_profile->addItem(tr("ODK Central"), QStringLiteral("odk"));
    m_profile->addItem(tr("Wide (repeat answers as numbered columns)"), QStringLiteral("wide"));
    outputForm->addRow(tr("Layout"), m_profile);
    // KoBo's "value and header format" and "include groups in headers"; the .dta and .sav keep the names.
    m_headers->addItem(tr("Names (as in the XLSForm)"), QString());
    for (int l = 0; q && l < q->languages.size(); ++l) {
        // A form whose labels name no language has one, "default".
        const QString &language = q->languages.at(l);
        const QString code = languageCode(language);
        if (language == u"default")
            m_headers->addItem(tr("Labels"), language);
        else
            m_headers->addItem(tr("Labels in %1").arg(language), code.isEmpty() ? language : code);
    }
    m_headers->setToolTip(tr("The CSV and XLSX column names. Stata and SPSS files keep the names, with the labels "
                             "as variable labels."));
    auto *headers = new QHBoxLayout;
    headers->addWidget(m_headers);
    headers->addStretch();
    auto *headersLabel = new QLabel(tr("Column &names"), this);
    headersLabel->setBuddy(m_headers);
    outputForm->addRow(headersLabel, headers);
    outputForm->addRow(QString(), m_groupPaths);
    m_separator->addItem(tr("Comma"), QStringLiteral("comma"));
    m_separator->addItem(tr("Semicolon"), QStringLiteral("semicolon"));
    m_separator->addItem(tr("Tab"), QStringLiteral("tab"));
    auto *csvOptions = new QHBoxLayout;
    csvOptions->addWidget(m_separator);
    csvOptions->addWidget(m_quoteAll);
    csvOptions->addStretch();
    auto *csvLabel = new QLabel(tr("CSV &separator"), this);
    csvLabel->setBuddy(m_separator);
    outputForm->addRow(csvLabel, csvOptions);
    outputForm->addRow(QString(), m_bom);
    // Whoever the permission table lets export chooses for the batch; the exporter audits the choice.
    const bool mayChoosePii = permits(m_session, Action::Export, nullptr);
    m_pii->setEnabled(mayChoosePii);
    m_pii->setToolTip(mayChoosePii ? tr("Names and phone numbers leave the office in this batch. The choice is "
                                        "recorded in the audit log and in the batch's manifest.")
                                   : tr("Only a supervisor can include personal data."));
    outputForm->addRow(QString(), m_pii);
    auto *folderRow = new QHBoxLayout;
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    outputForm->addRow(tr("Destination"), folderRow);

    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(selection);
    layout->addWidget(output);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_fromSet, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toSet, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromSet, m_toSet})
        connect(box, &QCheckBox::toggled, this, &ExportBatchDialog::updateCount);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ExportBatchDialog::updateCount);
    connect(m_location, &QComboBox::currentIndexChanged, this, &ExportBatchDialog::updateCount);
    connect(m_batch, &QComboBox::currentIndexChanged, this, [this] {
        enableChoices(m_batch->currentData().toString().isEmpty());
        updateCount();
    });
    connect(m_enumerator, &QComboBox::currentTextChanged, this, &ExportBatchDialog::updateCount);
    connect(browse, &QPushButton::clicked, this, &ExportBatchDialog::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, &ExportBatchDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled && isRunning())
            *m_cancelled = true;
        else
            reject();
    });
    updateCount();
}

ExportBatchDialog::~ExportBatchDialog()
{
    if (m_thread) {
        *m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

BatchExportRequest ExportBatchDialog::request() const
{
    BatchExportRequest request;
    if (m_fromSet->isChecked())
        request.from = m_from->date();
    if (m_toSet->isChecked())
        request.to = m_to->date();
    request.location = m_location->currentData().toString();
    request.enumerator = m_enumerator->currentText().trimmed();
    request.formats.clear();
    const std::pair<QCheckBox *, ExportFormat> formats[] = {{m_csv, ExportFormat::Csv},
                                                            {m_xlsx, ExportFormat::Xlsx},
                                                            {m_dta, ExportFormat::Stata},
                                                            {m_sav, ExportFormat::Spss}};
    for (const auto &[box, format] : formats) {
        if (box->isChecked())
            request.formats.push_back(format);
    }
    request.profile = BatchExporter::profileFromName(m_profile->currentData().toString()).value_or(ExportProfile::Kobo);
    request.includePii = m_pii->isEnabled() && m_pii->isChecked();
    request.presentation.labelLanguage = m_headers->currentData().toString();
    request.presentation.groupPaths = m_groupPaths->isChecked();
    request.presentation.csvSeparator = BatchExporter::separatorFromName(m_separator->currentData().toString()).value_or(u',');
    request.presentation.csvQuoteAll = m_quoteAll->isChecked();
    request.presentation.csvBom = m_bom->isChecked();
    request.outDir = m_folder->text().trimmed();
    request.batch = m_batch->currentData().toString();
    return request;
}

QString ExportBatchDialog::message() const
{
    return m_status->text();
}

void ExportBatchDialog::updateCount()
{
    QString error;
    const qint64 n = BatchExporter(m_workspace).count(request(), &error);
    const int shown = int(qMin<qint64>(n, INT_MAX));
    m_count->setText(n < 0                              ? error
                     : m_batch->currentData().isNull() || m_batch->currentData().toString().isEmpty()
                         ? tr("%n interview(s) will be exported.", nullptr, shown)
                         : tr("%n interview(s) will be written again, with the batch's own layout and personal data "
                              "choice; their status does not change.",
                              nullptr, shown));
    m_export->setEnabled(n > 0 && !isRunning());
}

void ExportBatchDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the batch into"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportBatchDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_batch, m_csv, m_xlsx, m_dta, m_sav, m_folder, m_export})
        w->setEnabled(!busy);
    enableChoices(!busy && m_batch->currentData().toString().isEmpty());
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
}

// The selection, the layout, the column names, the CSV's dialect and personal data are a new batch's: a batch
// written again keeps its own (only the formats may be chosen again).
void ExportBatchDialog::enableChoices(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromSet, m_toSet, m_location, m_enumerator, m_profile,
                                                       m_headers, m_groupPaths, m_separator, m_quoteAll, m_bom})
        w->setEnabled(enabled);
    m_from->setEnabled(enabled && m_fromSet->isChecked());
    m_to->setEnabled(enabled && m_toSet->isChecked());
    m_pii->setEnabled(enabled && permits(m_session, Action::Export, nullptr));
}

void ExportBatchDialog::startExport()
{
    if (isRunning())
        return;
    const BatchExportRequest request = this->request();
    const QString path = m_workspace.path();
    const Session session = m_session;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    auto outcome = std::make_shared<std::pair<std::optional<BatchExportResult>, QString>>();
    QPointer<ExportBatchDialog> self(this);
    m_thread = QThread::create([path, session, request, cancelled, outcome, self] {
        QString error;
        // A connection of its own: the window's stays on the UI thread.
        auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
        if (!workspace) {
            outcome->second = error;
            return;
        }
        BatchExporter exporter(*workspace);
        const auto progress = [&](qint64 done, qint64 total, const QString &stage) {
            QMetaObject::invokeMethod(
                self, [self, done, total, stage] {
                    if (self)
                        self->progressed(done, total, stage);
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        };
        outcome->first = exporter.run(session, request, progress, &error);
        outcome->second = error;
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] { finished(outcome); });
    setBusy(true);
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    m_thread->start();
}

void ExportBatchDialog::progressed(qint64 done, qint64 total, const QString &stage)
{
    // Tables are most of the work; the interchange file, the manifest and the marks the rest.
    const int base = stage == u"tables" ? 0 : stage == u"interviews" ? 70 : 95;
    const int span = stage == u"tables" ? 70 : stage == u"interviews" ? 25 : 5;
    m_progress->setValue(total > 0 ? base + int(done * span / total) : base);
}

void ExportBatchDialog::finished(const std::shared_ptr<std::pair<std::optional<BatchExportResult>, QString>> &outcome)
{
    m_thread->deleteLater();
    m_thread = nullptr;
    setBusy(false);
    if (outcome->first) {
        m_result = *outcome->first;
        m_progress->setValue(100);
        m_status->setText(tr("Batch %1: %n interview(s) exported to %2 and %3.", nullptr, int(m_result.interviews))
                              .arg(m_result.batchId, QDir::toNativeSeparators(m_result.folder),
                                   QDir::toNativeSeparators(m_result.zip)));
    } else {
        m_progress->setValue(0);
        m_status->setText(outcome->second);
    }
    updateCount();
    emit exportFinished(outcome->first.has_value());
}

} // namespace flowdesk
