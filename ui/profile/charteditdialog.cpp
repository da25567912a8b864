#include "charteditdialog.h"

#include "questionnaire/questionnaire.h"
#include "statistics/profiledata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace flowdesk {

ChartEditDialog::ChartEditDialog(const Questionnaire &q, int language, const ChartSpec &spec, QWidget *parent)
    : QDialog(parent), m_question(new QComboBox(this)), m_kind(new QComboBox(this)), m_split(new QComboBox(this)),
      m_title(new QLineEdit(spec.title, this))
{
    setWindowTitle(spec.question.isEmpty() && spec.kind == ChartKind::Bar ? tr("Add a chart") : tr("Edit the chart"));
    auto label = [&](const Item &item) {
        QString text = item.label.text(language, q.defaultLanguage);
        if (text.size() > 70)
            text = text.left(68) + QStringLiteral("…");
        QString where = item.repeat >= 0 ? tr(" [per person: %1]").arg(q.item(item.repeat).name) : QString();
        return QStringLiteral("%1 (%2)%3").arg(text, item.name, where);
    };
    m_question->addItem(tr("Children on the move (key figures)"), QStringLiteral("#children"));
    m_question->addItem(tr("Interviews over time by flow monitoring point"), QStringLiteral("#timeline"));
    m_split->addItem(tr("No split"), QString());
    m_split->addItem(tr("Sex"), QStringLiteral("sex"));
    m_split->addItem(tr("Age group"), QStringLiteral("age_group"));
    for (const Item &item : q.items) {
        const bool select = item.type == QuestionType::SelectOne || item.type == QuestionType::SelectMultiple;
        const bool number = item.type == QuestionType::Integer || item.type == QuestionType::Decimal;
        if ((select || number) && ProfileData::storable(q, item.id))
            m_question->addItem(label(item), item.name);
        if (item.type == QuestionType::SelectOne && item.repeat < 0)
            m_split->addItem(label(item), item.name);
    }
    m_kind->addItem(tr("Bars"), chartKindName(ChartKind::Bar));
    m_kind->addItem(tr("Stacked bars"), chartKindName(ChartKind::StackedBar));
    m_kind->addItem(tr("Pie"), chartKindName(ChartKind::Pie));
    m_kind->addItem(tr("Histogram"), chartKindName(ChartKind::Histogram));
    const QString current = spec.kind == ChartKind::Children   ? QStringLiteral("#children")
                            : spec.kind == ChartKind::Timeline ? QStringLiteral("#timeline")
                                                               : spec.question;
    m_question->setCurrentIndex(std::max(0, m_question->findData(current)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chartKindName(spec.kind))));
    m_split->setCurrentIndex(std::max(0, m_split->findData(spec.split)));
    m_question->setAccessibleName(tr("Question"));
    m_kind->setAccessibleName(tr("Chart type"));
    m_split->setAccessibleName(tr("Split by"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("The question's label"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&Split by:"), m_split);
    form->addRow(tr("T&itle:"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ChartSpec ChartEditDialog::spec() const
{
    ChartSpec spec;
    const QString question = m_question->currentData().toString();
    if (question == u"#children") {
        spec.kind = ChartKind::Children;
    } else if (question == u"#timeline") {
        spec.kind = ChartKind::Timeline;
    } else {
        spec.question = question;
        spec.kind = chartKindFromName(m_kind->currentData().toString()).value_or(ChartKind::Bar);
        spec.split = m_split->currentData().toString();
    }
    spec.title = m_title->text().trimmed();
    return spec;
}

} // namespace flowdesk
