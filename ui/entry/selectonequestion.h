#pragma once

#include "linequestion.h"

class QCompleter;
class QGridLayout;
class QLabel;
class QStringListModel;

namespace flowdesk {

// select_one keyed by typing: the choice's name, its number in the list shown, or its label (a completer helps
// with long lists such as countries). The choices on offer are listed beside their numbers; the one the typed
// text selects is highlighted as it is typed.
class SelectOneQuestion : public LineQuestion
{
    Q_OBJECT

public:
    explicit SelectOneQuestion(const Item &item, QWidget *parent = nullptr);

    QString value() const override;
    QString typingProblem() const override;

protected:
    void showValue(const QString &value) override;
    void showTexts(const QuestionTexts &texts) override;
    // The choice `text` names: by name, by number in the list, by label (whole, or the start of just one).
    const Choice *resolve(QStringView text) const;
    QString labelOf(const Choice &choice) const;
    const std::vector<const Choice *> &choices() const { return m_choices; }
    void highlight(const QStringList &names);

private:
    std::vector<const Choice *> m_choices;
    int m_language = 0;
    int m_defaultLanguage = 0;
    QWidget *m_list;
    QGridLayout *m_grid;
    std::vector<QLabel *> m_rows;
    QStringListModel *m_completions;
    QString m_shownKey; // the choices the list was built for
};

} // namespace flowdesk
