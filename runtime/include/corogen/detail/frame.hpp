//===- corogen/detail/frame.hpp - The typed frame and its driver -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The typed layers of a generator frame, the CRTP base that every frame the
/// rewriter emits derives from, and the loop that drives a delegation chain.
/// docs/frame-interface.md describes the contract a generated frame keeps.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_DETAIL_FRAME_HPP
#define COROGEN_DETAIL_FRAME_HPP

#include "corogen/detail/frame_core.hpp"
#include "corogen/detail/manual.hpp"

#include <exception>
#include <type_traits>
#include <utility>

namespace corogen {

template <class Y, class S = void, class R = void> class generator;

namespace detail {

/// The yielded value's slot; `Y` may be `void`.
template <class Y, class S> struct frame_io : frame_core {
  using frame_core::frame_core;
  ~frame_io() { corogen_clear_value(); }

  manual<Y> corogen_value;

  template <class... A> void corogen_put_value(A &&...a) {
    corogen_value.construct(std::forward<A>(a)...);
    corogen_has_value = true;
  }
  void corogen_clear_value() noexcept {
    if (corogen_has_value) {
      corogen_has_value = false;
      corogen_value.destroy();
    }
  }
};

/// Adds the returned value's slot; `R` may be `void`.
template <class Y, class S, class R> struct frame_base : frame_io<Y, S> {
  using frame_io<Y, S>::frame_io;
  ~frame_base() {
    if (this->corogen_returned)
      corogen_result.destroy();
  }
  manual<R> corogen_result;
};

/// What a sent value looks like at the pending yield.
template <class S> struct sent_ops {
  static S take(frame_core *f) {
    S *p = static_cast<S *>(f->corogen_sent);
    f->corogen_sent = nullptr;
    if (p == nullptr)
      return S();
    return std::move(*p);
  }
};

template <class T> struct is_generator : std::false_type {};
template <class Y, class S, class R>
struct is_generator<generator<Y, S, R>> : std::true_type {};

/// How `CORO_YIELD_FROM(h)` reaches `h` from a frame yielding `Y`, sent `S`:
/// 0, a generator with the same `Y` and `S`, linked into the chain; 1, a
/// generator with other types, through a converting adapter; 2, a range.
template <class H, class Y, class S> struct delegation_kind {
  static constexpr int value = 2;
};
template <class Y2, class S2, class R2, class Y, class S>
struct delegation_kind<generator<Y2, S2, R2>, Y, S> {
  static constexpr int value =
      std::is_same<Y2, Y>::value && std::is_same<S2, S>::value ? 0 : 1;
};
template <class G, class Y, class S,
          int Kind = delegation_kind<typename std::decay<G>::type, Y, S>::value>
struct delegation;

/// Reaches inside a handle; only the runtime uses it.
struct handle_access {
  template <class G> static frame_core *frame(G &g) noexcept { return g.m_frame; }
  template <class G> static frame_core *release(G &g) noexcept {
    frame_core *f = g.m_frame;
    g.m_frame = nullptr;
    return f;
  }
  template <class G> static frame_core *advance(G &g, void *sent) { return g.advance(sent); }
  template <class G> static frame_core *raise_into(G &g, std::exception_ptr e) {
    return g.raise_into(std::move(e));
  }
  template <class Frame, class G> static G make(Frame *f) noexcept {
    return G(f, &Frame::corogen_resume_thunk, &Frame::corogen_destroy_thunk);
  }
};

/// Closes a frame as a handle's destructor does, then frees it.
inline void close_and_destroy(frame_core *f) noexcept;

/// Falling off a body's end: a value-initialised result where there is one;
/// for an `R` that has none, every path must end in CORO_RETURN, and an end
/// that is reached anyway terminates, as falling off a value-returning
/// function is undefined in C++.
template <class R> struct fall_off {
  template <class F> static void finish(F &f, std::true_type) { f.corogen_return(); }
  template <class F> static void finish(F &, std::false_type) { std::terminate(); }
};
template <> struct fall_off<void> {
  template <class F, class B> static void finish(F &f, B) { f.corogen_return(); }
};

/// The base of every generator frame: `Derived` is the generated class, which
/// provides
///   void corogen_body();            // runs from `corogen_point` on
///   void corogen_unwind() noexcept; // destroys the live locals and parameters
/// and `HasHandlers` tells whether its body has a `try` around a suspension.
template <class Derived, class Y, class S, class R, bool HasHandlers>
struct frame : frame_base<Y, S, R> {
  frame() noexcept
      : frame_base<Y, S, R>(&corogen_resume_thunk, &corogen_destroy_thunk,
                            HasHandlers) {}

