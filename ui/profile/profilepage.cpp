#include "profilepage.h"

#include "chartcard.h"
#include "charteditdialog.h"
#include "profilereport.h"

#include "accounts/permissions.h"
#include "questionnaire/questionnaire.h"
#include "statistics/cellsuppression.h"
#include "statistics/profilecsv.h"
#include "store/database.h"
#include "workflow/officepolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

const QDate kOpen(2000, 1, 1); // the date edits' "any" value

struct StatusChoice
{
    const char *text;
    unsigned mask;
};
constexpr unsigned bit(InterviewStatus s)
{
    return 1u << int(s);
}
const StatusChoice kStatuses[] = {
    {QT_TRANSLATE_NOOP("flowdesk::ProfilePage", "Approved"), bit(InterviewStatus::Approved)},
    {QT_TRANSLATE_NOOP("flowdesk::ProfilePage", "Approved and exported"),
     bit(InterviewStatus::Approved) | bit(InterviewStatus::Exported)},
    {QT_TRANSLATE_NOOP("flowdesk::ProfilePage", "Completed, approved, exported"),
     bit(InterviewStatus::Completed) | bit(InterviewStatus::Approved) | bit(InterviewStatus::Exported)},
    {QT_TRANSLATE_NOOP("flowdesk::ProfilePage", "All but drafts"), ~0u & ~bit(InterviewStatus::Draft)},
    {QT_TRANSLATE_NOOP("flowdesk::ProfilePage", "All statuses"), ~0u},
};

} // namespace

ProfilePage::ProfilePage(Database &database, const Session &session, const Questionnaire &questionnaire,
                         qint64 questionnaireId, QWidget *parent)
    : QWidget(parent), m_db(database), m_session(session), m_q(questionnaire), m_questionnaireId(questionnaireId),
      m_path(database.path()), m_definition(ProfileDefinition::load(database, questionnaireId, questionnaire)),
      m_language(questionnaire.defaultLanguage), m_threshold(OfficePolicy::load(database).smallCellThreshold)
{
    setObjectName(QStringLiteral("profilePage"));
    setAccessibleName(tr("Profile"));
    m_worker.setMaxThreadCount(1);
    buildControls();
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(10000);
    connect(m_refreshTimer, &QTimer::timeout, this, &ProfilePage::refresh);
    m_summary->setText(tr("The profile is read when this page is first shown."));
}

ProfilePage::~ProfilePage()
{
    m_worker.waitForDone();
}

void ProfilePage::run(std::function<void()> job)
{
    m_worker.start(std::move(job));
}

void ProfilePage::fillChoices(QComboBox *box, const QString &field, const QString &anyText)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(anyText, QString());
    const int item = field.isEmpty() ? -1 : m_q.itemByName(field);
    const ChoiceList *list = item >= 0 ? m_q.choiceList(m_q.item(item)) : nullptr;
    for (size_t c = 0; list && c < list->choices.size(); ++c)
        box->addItem(list->choices[c].label.text(m_language, m_q.defaultLanguage), list->choices[c].name);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    box->setEnabled(list != nullptr);
}

