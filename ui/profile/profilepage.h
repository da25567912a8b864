#pragma once

#include "accounts/session.h"
#include "statistics/profileaggregator.h"

#include <QThreadPool>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace flowdesk {

class ChartCard;
class Database;
class Questionnaire;

// The Profile screen: the flow monitoring profile of the chosen interviews (default approved), filtered by date,
// flow monitoring point, nationality, sex, age group and status, every chart split by one control. The column
// store is built and every aggregation runs on a worker thread of the page's own (one at a time, so the store is
// never read while it changes); the window stays responsive and shows progress. Small cells are protected unless
// a supervisor switches that off for the screen; the PDF and CSV exports are always computed protected.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(Database &database, const Session &session, const Questionnaire &questionnaire, qint64 questionnaireId,
                QWidget *parent = nullptr);
    ~ProfilePage() override;

    void setLanguage(int language);
    // Re-reads what changed in the file and recomputes (also on show and every few seconds while shown).
    void refresh();

    // For tests and screenshots: the controls and what is shown.
    QComboBox *sexFilter() const { return m_sex; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *splitControl() const { return m_split; }
    QComboBox *ageFilter() const { return m_age; }
    QCheckBox *showSmallCells() const { return m_showSmall; }
    QLabel *summary() const { return m_summary; }
    QProgressBar *progress() const { return m_progress; }
    const ProfileResult &result() const { return m_result; }
    QList<ChartCard *> cards() const { return m_cards; }
    bool busy() const { return m_running; }
    ProfileFilter filter() const;
    const ProfileDefinition &definition() const { return m_definition; }

    bool exportPdf(const QString &path, QString *error);
    bool exportCsv(const QString &folder, QString *error);

signals:
    void computed(); // a new result is on screen

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildControls();
    void fillChoices(QComboBox *box, const QString &field, const QString &anyText);
    void load();
    void recompute();
    void display(ProfileResult result);
    void editChart(int index);
    void saveDefinition();
    SplitChoice splitChoice() const;
    // Runs `job` on the worker after what is queued; the page outlives it (the destructor waits).
    void run(std::function<void()> job);
    ProfileResult computeSafe(); // on the worker: always suppressed, for exports

    Database &m_db;
    Session m_session;
    const Questionnaire &m_q;
    qint64 m_questionnaireId;
    QString m_path;
    ProfileDefinition m_definition;
    int m_language;
    int m_threshold;
    std::shared_ptr<ProfileData> m_data; // touched only on the worker
    QThreadPool m_worker;
    bool m_running = false;
    bool m_pending = false;
    ProfileResult m_result;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_point = nullptr;
    QComboBox *m_nationality = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_age = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_split = nullptr;
    QCheckBox *m_showSmall = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_cardArea = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<ChartCard *> m_cards;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace flowdesk
