//===- runtime_header_check.cpp - Runtime header compiles cleanly ---------===//
///
/// \file
/// Compiled with -fsyntax-only by every compiler and standard in the runtime
/// warnings matrix (test/unit/CMakeLists.txt): the runtime header must be
/// self-contained and warning-free at -Wall -Wextra -Werror. A few
/// hand-written frames instantiate the whole API, so that the templates are
/// checked too: void, scalar and class types (a move-only result), iteration,
/// primed, and the adapters for ranges and converting generators.
///
//===----------------------------------------------------------------------===//

#include <corogen/corogen.hpp>

#include <exception>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using ints = corogen::generator<int, int, int>;
using nothing = corogen::generator<void, void, void>;
using strings = corogen::generator<std::string, int, std::unique_ptr<int>>;

/// Yields `n`, then the sent value; delegates to a range, an array and a
/// generator of other types; catches around its suspensions.
ints numbers(int n) {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, int, int, int, true> {
    int n, got = 0, arr[2] = {1, 2};
    explicit corogen_frame(int n_) : n(n_) {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: case 2: case 3: case 4: goto corogen_try_1;
      }
    corogen_try_1:
      try {
        switch (this->corogen_point) {
        case 1: goto corogen_resume_1;
        case 2: goto corogen_resume_2;
        case 3: goto corogen_resume_3;
        case 4: goto corogen_resume_4;
        }
        this->corogen_yield(n);
        this->corogen_point = 1;
        return;
      corogen_resume_1:
        this->corogen_resumed();
        got = this->corogen_take_sent();
        if (this->corogen_delegate(std::vector<long>{3, 4})) {
          this->corogen_point = 2;
          return;
        corogen_resume_2:
          this->corogen_resumed();
        }
        this->corogen_delegate_result<std::vector<long>>();
        if (this->corogen_delegate(arr)) {
          this->corogen_point = 3;
          return;
        corogen_resume_3:
          this->corogen_resumed();
        }
        this->corogen_delegate_result<int(&)[2]>();
        if (this->corogen_delegate(corogen::generator<short, long, long>())) {
          this->corogen_point = 4;
          return;
        corogen_resume_4:
          this->corogen_resumed();
        }
        using shorts = corogen::generator<short, long, long>;
        got += static_cast<int>(this->corogen_delegate_result<shorts>());
      } catch (const std::exception &) {
        got = -1;
      }
      this->corogen_return(got);
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, ints>(n);
}

/// Yields nothing, twice: once itself, once through a generator sent ints.
nothing blanks() {
  struct corogen_frame final : corogen::detail::frame<corogen_frame, void, void, void, false> {
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      }
      this->corogen_yield();
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      if (this->corogen_delegate(corogen::generator<void, int, int>())) {
        this->corogen_point = 2;
        return;
      corogen_resume_2:
        this->corogen_resumed();
      }
      this->corogen_delegate_result<corogen::generator<void, int, int>>();
      this->corogen_fall_off();
    }
    void corogen_unwind() noexcept {}
  };
  return corogen::detail::make_generator<corogen_frame, nothing>();
}

/// A std::string local across a suspension; delegates to a temporary
/// generator of its own types (a move-only result) and returns one.
strings words(std::string first) {
  struct corogen_frame final
      : corogen::detail::frame<corogen_frame, std::string, int, std::unique_ptr<int>, false> {
    union {
      std::string first;
    };
    explicit corogen_frame(std::string &&first_) {
      ::new (corogen::detail::slot_address(first)) std::string(std::move(first_));
      this->corogen_live = 1;
    }
    ~corogen_frame() {}
    void corogen_body() {
      switch (this->corogen_point) {
      case 0: break;
      case 1: goto corogen_resume_1;
      case 2: goto corogen_resume_2;
      }
      this->corogen_yield(first);
      this->corogen_point = 1;
      return;
    corogen_resume_1:
      this->corogen_resumed();
      if (this->corogen_delegate(strings())) {
        this->corogen_point = 2;
        return;
      corogen_resume_2:
        this->corogen_resumed();
      }
      this->corogen_return(this->corogen_delegate_result<strings>());
    }
    void corogen_unwind() noexcept {
      if (this->corogen_live == 0)
        return;
      this->corogen_live = 0;
      corogen::detail::destroy_at(first);
    }
  };
  return corogen::detail::make_generator<corogen_frame, strings>(std::move(first));
}

#if __cplusplus >= 201703L
/// The structured bindings of a type that depends on a template parameter
/// (detail/bindings.hpp), of each kind, as a frame makes and uses them: a
/// pair by reference, a class copied, an array copied, a prvalue kept.
struct members {
  int a;
  std::string b;
};
inline int bindings(std::pair<int, std::string> &p, members &m, int (&arr)[2]) {
  using namespace corogen::detail;
  binding<std::pair<int, std::string>, 0, 2, true> first(bound_object(p));
  using copy = binding_object<members &>::type;
  copy c = m;
  binding<copy, 1, 2, false> second(bound_object(c));
  using array = binding_object<int(&)[2]>::type;
  alignas(array) unsigned char room[sizeof(array)];
  array *a = ::new (static_cast<void *>(room)) array([&]() -> array { return arr; }());
  binding<array, 1, 2, false> last(bound_object(*a));
  using made = bound_reference<std::pair<int, int>, true, false>;
  made kept([] { return std::make_pair(1, 2); });
  binding<made, 0, 2, true> one(bound_object(kept));
  typename binding<copy, 0, 2, false>::declared_type declared = 0;
  int total = first.ref() + static_cast<int>(second.ref().size()) + last.ref() + one.ref() + declared;
  a->~array();
  return total;
}
#endif

int main() {
  ints g = corogen::primed(numbers(1));
  int total = g.send(2) + g.next();
  try {
    g.throw_exception(std::runtime_error("x"));
  } catch (const corogen::stop_iteration &) {
    total += g.result();
  }
  try {
    numbers(0).throw_exception(std::make_exception_ptr(std::runtime_error("y")));
  } catch (const std::runtime_error &) {
  }
  for (int v : numbers(3))
    total += v;
  g.close();
  nothing b = blanks();
  b.next();
  b = nothing();
  strings w = words("a");
  for (const std::string &s : w)
    total += static_cast<int>(s.size());
  std::unique_ptr<int> &r = w.result();
  total += corogen::getgeneratorstate(g)[0];
  total += static_cast<int>(w.state() == corogen::gen_state::closed);
  return total + (r ? *r : 0);
}
