#include "entryform.h"

#include "entry/entrymodes.h"
#include "entry/entrysession.h"
#include "entrystyle.h"
#include "paradata/paradatarecorder.h"
#include "questionfactory.h"
#include "questionnaire/questionnaire.h"
#include "questionwidget.h"
#include "reasonpanel.h"
#include "sectionnavigator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

bool rightToLeft(const QString &language)
{
    for (const char *code : {"(ar)", "(fa)", "(he)", "(ur)", "arabic", "arabe"}) {
        if (language.contains(QLatin1String(code), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

EntryForm::EntryForm(EntrySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_undo(new QUndoStack(this)), m_navigator(new SectionNavigator(this)),
      m_title(new QLabel(this)), m_sectionTitle(new QLabel(this)), m_sectionState(new QLabel(this)),
      m_languages(new QComboBox(this)), m_modes(new QComboBox(this)), m_complete(new QPushButton(this)),
      m_scroll(new QScrollArea(this)), m_reason(new ReasonPanel(this)), m_errors(new QListWidget(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("entryForm"));
    setStyleSheet(entryStyleSheet());
    m_scroll->setObjectName(QStringLiteral("entryScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    setFocusPolicy(Qt::StrongFocus); // holds the keys while a section shows no question to key
    m_navigator->setFocusPolicy(Qt::ClickFocus);
    m_navigator->setMinimumWidth(220);
    m_navigator->setMaximumWidth(300);
    m_errors->setObjectName(QStringLiteral("errorList"));
    m_errors->setMaximumHeight(160);
    m_errors->hide();
    m_status->setObjectName(QStringLiteral("entryStatus"));
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_sectionState->setObjectName(QStringLiteral("sectionState"));

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("entryContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 16, 24, 12);
    contentLayout->setSpacing(10);
    auto *sectionHeader = new QHBoxLayout;
    sectionHeader->addWidget(m_sectionTitle, 1);
    sectionHeader->addWidget(m_sectionState);
    contentLayout->addLayout(sectionHeader);
    contentLayout->addWidget(m_scroll, 1);
    contentLayout->addWidget(m_reason);
    contentLayout->addWidget(m_errors);
    contentLayout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigator);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeHeader());
    layout->addWidget(splitter, 1);

    connect(m_navigator, &SectionNavigator::sectionChosen, this, [this](int section) {
        showSection(section);
        const int stop = nextStop(m_session.sections()[size_t(section)].firstField - 1, 1);
        if (stop >= 0 && m_session.fields()[size_t(stop)].section == section)
            goToField(stop);
    });
    connect(m_reason, &ReasonPanel::accepted, this, [this](const QString &reason) {
        const FieldRef field = m_reason->field();
        const auto result = m_reason->purpose() == ReasonPanel::Purpose::AcceptWarning
                                ? m_session.acceptWarning(field, reason)
                                : m_session.confirmValue(field, reason);
        setStatus(result.ok ? tr("Answer kept: %1").arg(reason) : result.message);
        goToField(m_session.fieldIndex(field));
        if (result.ok)
            advance(1);
    });
    connect(m_reason, &ReasonPanel::cancelled, this, [this] { goToField(m_session.fieldIndex(m_reason->field())); });
    connect(m_errors, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToField(m_session.fieldIndex(FieldRef::fromKey(item->data(Qt::UserRole).toString()))); });
    m_errors->installEventFilter(this);
    connect(&m_session, &EntrySession::changed, this, &EntryForm::refresh);

    setLanguage(m_session.language());
    const int resume = m_session.resumeField();
    if (resume >= 0)
        goToField(resume);
    else if (!m_session.sections().empty())
        showSection(0);
}

EntryForm::~EntryForm() = default;

QWidget *EntryForm::makeHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("entryHeader"));
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_title->setText(m_session.questionnaire().title);
    for (const QString &language : m_session.questionnaire().languages)
        m_languages->addItem(language);
    m_languages->setObjectName(QStringLiteral("languageBox"));
    m_languages->setFocusPolicy(Qt::ClickFocus);
    m_modes->setObjectName(QStringLiteral("modeBox"));
    m_modes->addItem(tr("Guided"), int(EntryMode::Guided));
    m_modes->addItem(tr("Paper keying"), int(EntryMode::Paper));
    m_modes->setCurrentIndex(m_session.mode() == EntryMode::Paper ? 1 : 0);
    m_modes->setProperty("paper", m_session.mode() == EntryMode::Paper);
    m_modes->setFocusPolicy(Qt::ClickFocus);
    m_modes->setToolTip(tr("Guided: only valid values pass. Paper keying: a value outside the range can be kept "
                           "as written, with a reason, and a full number box moves on by itself. Ctrl+M switches."));
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_complete->setText(tr("Complete interview"));
    // Ctrl+Enter is handled with the other keys of the form (see handleKey), not as a shortcut.
    m_complete->setToolTip(tr("Ctrl+Enter"));
    m_complete->setFocusPolicy(Qt::NoFocus);
    connect(m_languages, &QComboBox::currentIndexChanged, this, [this](int index) { setLanguage(index); });
    connect(m_modes, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_session.setMode(EntryMode(m_modes->itemData(index).toInt()));
        m_modes->setProperty("paper", index == 1); // the style marks paper keying (entrystyle.cpp)
        m_modes->style()->unpolish(m_modes);
        m_modes->style()->polish(m_modes);
        setStatus(index == 1 ? tr("Paper keying: values outside the range can be kept with a reason.")
                             : tr("Guided: only valid values pass."));
    });
    connect(m_complete, &QPushButton::clicked, this, &EntryForm::complete);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(20, 10, 20, 10);
    layout->setSpacing(12);
    layout->addWidget(m_title, 1);
    layout->addWidget(new QLabel(tr("Language"), header));
    layout->addWidget(m_languages);
    layout->addWidget(new QLabel(tr("Mode"), header));
    layout->addWidget(m_modes);
    layout->addWidget(m_complete);
    return header;
}

int EntryForm::currentField() const
{
    return m_current.isNull() ? -1 : m_session.fieldIndex(m_current);
}

QuestionWidget *EntryForm::row(int field) const
{
    const int k = field - m_firstField;
    return field >= 0 && k >= 0 && k < int(m_rows.size()) ? m_rows[size_t(k)] : nullptr;
}

void EntryForm::setLanguage(int language)
{
    if (language < 0 || language >= m_session.questionnaire().languages.size())
        language = m_session.questionnaire().defaultLanguage;
    {
        const QSignalBlocker blocker(m_languages);
        m_languages->setCurrentIndex(language);
    }
    setLayoutDirection(rightToLeft(m_session.questionnaire().languages.value(language)) ? Qt::RightToLeft
                                                                                          : Qt::LeftToRight);
    m_shownShape = -1; // labels and choices are rebuilt in the new language
    m_session.setLanguage(language);
    refresh();
}

void EntryForm::showSection(int section)
{
    if (section < 0 || section >= int(m_session.sections().size()))
        return;
    if (section == m_section && m_shownShape == m_session.shapeVersion())
        return;
    m_section = section;
    m_shownShape = m_session.shapeVersion();
    const EntrySection &s = m_session.sections()[size_t(section)];
    delete m_page;
    m_rows.clear();
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("entryPage"));
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(0, 0, 8, 0);
    m_pageLayout->setSpacing(8);
    m_firstField = s.firstField;
    const Questionnaire &q = m_session.questionnaire();
    for (int f = s.firstField; f < s.endField; ++f) {
        const EntryField &field = m_session.fields()[size_t(f)];
        QuestionWidget *row = makeQuestionWidget(q.item(field.ref.item), field.kind, m_page);
        if (QWidget *editor = row->editor())
            editor->installEventFilter(this);
        connect(row, &QuestionWidget::edited, this, [this, row] { advanceWhenFull(row); });
        auto *indent = new QHBoxLayout;
        indent->setContentsMargins(field.depth * 24, 0, 0, 0);
        indent->addWidget(row);
        m_pageLayout->addLayout(indent);
        m_rows.push_back(row);
    }
    m_pageLayout->addStretch(1);
    m_scroll->setWidget(m_page);
    refreshRows();
    m_pageLayout->activate(); // rows know their height before the first paint (choice lists were just filled)
    refreshNavigator();
}

void EntryForm::refresh()
{
    if (m_session.sections().empty())
        return;
    int section = m_section;
    const int field = currentField();
    if (field >= 0)
        section = m_session.fields()[size_t(field)].section;
    if (section < 0 || section >= int(m_session.sections().size()))
        section = 0;
    if (section != m_section || m_shownShape != m_session.shapeVersion())
        showSection(section);
    else {
        refreshRows();
        refreshNavigator();
    }
}

void EntryForm::refreshRows()
{
    const EntrySection &s = m_session.sections()[size_t(m_section)];
    m_sectionTitle->setText(m_session.sectionTitle(m_section));
    m_sectionState->setText(s.relevant ? SectionNavigator::stateName(s.state) : tr("Skipped"));
    const Questionnaire &q = m_session.questionnaire();
    for (size_t k = 0; k < m_rows.size(); ++k) {
        const int f = m_firstField + int(k);
        const EntryField &field = m_session.fields()[size_t(f)];
        QuestionTexts texts;
        texts.language = m_session.language();
        texts.defaultLanguage = q.defaultLanguage;
        texts.label = m_session.label(f);
        if (field.kind == EntryField::Kind::Instance)
            texts.label = QStringLiteral("%1 · %2").arg(texts.label).arg(field.ref.instance.back());
        texts.hint = m_session.hint(f);
        if (field.kind == EntryField::Kind::Question && isSelect(q.item(field.ref.item).type))
            texts.choices = m_session.choices(f);
        m_rows[k]->setVisited(m_visited.value(field.ref.key()));
        m_rows[k]->display(field, texts);
        m_rows[k]->setCurrent(f == currentField());
    }
}

void EntryForm::refreshNavigator()
{
    QStringList titles;
    for (size_t k = 0; k < m_session.sections().size(); ++k)
        titles << m_session.sectionTitle(int(k));
    m_navigator->setSections(m_session.sections(), titles, m_section);
}

void EntryForm::setCurrent(int field)
{
    if (QuestionWidget *old = row(currentField()))
        old->setCurrent(false);
    m_current = field >= 0 ? m_session.fields()[size_t(field)].ref : FieldRef();
    if (QuestionWidget *now = row(field))
        now->setCurrent(true);
    if (m_recorder && field >= 0) {
        const EntryField &f = m_session.fields()[size_t(field)];
        const int sectionItem = m_session.sections()[size_t(f.section)].item;
        const Questionnaire &q = m_session.questionnaire();
        m_recorder->visit(q.path(f.ref.item), sectionItem >= 0 ? q.path(sectionItem) : QString(),
                          f.ref.instanceText(), f.ref.key());
    }
}

void EntryForm::goToField(int field)
{
    if (field < 0 || field >= int(m_session.fields().size()))
        return;
    showSection(m_session.fields()[size_t(field)].section);
    setCurrent(field);
    focusRow(row(field));
}

void EntryForm::focusRow(QuestionWidget *row)
{
    if (!row)
        return;
    m_scroll->ensureWidgetVisible(row, 0, 80);
    if (QWidget *editor = row->editor()) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->selectAll(); // typing replaces the answer, as in CSPro
    }
}

void EntryForm::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool EntryForm::complete()
{
    if (QuestionWidget *current = row(currentField()); current && !commit(current))
        return false;
    const auto result = m_session.complete();
    if (result.ok) {
        m_errors->hide();
        setStatus(tr("Interview completed."));
        emit completed();
        return true;
    }
    m_errors->clear();
    for (int f : m_session.blockingFields()) {
        const EntryField &field = m_session.fields()[size_t(f)];
        m_visited.insert(field.ref.key(), true);
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2: %3")
                                             .arg(m_session.sectionTitle(field.section), m_session.label(f),
                                                  field.firstMessage()));
        item->setData(Qt::UserRole, field.ref.key());
        m_errors->addItem(item);
    }
    m_errors->show();
    m_errors->setCurrentRow(0);
    m_errors->setFocus();
    refreshRows();
    setStatus(result.message + u' ' + tr("Enter on an error goes to its question."));
    return false;
}

} // namespace flowdesk
