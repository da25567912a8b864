#include "questionnairepanel.h"

#include "questionnairetreemodel.h"
#include "questionnaire/languagename.h"
#include "questionnaire/questionnaire.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace flowdesk {

QuestionnairePanel::QuestionnairePanel(const Questionnaire *questionnaire, QWidget *parent)
    : QWidget(parent), m_questionnaire(questionnaire), m_model(new QuestionnaireTreeModel(questionnaire, this)),
      m_language(new QComboBox(this)), m_tree(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language, 1);
    layout->addLayout(languageRow);
    layout->addWidget(m_tree, 1);

    m_language->setObjectName(QStringLiteral("questionnaireLanguage"));
    m_tree->setObjectName(QStringLiteral("questionnaireTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);

    if (questionnaire) {
        m_language->addItems(questionnaire->languages);
        m_language->setCurrentIndex(questionnaire->defaultLanguage);
        m_tree->expandToDepth(0);
    } else {
        m_language->setEnabled(false);
    }
    applyLanguage(m_language->currentIndex());
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int language) {
        applyLanguage(language);
        emit languageChanged(language);
    });
    m_tree->header()->setSectionResizeMode(QuestionnaireTreeModel::LabelColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(QuestionnaireTreeModel::LabelColumn, 300);
    for (int c = QuestionnaireTreeModel::NameColumn; c < QuestionnaireTreeModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
}

void QuestionnairePanel::applyLanguage(int language)
{
    if (language < 0)
        return;
    m_model->setLanguage(language);
    m_tree->expandToDepth(0);
    const bool rtl = m_questionnaire && flowdesk::isRightToLeft(m_questionnaire->languages.value(language));
    m_tree->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
}

} // namespace flowdesk
