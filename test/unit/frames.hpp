//===- frames.hpp - Hand-written frames for the runtime tests ---*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Generators written by hand in the shape the rewriter emits
/// (docs/frame-interface.md), each under its Python twin, so that the runtime
/// is tested on its own. Locals that live across a suspension are members,
/// in anonymous unions when they have destructors, tracked by corogen_live.
/// The delegating ones are in delegation_frames.hpp.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_TEST_UNIT_FRAMES_HPP
#define COROGEN_TEST_UNIT_FRAMES_HPP

#include <corogen/corogen.hpp>

#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace corogen_test {

/// What a test observes: events in order, and how many Tracers are alive.
struct Log {
  std::vector<std::string> events;
  int live = 0;
  void add(std::string event) { events.push_back(std::move(event)); }
};

/// An object with a destructor: logs "+name" when constructed (also by copy
/// or move) and "-name" when destroyed.
class Tracer {
public:
  Tracer(Log &log, std::string name) : m_log(&log), m_name(std::move(name)) { born(); }
  Tracer(const Tracer &other) : m_log(other.m_log), m_name(other.m_name) { born(); }
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() {
    --m_log->live;
    m_log->add("-" + m_name);
  }

private:
  void born() {
    ++m_log->live;
    m_log->add("+" + m_name);
  }

  Log *m_log;
  std::string m_name;
};

using int_gen = corogen::generator<int, void, int>;
using duplex_gen = corogen::generator<int, int, int>;

/// def counter(n):
///     for i in range(n):
///         yield i
///     return n
inline int_gen counter(int n) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, int, false> {
    int n;
    int i = 0;
    explicit corogen_frame(int n_) : n(n_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      for (i = 0; i < n; ++i) {
        this->corogen_yield(i);
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
      }
      this->corogen_return(n);
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, int_gen>(n);
}

/// def once(v):
///     yield v          # and falls off the end: returns None
inline int_gen once(int v) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, int, false> {
    int v;
    explicit corogen_frame(int v_) : v(v_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      this->corogen_yield(v);
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      this->corogen_fall_off();
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, int_gen>(v);
}

/// The seed notebook's coroutine1:
/// def coroutine1():
///     print('>>> coroutine started.')
///     i = yield
///     print('>>> coroutine received : {}'.format(i))
inline corogen::generator<void, int> coroutine1(Log &log) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, void, int, void, false> {
    Log &log;
    explicit corogen_frame(Log &log_) : log(log_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      log.add(">>> coroutine started.");
      this->corogen_yield();
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      {
        int i = this->corogen_take_sent();
        log.add(">>> coroutine received : " + std::to_string(i));
      }
      this->corogen_fall_off();
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<void, int>>(log);
}

/// The seed notebook's coroutine2:
/// def coroutine2(x):
///     print('>>> coroutine started: {}'.format(x))
///     y = yield x
///     print('>>> coroutine received: {}'.format(y))
///     z = yield x + y
///     print('>>> coroutine received: {}'.format(z))
inline corogen::generator<int, int> coroutine2(Log &log, int x) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, int, void, false> {
    Log &log;
    int x;
    int y = 0;
    corogen_frame(Log &log_, int x_) : log(log_), x(x_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      }
      log.add(">>> coroutine started: " + std::to_string(x));
      this->corogen_yield(x);
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      y = this->corogen_take_sent();
      log.add(">>> coroutine received: " + std::to_string(y));
      this->corogen_yield(x + y);
      this->corogen_point = 2;
      return;
    corogen_resume_2:
      this->corogen_resumed();
      {
        int z = this->corogen_take_sent();
        log.add(">>> coroutine received: " + std::to_string(z));
      }
      this->corogen_fall_off();
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<int, int>>(log, x);
}

/// The seed notebook's sumer:
/// def sumer():
///     total = 0
///     while True:
///         term = yield total
///         total += term
inline corogen::generator<int, int> sumer() {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, int, void, false> {
    int total = 0;
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      total = 0;
      for (;;) {
        this->corogen_yield(total);
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
        {
          int term = this->corogen_take_sent();
          total += term;
        }
      }
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<int, int>>();
}

/// def echo():
///     v = T()
///     while True:
///         v = yield v
template <class T> corogen::generator<T, T> echo() {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, T, T, void, false> {
    union {
      T v;
    };
    corogen_frame() {}
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      ::new (corogen::detail::slot_address(v)) T();
      this->corogen_live = 1;
      for (;;) {
        this->corogen_yield(v);
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
        v = this->corogen_take_sent();
      }
    }
    void corogen_unwind() noexcept {
      if (this->corogen_live == 0)
        return;
      this->corogen_live = 0;
      corogen::detail::destroy_at(v);
    }
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<T, T>>();
}

/// A parameter and nested locals with destructors:
/// def traced(log, param):
///     a = Tracer('a')
///     yield 1
///     if True:
///         b = Tracer('b')
///         yield 2
///         del b
///     yield 3
///     return 4
inline int_gen traced(Log &log, Tracer param) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, int, false> {
    Log &log;
    union {
      Tracer param;
    };
    union {
      Tracer a;
    };
    union {
      Tracer b;
    };
    corogen_frame(Log &log_, Tracer &&param_) : log(log_) {
      ::new (corogen::detail::slot_address(param)) Tracer(std::move(param_));
      this->corogen_live = 1;
    }
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      case 3: goto corogen_resume_3;
      }
      ::new (corogen::detail::slot_address(a)) Tracer(log, "a");
      this->corogen_live = 2;
      this->corogen_yield(1);
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      {
        ::new (corogen::detail::slot_address(b)) Tracer(log, "b");
        this->corogen_live = 3;
        this->corogen_yield(2);
        this->corogen_point = 2;
        return;
      corogen_resume_2:
        this->corogen_resumed();
        this->corogen_live = 2;
        corogen::detail::destroy_at(b);
      }
      this->corogen_yield(3);
      this->corogen_point = 3;
      return;
    corogen_resume_3:
      this->corogen_resumed();
      this->corogen_return(4);
    }
    void corogen_unwind() noexcept {
      for (;;) {
        switch (this->corogen_live) {
        case 0: return;
        case 3: this->corogen_live = 2; corogen::detail::destroy_at(b); break;
        case 2: this->corogen_live = 1; corogen::detail::destroy_at(a); break;
        case 1: this->corogen_live = 0; corogen::detail::destroy_at(param); break;
        }
      }
    }
  };
  return corogen::detail::make_generator<corogen_frame, int_gen>(log, std::move(param));
}

/// def thrower(log):
///     t = Tracer('t')
///     yield 1
///     raise RuntimeError('boom')
inline corogen::generator<int> thrower(Log &log) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, void, false> {
    Log &log;
    union {
      Tracer t;
    };
    explicit corogen_frame(Log &log_) : log(log_) {}
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      ::new (corogen::detail::slot_address(t)) Tracer(log, "t");
      this->corogen_live = 1;
      this->corogen_yield(1);
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      throw std::runtime_error("boom");
    }
    void corogen_unwind() noexcept {
      if (this->corogen_live == 0)
        return;
      this->corogen_live = 0;
      corogen::detail::destroy_at(t);
    }
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<int>>(log);
}

