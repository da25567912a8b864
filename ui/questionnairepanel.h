#pragma once

#include <QWidget>

class QComboBox;
class QTreeView;

namespace flowdesk {

class Questionnaire;
class QuestionnaireTreeModel;

// The questionnaire's sections and questions as a tree, with the language to show them in.
class QuestionnairePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionnairePanel(const Questionnaire *questionnaire, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QComboBox *languageBox() const { return m_language; }

signals:
    void languageChanged(int language);

private:
    void applyLanguage(int language);

    const Questionnaire *m_questionnaire;
    QuestionnaireTreeModel *m_model;
    QComboBox *m_language;
    QTreeView *m_tree;
};

} // namespace flowdesk
