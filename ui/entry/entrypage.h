#pragma once

#include <QWidget>

#include <memory>

namespace flowdesk {

class EntryDatabase;
class EntryForm;
class EntrySession;
class ParadataRecorder;
class Session;
class Workspace;

// A tab of the main window keying one interview as the logged-in account: its own durable connection
// (EntryDatabase, saving through the workflow's door), the session, the form and the paradata recorder.
class EntryPage : public QWidget
{
    Q_OBJECT

public:
    ~EntryPage() override;

    // Opens interview `interviewId` of the workspace's questionnaire (one `account` may key: its own draft or
    // rejected interview), at the question where keying stopped; or a new one when 0. Null (and `error`) on failure.
    static EntryPage *open(const Workspace &workspace, qint64 interviewId, const Session &account, QString *error,
                           QWidget *parent = nullptr);

    EntryForm *form() const { return m_form; }
    EntrySession *session() const { return m_session.get(); }
    QString title() const;

signals:
    void completed();

protected:
    // In another application language the form is built again on the same session, at the same question.
    void changeEvent(QEvent *event) override;

private:
    explicit EntryPage(QWidget *parent);
    void rebuildForm();
    std::unique_ptr<EntryDatabase> m_db;
    std::unique_ptr<ParadataRecorder> m_recorder;
    std::unique_ptr<EntrySession> m_session;
    EntryForm *m_form = nullptr;
};

} // namespace flowdesk