/// What handler() does when close() raises generator_exit in it.
enum class exit_policy { rethrow, yield_again, return_value, throw_error };

/// A body with handlers around its yield (HasHandlers = true). C++ forbids
/// jumping into a try block, so the top dispatch jumps to the `try` and a
/// second dispatch inside it jumps to the resume point.
///
/// def handler(log, on_exit):
///     t = Tracer('t')
///     i = 0
///     while True:
///         again = False
///         try:
///             yield i
///         except ValueError as e:      # std::invalid_argument
///             log('caught ' + str(e))
///         except IndexError:           # std::out_of_range
///             return -3
///         except GeneratorExit:
///             log('exit')
///             if on_exit == 'rethrow': raise
///             if on_exit == 'return_value': return -7
///             if on_exit == 'throw_error': raise RuntimeError('from close')
///             again = True
///         if again:
///             yield 99
///         i += 1
inline duplex_gen handler(Log &log, exit_policy on_exit) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, int, int, true> {
    Log &log;
    exit_policy on_exit;
    union {
      Tracer t;
    };
    int i = 0;
    bool again = false;
    corogen_frame(Log &log_, exit_policy on_exit_) : log(log_), on_exit(on_exit_) {}
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_try_1;
      case 2: goto corogen_resume_2;
      }
      ::new (corogen::detail::slot_address(t)) Tracer(log, "t");
      this->corogen_live = 1;
      for (i = 0;; ++i) {
        again = false;
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
        } catch (const std::invalid_argument &e) {
          log.add(std::string("caught ") + e.what());
        } catch (const std::out_of_range &) {
          this->corogen_return(-3);
          return;
        } catch (const corogen::generator_exit &) {
          log.add("exit");
          if (on_exit == exit_policy::rethrow)
            throw;
          if (on_exit == exit_policy::return_value) {
            this->corogen_return(-7);
            return;
          }
          if (on_exit == exit_policy::throw_error)
            throw std::runtime_error("from close");
          again = true;
        }
        if (again) {
          this->corogen_yield(99);
          this->corogen_point = 2;
          return;
        corogen_resume_2:
          this->corogen_resumed();
        }
      }
    }
    void corogen_unwind() noexcept {
      if (this->corogen_live == 0)
        return;
      this->corogen_live = 0;
      corogen::detail::destroy_at(t);
    }
  };
  return corogen::detail::make_generator<corogen_frame, duplex_gen>(log, on_exit);
}

