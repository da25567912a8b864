#pragma once

#include "entry/entryfield.h"

#include <QListWidget>

namespace flowdesk {

// The list of sections beside the form, each with its state (untouched, in progress, complete, has errors) as a
// coloured mark and a word; skipped sections are greyed. Enter or a click goes to the section.
class SectionNavigator : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionNavigator(QWidget *parent = nullptr);

    // One entry per section, in order; `current` is highlighted.
    void setSections(const std::vector<EntrySection> &sections, const QStringList &titles, int current);
    static QString stateName(EntrySection::State state);

signals:
    void sectionChosen(int section);
};

} // namespace flowdesk
