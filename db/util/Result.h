#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace daicho {

// What went wrong, in words a user can act on. The CLI maps the code to its exit status.
enum class ErrorCode {
    None,
    Usage,        // the request itself is malformed
    NotFound,     // no such asset, organisation or file
    Validation,   // a rule with severity error refused the change
    Conflict,     // someone else changed the row meanwhile, or a duplicate key
    FileRefused,  // not a register, a newer register, or a damaged one: left untouched
    Io,           // the file could not be read or written
    Database,     // SQLite reported an error
    TooNew,       // a register written by a newer Daicho: left untouched, Daicho needs an update
    ReadOnly,     // the register (its file or its folder) cannot be written: nothing was changed
    WriteFailed,  // the disk is full or refused the write: nothing was changed
    Busy,         // another person is changing the register and did not finish in time
};

struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
    QStringList details;   // e.g. the rule findings that blocked a save

    bool isError() const { return code != ErrorCode::None; }
};

// A value or an error; the core returns these instead of throwing or showing anything.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

inline Error makeError(ErrorCode code, const QString& message, const QStringList& details = {})
{
    return Error{code, message, details};
}

} // namespace daicho
