#pragma once

#include "interview/interview.h"

#include <QColor>

class QApplication;
class QBoxLayout;
class QLabel;
class QWidget;

namespace flowdesk::theme {

// One spacing unit for every screen's layouts, so the screens line up.
inline constexpr int kSpacing = 8;

// Fusion with a light palette and a small style sheet: the same look on every desktop (and offscreen).
void apply(QApplication &app);

// A status chip's fill and text colours.
QColor statusFill(InterviewStatus status);
QColor statusText(InterviewStatus status);

inline QColor errorColor() { return QColor(0xC6, 0x28, 0x28); }
inline QColor warningColor() { return QColor(0xB2, 0x6A, 0x00); }
inline QColor commentColor() { return QColor(0x1E, 0x5A, 0xA8); }
inline QColor errorFill() { return QColor(0xFD, 0xEC, 0xEC); }
inline QColor warningFill() { return QColor(0xFF, 0xF4, 0xE0); }
inline QColor flagFill() { return QColor(0xEE, 0xE8, 0xFB); }

// A hidden, word-wrapped label for refusals; showMessage() shows it with the text.
QLabel *messageLabel(QWidget *parent);
void showMessage(QLabel *label, const QString &text);
// A bold title and a grey subtitle at the top of a dialog or page.
void addDialogHeader(QBoxLayout *layout, const QString &title, const QString &subtitle, QWidget *parent);
// A rounded label in the given colours (flags, status in the review header).
QLabel *chip(const QString &text, const QColor &fill, const QColor &textColor, QWidget *parent);
void setChip(QLabel *label, const QString &text, const QColor &fill, const QColor &textColor);

} // namespace flowdesk::theme