  // The calls a generated body makes.

  /// Suspends with `a...` as the yielded value (after the body returns).
  template <class... A> void corogen_yield(A &&...a) {
    this->corogen_put_value(std::forward<A>(a)...);
  }
  /// The value of the `CORO_YIELD` the body resumed at.
  S corogen_take_sent() { return sent_ops<S>::take(this); }
  /// Raises what throw_exception or close asked for, where the body resumed.
  void corogen_resumed() { this->corogen_raise_if_pending(); }
  /// Ends the generator with a value: sets the result. The body returns
  /// right after, which destroys its own locals, and the resume thunk then
  /// destroys the frame's, which were constructed before them.
  template <class... A> void corogen_return(A &&...a) {
    this->corogen_result.construct(std::forward<A>(a)...);
    this->corogen_returned = true;
  }
  /// Falling off the end of the body: returns a value-initialised `R`.
  void corogen_fall_off() {
    fall_off<R>::finish(*this, typename std::is_default_constructible<R>::type());
  }
  /// Starts `CORO_YIELD_FROM(g)`; false if `g` had already finished, so that
  /// the body goes on at once.
  template <class G> bool corogen_delegate(G &&g) {
    return delegation<G, Y, S>::start(*this, std::forward<G>(g));
  }
  /// The value of `CORO_YIELD_FROM(g)` once `g` has finished; `G` is
  /// `decltype((g))`, a reference if `g` was an lvalue.
  template <class G> typename delegation<G, Y, S>::result_type corogen_delegate_result() {
    return delegation<G, Y, S>::result(*this);
  }

  // What the runtime calls through the frame's function pointers.

  // Inlined where generator::advance calls it through a pointer it knows.
  [[gnu::always_inline]] static void corogen_resume_thunk(frame_core *core) {
    Derived *d = static_cast<Derived *>(core);
    d->corogen_clear_value();
    if (core->corogen_raise != raise_kind::none &&
        (!HasHandlers || core->corogen_state == gen_state::created)) {
      // Nothing in the body could catch it: unwind without running it.
      d->corogen_finish();
      if (core->corogen_raise == raise_kind::exit) {
        core->corogen_raise = raise_kind::none;
        return;
      }
      core->corogen_raise_pending();
    }
    core->corogen_state = gen_state::running;
    try {
      d->corogen_body();
    } catch (...) {
      d->corogen_finish();
      throw;
    }
    if (core->corogen_returned)
      d->corogen_finish();
    else if (core->corogen_state == gen_state::running)
      core->corogen_state = gen_state::suspended;
  }

  static void corogen_destroy_thunk(frame_core *core) noexcept {
    Derived *d = static_cast<Derived *>(core);
    if (!core->corogen_finished())
      d->corogen_finish();
    delete d;
  }

