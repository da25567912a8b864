#include "historyview.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace flowdesk {

namespace {

// "reason: missing consent · to: rejected" from the entry's JSON details; plain text as it is.
QString readable(const QString &details)
{
    const QJsonDocument json = QJsonDocument::fromJson(details.toUtf8());
    if (!json.isObject())
        return details;
    QStringList parts;
    const QJsonObject object = json.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), value);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

HistoryView::HistoryView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("historyView"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    header()->setStretchLastSection(true);
    setColumnWidth(0, 130);
    setColumnWidth(1, 110);
    setColumnWidth(2, 90);
}

void HistoryView::setEntries(const std::vector<AuditEntry> &entries)
{
    clear();
    const QLocale locale;
    for (const AuditEntry &e : entries) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, locale.toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, e.accountName);
        item->setText(2, e.action);
        const QString details = readable(e.details);
        item->setText(3, details);
        item->setToolTip(3, details);
    }
}

} // namespace flowdesk
