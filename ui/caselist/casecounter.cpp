#include "casecounter.h"

#include "store/database.h"

#include <QPointer>

namespace flowdesk {

class CaseCounter::Worker : public QObject
{
public:
    Worker(QString path, Session session, std::shared_ptr<std::atomic<int>> latest)
        : m_path(std::move(path)), m_session(std::move(session)), m_latest(std::move(latest))
    {
    }

    // On the worker thread.
    void count(const CaseFilter &filter, int request, QPointer<CaseCounter> reply)
    {
        if (request != m_latest->load())
            return; // a newer filter is on its way
        if (!m_db) {
            QString error;
            m_db = Database::open(m_path, OpenMode::ReadOnly, &error);
            if (m_db && !m_db->limitPageCache(&error))
                m_db.reset();
        }
        CaseCounts counts;
        const bool ok = m_db != nullptr;
        if (ok) {
            CaseListQuery query(*m_db, m_session);
            query.setFilter(filter);
            counts = query.counts();
        }
        QMetaObject::invokeMethod(
            reply.data(),
            [reply, request, ok, counts] {
                if (reply)
                    emit reply->counted(request, ok, counts);
            },
            Qt::QueuedConnection);
    }
    void close() { m_db.reset(); }

private:
    QString m_path;
    Session m_session;
    std::shared_ptr<std::atomic<int>> m_latest;
    std::unique_ptr<Database> m_db;
};

CaseCounter::CaseCounter(const QString &databasePath, const Session &session, QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_worker = new Worker(databasePath, session, m_latest);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("case counter"));
    m_thread.start(QThread::LowPriority);
}

CaseCounter::~CaseCounter()
{
    m_latest->store(-1); // requests still queued are dropped
    Worker *worker = m_worker;
    // The connection is closed on the thread that opened it.
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

void CaseCounter::count(const CaseFilter &filter, int request)
{
    m_latest->store(request);
    Worker *worker = m_worker;
    QPointer<CaseCounter> reply(this);
    QMetaObject::invokeMethod(worker, [worker, filter, request, reply] { worker->count(filter, request, reply); },
                              Qt::QueuedConnection);
}

} // namespace flowdesk
