//===- corogen/markers.hpp - CORO_YIELD, CORO_YIELD_FROM, CORO_RETURN -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The markers of an annotated source (SPEC section 2). They are declared so
/// that clang and clangd parse an annotated file without errors, and so that
/// compiling it without running corogen fails with a message naming corogen:
/// each marker calls a function that is never defined and carries GCC's and
/// Clang's `error` attribute.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_MARKERS_HPP
#define COROGEN_MARKERS_HPP

#include <cstdlib>
#include <initializer_list>
#include <type_traits>

namespace corogen {

template <class Y, class S, class R> class generator;

namespace detail {
namespace marker {

// The markers are defined (a declaration alone would not do for arguments of
// types without linkage, such as those of an anonymous namespace), never
// inlined, and a call that survives to code generation is a compile error.
#if defined(__GNUC__) || defined(__clang__)
#define COROGEN_DETAIL_UNTRANSFORMED                                                  \
  __attribute__((noinline,                                                          \
                 error("this file uses CORO_YIELD, CORO_YIELD_FROM or CORO_RETURN:" \
                       " run the corogen tool on it and compile its output")))
#else
#define COROGEN_DETAIL_UNTRANSFORMED
#endif

/// Never defined: if a marker call survives to the link (clang does not
/// check the attribute on every call it optimises), the link fails naming it.
void corogen_error_run_corogen_on_this_file();

/// Where a marker of an untransformed file would run.
[[noreturn]] inline void untransformed() noexcept {
  corogen_error_run_corogen_on_this_file();
  std::abort();
}

/// The value of `CORO_YIELD(...)` in the annotated source: it converts to
/// whatever it initialises. The rewriter gives it the sent type.
///
/// A compound assignment to a variable of a built-in type, `total +=
/// CORO_YIELD(x);`, or a comparison with a value of an arithmetic type,
/// `CORO_YIELD(x) > 2`, would find every built-in operator viable through
/// the conversion, and none better: these take it as written, as the
/// built-in operator would, with its type and value (`T &`, the left
/// operand; `bool`), and are found only through this type's arguments.
/// (Where the send type is not arithmetic, the output's checked_operand
/// checks that the send type's operator gives the same type.)
struct sent_value {
  // (Not to a std::initializer_list, which no send type is: a function
  // template overloaded on one, `std::max<int>(CORO_YIELD(a), b)`, would
  // otherwise pick `max(std::initializer_list<int>, Compare)` with the
  // second argument as Compare.)
  template <class T> struct is_list : std::false_type {};
  template <class E> struct is_list<std::initializer_list<E>> : std::true_type {};
  template <class T, class = typename std::enable_if<!is_list<T>::value>::type>
  operator T() const {
    untransformed();
  }

  template <class T, bool Ok>
  using modifiable_if = typename std::enable_if<Ok && !std::is_const<T>::value, T &>::type;
  template <class T>
  using additive = modifiable_if<T, std::is_arithmetic<T>::value ||
                                        (std::is_pointer<T>::value &&
                                         std::is_object<typename std::remove_pointer<T>::type>::value)>;
  template <class T> using arithmetic = modifiable_if<T, std::is_arithmetic<T>::value>;
  template <class T> using integral = modifiable_if<T, std::is_integral<T>::value>;

  template <class T> friend additive<T> operator+=(T &, sent_value) { untransformed(); }
  template <class T> friend additive<T> operator-=(T &, sent_value) { untransformed(); }
  template <class T> friend arithmetic<T> operator*=(T &, sent_value) { untransformed(); }
  template <class T> friend arithmetic<T> operator/=(T &, sent_value) { untransformed(); }
  template <class T> friend integral<T> operator%=(T &, sent_value) { untransformed(); }
  template <class T> friend integral<T> operator&=(T &, sent_value) { untransformed(); }
  template <class T> friend integral<T> operator|=(T &, sent_value) { untransformed(); }
  template <class T> friend integral<T> operator^=(T &, sent_value) { untransformed(); }
  template <class T> friend integral<T> operator<<=(T &, sent_value) { untransformed(); }
  template <class T> friend integral<T> operator>>=(T &, sent_value) { untransformed(); }

  template <class T>
  using comparison = typename std::enable_if<std::is_arithmetic<T>::value, bool>::type;

