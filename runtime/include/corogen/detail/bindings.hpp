//===- corogen/detail/bindings.hpp - Dependent structured bindings -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Structured bindings whose type depends on a template parameter, kept in a
/// generator's frame. The template does not say whether the object is
/// tuple-like, an array or a class with public members, so each binding is a
/// `binding<S, I, N, Lvalue>` slot that finds out at instantiation and does
/// what [dcl.struct.bind] does: for a tuple-like object it calls `get<I>`
/// once, where the declaration stood, and keeps the reference `r_I` that the
/// result initialises (and the temporary that reference would extend); for
/// an array it refers to element I, for a class to its I-th member. C++17
/// and later only, as structured bindings are.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_DETAIL_BINDINGS_HPP
#define COROGEN_DETAIL_BINDINGS_HPP

#include "corogen/detail/manual.hpp"

#if defined(__cpp_structured_bindings) && __cpp_structured_bindings >= 201606L

#include <array>
#include <cstddef>
#include <memory>
#include <tuple>
#include <type_traits>
#include <utility>

namespace corogen {
namespace detail {

/// The hidden object of `auto [a, b] = arr;` when `arr` is an array: its
/// copy, made element by element, first to last, copied from an lvalue or
/// moved from an rvalue ([dcl.struct.bind] p1). A class, so that the frame
/// initialises it from the initialiser as it does any other hidden object.
template <class T, std::size_t N> struct array_object {
  union {
    T value[N];
  };
  template <class A,
            typename std::enable_if<std::is_array<typename std::remove_reference<A>::type>::value,
                                    int>::type = 0>
  array_object(A &&src) { // (not explicit: `auto [a, b] = arr;` copy-initialises)
    ::corogen::detail::copy_array(value, std::forward<A>(src));
  }
  array_object(const array_object &) = delete;
  array_object &operator=(const array_object &) = delete;
  ~array_object() { ::corogen::detail::destroy_at(value); }
};

/// The type of the hidden object of `auto [a, b] = e;` from `D`,
/// `decltype((e))`: an array is copied (array_object), anything else is
/// what `auto` deduces.
template <class D, class A = typename std::remove_reference<D>::type,
          bool = std::is_array<A>::value>
struct binding_object {
  using type = typename std::decay<D>::type;
};
template <class D, class A> struct binding_object<D, A, true> {
  using type = array_object<typename std::remove_extent<A>::type, std::extent<A>::value>;
};

/// The hidden object of `auto &[a, b] = e;` (`const auto &` when Const,
/// `auto &&` when Forwarding) from `D`, `decltype((e))`: a reference to
/// what e designates, or, when e is a prvalue, to the temporary it
/// materialises, which is made here in place and lives as long as the
/// reference ([class.temporary] p6). Made from a function that returns e
/// as it is (`decltype(auto)`).
template <class D, bool Const, bool Forwarding, bool = std::is_reference<D>::value>
class bound_reference;
template <class D, bool Const, bool Forwarding> struct bound_reference_base {
  using referee = typename std::remove_reference<D>::type;
  /// What `auto` deduces: `const auto &` adds const to the unqualified type.
  using object = typename std::conditional<
      Const, const typename std::remove_cv<referee>::type, referee>::type;
  static_assert(Const || Forwarding || std::is_lvalue_reference<D>::value ||
                    std::is_const<referee>::value,
                "corogen: `auto &[...] = e` needs e to be an lvalue (or const)");
};
template <class D, bool Const, bool Forwarding>
class bound_reference<D, Const, Forwarding, true>
    : public bound_reference_base<D, Const, Forwarding> {
  using base = bound_reference_base<D, Const, Forwarding>;

public:
  template <class F>
  explicit bound_reference(F make) noexcept(noexcept(make())) : m_object(ref_address(make())) {}
  typename base::object &get() noexcept { return *m_object; }

private:
  typename base::object *m_object;
};
template <class D, bool Const, bool Forwarding>
class bound_reference<D, Const, Forwarding, false>
    : public bound_reference_base<D, Const, Forwarding> {
  using base = bound_reference_base<D, Const, Forwarding>;

public:
  template <class F> explicit bound_reference(F make) : m_value(make()) {}
  typename base::object &get() noexcept { return m_value; }

private:
  D m_value; // the temporary, made in place from the prvalue
};

/// The object a slot of type `S` holds, as the bindings see it (`E`).
template <class S> struct object_of {
  using type = S;
};
template <class T, std::size_t N> struct object_of<array_object<T, N>> {
  using type = T[N];
};
template <class T, std::size_t N> struct object_of<const array_object<T, N>> {
  using type = const T[N];
};
template <class D, bool Const, bool Forwarding, bool Glvalue>
struct object_of<bound_reference<D, Const, Forwarding, Glvalue>> {
  using type = typename bound_reference<D, Const, Forwarding, Glvalue>::object;
};

/// The hidden object held by a slot, to make its bindings from.
template <class S> S &bound_object(S &s) noexcept { return s; }
template <class T, std::size_t N> T (&bound_object(array_object<T, N> &s) noexcept)[N] {
  return s.value;
}
template <class T, std::size_t N>
const T (&bound_object(const array_object<T, N> &s) noexcept)[N] {
  return s.value;
}
template <class D, bool Const, bool Forwarding, bool Glvalue>
typename bound_reference<D, Const, Forwarding, Glvalue>::object &
bound_object(bound_reference<D, Const, Forwarding, Glvalue> &s) noexcept {
  return s.get();
}

namespace bindings {

template <class...> struct voider {
  using type = void;
};
template <class> struct always_false : std::false_type {};

/// Tuple-like: `std::tuple_size<E>` is a complete type with a member
/// `value` ([dcl.struct.bind] p4, as amended by CWG 2386).
template <class E, class = void> struct is_tuple_like : std::false_type {};
template <class E>
struct is_tuple_like<E, typename voider<decltype(std::tuple_size<E>::value)>::type>
    : std::true_type {};

/// Only here so that `get<I>(e)` below is a template call before C++20 and
/// that no `get` of an enclosing namespace joins the candidates: the call
/// finds its functions by argument-dependent lookup alone, as the
/// declaration does. It takes nothing anyone can pass.
struct no_object;
template <std::size_t> void get(no_object &) = delete;

/// Whether `obj.template get<I>()` calls a member function template.
template <std::size_t I, class Obj, class = void> struct member_get : std::false_type {};
template <std::size_t I, class Obj>
struct member_get<I, Obj, typename voider<decltype(std::declval<Obj>().template get<I>())>::type>
    : std::true_type {};

/// The initialiser of `r_I`: `e.get<I>()` when E has such a member,
/// otherwise `get<I>(e)`, with `e` an lvalue or an xvalue (`Obj`).
template <std::size_t I, class Obj,
          typename std::enable_if<member_get<I, Obj &&>::value, int>::type = 0>
decltype(auto) call_get(Obj &&e) {
  return static_cast<Obj &&>(e).template get<I>();
}
template <std::size_t I, class Obj,
          typename std::enable_if<!member_get<I, Obj &&>::value, int>::type = 0>
decltype(auto) call_get(Obj &&e) {
  return get<I>(static_cast<Obj &&>(e));
}

/// The I-th of some lvalues.
template <std::size_t I, class T, class... R> auto &pick(T &t, R &...r) noexcept {
  if constexpr (I == 0)
    return t;
  else
    return pick<I - 1>(r...);
}

template <class... T> struct type_list {};
template <std::size_t I, class L> struct type_at;
template <class T, class... R> struct type_at<0, type_list<T, R...>> {
  using type = T;
};
template <std::size_t I, class T, class... R>
struct type_at<I, type_list<T, R...>> : type_at<I - 1, type_list<R...>> {};

/// A class's members, through a structured binding of N names (the
/// source's count), so that the language checks and finds them: member<I>
/// is the I-th, declared<I> what decltype of the I-th binding names. Up to
/// max_members names; for more, the generated code declares an accessor of
/// its own with as many names (see member_at).
template <std::size_t N> struct members;
constexpr std::size_t max_members = 16;

/// What an accessor written by corogen gives for the I-th member: its
/// address, and what decltype of the I-th binding names.
template <class Declared, class Referee> struct member_ref {
  using declared = Declared;
  using referee = Referee;
  Referee *pointer;
};

/// The index an accessor is called with for the decltypes of the names
/// alone (a type_list), which binds no reference to a member (a bit-field
/// binds none).
constexpr std::size_t declared_index = static_cast<std::size_t>(-1);

/// The I-th of the names of a structured binding, `r...`, whose decltypes
/// are `D...`. A class's members are reached through a lambda that the
/// generated code declares beside the frame, `[](auto &e, auto i) {
/// [[maybe_unused]] auto &[m0, ..., mN] = e; if constexpr
/// (decltype(i)::value == declared_index) return type_list<decltype(m0),
/// ...>(); else return member_at<decltype(i)::value>(type_list<decltype(m0),
/// ...>(), m0, ...); }`: the count is the source's, which corogen knows,
/// and access is checked where the generator is.
template <std::size_t I, class... D, class... R>
member_ref<typename type_at<I, type_list<D...>>::type,
           typename std::remove_reference<decltype(pick<I>(std::declval<R &>()...))>::type>
member_at(type_list<D...>, R &...r) noexcept {
  return {std::addressof(pick<I>(r...))};
}

#define COROGEN_MEMBERS(N, NAMES, TYPES)                                                     \
  template <> struct members<N> {                                                            \
    template <std::size_t I, class E> static auto &member(E &e) noexcept {                   \
      auto &[NAMES] = e;                                                                     \
      return pick<I>(NAMES);                                                                 \
    }                                                                                        \
    template <class E> static auto declared(E &e) noexcept {                                 \
      [[maybe_unused]] auto &[NAMES] = e;                                                    \
      return type_list<TYPES>();                                                             \
    }                                                                                        \
  };
#define COROGEN_NAMES_1 b0
#define COROGEN_NAMES_2 COROGEN_NAMES_1, b1
#define COROGEN_NAMES_3 COROGEN_NAMES_2, b2
#define COROGEN_NAMES_4 COROGEN_NAMES_3, b3
#define COROGEN_NAMES_5 COROGEN_NAMES_4, b4
#define COROGEN_NAMES_6 COROGEN_NAMES_5, b5
#define COROGEN_NAMES_7 COROGEN_NAMES_6, b6
#define COROGEN_NAMES_8 COROGEN_NAMES_7, b7
#define COROGEN_NAMES_9 COROGEN_NAMES_8, b8
#define COROGEN_NAMES_10 COROGEN_NAMES_9, b9
#define COROGEN_NAMES_11 COROGEN_NAMES_10, b10
#define COROGEN_NAMES_12 COROGEN_NAMES_11, b11
#define COROGEN_NAMES_13 COROGEN_NAMES_12, b12
#define COROGEN_NAMES_14 COROGEN_NAMES_13, b13
#define COROGEN_NAMES_15 COROGEN_NAMES_14, b14
#define COROGEN_NAMES_16 COROGEN_NAMES_15, b15
#define COROGEN_TYPES_1 decltype(b0)
#define COROGEN_TYPES_2 COROGEN_TYPES_1, decltype(b1)
#define COROGEN_TYPES_3 COROGEN_TYPES_2, decltype(b2)
#define COROGEN_TYPES_4 COROGEN_TYPES_3, decltype(b3)
#define COROGEN_TYPES_5 COROGEN_TYPES_4, decltype(b4)
#define COROGEN_TYPES_6 COROGEN_TYPES_5, decltype(b5)
#define COROGEN_TYPES_7 COROGEN_TYPES_6, decltype(b6)
#define COROGEN_TYPES_8 COROGEN_TYPES_7, decltype(b7)
#define COROGEN_TYPES_9 COROGEN_TYPES_8, decltype(b8)
#define COROGEN_TYPES_10 COROGEN_TYPES_9, decltype(b9)
#define COROGEN_TYPES_11 COROGEN_TYPES_10, decltype(b10)
#define COROGEN_TYPES_12 COROGEN_TYPES_11, decltype(b11)
#define COROGEN_TYPES_13 COROGEN_TYPES_12, decltype(b12)
#define COROGEN_TYPES_14 COROGEN_TYPES_13, decltype(b13)
#define COROGEN_TYPES_15 COROGEN_TYPES_14, decltype(b14)
#define COROGEN_TYPES_16 COROGEN_TYPES_15, decltype(b15)
COROGEN_MEMBERS(1, COROGEN_NAMES_1, COROGEN_TYPES_1)
COROGEN_MEMBERS(2, COROGEN_NAMES_2, COROGEN_TYPES_2)
COROGEN_MEMBERS(3, COROGEN_NAMES_3, COROGEN_TYPES_3)
COROGEN_MEMBERS(4, COROGEN_NAMES_4, COROGEN_TYPES_4)
COROGEN_MEMBERS(5, COROGEN_NAMES_5, COROGEN_TYPES_5)
COROGEN_MEMBERS(6, COROGEN_NAMES_6, COROGEN_TYPES_6)
COROGEN_MEMBERS(7, COROGEN_NAMES_7, COROGEN_TYPES_7)
COROGEN_MEMBERS(8, COROGEN_NAMES_8, COROGEN_TYPES_8)
COROGEN_MEMBERS(9, COROGEN_NAMES_9, COROGEN_TYPES_9)
COROGEN_MEMBERS(10, COROGEN_NAMES_10, COROGEN_TYPES_10)
COROGEN_MEMBERS(11, COROGEN_NAMES_11, COROGEN_TYPES_11)
COROGEN_MEMBERS(12, COROGEN_NAMES_12, COROGEN_TYPES_12)
COROGEN_MEMBERS(13, COROGEN_NAMES_13, COROGEN_TYPES_13)
COROGEN_MEMBERS(14, COROGEN_NAMES_14, COROGEN_TYPES_14)
COROGEN_MEMBERS(15, COROGEN_NAMES_15, COROGEN_TYPES_15)
COROGEN_MEMBERS(16, COROGEN_NAMES_16, COROGEN_TYPES_16)
#undef COROGEN_MEMBERS
#undef COROGEN_NAMES_1
#undef COROGEN_NAMES_2
#undef COROGEN_NAMES_3
#undef COROGEN_NAMES_4
#undef COROGEN_NAMES_5
#undef COROGEN_NAMES_6
#undef COROGEN_NAMES_7
#undef COROGEN_NAMES_8
#undef COROGEN_NAMES_9
#undef COROGEN_NAMES_10
#undef COROGEN_NAMES_11
#undef COROGEN_NAMES_12
#undef COROGEN_NAMES_13
#undef COROGEN_NAMES_14
#undef COROGEN_NAMES_15
#undef COROGEN_NAMES_16
#undef COROGEN_TYPES_1
#undef COROGEN_TYPES_2
#undef COROGEN_TYPES_3
#undef COROGEN_TYPES_4
#undef COROGEN_TYPES_5
#undef COROGEN_TYPES_6
#undef COROGEN_TYPES_7
#undef COROGEN_TYPES_8
#undef COROGEN_TYPES_9
#undef COROGEN_TYPES_10
#undef COROGEN_TYPES_11
#undef COROGEN_TYPES_12
#undef COROGEN_TYPES_13
#undef COROGEN_TYPES_14
#undef COROGEN_TYPES_15
#undef COROGEN_TYPES_16

/// How binding I of a tuple-like E is kept. `r_I` is a reference to
/// `T_I = tuple_element<I, E>::type`, an lvalue reference when get<I>
/// gives an lvalue; it binds as ref_way_of says: to the object get<I>
/// refers to (`Direct`), or to the temporary that a prvalue get<I>
/// materialises (`Materialised`), which then lives as long as the binding,
/// or to a new temporary the result converts to (`Converted`).
template <class E, std::size_t I, bool Lvalue> struct tuple_binding_of {
  using object = typename std::conditional<Lvalue, E &, E &&>::type;
  using result = decltype(call_get<I>(std::declval<object>()));
  using element = typename std::tuple_element<I, E>::type;
  using reference = typename std::conditional<std::is_lvalue_reference<result>::value,
                                              element &, element &&>::type;
  using referee = typename std::remove_reference<reference>::type;
  static constexpr ref_way way = ref_way_of<result, referee>::value;
};

enum class kind { Tuple, Array, Class };
template <class E, bool = is_tuple_like<E>::value> struct kind_of {
  static constexpr kind value = std::is_array<E>::value ? kind::Array : kind::Class;
};
template <class E> struct kind_of<E, true> {
  static constexpr kind value = kind::Tuple;
};

/// (`M`: the type of the accessor corogen declares for a class of more than
/// max_members names, or void.)
template <class E, std::size_t I, std::size_t N, bool Lvalue, class M = void,
          kind = kind_of<E>::value>
class binding_of;

template <class E, std::size_t I, std::size_t N, bool Lvalue,
          ref_way = tuple_binding_of<E, I, Lvalue>::way>
class tuple_binding;

/// (`Converted`: get<I> gives a value of another type that converts to a
/// new temporary of T_I, which lives as long as the binding; kept where the
/// value is not of a class type, whose conversion function may instead
/// give a reference that binds directly, which corogen does not tell
/// apart.)
template <class E, std::size_t I, std::size_t N, bool Lvalue>
class tuple_binding<E, I, N, Lvalue, ref_way::Converted> {
  using of = tuple_binding_of<E, I, Lvalue>;
  using made = typename std::remove_cv<typename of::referee>::type;
  static_assert(!std::is_lvalue_reference<typename of::reference>::value ||
                    (std::is_const<typename of::referee>::value &&
                     !std::is_volatile<typename of::referee>::value),
                "corogen: this structured binding's reference cannot bind to a temporary");
  static_assert(!std::is_class<typename std::remove_reference<typename of::result>::type>::value,
                "corogen: the get<I> of this structured binding gives an object of a class type "
                "that converts to a new temporary of type tuple_element<I, E>::type (or to a "
                "reference that binds directly, which corogen does not tell apart) across a "
                "suspension; take the value into a variable first");

public:
  explicit tuple_binding(E &e)
      : m_value(copy_init<made>(call_get<I>(static_cast<typename of::object>(e)))) {}
  typename of::referee &ref() noexcept { return m_value; }

private:
  typename of::referee m_value; // the temporary the conversion makes
};

template <class E, std::size_t I, std::size_t N, bool Lvalue>
class tuple_binding<E, I, N, Lvalue, ref_way::Direct> {
  using of = tuple_binding_of<E, I, Lvalue>;

public:
  explicit tuple_binding(E &e) {
    typename of::reference r = call_get<I>(static_cast<typename of::object>(e));
    m_referee = std::addressof(r);
  }
  typename of::referee &ref() noexcept { return *m_referee; }

private:
  typename of::referee *m_referee;
};

template <class E, std::size_t I, std::size_t N, bool Lvalue>
class tuple_binding<E, I, N, Lvalue, ref_way::Materialised> {
  using of = tuple_binding_of<E, I, Lvalue>;

public:
  explicit tuple_binding(E &e) : m_value(call_get<I>(static_cast<typename of::object>(e))) {}
  typename of::referee &ref() noexcept { return m_value; }

private:
  typename of::result m_value; // made in place from get<I>'s prvalue
};

template <class E, std::size_t I, std::size_t N, bool Lvalue, class M>
class binding_of<E, I, N, Lvalue, M, kind::Tuple> : public tuple_binding<E, I, N, Lvalue> {
  static_assert(std::tuple_size<E>::value == N,
                "corogen: this structured binding has not as many names as the tuple-like "
                "object has elements (std::tuple_size)");

public:
  using declared_type = typename std::tuple_element<I, E>::type;
  /// What get<I> of rebound_tuple gives: r_I's type.
  using reference = typename tuple_binding_of<E, I, Lvalue>::reference;
  using tuple_binding<E, I, N, Lvalue>::tuple_binding;
  /// (A class's accessor, unused.)
  template <class A> binding_of(E &e, const A &) : tuple_binding<E, I, N, Lvalue>(e) {}
};

template <class E, std::size_t I, std::size_t N, bool Lvalue, class M>
class binding_of<E, I, N, Lvalue, M, kind::Array> {
  static_assert(std::extent<E>::value == N,
                "corogen: this structured binding has not as many names as the array has "
                "elements");

public:
  using declared_type = typename std::remove_extent<E>::type;
  explicit binding_of(E &e) noexcept : m_referee(std::addressof(e[I])) {}
  template <class A> binding_of(E &e, const A &) noexcept : binding_of(e) {}
  declared_type &ref() noexcept { return *m_referee; }

private:
  declared_type *m_referee;
};

/// A class's I-th member. Nothing is reached where the declaration stands:
/// the generated code names the bindings again on each resume (rebound),
/// and ref() is instantiated only where a lambda of corogen's reaches the
/// member through it.
template <class E, std::size_t I, std::size_t N, bool Lvalue>
class binding_of<E, I, N, Lvalue, void, kind::Class> {
  static_assert(N <= max_members, "corogen: a structured binding of more than 16 names reaches "
                                  "a class's members through an accessor (corogen declares it)");

public:
  using declared_type =
      typename type_at<I, decltype(members<N>::declared(std::declval<E &>()))>::type;
  explicit binding_of(E &e) noexcept : m_object(std::addressof(e)) {}
  auto &ref() noexcept { return members<N>::template member<I>(*m_object); }

private:
  E *m_object;
};

/// A class's I-th member, through the accessor `M` that corogen declares
/// in the generator (see member_at).
template <class E, std::size_t I, std::size_t N, bool Lvalue, class M>
class binding_of<E, I, N, Lvalue, M, kind::Class> {
  template <std::size_t J>
  using result = decltype(std::declval<const M &>()(std::declval<E &>(),
                                                    std::integral_constant<std::size_t, J>()));

public:
  using declared_type = typename type_at<I, result<declared_index>>::type;
  binding_of(E &e, const M &m) noexcept : m_object(std::addressof(e)), m_access(&m) {}
  template <std::size_t J = I> typename result<J>::referee &ref() noexcept {
    return *(*m_access)(*m_object, std::integral_constant<std::size_t, J>()).pointer;
  }

private:
  E *m_object;
  const M *m_access;
};

/// What the names of a tuple-like structured binding are declared again
/// from, on each resume: its get<I> gives what binding I refers to (kept
/// in `B`, made where the declaration stood), so the object's own get is
/// not called again; std::tuple_element gives the object's element types,
/// so that decltype of a name is what it was.
template <class E, class... B> class rebound_tuple {
public:
  explicit rebound_tuple(B &...bindings) noexcept : m_bindings(std::addressof(bindings)...) {}
  template <std::size_t I>
  typename type_at<I, type_list<B...>>::type::reference get() const noexcept {
    using reference = typename type_at<I, type_list<B...>>::type::reference;
    return static_cast<reference>(std::get<I>(m_bindings)->ref());
  }

private:
  std::tuple<B *...> m_bindings;
};

} // namespace bindings

/// Binding I of the N of a structured binding whose hidden object is kept in
/// a slot of type S, as an lvalue (`Lvalue`: the hidden object is an lvalue
/// reference) or not. Made from bound_object(slot) where the declaration
/// stood (and, for more than 16 names, the accessor `M` that corogen
/// declares, which a class's members are reached through); `ref()` is what
/// the binding's name refers to, `declared_type` what `decltype` of the
/// name is.
template <class S, std::size_t I, std::size_t N, bool Lvalue, class M = void>
using binding = bindings::binding_of<typename object_of<S>::type, I, N, Lvalue,
                                     typename std::remove_cv<M>::type>;

/// What the names of a structured binding whose hidden object is kept in
/// a slot of type S (or, for `boxed_binding`s, a box) are declared again
/// from on each resume that enters their scope, `auto &&[a, b] =
/// rebound(slot, binding_a, binding_b);`: the object itself where they
/// name a class's members or an array's elements (so that a name is the
/// binding it was, a bit-field too), or, for a tuple-like object, a
/// rebound_tuple of the bindings made where the declaration stood.
template <
    class S, class... B, class E = typename object_of<S>::type,
    typename std::enable_if<bindings::kind_of<E>::value != bindings::kind::Tuple, int>::type = 0>
E &rebound(S &slot, B &...) noexcept {
  return bound_object(slot);
}
template <
    class S, class... B, class E = typename object_of<S>::type,
    typename std::enable_if<bindings::kind_of<E>::value == bindings::kind::Tuple, int>::type = 0>
bindings::rebound_tuple<E, B...> rebound(S &, B &...bindings) noexcept {
  return bindings::rebound_tuple<E, B...>(bindings...);
}

/// Binding I of the N of a structured binding whose object a box keeps,
/// named by `R` (a reference to it), where the bindings may not be declared
/// again on each resume (a tuple-like object whose `get` is not std::get),
/// or, in a template, where only the instantiation shows whether they may
/// (with `M`, the accessor corogen declares for a class's members): each
/// is kept in a box of its own, made once where the declaration stood, and
/// its name is declared again on each resume as a reference to what it
/// refers to (in a template, through `rebound`). `binding_declared<B>` is
/// what decltype of the name is, from `B`, the type of a reference to that
/// box's binding.
template <class R, std::size_t I, std::size_t N, bool Lvalue, class M = void>
using boxed_binding = binding<typename std::remove_reference<R>::type, I, N, Lvalue, M>;
template <class B> using binding_declared = typename std::remove_reference<B>::type::declared_type;

} // namespace detail
} // namespace corogen

namespace std {
template <class E, class... B>
struct tuple_size<::corogen::detail::bindings::rebound_tuple<E, B...>>
    : std::integral_constant<std::size_t, sizeof...(B)> {};
template <std::size_t I, class E, class... B>
struct tuple_element<I, ::corogen::detail::bindings::rebound_tuple<E, B...>> {
  using type = typename std::tuple_element<I, E>::type;
};
} // namespace std

#endif // __cpp_structured_bindings

#endif // COROGEN_DETAIL_BINDINGS_HPP
