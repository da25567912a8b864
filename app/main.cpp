// flowdesk: the desktop application. Opens the database given, or the demo database (made on first start).
#include "common/applanguage.h"
#include "common/theme.h"
#include "demo/demodatabase.h"
#include "login/login.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include "platform/localtimezone.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace {

QString demoDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("demo.flowdesk"));
}

} // namespace

int main(int argc, char *argv[])
{
    flowdesk::pinLocalTimeZone();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FlowDesk"));
    QApplication::setOrganizationName(QStringLiteral("FlowDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FLOWDESK_VERSION));
    flowdesk::theme::apply(app);
    // The language chosen last (or the system's), before the first window: Arabic lays everything out right
    // to left.
    flowdesk::applanguage::apply(flowdesk::applanguage::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Offline Flow Monitoring Survey desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("DB"),
        QObject::tr("Database to open (default: the demo database, made on first start)."));
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (!path.isEmpty() && !QFileInfo::exists(path)) {
        QMessageBox::critical(nullptr, QObject::tr("FlowDesk"), QObject::tr("%1 does not exist.").arg(path));
        return 1;
    }
    if (path.isEmpty()) {
        path = demoDatabasePath();
        if (!QFileInfo::exists(path)) {
            QString error;
            if (!flowdesk::DemoDatabase::fill(path, 300, 1, &error)) {
                QMessageBox::critical(nullptr, QObject::tr("FlowDesk"),
                                      QObject::tr("Cannot create the demo database %1:\n%2").arg(path, error));
                return 1;
            }
        }
    }
    QString error;
    std::unique_ptr<flowdesk::Workspace> workspace = flowdesk::MainWindow::openWorkspace(path, nullptr, &error);
    if (!workspace && error.isEmpty())
        return 0; // the user chose not to turn an empty file into a database
    const bool damaged = error.contains(QLatin1String("is damaged or truncated"));
    if (!workspace && !damaged) {
        QMessageBox::critical(nullptr, QObject::tr("FlowDesk"), QObject::tr("Cannot open %1:\n%2").arg(path, error));
        return 1;
    }
    const std::optional<flowdesk::Session> session = flowdesk::logIn(workspace->database());
    if (!session)
        return 0;
    flowdesk::MainWindow window(std::move(workspace));
    window.setSession(*session);
    window.show();
    // A damaged database still gets the window, empty: its menu restores the file from a backup.
    if (damaged)
        window.showOpenFailure(path, error);
    return QApplication::exec();
}
