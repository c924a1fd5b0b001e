//===- corogen/detail/delegation.hpp - CORO_YIELD_FROM ----------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// `CORO_YIELD_FROM(x)` (PEP 380, SPEC section 5): a generator with the
/// delegator's yield and send types is linked into the delegation chain; any
/// other generator, and any range, is reached through an adapter frame that
/// converts values and forwards send, throw and close.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_DETAIL_DELEGATION_HPP
#define COROGEN_DETAIL_DELEGATION_HPP

#include "corogen/detail/bindings.hpp"
#include "corogen/detail/frame.hpp"
#include "corogen/generator.hpp"

#include <array>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <type_traits>
#include <utility>

namespace corogen {
namespace detail {

/// Releases the delegator's sub-frame when the result has been read.
struct sub_release_guard {
  frame_core &self;
  ~sub_release_guard() { self.corogen_release_sub(); }
};

/// The value of a finished frame's result: copied from a generator that the
/// consumer still holds, moved from a temporary one; a value-initialised `R`
/// if it finished without returning (Python's None).
template <class R, bool Move> struct take_result {
  template <class Y, class S> static R from(frame_core *sub) {
    if (sub == nullptr || !sub->corogen_returned)
      return R();
    R &r = static_cast<frame_base<Y, S, R> *>(sub)->corogen_result.get();
    return take(r, std::integral_constant<bool, Move>());
  }

private:
  // Two overloads rather than `Move ? R(std::move(r)) : R(r)`, which would
  // need a copyable R even where the result is moved.
  static R take(R &r, std::true_type) { return std::move(r); }
  static R take(R &r, std::false_type) { return r; }
};
template <bool Move> struct take_result<void, Move> {
  template <class Y, class S> static void from(frame_core *) {}
};

/// Ends an adapter with the inner generator's result.
template <class R, bool Move> struct return_inner_result {
  template <class Y2, class S2, class Self> static void apply(Self &self, frame_core *inner) {
    self.corogen_return(take_result<R, Move>::template from<Y2, S2>(inner));
  }
};
template <bool Move> struct return_inner_result<void, Move> {
  template <class Y2, class S2, class Self> static void apply(Self &self, frame_core *) {
    self.corogen_return();
  }
};

/// Starts delegating from `self` to `sub`; false if `sub` has already finished
/// (PEP 380: the yield from then evaluates at once to its value).
inline bool start_delegation(frame_core &self, frame_core *sub, destroy_fn owner) {
  self.corogen_release_sub();
  if (sub == nullptr)
    return false;
  if (sub->corogen_observed_state() == gen_state::running || sub->corogen_parent != nullptr) {
    if (owner != nullptr)
      owner(sub);
    throw generator_error(msg_executing);
  }
  if (sub->corogen_finished()) {
    self.corogen_sub = sub;
    self.corogen_sub_owner = owner;
    return false;
  }
  self.corogen_link_sub(sub, owner);
  return true;
}

/// A generator with the delegator's `Y` and `S`: its frame joins the chain.
template <class G, class Y, class S> struct delegation<G, Y, S, 0> {
  using handle = typename std::decay<G>::type;
  using result_type = typename handle::return_type;
  static constexpr bool owned = !std::is_lvalue_reference<G>::value;

  template <class H> static bool start(frame_core &self, H &&g) {
    if (owned)
      return start_delegation(self, handle_access::release(g), &close_and_destroy);
    return start_delegation(self, handle_access::frame(g), nullptr);
  }
  static result_type result(frame_core &self) {
    sub_release_guard guard{self};
    return take_result<result_type, owned>::template from<Y, S>(self.corogen_sub);
  }
};

/// An adapter frame (converting generator, or range) that the delegator owns.
template <class G, class Y, class S, class Adapter> struct adapter_delegation {
  using result_type = typename Adapter::result_type;
  template <class H> static bool start(frame_core &self, H &&g) {
    return start_delegation(self, new Adapter(std::forward<H>(g)), &close_and_destroy);
  }
  static result_type result(frame_core &self) {
    sub_release_guard guard{self};
    return take_result<result_type, true>::template from<Y, S>(self.corogen_sub);
  }
};

/// Yields `v` from an adapter as the delegator's `Y` (copy-initialised, as
/// an implicit conversion), or nothing if the delegator yields `void`.
template <class Y> struct convert_value {
  template <class Self, class V> static void put(Self &self, V &&v) {
    self.corogen_yield(copy_init<Y>(std::forward<V>(v)));
  }
};
template <> struct convert_value<void> {
  template <class Self, class V> static void put(Self &self, V &&) { self.corogen_yield(); }
};

/// Takes the value an inner generator yielded; `Y2` may be `void`.
template <class Y2, class S2, class Y> struct inner_value {
  template <class Self> static void forward(Self &self, frame_core *y) {
    auto *io = static_cast<frame_io<Y2, S2> *>(y);
    convert_value<Y>::put(self, std::move(io->corogen_value.get()));
    io->corogen_clear_value();
  }
};
template <class S2, class Y> struct inner_value<void, S2, Y> {
  static_assert(std::is_void<Y>::value,
                "CORO_YIELD_FROM of a generator that yields void needs a delegator "
                "that yields void");
  template <class Self> static void forward(Self &self, frame_core *) { self.corogen_yield(); }
};

/// What a value sent to the delegator becomes for the inner generator.
template <class S, class S2> struct convert_sent {
  template <class Fn> static frame_core *with(void *sent, Fn &&advance) {
    if (sent == nullptr)
      return advance(nullptr);
    S2 v = copy_init<S2>(std::move(*static_cast<S *>(sent)));
    return advance(&v);
  }
};
template <class S2> struct convert_sent<void, S2> {
  template <class Fn> static frame_core *with(void *, Fn &&advance) { return advance(nullptr); }
};
template <class S> struct convert_sent<S, void> {
  template <class Fn> static frame_core *with(void *, Fn &&advance) { return advance(nullptr); }
};
template <> struct convert_sent<void, void> {
  template <class Fn> static frame_core *with(void *, Fn &&advance) { return advance(nullptr); }
};

/// Delegation to a generator whose yield or send type differs from the
/// delegator's: forwards next, send, throw and close, converting values.
template <class G, class Y, class S>
struct convert_frame final
    : frame<convert_frame<G, Y, S>, Y, S, typename std::decay<G>::type::return_type, true> {
  using handle = typename std::decay<G>::type;
  using Y2 = typename handle::yield_type;
  using S2 = typename handle::send_type;
  using result_type = typename handle::return_type;
  static constexpr bool owned = !std::is_lvalue_reference<G>::value;

  explicit convert_frame(handle &&h) : m_own(std::move(h)), m_inner(&m_own) {}
  explicit convert_frame(handle &h) : m_inner(&h) {}
  ~convert_frame() {}

  void corogen_body() {
    frame_core *y = step();
    if (y == nullptr) {
      return_inner_result<result_type, owned>::template apply<Y2, S2>(
          *this, handle_access::frame(*m_inner));
      return;
    }
    inner_value<Y2, S2, Y>::forward(*this, y);
    this->corogen_point = 1;
  }
  void corogen_unwind() noexcept {}

private:
  /// Passes on to the inner generator what the consumer asked.
  frame_core *step() {
    raise_kind k = this->corogen_raise;
    this->corogen_raise = raise_kind::none;
    if (k == raise_kind::exit) {
      // PEP 380: close() on the delegator closes the iterator first.
      m_inner->close();
      throw generator_exit{};
    }
    if (k == raise_kind::exception) {
      std::exception_ptr e = std::move(this->corogen_exception);
      this->corogen_exception = nullptr;
      return handle_access::raise_into(*m_inner, std::move(e));
    }
    handle &inner = *m_inner;
    void *sent = this->corogen_sent;
    this->corogen_sent = nullptr;
    return convert_sent<S, S2>::with(
        sent, [&inner](void *p) { return handle_access::advance(inner, p); });
  }

  handle m_own;
  handle *m_inner;
};

/// The iterators of a range-for that suspends, looked up as the range-for
/// looks them up: members `begin()`/`end()` if there are, else by ADL.
template <class R> auto range_begin(R &r, int) -> decltype(r.begin()) { return r.begin(); }
template <class R> auto range_begin(R &r, long) -> decltype(begin(r)) { return begin(r); }
template <class T, std::size_t N> T *range_begin(T (&a)[N], int) { return a; }
template <class R> auto range_end(R &r, int) -> decltype(r.end()) { return r.end(); }
template <class R> auto range_end(R &r, long) -> decltype(end(r)) { return end(r); }
template <class T, std::size_t N> T *range_end(T (&a)[N], int) { return a + N; }

/// Checks D, `decltype((e))` of the object whose member a reference (or a
/// range-for's range) of a template binds, `const auto &r = e.first;`: C++
/// keeps a temporary e alive as long as the reference, which the frame,
/// keeping the member's address, would not.
template <class D> struct no_temporary {
  static_assert(std::is_reference<D>::value,
                "corogen: this reference (or range-for's range) lives across a suspension and "
                "binds to a member of a temporary, which C++ keeps alive as long as the "
                "reference but the frame cannot in a template; make the object a variable "
                "first, and bind to its member");
  static constexpr bool value = true;
};

/// The bound of an array of a template that its braced list gives, where
/// brace elision may make fewer elements than the list has (`T a[] = {1,
/// 2};` is one T of two ints if T is such an aggregate): the return type of
/// a lambda, never called, that declares such an array from the list.
template <std::size_t N> struct array_bound : std::integral_constant<std::size_t, N> {};

/// The array of a range-for's braced list, `for (x : {a, b})`, where a box
/// keeps it (its elements are of a type the frame cannot name, or depend on
/// a template parameter): the list's elements copy-initialised from its
/// initialisers, const, and iterated through pointers, as the list's own
/// array would be. Made as `braced_range{a, b}` from C++17 (the guide
/// deduces the element as the std::initializer_list would), before that as
/// `decltype(braced_range_of(a, b)){a, b}`; where an element is a braced
/// list, which deduces nothing, with the others' element_type written,
/// `braced_range<decltype(braced_range_of(a))::element_type, 2>{a, {t}}`.
/// (Not std::array, whose copy
/// deduction would take `{arr}` of one std::array for a copy of it.)
template <class E, std::size_t N> struct braced_range {
  using element_type = E;
  const E elements[N];
  const E *begin() const noexcept { return elements; }
  const E *end() const noexcept { return elements + N; }
};
template <bool... B> struct all_of_bools : std::is_same<all_of_bools<B...>, all_of_bools<(B || true)...>> {};
template <class E, class... Rest> struct braced_element {
  static_assert(all_of_bools<std::is_same<E, Rest>::value...>::value,
                "corogen: the elements of a range-for's braced list deduce different types");
  using type = E;
};
#if defined(__cpp_deduction_guides)
template <class E, class... Rest>
braced_range(E, Rest...)
    -> braced_range<typename braced_element<E, Rest...>::type, 1 + sizeof...(Rest)>;
#endif
/// Only named in decltype: the braced_range that a list of these deduces.
template <class E, class... Rest>
braced_range<typename braced_element<E, Rest...>::type, 1 + sizeof...(Rest)>
    braced_range_of(E, Rest...);

/// Delegation to a range: yields each element in turn; sent values are
/// dropped (SPEC section 2).
template <class G, class Y, class S>
struct range_frame final : frame<range_frame<G, Y, S>, Y, S, void, false> {
  using stored = typename std::conditional<std::is_lvalue_reference<G>::value, G,
                                           typename std::decay<G>::type>::type;
  using iter = decltype(range_begin(std::declval<stored &>(), 0));
  using sentinel = decltype(range_end(std::declval<stored &>(), 0));
  using result_type = void;

