#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

namespace flowdesk {

// Hands work from one thread to another, holding at most `capacity` items so memory stays flat when the
// producer is faster. push() blocks while full; pop() blocks while empty and returns false once closed and
// drained.
template<typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity) {}

    // False when the queue was closed: the consumer wants no more.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_ready.notify_one();
        return true;
    }

    // No more items will come (or the consumer gives up): wakes everyone waiting.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_ready.notify_all();
        m_space.notify_all();
    }

    bool pop(T &item)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return false;
        item = std::move(m_items.front());
        m_items.pop_front();
        m_space.notify_one();
        return true;
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace flowdesk
