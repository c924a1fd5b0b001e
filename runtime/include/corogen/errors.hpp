//===- corogen/errors.hpp - Exceptions and states of generators -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The exception types and the state enumeration of corogen's generator
/// protocol (SPEC section 4): Python's StopIteration, the RuntimeError /
/// TypeError / ValueError messages of the generator protocol, and
/// GeneratorExit.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_ERRORS_HPP
#define COROGEN_ERRORS_HPP

#include <exception>
#include <stdexcept>
#include <string>

namespace corogen {

/// What `inspect.getgeneratorstate` reports, as an enumeration.
enum class gen_state : unsigned char { created, running, suspended, closed };

/// Thrown by `next` and `send` when the generator returns (Python's
/// StopIteration). The return value itself is read with `result()`.
class stop_iteration : public std::exception {
public:
  const char *what() const noexcept override { return "StopIteration"; }
};

/// Misuse of the generator protocol. `what()` is Python's message word for
/// word, e.g. "generator already executing".
class generator_error : public std::logic_error {
public:
  using std::logic_error::logic_error;
};

/// Raised at the pending yield by `close()` (Python's GeneratorExit).
///
/// It deliberately does not derive from std::exception, so that a generator's
/// `catch (const std::exception&)` does not swallow `close()`.
class generator_exit {};

/// The state's name as `inspect.getgeneratorstate` spells it.
constexpr const char *state_name(gen_state s) noexcept {
  return s == gen_state::created     ? "GEN_CREATED"
         : s == gen_state::running   ? "GEN_RUNNING"
         : s == gen_state::suspended ? "GEN_SUSPENDED"
                                     : "GEN_CLOSED";
}

namespace detail {
// Python's messages, kept in one place.
constexpr const char *msg_just_started =
    "can't send non-None value to a just-started generator";
constexpr const char *msg_executing = "generator already executing";
constexpr const char *msg_ignored_exit = "generator ignored GeneratorExit";
constexpr const char *msg_no_result = "generator has not returned a value";
} // namespace detail

} // namespace corogen

#endif // COROGEN_ERRORS_HPP
