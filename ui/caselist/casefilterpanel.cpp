#include "casefilterpanel.h"

#include "common/theme.h"
#include "interviewlistmodel.h"
#include "workflow/caselistquery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

constexpr std::array kStatuses{InterviewStatus::Draft, InterviewStatus::Completed, InterviewStatus::Approved,
                               InterviewStatus::Rejected, InterviewStatus::Exported};

QString counted(const QString &text, qint64 count)
{
    return QStringLiteral("%1  (%2)").arg(text, QLocale().toString(count));
}

} // namespace

CaseFilterPanel::CaseFilterPanel(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_searchPause(new QTimer(this)), m_enumerator(new QComboBox(this)),
      m_enumeratorLabel(new QLabel(tr("&Enumerator"), this)), m_fromBox(new QCheckBox(tr("&From"), this)),
      m_toBox(new QCheckBox(tr("&To"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_errors(new QCheckBox(this)), m_warnings(new QCheckBox(this)), m_comments(new QCheckBox(this))
{
    setObjectName(QStringLiteral("caseFilters"));
    auto emitChange = [this] {
        if (!m_quiet)
            emit filterChanged();
    };

    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search label, enumerator, answers…"));
    m_search->setClearButtonEnabled(true);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this, emitChange] {
        m_searchPause->stop();
        emitChange();
    });
    connect(m_searchPause, &QTimer::timeout, this, emitChange);

    auto *statusGroup = new QGroupBox(tr("Status"), this);
    auto *statusLayout = new QVBoxLayout(statusGroup);
    for (InterviewStatus status : kStatuses) {
        auto *box = new QCheckBox(statusLabel(status), statusGroup);
        box->setObjectName(QStringLiteral("status_%1").arg(statusName(status)));
        m_status[size_t(status)] = box;
        statusLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, emitChange);
    }

    auto *contentGroup = new QGroupBox(tr("Content"), this);
    auto *contentLayout = new QVBoxLayout(contentGroup);
    m_errors->setObjectName(QStringLiteral("withErrors"));
    m_warnings->setObjectName(QStringLiteral("withWarnings"));
    m_comments->setObjectName(QStringLiteral("withComments"));
    for (QCheckBox *box : {m_errors, m_warnings, m_comments}) {
        contentLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, emitChange);
    }

    auto *whoGroup = new QGroupBox(tr("Who and when"), this);
    auto *whoLayout = new QGridLayout(whoGroup);
    whoLayout->setHorizontalSpacing(theme::kSpacing);
    m_enumerator->setObjectName(QStringLiteral("enumeratorFilter"));
    m_enumeratorLabel->setBuddy(m_enumerator);
    whoLayout->addWidget(m_enumeratorLabel, 0, 0, 1, 2);
    whoLayout->addWidget(m_enumerator, 1, 0, 1, 2);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setDate(today.addMonths(-1));
    whoLayout->addWidget(m_fromBox, 2, 0);
    whoLayout->addWidget(m_from, 2, 1);
    whoLayout->addWidget(m_toBox, 3, 0);
    whoLayout->addWidget(m_to, 3, 1);
    whoLayout->setColumnStretch(1, 1);
    connect(m_fromBox, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toBox, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromBox, m_toBox})
        connect(box, &QCheckBox::toggled, this, emitChange);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, emitChange);
    connect(m_enumerator, &QComboBox::currentIndexChanged, this, emitChange);

    auto *clearButton = new QPushButton(tr("C&lear filters"), this);
    clearButton->setObjectName(QStringLiteral("clearFilters"));
    connect(clearButton, &QPushButton::clicked, this, &CaseFilterPanel::clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(m_search);
    layout->addWidget(statusGroup);
    layout->addWidget(contentGroup);
    layout->addWidget(whoGroup);
    layout->addWidget(clearButton);
    layout->addStretch(1);
    setEnumerators({});
    setCounts(CaseCounts{});
}

void CaseFilterPanel::setEnumerators(const std::vector<std::pair<QString, qint64>> &enumerators)
{
    const QString current = m_enumerator->currentData().toString();
    m_quiet = true;
    m_enumerator->clear();
    m_enumerator->addItem(tr("Everyone"), QString());
    for (const auto &[name, count] : enumerators)
        m_enumerator->addItem(counted(name, count), name);
    m_enumerator->setCurrentIndex(std::max(0, m_enumerator->findData(current)));
    m_quiet = false;
    m_enumerator->setVisible(!enumerators.empty());
    m_enumeratorLabel->setVisible(!enumerators.empty());
}

void CaseFilterPanel::setCounts(const CaseCounts &counts)
{
    for (InterviewStatus status : kStatuses)
        m_status[size_t(status)]->setText(counted(statusLabel(status), counts.statusCount(status)));
    m_errors->setText(counted(tr("With e&rrors"), counts.withErrors));
    m_warnings->setText(counted(tr("With &warnings"), counts.withWarnings));
    m_comments->setText(counted(tr("With co&mments"), counts.withComments));
}

CaseFilter CaseFilterPanel::filter() const
{
    CaseFilter f;
    for (InterviewStatus status : kStatuses) {
        if (m_status[size_t(status)]->isChecked())
            f.statuses.push_back(status);
    }
    f.enumerator = m_enumerator->currentData().toString();
    if (m_fromBox->isChecked())
        f.from = m_from->date();
    if (m_toBox->isChecked())
        f.to = m_to->date();
    f.withErrors = m_errors->isChecked();
    f.withWarnings = m_warnings->isChecked();
    f.withComments = m_comments->isChecked();
    f.text = m_search->text().trimmed();
    return f;
}

void CaseFilterPanel::clear()
{
    m_quiet = true;
    m_search->clear();
    m_searchPause->stop();
    for (QCheckBox *box : m_status)
        box->setChecked(false);
    for (QCheckBox *box : {m_errors, m_warnings, m_comments, m_fromBox, m_toBox})
        box->setChecked(false);
    m_enumerator->setCurrentIndex(0);
    m_quiet = false;
    emit filterChanged();
}

} // namespace flowdesk