  template <class T> friend comparison<T> operator==(sent_value, T) { untransformed(); }
  template <class T> friend comparison<T> operator!=(sent_value, T) { untransformed(); }
  template <class T> friend comparison<T> operator<(sent_value, T) { untransformed(); }
  template <class T> friend comparison<T> operator>(sent_value, T) { untransformed(); }
  template <class T> friend comparison<T> operator<=(sent_value, T) { untransformed(); }
  template <class T> friend comparison<T> operator>=(sent_value, T) { untransformed(); }
  template <class T> friend comparison<T> operator==(T, sent_value) { untransformed(); }
  template <class T> friend comparison<T> operator!=(T, sent_value) { untransformed(); }
  template <class T> friend comparison<T> operator<(T, sent_value) { untransformed(); }
  template <class T> friend comparison<T> operator>(T, sent_value) { untransformed(); }
  template <class T> friend comparison<T> operator<=(T, sent_value) { untransformed(); }
  template <class T> friend comparison<T> operator>=(T, sent_value) { untransformed(); }
};

/// The value of `CORO_YIELD_FROM(g)`: `g`'s return type, or `void` for a range.
template <class G> struct yield_from_value { using type = void; };
template <class Y, class S, class R> struct yield_from_value<generator<Y, S, R>> {
  using type = R;
};
template <class G> struct yield_from_value<G &> : yield_from_value<G> {};
template <class G> struct yield_from_value<const G> : yield_from_value<G> {};

/// What `CORO_RETURN(...)` returns in the annotated source.
struct returned {
  template <class Y, class S, class R> operator generator<Y, S, R>() const { untransformed(); }
};

template <class... T> COROGEN_DETAIL_UNTRANSFORMED sent_value corogen_yield_marker(T &&...) {
  untransformed();
}
template <class G>
COROGEN_DETAIL_UNTRANSFORMED typename yield_from_value<G>::type corogen_yield_from_marker(G &&) {
  untransformed();
}
template <class... T> COROGEN_DETAIL_UNTRANSFORMED returned corogen_return_marker(T &&...) {
  untransformed();
}

#undef COROGEN_DETAIL_UNTRANSFORMED

} // namespace marker

/// In the output, the sent value where one of sent_value's operators took
/// the marker's value in the source and the send type is not arithmetic (a
/// class, or a type that depends on a template parameter): the operator the
/// output calls is the send type's, which must give what clang typed in the
/// source, `bool` for a comparison, the left operand for a compound
/// assignment; else the build fails here, naming the operator.
template <class S> struct checked_operand_t {
  S &&value;
};
template <class S> checked_operand_t<S> checked_operand(S &&value) {
  return checked_operand_t<S>{static_cast<S &&>(value)};
}

template <class T>
using checked_comparison = typename std::enable_if<std::is_arithmetic<T>::value, bool>::type;

#define COROGEN_DETAIL_CHECKED_COMPARISON_MESSAGE(op)                                              \
  "corogen: clang typed this comparison with the value of CORO_YIELD as bool, but the send "      \
  "type's operator " #op " gives another type: convert the value to the type you mean, as in "    \
  "'int(CORO_YIELD(...))'"
#define COROGEN_DETAIL_CHECKED_COMPARISON(op)                                                      \
  template <class S, class T>                                                                      \
  checked_comparison<T> operator op(checked_operand_t<S> sent, T other) {                          \
    static_assert(std::is_same<decltype(static_cast<S &&>(sent.value) op other), bool>::value,    \
                  COROGEN_DETAIL_CHECKED_COMPARISON_MESSAGE(op));                                  \
    return static_cast<S &&>(sent.value) op other;                                                 \
  }                                                                                                \
  template <class S, class T>                                                                      \
  checked_comparison<T> operator op(T other, checked_operand_t<S> sent) {                          \
    static_assert(std::is_same<decltype(other op static_cast<S &&>(sent.value)), bool>::value,    \
                  COROGEN_DETAIL_CHECKED_COMPARISON_MESSAGE(op));                                  \
    return other op static_cast<S &&>(sent.value);                                                 \
  }
COROGEN_DETAIL_CHECKED_COMPARISON(==)
COROGEN_DETAIL_CHECKED_COMPARISON(!=)
COROGEN_DETAIL_CHECKED_COMPARISON(<)
COROGEN_DETAIL_CHECKED_COMPARISON(>)
COROGEN_DETAIL_CHECKED_COMPARISON(<=)
COROGEN_DETAIL_CHECKED_COMPARISON(>=)
#undef COROGEN_DETAIL_CHECKED_COMPARISON
#undef COROGEN_DETAIL_CHECKED_COMPARISON_MESSAGE

template <class T>
using checked_assignment =
    typename std::enable_if<std::is_arithmetic<T>::value || std::is_pointer<T>::value, T &>::type;

#define COROGEN_DETAIL_CHECKED_ASSIGNMENT(op)                                                      \
  template <class T, class S>                                                                      \
  checked_assignment<T> operator op(T &left, checked_operand_t<S> sent) {                          \
    static_assert(std::is_same<decltype(left op static_cast<S &&>(sent.value)), T &>::value,      \
                  "corogen: clang typed this compound assignment with the value of CORO_YIELD "    \
                  "as the built-in one, whose value is its left operand, but with the send "       \
                  "type " #op " gives another: convert the value to the type you mean, as in "    \
                  "'int(CORO_YIELD(...))'");                                                       \
    return left op static_cast<S &&>(sent.value);                                                  \
  }
COROGEN_DETAIL_CHECKED_ASSIGNMENT(+=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(-=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(*=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(/=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(%=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(&=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(|=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(^=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(<<=)
COROGEN_DETAIL_CHECKED_ASSIGNMENT(>>=)
#undef COROGEN_DETAIL_CHECKED_ASSIGNMENT

} // namespace detail
} // namespace corogen

/// Suspends the generator, handing its argument (none if it yields `void`) to
/// the consumer; its value is what the consumer sends.
#define CORO_YIELD(...) ::corogen::detail::marker::corogen_yield_marker(__VA_ARGS__)
/// Delegates to a generator or a range (PEP 380); its value is the
/// generator's return value.
#define CORO_YIELD_FROM(...) ::corogen::detail::marker::corogen_yield_from_marker(__VA_ARGS__)
/// Ends the generator, with its argument (if any) as the return value.
#define CORO_RETURN(...) return ::corogen::detail::marker::corogen_return_marker(__VA_ARGS__)

#endif // COROGEN_MARKERS_HPP
