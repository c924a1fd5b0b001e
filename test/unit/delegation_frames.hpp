//===- delegation_frames.hpp - Hand-written delegating frames ---*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Hand-written frames that use CORO_YIELD_FROM (PEP 380, SPEC section 5), in
/// the shape the rewriter emits, each under its Python twin: a delegator and
/// its sub-generator with handlers, subs of other types, ranges, and a
/// recursive chain.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TEST_UNIT_DELEGATION_FRAMES_HPP
#define COROGEN_TEST_UNIT_DELEGATION_FRAMES_HPP

#include "frames.hpp"

#include <corogen/corogen.hpp>

#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace corogen_test {

/// def unbox(v):
///     p = yield from boxed(v)
///     return p[0]
inline int_gen unbox(int v) {
  using sub = corogen::generator<int, void, std::unique_ptr<int>>;
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, int, false> {
    int v;
    explicit corogen_frame(int v_) : v(v_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      if (this->corogen_delegate(boxed(v))) {
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
      }
      {
        std::unique_ptr<int> p = this->corogen_delegate_result<sub>();
        this->corogen_return(*p);
      }
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, int_gen>(v);
}

/// The sub-generator of the delegation tests.
///
/// def inner(log, n):
///     t = Tracer('inner')
///     for i in range(n):
///         try:
///             got = yield i
///             if got < 0: raise RuntimeError('negative')
///             log(f'inner got {got}')
///         except ValueError as e:      # std::invalid_argument
///             log(f'inner caught {e}')
///         except GeneratorExit:
///             log('inner exit')
///             raise
///     return n * 100
inline duplex_gen inner(Log &log, int n) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, int, int, true> {
    Log &log;
    int n;
    union {
      Tracer t;
    };
    int i = 0;
    corogen_frame(Log &log_, int n_) : log(log_), n(n_) {}
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_try_1;
      }
      ::new (corogen::detail::slot_address(t)) Tracer(log, "inner");
      this->corogen_live = 1;
      for (i = 0; i < n; ++i) {
      corogen_try_1:
        try {
          if (this->corogen_point == 1) {
            this->corogen_point = 0;
            goto corogen_resume_1;
          }
          this->corogen_yield(i);
          this->corogen_point = 1;
          return;
        corogen_resume_1:
          this->corogen_resumed();
          {
            int got = this->corogen_take_sent();
            if (got < 0)
              throw std::runtime_error("negative");
            log.add("inner got " + std::to_string(got));
          }
        } catch (const std::invalid_argument &e) {
          log.add(std::string("inner caught ") + e.what());
        } catch (const corogen::generator_exit &) {
          log.add("inner exit");
          throw;
        }
      }
      this->corogen_return(n * 100);
    }
    void corogen_unwind() noexcept {
      if (this->corogen_live == 0)
        return;
      this->corogen_live = 0;
      corogen::detail::destroy_at(t);
    }
  };
  return corogen::detail::make_generator<corogen_frame, duplex_gen>(log, n);
}

/// The delegator of the delegation tests; `sub` is a parameter, delegated to
/// as an lvalue.
///
/// def outer(log, sub):
///     t = Tracer('outer')
///     log('outer start')
///     try:
///         r = yield from sub
///         log(f'outer got {r}')
///     except RuntimeError as e:
///         log(f'outer caught {e}')
///         r = -1
///     except GeneratorExit:
///         log('outer exit')
///         raise
///     yield r
///     return r + 1000
inline duplex_gen outer(Log &log, duplex_gen sub) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, int, int, true> {
    Log &log;
    union {
      duplex_gen sub;
    };
    union {
      Tracer t;
    };
    int r = 0;
    corogen_frame(Log &log_, duplex_gen &&sub_) : log(log_) {
      ::new (corogen::detail::slot_address(sub)) duplex_gen(std::move(sub_));
      this->corogen_live = 1;
    }
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_try_1;
      case 2: goto corogen_resume_2;
      }
      ::new (corogen::detail::slot_address(t)) Tracer(log, "outer");
      this->corogen_live = 2;
      log.add("outer start");
    corogen_try_1:
      try {
        if (this->corogen_point == 1) {
          this->corogen_point = 0;
          goto corogen_resume_1;
        }
        if (this->corogen_delegate(sub)) {
          this->corogen_point = 1;
          return;
        corogen_resume_1:
          this->corogen_resumed();
        }
        r = this->corogen_delegate_result<duplex_gen &>();
        log.add("outer got " + std::to_string(r));
      } catch (const std::runtime_error &e) {
        log.add(std::string("outer caught ") + e.what());
        r = -1;
      } catch (const corogen::generator_exit &) {
        log.add("outer exit");
        throw;
      }
      this->corogen_yield(r);
      this->corogen_point = 2;
      return;
    corogen_resume_2:
      this->corogen_resumed();
      this->corogen_return(r + 1000);
    }
    void corogen_unwind() noexcept {
      for (;;) {
        switch (this->corogen_live) {
        case 0: return;
        case 2: this->corogen_live = 1; corogen::detail::destroy_at(t); break;
        case 1: this->corogen_live = 0; corogen::detail::destroy_at(sub); break;
        }
      }
    }
  };
  return corogen::detail::make_generator<corogen_frame, duplex_gen>(log, std::move(sub));
}

using short_gen = corogen::generator<short, long, int>;