  void corogen_finish() noexcept {
    static_cast<Derived *>(this)->corogen_unwind();
    this->corogen_state = gen_state::closed;
    this->corogen_release_sub();
  }
};

/// Resumes the innermost frame of the chain that `top` heads, after the
/// caller told that frame what to receive (a sent value or a raise), and keeps
/// going through starts and ends of delegations until a frame yields (it is
/// returned) or `top` finishes by returning or by a generator_exit that close()
/// raised (nullptr). An exception that escapes `top` escapes this call.
inline frame_core *drive(frame_core *top) {
  frame_core *f = top->corogen_innermost();
  for (;;) {
    const bool closing = f->corogen_closing;
    try {
      f->corogen_resume_fn(f);
    } catch (...) {
      f->corogen_closing = false;
      if (f == top)
        throw;
      frame_core *parent = f->corogen_unlink_from_parent();
      parent->corogen_release_sub();
      // PEP 380: the sub-generator's exception is raised in the delegator at
      // the yield from; a generator_exit that close() raised means the sub's
      // close() succeeded, and generator_exit is then raised in the delegator.
      bool exited = false;
      if (closing) {
        try {
          throw;
        } catch (const generator_exit &) {
          exited = true;
        } catch (...) {
        }
      }
      if (exited)
        parent->corogen_raise_exit();
      else
        parent->corogen_raise_exception(std::current_exception());
      f = parent;
      continue;
    }
    if (f->corogen_finished()) {
      f->corogen_closing = false;
      if (f == top)
        return nullptr;
      frame_core *parent = f->corogen_unlink_from_parent();
      if (closing) {
        parent->corogen_release_sub();
        parent->corogen_raise_exit();
      }
      f = parent;
      continue;
    }
    if (f->corogen_delegating()) {
      // A frame that close() raised generator_exit in has started a
      // delegation instead of exiting: close() ends when something yields
      // (close_frame reports that), and this frame's later yields are
      // ordinary ones.
      f->corogen_closing = false;
      f = f->corogen_innermost();
      f->corogen_sent = nullptr; // PEP 380 starts the sub with next()
      continue;
    }
    if (closing) {
      f->corogen_closing = false;
      if (f == top)
        throw generator_error(msg_ignored_exit);
      // The sub-generator's close() raised: that is raised in the delegator,
      // which abandons the sub-generator.
      frame_core *parent = f->corogen_unlink_from_parent();
      parent->corogen_release_sub();
      parent->corogen_raise_exception(std::make_exception_ptr(generator_error(msg_ignored_exit)));
      f = parent;
      continue;
    }
    return f;
  }
}

/// close() on the frame `f` (SPEC section 4): generator_exit at the pending
/// yield, the sub-generators first.
inline void close_frame(frame_core *f) {
  gen_state st = f->corogen_observed_state();
  if (st == gen_state::closed)
    return;
  if (st == gen_state::running)
    throw generator_error(msg_executing);
  f->corogen_innermost()->corogen_raise_exit();
  frame_core *yielded = nullptr;
  try {
    yielded = drive(f);
  } catch (const generator_exit &) {
    return;
  }
  if (yielded != nullptr)
    throw generator_error(msg_ignored_exit);
}

/// next() or send() where generator::advance does not resume the frame
/// itself: `f` is null, finished, running, delegating or delegated to.
[[gnu::noinline]] inline frame_core *advance_slow(frame_core *f, void *sent) {
  if (f == nullptr)
    return nullptr;
  gen_state st = f->corogen_observed_state();
  if (st == gen_state::closed)
    return nullptr;
  if (st == gen_state::running)
    throw generator_error(msg_executing);
  f->corogen_innermost()->corogen_sent = sent;
  return drive(f);
}

/// Goes on after generator::advance resumed `f` and its body started a
/// delegation: PEP 380 starts the sub-generator with next().
[[gnu::noinline]] inline frame_core *drive_started_chain(frame_core *f) {
  f->corogen_innermost()->corogen_sent = nullptr;
  return drive(f);
}

inline void close_and_destroy(frame_core *f) noexcept {
  try {
    close_frame(f);
  } catch (...) {
    // As in Python's __del__: nothing escapes the destruction of a generator.
  }
  f->corogen_destroy_fn(f);
}

} // namespace detail
} // namespace corogen

#endif // COROGEN_DETAIL_FRAME_HPP