/// def swallower(log):
///     while True:
///         try:
///             yield 1
///         except Exception as e:       # catch (const std::exception &)
///             log('swallowed ' + str(e))
inline corogen::generator<int> swallower(Log &log) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, void, true> {
    Log &log;
    explicit corogen_frame(Log &log_) : log(log_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_try_1;
      }
      for (;;) {
      corogen_try_1:
        try {
          if (this->corogen_point == 1) {
            this->corogen_point = 0;
            goto corogen_resume_1;
          }
          this->corogen_yield(1);
          this->corogen_point = 1;
          return;
        corogen_resume_1:
          this->corogen_resumed();
        } catch (const std::exception &e) {
          log.add(std::string("swallowed ") + e.what());
        }
      }
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<int>>(log);
}

/// def stubborn():
///     try:
///         yield 1
///     except GeneratorExit:
///         yield from counter(2)
///         yield 7
inline corogen::generator<int> stubborn() {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, void, true> {
    bool exited = false;
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_try_1;
      case 2: goto corogen_resume_2;
      case 3: goto corogen_resume_3;
      }
    corogen_try_1:
      try {
        if (this->corogen_point == 1) {
          this->corogen_point = 0;
          goto corogen_resume_1;
        }
        this->corogen_yield(1);
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
      } catch (const corogen::generator_exit &) {
        exited = true;
      }
      if (exited) {
        if (this->corogen_delegate(counter(2))) {
          this->corogen_point = 2;
          return;
        corogen_resume_2:
          this->corogen_resumed();
        }
        this->corogen_delegate_result<int_gen>();
        this->corogen_yield(7);
        this->corogen_point = 3;
        return;
      corogen_resume_3:
        this->corogen_resumed();
      }
      this->corogen_fall_off();
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<int>>();
}

/// What reenter() does to its own handle from inside its body.
enum class reentry { next, send, throw_exception, close };

inline void reenter_with(duplex_gen &self, reentry how) {
  switch (how) {
  case reentry::next: self.next(); return;
  case reentry::send: self.send(1); return;
  case reentry::throw_exception: self.throw_exception(std::runtime_error("x")); return;
  case reentry::close: self.close(); return;
  }
}

/// A generator that drives `*self` from inside its body: first catching the
/// error (and recording it and the state it sees), then letting it escape.
///
/// def reenter(self, how, state, message):
///     state[0] = inspect.getgeneratorstate(self)
///     try:
///         how(self)
///     except ValueError as e:
///         message[0] = str(e)
///     yield 1
///     how(self)
inline duplex_gen reenter(duplex_gen *self, reentry how, std::string *state,
                          std::string *message) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, int, int, false> {
    duplex_gen *self;
    reentry how;
    std::string *state;
    std::string *message;
    corogen_frame(duplex_gen *self_, reentry how_, std::string *state_, std::string *message_)
        : self(self_), how(how_), state(state_), message(message_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      *state = corogen::getgeneratorstate(*self);
      try {
        reenter_with(*self, how);
      } catch (const corogen::generator_error &e) {
        *message = e.what();
      }
      this->corogen_yield(1);
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      reenter_with(*self, how);
      this->corogen_return(0);
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, duplex_gen>(self, how, state, message);
}

/// def where():
///     x = 0
///     while True:
///         yield id(x)          # the address of a local
inline corogen::generator<const int *> where() {
  struct corogen_frame final
      : corogen::detail::frame<corogen_frame, const int *, void, void, false> {
    int x = 0;
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      x = 0;
      for (;;) {
        this->corogen_yield(&x);
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
      }
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<const int *>>();
}

/// A generator with a move-only return value.
///
/// def boxed(v):
///     yield v
///     return [v * 2]
inline corogen::generator<int, void, std::unique_ptr<int>> boxed(int v) {
  using gen = corogen::generator<int, void, std::unique_ptr<int>>;
  struct corogen_frame final
      : corogen::detail::frame<corogen_frame, int, void, std::unique_ptr<int>, false> {
    int v;
    explicit corogen_frame(int v_) : v(v_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      }
      this->corogen_yield(v);
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      this->corogen_return(std::unique_ptr<int>(new int(v * 2)));
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, gen>(v);
}

// User functions named like the runtime's internals; a body must reach these,
// not members of the frame's bases.
inline int finished() { return 1; }
inline int resumed() { return 2; }
inline int innermost() { return 4; }
inline int raise(int sig) { return sig; }
inline int release_sub() { return 16; }
inline int clear_value() { return 32; }

/// def names():
///     yield finished() + resumed() + innermost() + raise(8) + release_sub()
///     yield clear_value()
inline corogen::generator<int> names() {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, void, void, false> {
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      }
      this->corogen_yield(finished() + resumed() + innermost() + raise(8) + release_sub());
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      this->corogen_yield(clear_value());
      this->corogen_point = 2;
      return;
    corogen_resume_2:
      this->corogen_resumed();
      this->corogen_fall_off();
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, corogen::generator<int>>();
}

} // namespace corogen_test

#endif // COROGEN_TEST_UNIT_FRAMES_HPP
