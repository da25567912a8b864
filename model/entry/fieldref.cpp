#include "fieldref.h"

#include <QStringList>

namespace flowdesk {

QString FieldRef::key() const
{
    QString key = QString::number(item);
    for (size_t k = 0; k < instance.size(); ++k) {
        key += k == 0 ? u'@' : u'.';
        key += QString::number(instance[k]);
    }
    return key;
}

FieldRef FieldRef::fromKey(QStringView key)
{
    FieldRef ref;
    const qsizetype at = key.indexOf(u'@');
    bool ok = false;
    const int item = key.left(at < 0 ? key.size() : at).toInt(&ok);
    if (!ok)
        return {};
    if (at >= 0) {
        for (QStringView part : key.mid(at + 1).split(u'.')) {
            const int n = part.toInt(&ok);
            if (!ok || n < 1)
                return {};
            ref.instance.push_back(n);
        }
    }
    ref.item = item;
    return ref;
}

QString FieldRef::instanceText() const
{
    QString text;
    for (size_t k = 0; k < instance.size(); ++k) {
        if (k > 0)
            text += u'.';
        text += QString::number(instance[k]);
    }
    return text;
}

std::vector<int> FieldRef::instanceFromText(QStringView text)
{
    std::vector<int> numbers;
    if (text.isEmpty())
        return numbers;
    for (QStringView part : text.split(u'.'))
        numbers.push_back(part.toInt());
    return numbers;
}

} // namespace flowdesk
