#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace newsmark {

// Why something failed, in words a user can act on ("library.sqlite: made by a newer Newsmark").
struct Error
{
    QString message;
};

// A value or an Error. Errors travel as values: no exception crosses the event loop.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &value() & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const QString &error() const { return std::get<Error>(m_state).message; }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{
};
using Status = Result<Done>;

} // namespace newsmark
