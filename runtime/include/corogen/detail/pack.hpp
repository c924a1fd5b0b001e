//===- corogen/detail/pack.hpp - A generator's parameter packs --*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A frame keeps a function parameter pack as a `std::tuple` of the
/// parameters' declared types (a pack cannot be a member). The body runs
/// inside a lambda whose parameters, a pack of the same name, are references
/// to the tuple's elements: `unpack` calls it. A fold over `,` whose pattern
/// yields reaches one element at a time: `at_index`; one over another
/// operator keeps each element's value, `fold_array`, and folds them once
/// all are kept, `fold_values`.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_DETAIL_PACK_HPP
#define COROGEN_DETAIL_PACK_HPP

#include "corogen/detail/box.hpp"

#include <cstddef>
#include <exception>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>

namespace corogen {
namespace detail {

template <class Tuple, class F, std::size_t... I>
[[gnu::always_inline]] inline void unpack_indices(Tuple &t, F &f, std::index_sequence<I...>) {
  f(std::get<I>(t)...);
}

/// Calls `f` with an lvalue of each element of `t`, in order.
template <class... T, class F>
[[gnu::always_inline]] inline void unpack(std::tuple<T...> &t, F &&f) {
  unpack_indices(t, f, std::index_sequence_for<T...>());
}

/// Calls `f` with the `i`-th of `a...`, the elements of a pack, as the
/// lvalue each is, and gives what it returns as an `R`: a fold over `,`
/// whose pattern yields, `(CORO_YIELD(g(ts)), ...);`, runs as a loop over
/// `i`, each yield's value made by `f` from one element (`[&](auto &&ts) {
/// yield(g(ts)); }`), and one that delegates, `(CORO_YIELD_FROM(gs),
/// ...);`, starts each delegation so (`at_index<bool>`).
/// (Past the last element, where no caller goes: a value of R, where R has
/// one to give.)
template <class R>
inline typename std::enable_if<std::is_void<R>::value || std::is_default_constructible<R>::value,
                               R>::type
past_pack() {
  return R();
}
template <class R>
[[noreturn]] inline typename std::enable_if<
    !(std::is_void<R>::value || std::is_default_constructible<R>::value), R>::type
past_pack() {
  std::terminate();
}
template <class R = void, class F> inline R at_index(std::size_t, F &&) {
  return ::corogen::detail::past_pack<R>();
}
template <class R = void, class F, class A, class... Rest>
inline R at_index(std::size_t i, F &&f, A &a, Rest &...rest) {
  if (i == 0)
    return static_cast<R>(f(a));
  return ::corogen::detail::at_index<R>(i - 1, f, rest...);
}

/// The values of the elements' patterns of a fold over another operator
/// whose pattern yields, `(0 + ... + int(CORO_YIELD(ts)))`, each kept in
/// its element's turn (a frame member: assigning an element begins its
/// life, as V is a scalar type).
template <class V, std::size_t N> struct fold_array { V v[N == 0 ? 1 : N]; };

/// A temporary of a scalar type that a fold's pattern makes, which C++
/// keeps to the end of the whole fold and a value kept past the element's
/// turn may refer to: kept at the element's place of a fold_array, and
/// named as the temporary was, an xvalue (`held_place(held.v[i] = (1))`).
template <class V> inline V &&held_place(V &place) noexcept { return static_cast<V &&>(place); }

/// The value of a condition that a fold's turns ran before, once what the
/// turns kept for it is destroyed (`drop`): C++ ends the temporaries of a
/// condition before its statement goes on.
template <class F> inline bool tested(bool value, F &&drop) {
  drop();
  return value;
}

/// Whether a value of decltype type T refers to nothing: a prvalue of an
/// arithmetic or enumeration type (where a fold keeps a value past the
/// element's turn that an operand, only known at instantiation, may have
/// made refer to its temporary).
template <class T>
struct refers_to_nothing
    : std::integral_constant<bool, std::is_arithmetic<T>::value || std::is_enum<T>::value> {};

template <class V, std::size_t N, class F, std::size_t... I>
inline decltype(auto) fold_values_at(fold_array<V, N> &a, F &f, std::index_sequence<I...>) {
  return f(a.v[I]...);
}

/// The values of a call's or a list's expansion whose pattern yields and
/// makes an object of a class, `f(std::string(CORO_YIELD(ts))...)`: each
/// made in its element's turn, from the pattern's prvalue (`make`), and
/// destroyed, last first, with the whole (at the end of the statement, or
/// as the frame unwinds after close() or an exception during the turns).
/// The call then takes each as an xvalue, as it would have taken the
/// materialised temporary (a by-value parameter is moved from it).
template <class V, std::size_t N> class fold_slots {
public:
  fold_slots() noexcept {}
  fold_slots(const fold_slots &) = delete;
  fold_slots &operator=(const fold_slots &) = delete;
  ~fold_slots() {
    while (made_ != 0)
      values_[--made_].~V();
  }
  /// Makes the `i`-th value, `i` being the number made so far, from what
  /// `f` returns.
  template <class F> void make(std::size_t i, F &&f) {
    ::new (static_cast<void *>(std::addressof(values_[i]))) V(f());
    made_ = i + 1;
  }
  V &at(std::size_t i) noexcept { return values_[i]; }

private:
  union {
    V values_[N == 0 ? 1 : N];
  };
  std::size_t made_ = 0;
};

template <class V, std::size_t N, class F, std::size_t... I>
inline decltype(auto) fold_values_at(fold_slots<V, N> &a, F &f, std::index_sequence<I...>) {
  return f(a.at(I)...);
}

/// Calls `f` with `std::integral_constant<std::size_t, i>` and the `i`-th
/// of `a...`, as at_index does, and gives what it returns as an `R`: a
/// turn that keeps a value whose type is its element's own names its
/// place in a fold_tuple.
template <class R = void, std::size_t K = 0, class F> inline R at_position(std::size_t, F &&) {
  return ::corogen::detail::past_pack<R>();
}
template <class R = void, std::size_t K = 0, class F, class A, class... Rest>
inline R at_position(std::size_t i, F &&f, A &a, Rest &...rest) {
  if (i == 0)
    return static_cast<R>(f(std::integral_constant<std::size_t, K>(), a));
  return ::corogen::detail::at_position<R, K + 1>(i - 1, f, rest...);
}

/// Calls `f` with `std::integral_constant<std::size_t, i>`, `i` below `N`,
/// and gives what it returns as an `R`: a turn of a fold that expands no
/// function parameter pack, but a pack of types or of constants, `(CORO_YIELD(
/// name_of<Ts>()), ...)`, `(CORO_YIELD(Ns), ...)`, names its element
/// through its place alone.
template <class R, std::size_t N, std::size_t K = 0, class F>
inline typename std::enable_if<(K >= N), R>::type at_place(std::size_t, F &&) {
  return ::corogen::detail::past_pack<R>();
}
template <class R, std::size_t N, std::size_t K = 0, class F>
inline typename std::enable_if<(K < N), R>::type at_place(std::size_t i, F &&f) {
  if (i == K)
    return static_cast<R>(f(std::integral_constant<std::size_t, K>()));
  return ::corogen::detail::at_place<R, N, K + 1>(i, f);
}

/// The `K`-th of `v...`, a pack of constants (template parameters), as a
/// prvalue of its type: in a fold's turn, `Ns` is `nth_value<i>(Ns...)`, a
/// constant expression too.
template <std::size_t K, class T, class... R>
constexpr typename std::enable_if<K == 0, T>::type nth_value(T v, R...) {
  return v;
}
template <std::size_t K, class T, class... R>
constexpr typename std::enable_if<(K > 0), typename std::tuple_element<K, std::tuple<T, R...>>::type>::type
nth_value(T, R... r) {
  return ::corogen::detail::nth_value<K - 1>(r...);
}

/// An expression of the type pack `T...`, for a braced list's expansion of
/// kept values that expands no function parameter pack: `{(static_cast<
/// void>(pack_tag<Ts>()), values.v[i++])...}`.
template <class T> struct pack_tag {};

/// `T`, as a pattern of the pack whose element type is `Element`: the frame
/// spells the type of an operand kept in each element's turn as
/// `per_element<decltype((twice(x))), decltype(ts)>...`, which expands over
/// the pack even where the operand does not name it.
template <class T, class Element> struct per_element_of {
  using type = T;
};
template <class T, class Element> using per_element = typename per_element_of<T, Element>::type;

/// The values of a call's expansion whose pattern yields and whose type
/// depends on a template parameter, `f(T(CORO_YIELD(ts))...)`, one type
/// per element: `D...` are decltype of each element's pattern. (Or the
/// operands that one element's turn keeps, fold_groups.) Each is
/// kept as a bound_value, made in its turn (`make<K>`: the object a
/// prvalue makes, in place, or the address of a glvalue), and destroyed,
/// last first, with the whole; the call takes each as decltype(pattern)
/// names it (a prvalue's object as an xvalue).
template <class... D> class fold_tuple {
  template <class E> struct cell {
    cell() noexcept {}
    ~cell() {}
    union {
      bound_value<E> value;
    };
  };
  using cells = std::tuple<cell<D>...>;

public:
  fold_tuple() noexcept {}
  fold_tuple(const fold_tuple &) = delete;
  fold_tuple &operator=(const fold_tuple &) = delete;
  ~fold_tuple() { drop(std::integral_constant<std::size_t, sizeof...(D)>()); }
  /// Makes the `K`-th value from what `f` returns (in the order of K; a
  /// turn whose guard does not let its marker run makes none).
  template <std::size_t K, class F> void make(F &&f) {
    using E = typename std::tuple_element<K, std::tuple<D...>>::type;
    ::new (static_cast<void *>(std::addressof(std::get<K>(m_cells).value))) bound_value<E>(f);
    m_made[K] = true;
  }
  template <std::size_t K>
  auto get() noexcept -> decltype(std::get<K>(std::declval<cells &>()).value.get()) {
    return std::get<K>(m_cells).value.get();
  }

private:
  // (Last first: the K-th from the end down, each if it was made.)
  void drop(std::integral_constant<std::size_t, 0>) noexcept {}
  template <std::size_t K> void drop(std::integral_constant<std::size_t, K>) noexcept {
    if (m_made[K - 1])
      destroy_cell(std::get<K - 1>(m_cells));
    drop(std::integral_constant<std::size_t, K - 1>());
  }
  template <class C> static void destroy_cell(C &c) noexcept {
    using B = decltype(c.value);
    c.value.~B();
  }
  cells m_cells;
  bool m_made[sizeof...(D) == 0 ? 1 : sizeof...(D)] = {};
};

/// Objects whose members C++ destroys last first: `head`, then the rest
/// (members die in the reverse of their declaration).
template <class... L> struct fold_chain {};
template <class H, class... T> struct fold_chain<H, T...> {
  H head;
  fold_chain<T...> tail;
};
template <std::size_t K> struct fold_chain_at {
  template <class C> static auto &get(C &c) noexcept { return fold_chain_at<K - 1>::get(c.tail); }
};
template <> struct fold_chain_at<0> {
  template <class C> static auto &get(C &c) noexcept { return c.head; }
};

/// The operands of a fold's pattern that the frame keeps across each
/// element's suspension, evaluated before the marker, `twice(ts)` and
/// `Item(ts)` in `(use(twice(ts), Item(ts), int(CORO_YIELD(ts))), ...)`:
/// one fold_tuple `L` per element, of decltype of each operand's text in
/// the order they are made. Each turn makes its element's before the
/// suspension (`make<K, J>`), the pattern reads them after it (`get<K,
/// J>`); all live to the end of the statement, as C++ keeps them to the
/// end of the whole fold, and die in the reverse of their making, the
/// last element's first. (A turn whose guard does not let its marker run
/// makes only those before the guard.)
template <class... L> class fold_groups {
public:
  fold_groups() noexcept {}
  fold_groups(const fold_groups &) = delete;
  fold_groups &operator=(const fold_groups &) = delete;
  template <std::size_t K, std::size_t J, class F> void make(F &&f) {
    fold_chain_at<K>::get(m_groups).template make<J>(f);
  }
  template <std::size_t K, std::size_t J>
  auto get() noexcept -> decltype(std::declval<typename std::tuple_element<K, std::tuple<L...>>::type &>()
                                      .template get<J>()) {
    return fold_chain_at<K>::get(m_groups).template get<J>();
  }

private:
  fold_chain<L...> m_groups;
};

template <class... D, class F, std::size_t... K>
inline decltype(auto) fold_values_at(fold_tuple<D...> &a, F &f, std::index_sequence<K...>) {
  return f(a.template get<K>()...);
}
template <class... D, class F> inline decltype(auto) fold_values(fold_tuple<D...> &a, F &&f) {
  return ::corogen::detail::fold_values_at(a, f, std::index_sequence_for<D...>());
}

/// The `J`-th of each element's group, a call's values kept beside the
/// operands that each turn keeps (made last in the group, they die first),
/// passed to `f` as fold_values passes a fold_tuple's.
template <std::size_t J, class... L, class F, std::size_t... K>
inline decltype(auto) fold_group_values_at(fold_groups<L...> &g, F &f, std::index_sequence<K...>) {
  return f(g.template get<K, J>()...);
}
template <std::size_t J, class... L, class F>
inline decltype(auto) fold_group_values(fold_groups<L...> &g, F &&f) {
  return ::corogen::detail::fold_group_values_at<J>(g, f, std::index_sequence_for<L...>());
}

/// A kept value of such a fold, in decltype only: the frame spells the type
/// of `auto total = (0 + ... + int(CORO_YIELD(ts)));` as decltype of `(0 +
/// ... + kept<int, decltype(ts)>())`, the fold of the kept values (a
/// prvalue each, as the statement reads them; `kept<int, void>()`, a value
/// of the operand beside `...`).
template <class V, class Element> V kept() noexcept;

/// A step of a left fold over `<<` or `>>` of an object whose pattern
/// yields, `(std::cout << ... << CORO_YIELD(ts));`, made in its element's
/// turn: what the step gives, `*target << value`, must be the next step's
/// object, an lvalue of the type of the first (as `std::ostream`'s `<<`
/// gives back the stream), which the frame points to.
template <class T, class R> inline T *fold_target(T *, R &&step) noexcept {
  static_assert(std::is_same<R &&, T &>::value,
                "corogen: a step of this fold over << or >>, made in its element's turn, must "
                "give back an lvalue of the type of the object on the left, as a stream's << "
                "does; where it gives another object (a base class of it, say), name that first, "
                "`std::ostream &out = s; (out << ... << CORO_YIELD(ts));`, or loop over the "
                "elements");
  return std::addressof(step);
}

/// The fold of the kept values, in the fold's own shape, `f` being `[&](auto
/// &&...v) { return (0 + ... + v); }`, or the call that expands them,
/// `[&](auto &&...v) -> decltype(auto) { return g(x, v...); }`: what `f`
/// returns.
template <class V, std::size_t N, class F>
inline decltype(auto) fold_values(fold_array<V, N> &a, F &&f) {
  return ::corogen::detail::fold_values_at(a, f, std::make_index_sequence<N>());
}
template <class V, std::size_t N, class F>
inline decltype(auto) fold_values(fold_slots<V, N> &a, F &&f) {
  return ::corogen::detail::fold_values_at(a, f, std::make_index_sequence<N>());
}

/// Whether the value of a marker inside the pattern of such a fold, of type
/// `T` (known only at instantiation, a delegation's result in a pack), may
/// die at the end of its element's turn: C++ keeps it to the end of the
/// whole fold, past the later elements' suspensions, which is all one for
/// a value with no destructor (or none at all).
template <class T>
struct dies_unseen
    : std::integral_constant<bool, std::is_void<T>::value ||
                                       std::is_trivially_destructible<
                                           typename std::remove_reference<T>::type>::value> {};

/// Whether what a part of such a pattern gives, of type decltype((e))
/// (known only at instantiation), dies unseen at the end of its element's
/// turn: a glvalue makes no object; a prvalue's object must have no
/// destructor, as for the marker's value.
template <class T>
struct made_dies_unseen
    : std::integral_constant<bool, std::is_reference<T>::value || dies_unseen<T>::value> {};

/// Whether `&&` or `||` of operands of types decltype((a)) and decltype((b))
/// (known only at instantiation), which runs a marker of a fold's pattern
/// under a condition, is the built-in one, which corogen tests in the
/// element's turn: arithmetic or pointer types (no enumeration, whose
/// operators may be a user's), for which no user's operator can be found.
template <class T>
struct builtin_logical_operand
    : std::integral_constant<bool, std::is_arithmetic<T>::value || std::is_pointer<T>::value ||
                                       std::is_member_pointer<T>::value ||
                                       std::is_null_pointer<T>::value> {};
template <class A, class B>
struct builtin_logical
    : std::integral_constant<
          bool, builtin_logical_operand<typename std::remove_cv<
                    typename std::remove_reference<A>::type>::type>::value &&
                    builtin_logical_operand<typename std::remove_cv<
                        typename std::remove_reference<B>::type>::type>::value> {};

} // namespace detail
} // namespace corogen

#endif // COROGEN_DETAIL_PACK_HPP