  template <class H> explicit range_frame(H &&r) : m_range(std::forward<H>(r)) {}
  ~range_frame() {}

  void corogen_body() {
    if (this->corogen_point == 0) {
      m_it.construct(range_begin(m_range, 0));
      m_end.construct(range_end(m_range, 0));
      this->corogen_live = 1;
      this->corogen_point = 1;
    } else {
      ++m_it.get();
    }
    if (m_it.get() != m_end.get()) {
      convert_value<Y>::put(*this, *m_it.get());
      return;
    }
    this->corogen_return();
  }
  void corogen_unwind() noexcept {
    if (this->corogen_live == 0)
      return;
    this->corogen_live = 0;
    m_end.destroy();
    m_it.destroy();
  }

private:
  stored m_range;
  manual<iter> m_it;
  manual<sentinel> m_end;
};

template <class G, class Y, class S>
struct delegation<G, Y, S, 1> : adapter_delegation<G, Y, S, convert_frame<G, Y, S>> {};
template <class G, class Y, class S>
struct delegation<G, Y, S, 2> : adapter_delegation<G, Y, S, range_frame<G, Y, S>> {};

/// The frame base of a generator function returning `Handle`.
template <class Derived, class Handle, bool HasHandlers> struct frame_for;
template <class Derived, class Y, class S, class R, bool HasHandlers>
struct frame_for<Derived, generator<Y, S, R>, HasHandlers> {
  using type = frame<Derived, Y, S, R, HasHandlers>;
};

/// The type T of a slot whose object is moved, where T depends on a
/// template parameter, checked movable: a generator's parameter taken by
/// value (`Parameter`), moved into the frame when the generator is made; or
/// a prvalue operand (`f(T(x), CORO_YIELD(y))`), made before the suspension
/// and moved after it to where C++ makes the object in place.
template <class T, bool Parameter> struct moved_slot {
  static constexpr bool movable = std::is_move_constructible<T>::value;
  static_assert(movable || Parameter,
                "corogen: this operand is made before a suspension and moved after it to where "
                "C++ makes the object in place, and its type cannot be moved; take the value of "
                "CORO_YIELD into a variable before the statement ('S v = CORO_YIELD(...);') and "
                "use 'v' in it");
  static_assert(movable || !Parameter,
                "corogen: this parameter of a generator is moved into its frame when the "
                "generator is made, and its type cannot be moved; take it by reference (what "
                "it refers to must then outlive the generator), or give its type a move "
                "constructor");
  using type = T;
};

/// The type a reference local of a template declared `auto &` (`const auto
/// &` when Const, `auto &&` when Forwarding) refers to, from `R`,
/// `decltype((e))` of its initialiser (a prvalue's temporary, which the
/// reference keeps alive, is kept by a kept_reference beside it).
template <class R, bool Const, bool Forwarding> struct bound_local {
  static_assert(Const || Forwarding || std::is_lvalue_reference<R>::value ||
                    std::is_const<typename std::remove_reference<R>::type>::value,
                "corogen: 'auto &x = e;' needs e to be an lvalue (or const)");
  using type = typename std::remove_reference<R>::type;
};

/// Whether T, a class made from a braced list, may be an aggregate whose
/// list binds a reference member (its own, or one of a member) to a
/// temporary, which C++ keeps alive as long as the variable it makes
/// ([class.temporary] p6): a reference member makes an aggregate one that
/// cannot be default-constructed (without a default member initialiser) or
/// copy-assigned (without an assignment operator of its own). An aggregate
/// whose copy is trivial but whose copy assignment is not has an assignment
/// operator of its own (or a member's, or a base's): refused too, since it
/// may hide a reference member with a default member initialiser.
template <class T, bool = __is_aggregate(T)> struct may_bind_member : std::false_type {};
template <class T>
struct may_bind_member<T, true>
    : std::integral_constant<bool, !std::is_default_constructible<T>::value ||
                                       !std::is_copy_assignable<T>::value ||
                                       (std::is_trivially_copy_constructible<T>::value &&
                                        !std::is_trivially_copy_assignable<T>::value)> {};

/// Whether T, an aggregate made from a braced list with a braced list
/// inside, may have a std::initializer_list member that the inner list
/// makes: any aggregate may, but a std::array only where its elements may
/// or are std::initializer_lists themselves (its inner list is its
/// array's: `std::array<int, 3> a{{1, 2, 3}};`, `std::array<std::array<int,
/// 2>, 2> g{{{1, 2}, {3, 4}}};`).
template <class T> struct may_make_list_member : std::integral_constant<bool, __is_aggregate(T)> {};
template <class E> struct may_make_list_member<std::initializer_list<E>> : std::true_type {};
template <class E, std::size_t N>
struct may_make_list_member<std::array<E, N>>
    : may_make_list_member<typename std::remove_cv<typename std::remove_all_extents<E>::type>::type> {};

/// Checks T, the type of a local of a template that lives across a
/// suspension, made from a non-empty braced list that only the
/// instantiation shows the meaning of (`T a{...};`, `auto a = T{...};`; for
/// a reference, the type it refers to; `value` is true when it passes).
/// The frame makes it by a new-expression, where a temporary
/// that such a list binds to a reference member, or a std::initializer_list's
/// array, would die at the end of the declaration: the runtime refuses both.
/// `NestsList` tells that an element of the list is itself a braced list
/// (`T a{x, {1, 2}};`), which may make a std::initializer_list member: no
/// trait shows such a member, so every aggregate made so is refused (but
/// a std::array of non-aggregates).
template <class T, bool NestsList = false> struct braced_local {
  static_assert(!may_bind_member<typename std::remove_all_extents<T>::type>::value,
                "corogen: this local lives across a suspension and is an aggregate made from a "
                "braced list, which may bind a reference member to a temporary that C++ keeps "
                "alive as long as the local but the frame cannot (corogen refuses every "
                "aggregate that cannot be default-constructed or copy-assigned, as one with a "
                "reference member cannot, or whose copy is trivial and copy assignment is its "
                "own); make each temporary a variable of its own, or make the local with a "
                "function that returns it");
  static_assert(!NestsList || !may_make_list_member<typename std::remove_all_extents<T>::type>::value,
                "corogen: this local lives across a suspension and is an aggregate made from a "
                "braced list with a braced list inside, which may make a std::initializer_list "
                "member whose array C++ keeps alive as long as the local but the frame cannot; "
                "make the inner object a variable of its own (or name its type, `U{...}`), or "
                "make the local with a function that returns it");
  static constexpr bool value = true;
};
template <class T, bool NestsList>
struct braced_local<const T, NestsList> : braced_local<T, NestsList> {};
template <class E, bool NestsList> struct braced_local<std::initializer_list<E>, NestsList> {
  static_assert(sizeof(E) == 0,
                "corogen: this local lives across a suspension and is a std::initializer_list "
                "made from a braced list, whose array the frame cannot keep alive; keep the "
                "elements in an array or a container instead");
  static constexpr bool value = true;
};

#if defined(__cpp_structured_bindings) && __cpp_structured_bindings >= 201606L
/// Whether one of the types of a type_list may bind a reference member to
/// a temporary of a braced list: a reference, or an aggregate that
/// may_bind_member says may have one (or an array of such aggregates).
template <class L> struct binds_member;
template <class... T>
struct binds_member<bindings::type_list<T...>>
    : std::integral_constant<bool, (... || (std::is_reference<T>::value ||
                                            may_bind_member<typename std::remove_all_extents<
                                                typename std::remove_cv<T>::type>::type>::value))> {};

/// Checks the object of a structured binding of N names in a template, kept
/// in a slot of type S, made from a non-empty braced list of a type that
/// depends on a template parameter (`auto [r, k] = T{S(), 1};`, `const
/// auto &[r, k] = T{S(), 1};`). The frame makes it by a function that
/// returns it, where a temporary that the list binds to a reference member
/// would die at the end of the declaration: the runtime refuses an
/// aggregate class (not tuple-like) one of whose members that the names
/// bind is a reference, or is an aggregate that braced_local would refuse.
/// (Past max_members names, where the runtime cannot name the members,
/// it refuses the aggregates that braced_local refuses.)
template <class S, std::size_t N, class E = typename object_of<S>::type,
          int = !(__is_aggregate(E) && bindings::kind_of<E>::value == bindings::kind::Class) ? 0
                : N <= bindings::max_members                                             ? 1
                                                                                         : 2>
struct braced_binding {
  static constexpr bool value = true;
};
#define COROGEN_BRACED_BINDING_MESSAGE                                                         \
  "corogen: this structured binding lives across a suspension and its object is an "          \
  "aggregate made from a braced list with a reference member (or a member that is an "        \
  "aggregate that cannot be default-constructed or copy-assigned, as one with a reference "   \
  "member cannot), which the list may bind to a temporary that C++ keeps alive as long as "   \
  "the object but the frame cannot; make each temporary a variable of its own, or make the "  \
  "object with a function that returns it"
template <class S, std::size_t N, class E> struct braced_binding<S, N, E, 1> {
  static_assert(!binds_member<decltype(bindings::members<N>::declared(std::declval<E &>()))>::value,
                COROGEN_BRACED_BINDING_MESSAGE);
  static constexpr bool value = true;
};
template <class S, std::size_t N, class E> struct braced_binding<S, N, E, 2> {
  static_assert(!may_bind_member<typename std::remove_cv<E>::type>::value,
                COROGEN_BRACED_BINDING_MESSAGE);
  static constexpr bool value = true;
};
#undef COROGEN_BRACED_BINDING_MESSAGE
#endif

/// `From`'s type with `To`'s cv-qualifiers added.
template <class To, class From> struct with_cv_of {
  using c = typename std::conditional<std::is_const<To>::value, const From, From>::type;
  using type = typename std::conditional<std::is_volatile<To>::value, volatile c, c>::type;
};

/// A reference local of a template that lives across a suspension, of type
/// `Referee &` (`Lvalue`) or `Referee &&`, bound to e, whose `D` is
/// `decltype((e))`: whether it binds to a temporary, which it keeps alive
/// as long as it lives ([class.temporary] p6), is known only here. Made,
/// in a slot of its own just before the reference, from a function that
/// returns e as it is (`[&]() -> decltype(auto) { return (e); }`); keeps
/// that temporary, made in place, or nothing; dies with the reference.
/// `address()` is what the reference refers to. `Convert`: the type is
/// written and the initialiser not a braced list, so a conversion to a new
/// temporary is C++'s (an `auto` reference never converts).
template <class D, class Referee, bool Lvalue, bool Convert,
          ref_way Way = ref_way_of<D, Referee>::value>
class kept_reference;

/// The type the reference a kept_reference `K` keeps was declared with,
/// `decltype(r)`: `Referee &` (`Lvalue`) or `Referee &&`, which only the
/// instantiation tells apart for `auto &&`.
template <class K> struct kept_declared;
template <class D, class Referee, bool Lvalue, bool Convert, ref_way Way>
struct kept_declared<kept_reference<D, Referee, Lvalue, Convert, Way>> {
  using type = typename std::conditional<Lvalue, Referee &, Referee &&>::type;
};
template <class K> using kept_declared_t = typename kept_declared<K>::type;

/// Whether a reference of that kind may bind to an rvalue.
template <class Referee, bool Lvalue> struct binds_rvalues {
  static constexpr bool value =
      !Lvalue || (std::is_const<Referee>::value && !std::is_volatile<Referee>::value);
};

template <class D, class Referee, bool Lvalue, bool Convert>
class kept_reference<D, Referee, Lvalue, Convert, ref_way::Direct> {
  static_assert(std::is_lvalue_reference<D>::value ? Lvalue
                                                   : binds_rvalues<Referee, Lvalue>::value,
                "corogen: this reference cannot bind to its initialiser");

public:
  template <class F>
  explicit kept_reference(F make) noexcept(noexcept(make())) : m_referee(ref_address(make())) {}
  /// (`= {e}`, `{e}`: bound to e, as `= e` binds; the list's making
  /// function, never called here, is not instantiated.)
  template <class F, class L>
  kept_reference(F make, L) noexcept(noexcept(make())) : m_referee(ref_address(make())) {}
  Referee *address() const noexcept { return m_referee; }

private:
  Referee *m_referee;
};

template <class D, class Referee, bool Lvalue, bool Convert>
class kept_reference<D, Referee, Lvalue, Convert, ref_way::Materialised> {
  static_assert(binds_rvalues<Referee, Lvalue>::value,
                "corogen: this reference cannot bind to a temporary");

public:
  template <class F> explicit kept_reference(F make) : m_value(make()) {}
  template <class F, class L> kept_reference(F make, L) : m_value(make()) {}
  Referee *address() noexcept { return std::addressof(m_value); }

private:
  typename with_cv_of<Referee, D>::type m_value; // made in place from e's prvalue
};

template <class D, class Referee, bool Lvalue, bool Convert>
class kept_reference<D, Referee, Lvalue, Convert, ref_way::Converted> {
  static_assert(binds_rvalues<Referee, Lvalue>::value,
                "corogen: this reference cannot bind to a temporary");
  using object = typename std::remove_cv<Referee>::type;

public:
  template <class F> explicit kept_reference(F make) : m_value(converted(make)) {}
  /// `= {e}`, `{e}`, where e's type is not reference-related to Referee:
  /// the temporary is made by the list, as `list` returns it (`return
  /// {e};`, copy-list-initialised, or `return T{e};`), in place.
  template <class F, class L> kept_reference(F, L list) : m_value(list(type_identity<object>())) {}
  Referee *address() noexcept { return std::addressof(m_value); }

private:
  template <class F> static object converted(F &make) {
    // A class may convert to a reference that binds directly, which corogen
    // does not tell apart.
    static_assert(Convert && !std::is_class<typename std::remove_reference<D>::type>::value,
                  "corogen: this reference that lives across a suspension in a template binds "
                  "to the result of a conversion from a class type, which corogen does not "
                  "carry over; convert it first, as in 'const T &r = T(e);'");
    return copy_init<object>(make());
  }

