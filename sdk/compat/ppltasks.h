// ppltasks.h -- a minimal form of the Parallel Patterns Library's task API: concurrency::task<T>
// with then/get/wait/is_done, create_task, task_completion_event and the few helper types module
// code names.
//
// Written for iis-tidy from the public PPL documentation (names and signatures in their
// documented shape); no text of Visual Studio's ppltasks.h was copied. It serves static analysis
// on hosts without Visual Studio's C++ library (with mingw-w64's libstdc++ on Linux).
// Production builds use Visual Studio's header.
//
// Tasks run synchronously here: the constructor runs its function at once, and then() runs the
// continuation at once. That keeps the types and the call shapes, which is what analysis needs;
// it does not model concurrency.

#ifndef IISTIDY_COMPAT_PPLTASKS_H
#define IISTIDY_COMPAT_PPLTASKS_H
#pragma GCC system_header

#include <memory>
#include <type_traits>
#include <utility>

namespace Concurrency {

enum task_status { not_complete, completed, canceled };

class cancellation_token {
public:
    static cancellation_token none() { return cancellation_token(); }
    bool is_canceled() const { return false; }
    bool is_cancelable() const { return false; }
};

class cancellation_token_source {
public:
    cancellation_token get_token() const { return cancellation_token(); }
    void cancel() const {}
};

class task_continuation_context {
public:
    static task_continuation_context use_default() { return task_continuation_context(); }
    static task_continuation_context use_arbitrary() { return task_continuation_context(); }
    static task_continuation_context use_current() { return task_continuation_context(); }
};

class task_options {
public:
    task_options() {}
    task_options(cancellation_token) {}
    task_options(task_continuation_context) {}
};

template <typename T>
class task;

template <typename T>
class task_completion_event {
public:
    task_completion_event() : m_value(std::make_shared<std::shared_ptr<T>>()) {}
    bool set(T value) const
    {
        if (*m_value)
            return false;
        *m_value = std::make_shared<T>(std::move(value));
        return true;
    }
    template <typename E>
    bool set_exception(E) const
    {
        return false;
    }

private:
    template <typename U>
    friend class task;
    std::shared_ptr<std::shared_ptr<T>> m_value;
};

template <>
class task_completion_event<void> {
public:
    task_completion_event() : m_set(std::make_shared<bool>(false)) {}
    bool set() const
    {
        bool bWasSet = *m_set;
        *m_set = true;
        return !bWasSet;
    }
    template <typename E>
    bool set_exception(E) const
    {
        return false;
    }

private:
    template <typename U>
    friend class task;
    std::shared_ptr<bool> m_set;
};

namespace details {

// task<task<U>> unwraps to task<U>, as PPL does for continuations that return tasks.
template <typename R>
struct unwrap_task {
    typedef R type;
};
template <typename U>
struct unwrap_task<task<U>> {
    typedef U type;
};

// Whether F can be called with the antecedent's value (value-based continuation).
template <typename F, typename T, typename = void>
struct takes_value : std::false_type {};
template <typename F, typename T>
struct takes_value<F, T, decltype((void)std::declval<F&>()(std::declval<T>()))>
    : std::true_type {};
template <typename F>
struct takes_value<F, void, decltype((void)std::declval<F&>()())> : std::true_type {};

template <typename R>
struct run_function;

// Runs f() and makes a task of its result.
template <typename R>
struct run_function {
    template <typename F>
    static task<typename unwrap_task<R>::type> run(F& f);
};

} // namespace details

template <typename T>
class task {
public:
    typedef T result_type;

    task() {}
    template <typename F>
    explicit task(F f, cancellation_token = cancellation_token::none())
    {
        *this = details::run_function<decltype(f())>::run(f);
    }
    explicit task(const task_completion_event<T>& event) : m_value(*event.m_value) {}
    template <typename F>
    explicit task(F f, task_options)
    {
        *this = details::run_function<decltype(f())>::run(f);
    }

    static task from_value(T value)
    {
        task t;
        t.m_value = std::make_shared<T>(std::move(value));
        return t;
    }

    T get() const { return *m_value; }
    task_status wait() const { return m_value ? completed : not_complete; }
    bool is_done() const { return m_value != nullptr; }
    bool is_apartment_aware() const { return false; }

