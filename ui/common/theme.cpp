#include "theme.h"

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace flowdesk::theme {

namespace {

constexpr auto kStyleSheet = R"css(
QTableView, QTreeView, QListView { gridline-color: #e6e8eb; selection-background-color: #d6e4f7;
                                   selection-color: #1b1f24; }
QHeaderView::section { background: #f4f5f7; color: #3b4350; padding: 5px 8px; border: none;
                       border-bottom: 1px solid #d9dde3; border-right: 1px solid #e6e8eb; font-weight: 600; }
QGroupBox { font-weight: 600; border: 1px solid #e0e3e8; border-radius: 6px; margin-top: 14px; padding: 8px 6px 6px 6px; }
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 8px; padding: 0 4px; color: #3b4350; }
QPushButton { padding: 5px 14px; border-radius: 4px; }
QPushButton#approveButton { background: #2e7d32; color: white; border: 1px solid #1b5e20; font-weight: 600; }
QPushButton#approveButton:disabled, QPushButton#rejectButton:disabled { background: #c9ccd1; border-color: #b5b9bf; }
QPushButton#rejectButton { background: #c62828; color: white; border: 1px solid #8e0000; font-weight: 600; }
QLabel#messageLabel { color: #b71c1c; background: #fdecec; border: 1px solid #f5c2c2; border-radius: 4px; padding: 6px; }
QLabel#pageTitle { font-size: 15pt; font-weight: 600; color: #1b1f24; }
QLabel#pageSubtitle { color: #667085; }
QLineEdit, QComboBox, QDateEdit { padding: 3px 6px; }
QTreeView::item { padding: 3px 0; }
)css";

} // namespace

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xFA, 0xFB, 0xFC));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xF7, 0xF8, 0xFA));
    palette.setColor(QPalette::Highlight, QColor(0x1E, 0x5A, 0xA8));
    palette.setColor(QPalette::Button, QColor(0xF2, 0xF3, 0xF5));
    app.setPalette(palette);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

QColor statusFill(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Draft: return QColor(0xEC, 0xEE, 0xF1);
    case InterviewStatus::Completed: return QColor(0xE3, 0xEE, 0xFB);
    case InterviewStatus::Approved: return QColor(0xE3, 0xF4, 0xE5);
    case InterviewStatus::Rejected: return QColor(0xFD, 0xE7, 0xE7);
    case InterviewStatus::Exported: return QColor(0xEF, 0xE9, 0xF8);
    }
    return Qt::lightGray;
}

QColor statusText(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Draft: return QColor(0x4A, 0x52, 0x5E);
    case InterviewStatus::Completed: return QColor(0x1E, 0x5A, 0xA8);
    case InterviewStatus::Approved: return QColor(0x1B, 0x6E, 0x2E);
    case InterviewStatus::Rejected: return QColor(0xB0, 0x20, 0x20);
    case InterviewStatus::Exported: return QColor(0x5B, 0x3A, 0x9A);
    }
    return Qt::black;
}

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void addDialogHeader(QBoxLayout *layout, const QString &title, const QString &subtitle, QWidget *parent)
{
    auto *titleLabel = new QLabel(title, parent);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(titleLabel);
    if (!subtitle.isEmpty()) {
        auto *sub = new QLabel(subtitle, parent);
        sub->setObjectName(QStringLiteral("pageSubtitle"));
        sub->setWordWrap(true);
        layout->addWidget(sub);
    }
    layout->addSpacing(kSpacing);
}

void setChip(QLabel *label, const QString &text, const QColor &fill, const QColor &textColor)
{
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; "
                                        "font-weight: 600; }")
                             .arg(fill.name(), textColor.name()));
}

QLabel *chip(const QString &text, const QColor &fill, const QColor &textColor, QWidget *parent)
{
    auto *label = new QLabel(parent);
    setChip(label, text, fill, textColor);
    return label;
}

} // namespace flowdesk::theme