/// A sub-generator whose types differ from its delegator's.
///
/// def short_echo(n):
///     v = 0
///     for i in range(n):
///         v = yield v
///     return n
inline short_gen short_echo(int n) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, short, long, int, false> {
    int n;
    int i = 0;
    short v = 0;
    explicit corogen_frame(int n_) : n(n_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      v = 0;
      for (i = 0; i < n; ++i) {
        this->corogen_yield(v);
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
        v = static_cast<short>(this->corogen_take_sent());
      }
      this->corogen_return(n);
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, short_gen>(n);
}

/// Delegates through a reference parameter to a generator of other types.
///
/// def widen(sub):
///     r = yield from sub
///     return r
inline corogen::generator<long, int, long> widen(short_gen &sub) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, long, int, long, false> {
    short_gen &sub;
    explicit corogen_frame(short_gen &sub_) : sub(sub_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      if (this->corogen_delegate(sub)) {
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
      }
      {
        long r = this->corogen_delegate_result<short_gen &>();
        this->corogen_return(r);
      }
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<long, int, long>>(sub);
}

using words_gen = corogen::generator<const char *, void, int>;

/// def words():
///     yield 'a'
///     yield 'b'
///     return 2
inline words_gen words() {
  struct corogen_frame final
      : corogen::detail::frame<corogen_frame, const char *, void, int, false> {
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      }
      this->corogen_yield("a");
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      this->corogen_yield("b");
      this->corogen_point = 2;
      return;
    corogen_resume_2:
      this->corogen_resumed();
      this->corogen_return(2);
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, words_gen>();
}

/// Delegates to a temporary generator that yields `const char *` and is sent
/// nothing, from one that yields std::string and is sent int.
///
/// def spell():
///     n = yield from words()
///     yield str(n)
inline corogen::generator<std::string, int> spell() {
  struct corogen_frame final
      : corogen::detail::frame<corogen_frame, std::string, int, void, false> {
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      }
      if (this->corogen_delegate(words())) {
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
      }
      {
        int n = this->corogen_delegate_result<words_gen>();
        this->corogen_yield(std::to_string(n));
      }
      this->corogen_point = 2;
      return;
    corogen_resume_2:
      this->corogen_resumed();
      this->corogen_fall_off();
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<std::string, int>>();
}

/// Range delegation: an lvalue vector (a parameter), a temporary vector and a
/// C array; sent values are dropped.
///
/// def ranges(vec):
///     arr = [5, 6]
///     yield from vec
///     yield from [3, 4]
///     yield from arr
///     got = yield -1
///     yield got
inline corogen::generator<int, int> ranges(std::vector<int> vec) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, int, void, false> {
    union {
      std::vector<int> vec;
    };
    int arr[2] = {0, 0};
    explicit corogen_frame(std::vector<int> &&vec_) {
      ::new (corogen::detail::slot_address(vec)) std::vector<int>(std::move(vec_));
      this->corogen_live = 1;
    }
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      case 3: goto corogen_resume_3;
      case 4: goto corogen_resume_4;
      case 5: goto corogen_resume_5;
      }
      arr[0] = 5;
      arr[1] = 6;
      if (this->corogen_delegate(vec)) {
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
      }
      this->corogen_delegate_result<std::vector<int> &>();
      if (this->corogen_delegate(std::vector<int>{3, 4})) {
        this->corogen_point = 2;
        return;
      corogen_resume_2:
        this->corogen_resumed();
      }
      this->corogen_delegate_result<std::vector<int>>();
      if (this->corogen_delegate(arr)) {
        this->corogen_point = 3;
        return;
      corogen_resume_3:
        this->corogen_resumed();
      }
      this->corogen_delegate_result<int(&)[2]>();
      this->corogen_yield(-1);
      this->corogen_point = 4;
      return;
    corogen_resume_4:
      this->corogen_resumed();
      this->corogen_yield(this->corogen_take_sent());
      this->corogen_point = 5;
      return;
    corogen_resume_5:
      this->corogen_resumed();
      this->corogen_fall_off();
    }
    void corogen_unwind() noexcept {
      if (this->corogen_live == 0)
        return;
      this->corogen_live = 0;
      corogen::detail::destroy_at(vec);
    }
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<int, int>>(
      std::move(vec));
}

/// Recursive delegation, one frame per level.
///
/// def chain(log, depth):
///     t = Tracer('level')
///     yield depth
///     if depth == 0:
///         return 0
///     r = yield from chain(log, depth - 1)
///     return r + 1
inline int_gen chain(Log &log, int depth) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, int, false> {
    Log &log;
    int depth;
    union {
      Tracer t;
    };
    corogen_frame(Log &log_, int depth_) : log(log_), depth(depth_) {}
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      }
      ::new (corogen::detail::slot_address(t)) Tracer(log, "level");
      this->corogen_live = 1;
      this->corogen_yield(depth);
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      if (depth == 0) {
        this->corogen_return(0);
        return;
      }
      if (this->corogen_delegate(chain(log, depth - 1))) {
        this->corogen_point = 2;
        return;
      corogen_resume_2:
        this->corogen_resumed();
      }
      {
        int r = this->corogen_delegate_result<int_gen>();
        this->corogen_return(r + 1);
      }
    }
    void corogen_unwind() noexcept {
      if (this->corogen_live == 0)
        return;
      this->corogen_live = 0;
      corogen::detail::destroy_at(t);
    }
  };
  return corogen::detail::make_generator<corogen_frame, int_gen>(log, depth);
}

} // namespace corogen_test

#endif // COROGEN_TEST_UNIT_DELEGATION_FRAMES_HPP
