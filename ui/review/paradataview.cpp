#include "paradataview.h"

#include "caselist/durationtext.h"
#include "common/isolated.h"
#include "questionnaire/questionnaire.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

QTreeWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::TabFocus);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    for (int c = 1; c < headers.size(); ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return tree;
}

QString sectionLabel(const ParadataTime &time, const Questionnaire &q, int language)
{
    if (time.name.isEmpty())
        return QString();
    const int item = q.itemByName(time.name.section(u'/', -1));
    QString label = item < 0 ? time.name : q.item(item).label.text(language, q.defaultLanguage).trimmed();
    if (label.isEmpty())
        label = time.name;
    return time.instance.isEmpty() ? label : QStringLiteral("%1 #%2").arg(label, time.instance);
}

// Keying times are often under a minute, which durationText rounds away.
QString keyingTime(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return seconds < 60 ? isolated(ParadataView::tr("%1 s").arg(seconds)) : durationText(seconds);
}

} // namespace

ParadataView::ParadataView(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_figures(table({tr("Keying"), tr("Value")}, this)),
      m_sections(table({tr("Section"), tr("Time"), tr("Visits")}, this))
{
    setObjectName(QStringLiteral("paradataView"));
    m_note->setObjectName(QStringLiteral("paradataNote"));
    m_note->setWordWrap(true);
    m_figures->setObjectName(QStringLiteral("paradataFigures"));
    m_figures->setAccessibleName(tr("Keying figures"));
    m_sections->setObjectName(QStringLiteral("paradataSections"));
    m_sections->setAccessibleName(tr("Time per section"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_figures, 1);
    layout->addWidget(m_sections, 2);
}

void ParadataView::setParadata(const ReviewParadata &paradata, const Questionnaire &questionnaire, int language)
{
    m_figures->clear();
    m_sections->clear();
    const QLocale locale;
    auto add = [&](const QString &name, const QString &value) {
        auto *row = new QTreeWidgetItem(m_figures, {name, value});
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    };
    if (paradata.durationSeconds >= 0)
        add(tr("Duration"), durationText(paradata.durationSeconds));
    if (!paradata.keying) {
        m_note->setText(tr("No keying paradata: this interview was not keyed in FlowDesk's data entry (imported, "
                           "or keyed before paradata was recorded)."));
        m_note->show();
        m_sections->hide();
        return;
    }
    m_note->hide();
    m_sections->show();
    const InterviewParadata &k = *paradata.keying;
    const ParadataCounts &c = k.counts;
    add(tr("Keying time (without pauses)"), keyingTime(c.activeMs));
    add(tr("Corrections"), locale.toString(c.corrections));
    add(tr("Keystrokes"), locale.toString(c.keystrokes));
    add(tr("Errors and warnings met"), locale.toString(c.errors));
    add(tr("Pauses"), c.pauses == 0 ? locale.toString(0)
                                    : tr("%1 (%2)").arg(locale.toString(c.pauses), keyingTime(c.pauseMs)));
    add(tr("Answers saved"), locale.toString(c.fields));
    add(tr("Keying sessions"), locale.toString(k.sessions));
    if (k.startedAt.isValid())
        add(tr("Started"), locale.toString(k.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    if (k.endedAt.isValid())
        add(tr("Completed"), locale.toString(k.endedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    for (const ParadataTime &time : k.times) {
        if (time.kind != ParadataTime::Kind::Section)
            continue;
        QString label = sectionLabel(time, questionnaire, language);
        if (label.isEmpty())
            label = tr("Outside sections");
        auto *row = new QTreeWidgetItem(m_sections, {label, keyingTime(time.ms), locale.toString(time.visits)});
        row->setData(1, Qt::UserRole, time.ms);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace flowdesk
