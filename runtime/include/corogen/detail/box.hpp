//===- corogen/detail/box.hpp - Locals whose type has no name ---*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A local that lives across a suspension but whose type the frame cannot
/// name (a lambda's closure, an object of a class defined in the body) is
/// kept in a `box`: room in the frame that holds an object of a type known
/// only where the declaration stands. The body keeps the declaration, as a
/// reference to the boxed object:
///
///     auto &f = ::corogen::detail::enter_box(resuming, slot,
///         [&](void *at) { return ::new (at) auto([&] { ... }); });
///
/// The first time the declaration runs, `enter_box` makes the box, which
/// calls the function that makes the object in place (with the declaration's
/// own initialiser, so the object is of the very type it was); a resume
/// enters through the declaration again, and `enter_box` then only names the
/// object. The object never moves: it is inside the frame, or, when it does
/// not fit there, in memory of its own.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_DETAIL_BOX_HPP
#define COROGEN_DETAIL_BOX_HPP

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>

namespace corogen {
namespace detail {

template <class T> struct box_always_false : std::false_type {};

/// How the declarations of a split declaration name the type it defines:
/// `type_t<struct S>` where a variable hides `S`, `pointee<P>` for an
/// unnamed type, through the typedef `P` of a pointer to it.
template <class T> using type_t = T;
template <class P> using pointee = typename std::remove_pointer<P>::type;

/// What a box's making function makes: `T`, from a function returning `T*`.
template <class Make>
using boxed_type = typename std::remove_pointer<decltype(
    std::declval<Make &>()(static_cast<void *>(nullptr)))>::type;

class box {
public:
  /// Room in the frame itself: four pointers hold most closures.
  static constexpr std::size_t inline_size = 4 * sizeof(void *);

  /// Makes the object by calling `make` with the address to make it at.
  template <class Make> explicit box(Make &make) {
    // (A volatile object is destroyed through a volatile glvalue.)
    using T = typename std::remove_const<boxed_type<Make>>::type;
    void *at = m_buffer;
    if (!fits<T>())
      at = allocate<T>();
    try {
      m_object = const_cast<void *>(static_cast<const volatile void *>(make(at)));
    } catch (...) {
      if (at != static_cast<void *>(m_buffer))
        deallocate<T>(at);
      throw;
    }
    m_destroy = &destroy<T>;
  }
  box(const box &) = delete;
  box &operator=(const box &) = delete;
  ~box() { m_destroy(m_object, m_object != static_cast<void *>(m_buffer)); }

  void *object() const noexcept { return m_object; }

private:
  template <class T> static constexpr bool fits() {
    return sizeof(T) <= inline_size && alignof(T) <= alignof(std::max_align_t);
  }
  template <class T> static void *allocate() {
#if defined(__cpp_aligned_new)
    if (alignof(T) > alignof(std::max_align_t))
      return ::operator new(sizeof(T), std::align_val_t(alignof(T)));
#else
    static_assert(alignof(T) <= alignof(std::max_align_t) || box_always_false<T>::value,
                  "corogen: a local of an over-aligned type that cannot be named outside "
                  "the generator needs C++17's aligned new to live across a suspension");
#endif
    return ::operator new(sizeof(T));
  }
  template <class T> static void deallocate(void *p) noexcept {
#if defined(__cpp_aligned_new)
    if (alignof(T) > alignof(std::max_align_t)) {
      ::operator delete(p, std::align_val_t(alignof(T)));
      return;
    }
#endif
    ::operator delete(p);
  }
  template <class T> static void destroy(void *p, bool own_memory) noexcept {
    static_cast<T *>(p)->~T();
    if (own_memory)
      deallocate<T>(p);
  }

  alignas(std::max_align_t) unsigned char m_buffer[inline_size];
  void *m_object;
  void (*m_destroy)(void *, bool);
};

/// Where the declaration of a boxed local stands: the first time (not
/// `resuming`), makes the box in `slot` (the frame's storage for it) with
/// `make`; either way returns the object.
template <class Make>
boxed_type<Make> &enter_box(bool resuming, void *slot, Make make) {
  if (!resuming)
    ::new (slot) box(make);
  return *static_cast<boxed_type<Make> *>(static_cast<box *>(slot)->object());
}

/// Marks a boxed local used, as the source may never name it (where its
/// destructor alone mattered), without the read that `(void)x;` would make
/// of a volatile scalar.
template <class T> void unused(const volatile T &) noexcept {}

/// An operand of a full-expression kept across a suspension whose type the
/// frame cannot name (a closure copied into a by-value parameter,
/// `call(f, CORO_YIELD(1))`): before the suspension, `make` makes the copy
/// (or the temporary, or the address it keeps) in a box in `slot`, from the
/// operand's own text; after it, `boxed_object` names the object, told its
/// type by a making function of the same text (never called).
template <class Make> void keep_in_box(void *slot, Make make) { ::new (slot) box(make); }
template <class Make> boxed_type<Make> &boxed_object(void *slot, Make) noexcept {
  return *static_cast<boxed_type<Make> *>(static_cast<box *>(slot)->object());
}
/// `std::move` without <utility>: a kept value is passed on as an xvalue.
template <class T> T &&as_xvalue(T &object) noexcept { return static_cast<T &&>(object); }

/// What `auto &&r = e;` binds to, kept in a box where only the
/// instantiation shows whether `e` is a prvalue (`D` is `decltype((e))`):
/// the object a prvalue makes, made in place from `make()`, which returns
/// `(e)`; else the address of what `e` is. `get()` names it as `r` would.
///
/// `lvalue()` names it as an lvalue, as the hidden `auto &&__range` of a
/// range-for is named (a frame's range-for over a range whose type depends
/// on a template parameter keeps it so).
template <class D> class bound_value {
public:
  template <class F> explicit bound_value(F make) : m_value(make()) {}
  D &&get() noexcept { return static_cast<D &&>(m_value); }
  D &lvalue() noexcept { return m_value; }

private:
  D m_value;
};
template <class D> class bound_value<D &> {
public:
  template <class F>
  explicit bound_value(F make) noexcept(noexcept(make())) : m_address(std::addressof(make())) {}
  D &get() const noexcept { return *m_address; }
  D &lvalue() const noexcept { return *m_address; }

private:
  D *m_address;
};
template <class D> class bound_value<D &&> {
public:
  template <class F>
  explicit bound_value(F make) noexcept(noexcept(make())) : m_address(address(make())) {}
  D &&get() const noexcept { return static_cast<D &&>(*m_address); }
  D &lvalue() const noexcept { return *m_address; }

private:
  static D *address(D &&r) noexcept { return std::addressof(r); }
  D *m_address;
};

/// The type a `decltype(auto)` local of a template, kept in a box as a
/// `bound_value<D>` (`B` names it), was declared with: `D`.
template <class B> struct bound_declared;
template <class D> struct bound_declared<bound_value<D>> {
  using type = D;
};
template <class B>
using bound_declared_t = typename bound_declared<typename std::remove_reference<B>::type>::type;

} // namespace detail
} // namespace corogen

#endif // COROGEN_DETAIL_BOX_HPP
