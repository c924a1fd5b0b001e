//===- corogen/detail/manual.hpp - Storage with manual lifetime -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Storage whose object is constructed and destroyed explicitly, for the
/// yielded, sent and returned values; and the helpers that generated frames
/// use to construct and destroy their locals in place.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_DETAIL_MANUAL_HPP
#define COROGEN_DETAIL_MANUAL_HPP

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace corogen {
namespace detail {

/// Room for one `T` whose lifetime the owner tracks. The owner knows whether
/// it holds an object; `manual` itself does not.
template <class T> class manual {
public:
  manual() noexcept {}
  ~manual() {}
  manual(const manual &) = delete;
  manual &operator=(const manual &) = delete;

  template <class... A> void construct(A &&...a) {
    ::new (static_cast<void *>(std::addressof(m_value))) T(std::forward<A>(a)...);
  }
  void destroy() noexcept { m_value.~T(); }
  T &get() noexcept { return m_value; }
  const T &get() const noexcept { return m_value; }

private:
  union {
    T m_value;
  };
};

/// `void` holds nothing; constructing it accepts no argument.
template <> class manual<void> {
public:
  void construct() noexcept {}
  void destroy() noexcept {}
  void get() const noexcept {}
};

/// Destroys an object (or every element of an array, last first) in place.
template <class T> void destroy_at(T &obj) noexcept { obj.~T(); }
template <class T, std::size_t N> void destroy_at(T (&arr)[N]) noexcept {
  for (std::size_t i = N; i != 0; --i)
    ::corogen::detail::destroy_at(arr[i - 1]);
}

/// The address of a frame slot as `void*`, also for `const` objects: a frame
/// constructs its `const` locals in place exactly once.
template <class T> void *slot_address(T &obj) noexcept {
  return const_cast<void *>(static_cast<const volatile void *>(std::addressof(obj)));
}

/// The address of the object a reference local is bound to (also for an
/// xvalue, which std::addressof refuses).
template <class T> typename std::remove_reference<T>::type *ref_address(T &&r) noexcept {
  return std::addressof(r);
}

/// What a handler's reference `R` (`const T &e`) that lives across a
/// suspension refers to, once corogen's stub handler has ended: for a
/// pointer (or a member pointer, or nullptr_t), a copy of its own, kept
/// in the frame, as the Itanium C++ ABI binds such a reference to storage
/// of the handler's own (the pointer adjusted to the caught type), which
/// ends with the stub (`caught_copy`, `unsigned char` where unused);
/// otherwise the exception object, which the frame keeps alive.
template <class R, class V = typename std::remove_cv<typename std::remove_reference<R>::type>::type,
          bool = std::is_pointer<V>::value || std::is_member_pointer<V>::value ||
                 std::is_same<V, decltype(nullptr)>::value>
struct caught_reference {
  using copy = unsigned char;
  static typename std::remove_reference<R>::type *address(R &caught, copy *) noexcept {
    return std::addressof(caught);
  }
};
template <class R, class V> struct caught_reference<R, V, true> {
  static_assert(std::is_const<typename std::remove_reference<R>::type>::value,
                "corogen: this handler's non-const reference to the pointer it catches lives "
                "across a suspension; compilers bind it to different objects (the exception "
                "object, or storage of the handler's own, which ends when corogen's stub "
                "handler does), which a write through it would show: catch the pointer by "
                "value or by const reference");
  using copy = V;
  static typename std::remove_reference<R>::type *address(R &caught, copy *at) noexcept {
    return ::new (static_cast<void *>(at)) V(caught);
  }
};
template <class R> using caught_copy = typename caught_reference<R>::copy;

/// A box's object for such a reference of a type the frame cannot name:
/// the copy, where one is kept, and what the reference refers to.
template <class R> struct caught_box {
  explicit caught_box(R &caught) noexcept
      : ref(caught_reference<R>::address(caught, &copy)) {}
  caught_box(const caught_box &) = delete;
  caught_copy<R> copy;
  typename std::remove_reference<R>::type *ref;
};

/// Copy-initialises a `T` from `u` (as `T x = u;` does, with only converting
/// constructors and conversion functions), for use as `::new (p) T(copy_init<T>(u))`.
/// Since C++17 the result is constructed in place; before, the move is elided.
template <class T, class U> T copy_init(U &&u) { return std::forward<U>(u); }

/// Constructs the array `dst` in place from the array `src`, element by
/// element, first to last, copying from an lvalue and moving from an rvalue:
/// the hidden copy that a structured binding `auto [a, b] = arr;` makes.
/// If an element's construction throws, the ones made are destroyed.
template <class T, class U> void copy_element(T &dst, U &&src) {
  ::new (::corogen::detail::slot_address(dst)) T(std::forward<U>(src));
}
template <class T, std::size_t N, class A> void copy_array(T (&dst)[N], A &&src);
template <class T, std::size_t M, class U> void copy_element(T (&dst)[M], U &&src) {
  ::corogen::detail::copy_array(dst, std::forward<U>(src));
}
template <class T, std::size_t N, class A> void copy_array(T (&dst)[N], A &&src) {
  std::size_t i = 0;
  try {
    for (; i != N; ++i)
      ::corogen::detail::copy_element(dst[i], std::forward<A>(src)[i]);
  } catch (...) {
    while (i != 0)
      ::corogen::detail::destroy_at(dst[--i]);
    throw;
  }
}

/// What a lambda's by-copy capture of a frame variable becomes when an
/// init-capture of the same name would change its type (an array, which
/// `auto` decays; a `const` or `volatile` object, whose qualifier `auto`
/// drops), and what `[*this]` becomes: the lambda init-captures
/// `capture_box<T>(x)` and its body names `value`, whose type is exactly
/// the type of the closure's member in C++ (`T`, the variable's type without
/// a reference), `const` in a lambda that is not `mutable`. The copy is
/// direct-initialised from `x`, as C++ does ([expr.prim.lambda.capture]
/// p15); copying or moving the box copies or moves `value`, as copying or
/// moving the closure does its member, and destroying it destroys `value`.
/// Since C++17 the box is made in the closure; before, its move from the
/// temporary is elided (as compilers do unless -fno-elide-constructors).
template <class T> struct capture_box {
  T value;
  explicit capture_box(T &x) noexcept(std::is_nothrow_constructible<T, T &>::value) : value(x) {}
};

/// An array's elements, copied from an array element by element, first to
/// last (destroyed last to first), as C++ copies an array into a closure.
template <class T, std::size_t N> struct capture_array {
  union {
    T value[N];
  };
  explicit capture_array(T (&x)[N]) noexcept(
      std::is_nothrow_copy_constructible<typename std::remove_all_extents<T>::type>::value) {
    ::corogen::detail::copy_array(value, x);
  }
  capture_array(const capture_array &o) noexcept(
      std::is_nothrow_copy_constructible<typename std::remove_all_extents<T>::type>::value) {
    ::corogen::detail::copy_array(value, o.value);
  }
  capture_array(capture_array &&o) noexcept(
      std::is_nothrow_move_constructible<typename std::remove_all_extents<T>::type>::value) {
    ::corogen::detail::copy_array(value, std::move(o.value));
  }
  capture_array &operator=(const capture_array &) = delete;
  ~capture_array() { ::corogen::detail::destroy_at(value); }
};

/// A closure whose member cannot be moved is copied instead (its defaulted
/// move constructor is deleted, and so ignored): `capture_box` of such an
/// array has a deleted move constructor as well.
template <bool Movable> struct capture_move {};
template <> struct capture_move<false> {
  capture_move() = default;
  capture_move(const capture_move &) = default;
  capture_move(capture_move &&) = delete;
  capture_move &operator=(const capture_move &) = delete;
};

template <class T, std::size_t N>
struct capture_box<T[N]>
    : capture_array<T, N>,
      capture_move<std::is_move_constructible<typename std::remove_all_extents<T>::type>::value> {
  explicit capture_box(T (&x)[N]) noexcept(
      std::is_nothrow_copy_constructible<typename std::remove_all_extents<T>::type>::value)
      : capture_array<T, N>(x) {}
};

/// `x` as a `const` lvalue: a box's value used in a lambda that is not
/// `mutable`. (Its member access is `const` there anyway, but in an
/// unevaluated operand such as `decltype((v))` clang 14 forgets that.)
template <class T> const T &as_const(T &x) noexcept { return x; }

/// How a reference to `Referee` binds to what `D` designates (`D` is
/// `decltype((e))` of its initialiser, or the type get<I> returns)
/// ([dcl.init.ref] p5): to the object itself, or its base (`Direct`); to
/// the temporary a prvalue of that type (or a class derived from it)
/// materialises (`Materialised`); or to a new temporary of its own type,
/// copy-initialised from e (`Converted`).
enum class ref_way { Direct, Materialised, Converted };
template <class D, class Referee, bool = std::is_reference<D>::value> struct ref_way_of {
  static constexpr ref_way value =
      std::is_convertible<typename std::remove_reference<D>::type *, Referee *>::value
          ? ref_way::Direct
          : ref_way::Converted;
};
template <class D, class Referee> struct ref_way_of<D, Referee, false> {
  static constexpr ref_way value =
      std::is_convertible<D *, Referee *>::value ? ref_way::Materialised : ref_way::Converted;
};

/// `T` itself: a type written where a `&` may follow (`decltype(r) &`),
/// which must collapse with a reference `T` as it does after decltype.
template <class T> struct type_identity {
  using type = T;
};

/// `T` itself, as a name without `typename`: a type written for
/// `decltype(x)`, where `typename` may already stand before it
/// (`typename decltype(x)::value_type`).
template <class T> using identity_t = T;

/// A use of the type alias `T` of a generator's body, which the rest of the
/// body may no longer name once the frame holds the locals declared with
/// it (the top of the function declares it again for them):
/// `(void)sizeof(type_use<T>);`.
template <class T> struct type_use {};

} // namespace detail
} // namespace corogen

#endif // COROGEN_DETAIL_MANUAL_HPP