  Referee m_value; // the temporary the conversion makes
};

/// The type in which a `switch` of a template keeps its condition's value
/// (`C` is `decltype((cond))`), when the condition keeps an operand with a
/// destructor across a suspension: that operand dies at the end of the
/// condition, before the branches run, so the value is kept first. An
/// integral or enumeration value is kept as it is (the switch then promotes
/// it as it would have); the conversion of a class to the integral or
/// enumeration type the switch would pick cannot be named.
template <class C> struct switch_condition {
  using type = typename std::remove_cv<typename std::remove_reference<C>::type>::type;
  static_assert(std::is_integral<type>::value || std::is_enum<type>::value,
                "corogen: this switch's condition keeps an operand with a destructor across "
                "a suspension, so its value is kept before the branches run, and here it "
                "is a class, whose conversion to an integral or enumeration type corogen "
                "cannot name: convert it in the condition (or compute it into a variable "
                "before the switch)");
};

/// Creates a generator's frame (the one allocation) and its handle.
template <class Frame, class G, class... A> G make_generator(A &&...a) {
#if !defined(__cpp_aligned_new)
  // (Before C++17, `new` ignores an alignment beyond max_align_t's.)
  static_assert(alignof(Frame) <= alignof(std::max_align_t),
                "corogen: this generator keeps a local of an over-aligned type (or declared "
                "with alignas) across a suspension, and its frame needs C++17's aligned new to "
                "keep that alignment: compile with -std=c++17 or later");
#endif
  return handle_access::make<Frame, G>(new Frame(std::forward<A>(a)...));
}

} // namespace detail
} // namespace corogen

#endif // COROGEN_DETAIL_DELEGATION_HPP