void ProfilePage::buildControls()
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    auto label = [&](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        filters->addWidget(l);
        filters->addWidget(buddy);
    };
    auto dateEdit = [&](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kOpen);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(kOpen);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setAccessibleName(name);
        return edit;
    };
    m_from = dateEdit(tr("From date"));
    m_to = dateEdit(tr("To date"));
    m_point = new QComboBox(this);
    m_nationality = new QComboBox(this);
    m_sex = new QComboBox(this);
    m_age = new QComboBox(this);
    m_status = new QComboBox(this);
    m_split = new QComboBox(this);
    m_point->setAccessibleName(tr("Flow monitoring point"));
    m_nationality->setAccessibleName(tr("Nationality"));
    m_sex->setAccessibleName(tr("Sex"));
    m_age->setAccessibleName(tr("Age group"));
    m_status->setAccessibleName(tr("Status"));
    m_split->setAccessibleName(tr("Split every chart by"));
    for (QComboBox *box : {m_point, m_nationality})
        box->setMaximumWidth(220);
    for (const StatusChoice &s : kStatuses)
        m_status->addItem(tr(s.text), s.mask);
    m_split->addItem(tr("each chart's own"), int(SplitChoice::AsDefined));
    m_split->addItem(tr("nothing"), int(SplitChoice::None));
    m_split->addItem(tr("sex"), int(SplitChoice::Sex));
    m_split->addItem(tr("age group"), int(SplitChoice::AgeGroup));
    label(tr("&From"), m_from);
    label(tr("&to"), m_to);
    label(tr("&Point"), m_point);
    label(tr("&Nationality"), m_nationality);
    label(tr("S&ex"), m_sex);
    label(tr("A&ge"), m_age);
    label(tr("Stat&us"), m_status);
    label(tr("S&plit by"), m_split);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *actions = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("profileSummary"));
    m_summary->setWordWrap(true);
    actions->addWidget(m_summary, 1);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Profile progress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    actions->addWidget(m_progress);
    m_showSmall = new QCheckBox(tr("Show small cells (on screen only)"), this);
    m_showSmall->setVisible(CellSuppression::mayShowSmallCells(m_session, nullptr));
    actions->addWidget(m_showSmall);
    auto *add = new QPushButton(tr("&Add chart"), this);
    auto *pdf = new QPushButton(tr("Report (&PDF)…"), this);
    auto *csv = new QPushButton(tr("Tables (&CSV)…"), this);
    for (QPushButton *b : {add, pdf, csv})
        actions->addWidget(b);
    layout->addLayout(actions);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_cardArea = new QWidget(scroll);
    m_grid = new QGridLayout(m_cardArea);
    scroll->setWidget(m_cardArea);
    layout->addWidget(scroll, 1);

    setLanguage(m_language);
    for (QComboBox *box : {m_point, m_nationality, m_sex, m_age, m_status, m_split})
        connect(box, &QComboBox::currentIndexChanged, this, &ProfilePage::recompute);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ProfilePage::recompute);
    connect(m_showSmall, &QCheckBox::toggled, this, &ProfilePage::recompute);
    connect(add, &QPushButton::clicked, this, [this] { editChart(-1); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Profile report"), QStringLiteral("profile.pdf"),
                                                          tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPdf(path, &error))
            QMessageBox::warning(this, tr("Profile report"), error);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the tables"));
        QString error;
        if (!folder.isEmpty() && !exportCsv(folder, &error))
            QMessageBox::warning(this, tr("Profile tables"), error);
    });
}

void ProfilePage::setLanguage(int language)
{
    m_language = language;
    const bool rtl = m_q.languages.value(language).contains(QStringLiteral("(ar)"));
    setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    QSignalBlocker blockPoint(m_point), blockNationality(m_nationality), blockSex(m_sex), blockAge(m_age);
    fillChoices(m_point, m_definition.pointField, tr("all"));
    fillChoices(m_nationality, m_definition.nationalityField, tr("all"));
    fillChoices(m_sex, m_definition.sexField, tr("all"));
    const int age = m_age->currentData().isValid() ? m_age->currentData().toInt() : ProfileFilter::kAnyAge;
    m_age->clear();
    m_age->addItem(tr("all"), ProfileFilter::kAnyAge);
    m_age->addItem(tr("0-17 (children)"), ProfileFilter::kChildren);
    for (int g = 0; g < m_definition.ageGroups.count(); ++g)
        m_age->addItem(m_definition.ageGroups.label(g), g);
    m_age->setCurrentIndex(std::max(0, m_age->findData(age)));
    if (m_data || m_running)
        recompute();
}

ProfileFilter ProfilePage::filter() const
{
    ProfileFilter f;
    if (m_from->date() > kOpen)
        f.from = m_from->date();
    if (m_to->date() > kOpen)
        f.to = m_to->date();
    f.statuses = m_status->currentData().toUInt();
    f.point = m_point->currentData().toString();
    f.nationality = m_nationality->currentData().toString();
    f.sex = m_sex->currentData().toString();
    f.ageGroup = m_age->currentData().toInt();
    return f;
}

SplitChoice ProfilePage::splitChoice() const
{
    return SplitChoice(m_split->currentData().toInt());
}

void ProfilePage::load()
{
    m_running = true;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_summary->setText(tr("Reading the answers…"));
    const QString path = m_path;
    const qint64 id = m_questionnaireId;
    const std::vector<int> items = ProfileAggregator::itemsNeeded(m_q, m_definition);
    const Questionnaire *q = &m_q;
    run([this, path, id, items, q] {
        QString error;
        auto progress = [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
            }, Qt::QueuedConnection);
        };
        std::shared_ptr<ProfileData> data(ProfileData::load(path, id, *q, items, progress, &error).release());
        QMetaObject::invokeMethod(this, [this, data, error] {
            m_running = false;
            m_data = data;
            if (!m_data) {
                m_progress->hide();
                m_summary->setText(tr("The profile cannot be shown: %1").arg(error));
                return;
            }
            recompute();
        }, Qt::QueuedConnection);
    });
}

void ProfilePage::refresh()
{
    recompute();
}

