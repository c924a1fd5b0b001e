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
    destroy_at(arr[i - 1]);
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

/// Copy-initialises a `T` from `u` (as `T x = u;` does, with only converting
/// constructors and conversion functions), for use as `::new (p) T(copy_init<T>(u))`.
/// Since C++17 the result is constructed in place; before, the move is elided.
template <class T, class U> T copy_init(U &&u) { return std::forward<U>(u); }

/// Constructs the array `dst` in place from the array `src`, element by
/// element, first to last, copying from an lvalue and moving from an rvalue:
/// the hidden copy that a structured binding `auto [a, b] = arr;` makes.
/// If an element's construction throws, the ones made are destroyed.
template <class T, class U> void copy_element(T &dst, U &&src) {
  ::new (slot_address(dst)) T(std::forward<U>(src));
}
template <class T, std::size_t N, class A> void copy_array(T (&dst)[N], A &&src);
template <class T, std::size_t M, class U> void copy_element(T (&dst)[M], U &&src) {
  copy_array(dst, std::forward<U>(src));
}
template <class T, std::size_t N, class A> void copy_array(T (&dst)[N], A &&src) {
  std::size_t i = 0;
  try {
    for (; i != N; ++i)
      copy_element(dst[i], std::forward<A>(src)[i]);
  } catch (...) {
    while (i != 0)
      destroy_at(dst[--i]);
    throw;
  }
}

} // namespace detail
} // namespace corogen

#endif // COROGEN_DETAIL_MANUAL_HPP
