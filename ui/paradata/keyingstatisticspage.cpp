#include "keyingstatisticspage.h"

#include "common/theme.h"
#include "paradata/keyingstatistics.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace flowdesk {

namespace {

QTableWidget *makeTable(const QStringList &headers, const char *name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(true);
    return table;
}

QTableWidgetItem *number(double value, bool oneDecimal = false)
{
    auto *item = new QTableWidgetItem;
    // A number, so that the column sorts as numbers; the view shows it in the user's locale.
    item->setData(Qt::DisplayRole, oneDecimal ? QVariant(std::round(value * 10) / 10) : QVariant(qint64(std::llround(value))));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString hours(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void fill(QTableWidget *table, const std::vector<KeyerDay> &rows, bool withDay)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const KeyerDay &d = rows[size_t(r)];
        int c = 0;
        table->setItem(r, c++, new QTableWidgetItem(d.accountName));
        if (withDay)
            table->setItem(r, c++, new QTableWidgetItem(d.day));
        auto *active = new QTableWidgetItem(hours(d.counts.activeMs));
        active->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, c++, active);
        table->setItem(r, c++, number(d.counts.fields));
        table->setItem(r, c++, number(d.counts.keystrokes));
        table->setItem(r, c++, number(d.keystrokesPerHour()));
        table->setItem(r, c++, number(d.errorsPerThousandKeystrokes(), true));
        table->setItem(r, c++, number(d.counts.corrections));
        table->setItem(r, c++, number(d.counts.pauses));
    }
    table->setSortingEnabled(true);
}

} // namespace

KeyingStatisticsPage::KeyingStatisticsPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(database), m_session(session), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_message(theme::messageLabel(this))
{
    setObjectName(QStringLiteral("keyingStatisticsPage"));
    const QStringList figures{tr("Keying time"), tr("Answers"), tr("Keystrokes"), tr("Keystrokes per hour"),
                              tr("Errors per 1,000 keystrokes"), tr("Corrections"), tr("Pauses")};
    m_keyers = makeTable(QStringList{tr("Keyer")} + figures, "keyerStatistics", this);
    m_days = makeTable(QStringList{tr("Keyer"), tr("Day")} + figures, "keyerDayStatistics", this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // the same in every language, as the days listed
        edit->setLayoutDirection(Qt::LeftToRight);
        connect(edit, &QDateEdit::dateChanged, this, &KeyingStatisticsPage::refresh);
    }
    m_to->setDate(QDate::currentDate());
    m_from->setDate(QDate::currentDate().addDays(-6));

    auto *range = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &KeyingStatisticsPage::refresh);
    for (QLabel *label : {fromLabel, toLabel})
        label->setMinimumWidth(label->sizeHint().width() + theme::kSpacing);
    range->addWidget(fromLabel);
    range->addWidget(m_from);
    range->addWidget(toLabel);
    range->addWidget(m_to);
    range->addStretch(1);
    range->addWidget(refreshButton);
    auto *byDay = new QLabel(tr("By keyer and day"), this);
    byDay->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; font-size: 11pt; }"));
    auto *note = new QLabel(tr("Keying time leaves out pauses (no key for 30 seconds or more); it is measured on "
                               "a clock that changing the computer's time does not move."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing);
    layout->setSpacing(theme::kSpacing);
    theme::addDialogHeader(layout, tr("Keying statistics"),
                           tr("How fast and how accurately each keyer enters interviews."), this);
    layout->addLayout(range);
    layout->addWidget(m_message);
    layout->addWidget(m_keyers, 2);
    layout->addWidget(byDay);
    layout->addWidget(m_days, 3);
    layout->addWidget(note);
    refresh();
}

void KeyingStatisticsPage::refresh()
{
    QString error;
    const auto days = KeyingStatistics(m_db).keyerDays(m_session, m_from->date(), m_to->date(), &error);
    m_message->setVisible(!days);
    m_message->setText(error);
    fill(m_keyers, days ? KeyingStatistics::perKeyer(*days) : std::vector<KeyerDay>{}, false);
    fill(m_days, days ? *days : std::vector<KeyerDay>{}, true);
}

} // namespace flowdesk