void ProfilePage::recompute()
{
    if (!m_data) {
        return; // the load in progress computes when it ends
    }
    if (m_running) {
        m_pending = true; // the newest filter wins; intermediate ones are skipped
        return;
    }
    m_running = true;
    m_progress->setRange(0, 0);
    m_progress->show();
    const ProfileFilter f = filter();
    const SplitChoice split = splitChoice();
    const bool open = m_showSmall->isChecked() && CellSuppression::mayShowSmallCells(m_session, nullptr);
    const int threshold = open ? 0 : m_threshold;
    const std::vector<int> items = ProfileAggregator::itemsNeeded(m_q, m_definition);
    auto data = m_data;
    const ProfileDefinition definition = m_definition;
    const int language = m_language;
    run([this, data, f, split, threshold, items, definition, language] {
        QString error;
        data->refresh(&error); // interviews saved since: cheap when nothing changed
        data->addColumns(items, &error);
        ProfileResult result = ProfileAggregator(*data, definition, language).compute(f, split, threshold);
        QMetaObject::invokeMethod(this, [this, result = std::move(result)]() mutable {
            m_running = false;
            display(std::move(result));
            if (m_pending) {
                m_pending = false;
                recompute();
            }
        }, Qt::QueuedConnection);
    });
}

void ProfilePage::display(ProfileResult result)
{
    m_result = std::move(result);
    m_progress->hide();
    QString text = tr("<b>%1 interviews</b> · %2").arg(m_result.interviews).arg(m_result.filterText.toHtmlEscaped());
    if (m_result.firstDay.isValid())
        text += tr(" · %1 to %2").arg(m_result.firstDay.toString(Qt::ISODate), m_result.lastDay.toString(Qt::ISODate));
    text += m_result.threshold > 0 ? tr(" · counts below %1 shown as &lt;%1").arg(m_result.threshold)
                                   : tr(" · <b>small cells shown: this view must not be shared</b>");
    m_summary->setText(text);
    m_summary->setAccessibleName(tr("%n interview(s)", nullptr, m_result.interviews));
    qDeleteAll(m_cards);
    m_cards.clear();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (size_t i = 0; i < m_result.tables.size(); ++i) {
        auto *card = new ChartCard(m_result.tables[i], m_result.filterText, rtl, m_cardArea);
        m_grid->addWidget(card, int(i / 2), int(i % 2));
        connect(card, &ChartCard::editRequested, this, [this, i] { editChart(int(i)); });
        connect(card, &ChartCard::removeRequested, this, [this, i] {
            if (i < m_definition.charts.size()) {
                m_definition.charts.erase(m_definition.charts.begin() + qsizetype(i));
                saveDefinition();
            }
        });
        m_cards << card;
    }
    emit computed();
}

void ProfilePage::editChart(int index)
{
    const ChartSpec current = index >= 0 && size_t(index) < m_definition.charts.size() ? m_definition.charts[size_t(index)]
                                                                                        : ChartSpec{};
    ChartEditDialog dialog(m_q, m_language, current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (index >= 0 && size_t(index) < m_definition.charts.size())
        m_definition.charts[size_t(index)] = dialog.spec();
    else
        m_definition.charts.push_back(dialog.spec());
    saveDefinition();
}

void ProfilePage::saveDefinition()
{
    QString error;
    if (!m_definition.save(m_db, m_session, m_questionnaireId, &error))
        QMessageBox::warning(this, tr("Profile"), tr("The charts are shown but not saved: %1").arg(error));
    recompute();
}

ProfileResult ProfilePage::computeSafe()
{
    // On the calling (UI) thread, after the worker finished: exports are rare, and must be computed protected
    // whatever the screen shows.
    m_worker.waitForDone();
    if (!m_data)
        return {};
    return ProfileAggregator(*m_data, m_definition, m_language).compute(filter(), splitChoice(), m_threshold);
}

bool ProfilePage::exportPdf(const QString &path, QString *error)
{
    const ProfileResult result = computeSafe();
    ProfileReportInfo info;
    info.title = tr("Flow monitoring profile");
    info.questionnaire = tr("%1 (version %2)").arg(m_q.title, m_q.version);
    info.preparedBy = m_session.displayName().isEmpty() ? m_session.name() : m_session.displayName();
    info.rightToLeft = layoutDirection() == Qt::RightToLeft;
    return ProfileReport::writePdf(result, info, path, error);
}

bool ProfilePage::exportCsv(const QString &folder, QString *error)
{
    return ProfileCsv::write(computeSafe(), folder, error);
}

void ProfilePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refreshTimer->start();
    if (!m_data && !m_running)
        load(); // the first showing reads the answers (a few seconds on a million interviews)
    else
        refresh();
}

void ProfilePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refreshTimer->stop();
}

} // namespace flowdesk