    // Value-based continuation: f(T).
    template <typename F,
              typename std::enable_if<details::takes_value<F, T>::value, int>::type = 0>
    auto then(F f, task_continuation_context = task_continuation_context::use_default()) const
        -> task<typename details::unwrap_task<decltype(f(std::declval<T>()))>::type>
    {
        auto g = [&]() { return f(get()); };
        return details::run_function<decltype(f(std::declval<T>()))>::run(g);
    }
    // Task-based continuation: f(task<T>).
    template <typename F,
              typename std::enable_if<!details::takes_value<F, T>::value, int>::type = 0>
    auto then(F f, task_continuation_context = task_continuation_context::use_default()) const
        -> task<typename details::unwrap_task<decltype(f(std::declval<task<T>>()))>::type>
    {
        const task<T>& self = *this;
        auto g = [&]() { return f(self); };
        return details::run_function<decltype(f(std::declval<task<T>>()))>::run(g);
    }

    bool operator==(const task<T>& other) const { return m_value == other.m_value; }
    bool operator!=(const task<T>& other) const { return m_value != other.m_value; }

private:
    std::shared_ptr<T> m_value;
};

template <>
class task<void> {
public:
    typedef void result_type;

    task() : m_bDone(false) {}
    template <typename F>
    explicit task(F f, cancellation_token = cancellation_token::none()) : m_bDone(false)
    {
        *this = details::run_function<decltype(f())>::run(f);
    }
    explicit task(const task_completion_event<void>& event) : m_bDone(*event.m_set) {}
    template <typename F>
    explicit task(F f, task_options) : m_bDone(false)
    {
        *this = details::run_function<decltype(f())>::run(f);
    }

    static task completed_task()
    {
        task t;
        t.m_bDone = true;
        return t;
    }

    void get() const {}
    task_status wait() const { return m_bDone ? completed : not_complete; }
    bool is_done() const { return m_bDone; }
    bool is_apartment_aware() const { return false; }

    template <typename F,
              typename std::enable_if<details::takes_value<F, void>::value, int>::type = 0>
    auto then(F f, task_continuation_context = task_continuation_context::use_default()) const
        -> task<typename details::unwrap_task<decltype(f())>::type>
    {
        return details::run_function<decltype(f())>::run(f);
    }
    template <typename F,
              typename std::enable_if<!details::takes_value<F, void>::value, int>::type = 0>
    auto then(F f, task_continuation_context = task_continuation_context::use_default()) const
        -> task<typename details::unwrap_task<decltype(f(std::declval<task<void>>()))>::type>
    {
        const task<void>& self = *this;
        auto g = [&]() { return f(self); };
        return details::run_function<decltype(f(std::declval<task<void>>()))>::run(g);
    }

    bool operator==(const task<void>& other) const { return m_bDone == other.m_bDone; }
    bool operator!=(const task<void>& other) const { return m_bDone != other.m_bDone; }

private:
    bool m_bDone;
};

namespace details {

template <typename R>
template <typename F>
task<typename unwrap_task<R>::type> run_function<R>::run(F& f)
{
    return task<R>::from_value(f());
}

template <typename U>
struct run_function<task<U>> {
    template <typename F>
    static task<U> run(F& f)
    {
        return f();
    }
};

template <>
struct run_function<void> {
    template <typename F>
    static task<void> run(F& f)
    {
        f();
        return task<void>::completed_task();
    }
};

} // namespace details

template <typename F>
auto create_task(F f) -> task<typename details::unwrap_task<decltype(f())>::type>
{
    return details::run_function<decltype(f())>::run(f);
}

template <typename F>
auto create_task(F f, task_options) -> task<typename details::unwrap_task<decltype(f())>::type>
{
    return details::run_function<decltype(f())>::run(f);
}

template <typename T>
task<T> create_task(task<T> t)
{
    return t;
}

template <typename T>
task<T> create_task(const task_completion_event<T>& event)
{
    return task<T>(event);
}

template <typename T>
task<T> task_from_result(T value)
{
    return task<T>::from_value(std::move(value));
}

inline task<void> task_from_result()
{
    return task<void>::completed_task();
}

} // namespace Concurrency

namespace concurrency = Concurrency;

#endif // IISTIDY_COMPAT_PPLTASKS_H
