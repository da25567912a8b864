#include "applanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace flowdesk::applanguage {

namespace {

const QString kSettingsKey = QStringLiteral("language");

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

// Ours first, then Qt's (QDialogButtonBox's "Cancel", the file dialogs). Owned by the application object.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void install(QTranslator *translator, bool loaded)
{
    if (!loaded) {
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}

} // namespace

QStringList codes()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("ar"))
        return QStringLiteral("العربية");
    return QStringLiteral("English");
}

QString current()
{
    return currentCode();
}

QString saved()
{
    const QString chosen = QSettings().value(kSettingsKey).toString();
    if (codes().contains(chosen))
        return chosen;
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return codes().contains(system) ? system : QStringLiteral("en");
}

void apply(const QString &requested)
{
    const QString code = codes().contains(requested) ? requested : QStringLiteral("en");
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    if (code != QLatin1String("en")) {
        auto *ours = new QTranslator(qApp);
        install(ours, ours->load(QStringLiteral(":/i18n/flowdesk_%1.qm").arg(code)));
        auto *qt = new QTranslator(qApp);
        install(qt, qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
    currentCode() = code;
    QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
}

void choose(const QString &code)
{
    apply(code);
    QSettings().setValue(kSettingsKey, current());
}

QComboBox *makeChooser(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("appLanguage"));
    for (const QString &code : codes())
        box->addItem(nativeName(code), code);
    box->setCurrentIndex(box->findData(current()));
    QObject::connect(box, &QComboBox::activated, box, [box](int index) {
        const QString code = box->itemData(index).toString();
        if (code != current())
            choose(code);
    });
    return box;
}

} // namespace flowdesk::applanguage
