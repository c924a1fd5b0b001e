//===- corogen/generator.hpp - The generator handle -------------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `corogen::generator<Y, S, R>`, the handle through which a consumer drives a
/// generator with Python's protocol (SPEC section 4).
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_GENERATOR_HPP
#define COROGEN_GENERATOR_HPP

#include "corogen/detail/frame.hpp"
#include "corogen/errors.hpp"

#include <cstddef>
#include <exception>
#include <iterator>
#include <type_traits>
#include <utility>

namespace corogen {
namespace detail {

/// How a handle hands out the yielded value: by value, or nothing for `void`.
template <class Y> struct value_ops {
  using result = Y;
  template <class S> static Y take(frame_core *f) {
    auto *io = static_cast<frame_io<Y, S> *>(f);
    Y v(std::move(io->corogen_value.get()));
    io->corogen_clear_value();
    return v;
  }
};
template <> struct value_ops<void> {
  using result = void;
  template <class S> static void take(frame_core *) {}
};

/// How a handle hands out the result.
template <class R> struct result_ops {
  using ref = R &;
  template <class Y, class S> static R &get(frame_core *f) {
    auto *b = static_cast<frame_base<Y, S, R> *>(f);
    return b->corogen_result.get();
  }
};
template <> struct result_ops<void> {
  using ref = void;
  template <class Y, class S> static void get(frame_core *) {}
};

/// Keeps a function parameter's type out of template argument deduction.
template <class T> struct non_deduced { using type = T; };

} // namespace detail

/// A generator: a function that pauses at `CORO_YIELD`. `Y` is what it yields,
/// `S` what is sent into it and `R` what it returns; each may be `void`.
///
/// A handle owns its frame and is move-only; moving it never moves the frame.
/// A default-constructed or moved-from handle behaves as a closed generator.
template <class Y, class S, class R> class generator {
  static_assert(!std::is_reference<Y>::value,
                "corogen::generator yields values: make Y an object type, such as a "
                "pointer or std::reference_wrapper, instead of a reference");
  static_assert(!std::is_reference<S>::value,
                "corogen::generator is sent values: make S an object type instead of "
                "a reference");
  static_assert(!std::is_reference<R>::value,
                "corogen::generator returns values: make R an object type instead of "
                "a reference");

public:
  using yield_type = Y;
  using send_type = S;
  using return_type = R;
  class iterator;

  generator() noexcept = default;
  generator(generator &&other) noexcept
      : m_frame(other.m_frame), m_resume(other.m_resume), m_destroy(other.m_destroy) {
    other.m_frame = nullptr;
  }
  generator &operator=(generator &&other) noexcept {
    if (this != &other) {
      reset();
      m_frame = other.m_frame;
      m_resume = other.m_resume;
      m_destroy = other.m_destroy;
      other.m_frame = nullptr;
    }
    return *this;
  }
  generator(const generator &) = delete;
  generator &operator=(const generator &) = delete;
  /// A suspended generator is closed first; nothing escapes.
  ~generator() { reset(); }

  /// Python's `next(g)`: runs to the next yield and returns its value; throws
  /// stop_iteration when the generator returns.
  Y next() {
    detail::frame_core *f = advance(nullptr);
    if (f == nullptr)
      throw stop_iteration();
    return detail::value_ops<Y>::template take<S>(f);
  }

  /// Python's `g.send(s)`: `s` becomes the value of the pending CORO_YIELD.
  /// The parameter is always an `S` (never deduced from the argument): the
  /// frame reads the sent value back as an `S`.
  template <class T = S, class = typename std::enable_if<!std::is_void<T>::value>::type>
  Y send(typename detail::non_deduced<T>::type value) {
    if (m_frame != nullptr && m_frame->corogen_state == gen_state::created)
      throw generator_error(detail::msg_just_started);
    detail::frame_core *f = advance(&value);
    if (f == nullptr)
      throw stop_iteration();
    return detail::value_ops<Y>::template take<S>(f);
  }

  /// Python's `g.throw(e)`: raises `e` at the pending yield.
  Y throw_exception(std::exception_ptr e) {
    detail::frame_core *y = raise_into(std::move(e));
    if (y == nullptr)
      throw stop_iteration();
    return detail::value_ops<Y>::template take<S>(y);
  }
  template <class E,
            class = typename std::enable_if<!std::is_same<
                typename std::decay<E>::type, std::exception_ptr>::value>::type>
  Y throw_exception(E &&e) {
    return throw_exception(std::make_exception_ptr(std::forward<E>(e)));
  }

  /// Python's `g.close()`: raises generator_exit at the pending yield.
  void close() {
    if (m_frame != nullptr)
      detail::close_frame(m_frame);
  }

  gen_state state() const noexcept {
    return m_frame == nullptr ? gen_state::closed : m_frame->corogen_observed_state();
  }

  /// The value the generator returned (Python's StopIteration.value); throws
  /// generator_error if it has not returned.
  typename detail::result_ops<R>::ref result() {
    if (m_frame == nullptr || !m_frame->corogen_returned)
      throw generator_error(detail::msg_no_result);
    return detail::result_ops<R>::template get<Y, S>(m_frame);
  }

  /// Input iteration, one next() a step: `for (auto &&v : g)`.
  iterator begin() {
    static_assert(!std::is_void<Y>::value,
                  "a generator that yields void has no values to iterate over");
    return iterator(this, advance(nullptr));
  }
  /// The end of the iteration. (Of the iterator's own type: C++14's range-for
  /// needs begin and end to agree.)
  iterator end() noexcept { return iterator(); }

private:
  friend struct detail::handle_access;

  generator(detail::frame_core *f, detail::resume_fn resume, detail::destroy_fn destroy) noexcept
      : m_frame(f), m_resume(resume), m_destroy(destroy) {}

  /// Resumes with `sent` (nullptr: next) and returns the frame that yielded,
  /// or nullptr when the generator has finished.
  ///
  /// The common case, a created or suspended frame neither delegating nor
  /// delegated to, resumes through the handle's own function pointer, which
  /// the optimiser can see was set by the generator's function, so that it
  /// can inline the body here. For that this function is inlined into the
  /// consumer's loop, and the handle's address is never passed to a call
  /// the optimiser cannot see into: the other cases go out of line and are
  /// given only the frame (docs/performance.md).
  [[gnu::always_inline]] detail::frame_core *advance(void *sent) {
    detail::frame_core *f = m_frame;
    if (f == nullptr || f->corogen_sub != nullptr || f->corogen_root != nullptr ||
        (f->corogen_state != gen_state::created && f->corogen_state != gen_state::suspended))
      return detail::advance_slow(f, sent);
    f->corogen_sent = sent;
    m_resume(f);
    if (f->corogen_sub != nullptr)
      return detail::drive_started_chain(f);
    return f->corogen_state == gen_state::closed ? nullptr : f;
  }

  /// Raises `e` at the pending yield; returns as advance() does.
  detail::frame_core *raise_into(std::exception_ptr e) {
    detail::frame_core *f = m_frame;
    if (f == nullptr || f->corogen_observed_state() == gen_state::closed)
      std::rethrow_exception(e);
    if (f->corogen_observed_state() == gen_state::running)
      throw generator_error(detail::msg_executing);
    f->corogen_innermost()->corogen_raise_exception(std::move(e));
    return detail::drive(f);
  }

  void reset() noexcept {
    if (m_frame == nullptr)
      return;
    detail::frame_core *f = m_frame;
    m_frame = nullptr;
    if (f->corogen_state != gen_state::closed) {
      try {
        detail::close_frame(f);
      } catch (...) {
        // As Python's __del__: an error while closing is dropped.
      }
    }
    m_destroy(f);
  }

  detail::frame_core *m_frame = nullptr;
  detail::resume_fn m_resume = nullptr;
  detail::destroy_fn m_destroy = nullptr;
};

/// The input iterator of a generator; `*it` is the value just yielded.
template <class Y, class S, class R> class generator<Y, S, R>::iterator {
public:
  using iterator_category = std::input_iterator_tag;
  using value_type = typename std::remove_cv<Y>::type;
  using difference_type = std::ptrdiff_t;
  using pointer = Y *;
  using reference = Y &;

  iterator() noexcept = default;
  reference operator*() const noexcept { return value(); }
  pointer operator->() const noexcept { return &value(); }
  iterator &operator++() {
    m_current = m_gen->advance(nullptr);
    return *this;
  }
  void operator++(int) { ++*this; }
  /// Iterators compare equal when both are at the end: an input iterator
  /// is only ever compared with end().
  friend bool operator==(const iterator &a, const iterator &b) noexcept {
    return a.m_current == b.m_current;
  }
  friend bool operator!=(const iterator &a, const iterator &b) noexcept { return !(a == b); }

private:
  friend class generator;
  iterator(generator *g, detail::frame_core *current) noexcept : m_gen(g), m_current(current) {}
  Y &value() const noexcept {
    return static_cast<detail::frame_io<Y, S> *>(m_current)->corogen_value.get();
  }

  generator *m_gen = nullptr;
  detail::frame_core *m_current = nullptr;
};

/// `inspect.getgeneratorstate(g)`: "GEN_CREATED", "GEN_RUNNING",
/// "GEN_SUSPENDED" or "GEN_CLOSED".
template <class Y, class S, class R>
const char *getgeneratorstate(const generator<Y, S, R> &g) noexcept {
  return state_name(g.state());
}

/// The notebook's `@coroutine` decorator: advances a generator to its first
/// yield and returns it.
template <class Y, class S, class R> generator<Y, S, R> primed(generator<Y, S, R> g) {
  g.next();
  return g;
}

} // namespace corogen

#endif // COROGEN_GENERATOR_HPP
