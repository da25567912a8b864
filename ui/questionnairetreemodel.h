#pragma once

#include "questionnaire/questionnaire.h"

#include <QAbstractItemModel>

namespace flowdesk {

// The questionnaire as a tree of sections (groups, repeats) and questions, labelled in a chosen language.
// Borrows the questionnaire, which must outlive the model.
class QuestionnaireTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, NameColumn, TypeColumn, LogicColumn, ColumnCount };
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    explicit QuestionnaireTreeModel(const Questionnaire *questionnaire, QObject *parent = nullptr);

    void setLanguage(int language);
    int language() const { return m_language; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const std::vector<int> &childrenOf(int item) const; // -1: the top level
    int rowOf(int item) const;

    const Questionnaire *m_q;
    int m_language = 0;
    std::vector<int> m_none;
};

} // namespace flowdesk
