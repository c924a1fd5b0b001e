//===- box_test.cpp - Locals whose type the frame cannot name ------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The runtime's `box` (detail/box.hpp), as a generated frame uses it: made
/// once by `enter_box` with the declaration's own initialiser, named again
/// on a resume without being remade, destroyed with the slot; large and
/// over-aligned objects in memory of their own; a throwing initialiser
/// leaves nothing made and nothing allocated. (run/unnameable-locals.cpp
/// checks the same through the tool.) And `at_index`, which reaches one
/// element of a pack (run/yield-in-fold.cpp through the tool), and
/// `fold_slots` and `fold_tuple`, which keep the values of a call's
/// expansion (run/yield-in-expansion-objects.cpp,
/// run/yield-in-expansion-dependent.cpp).
///
//===----------------------------------------------------------------------===//

#include <corogen/corogen.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <new>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

using Events = std::vector<std::string>;

/// A frame's slot for a box: storage the body constructs and destroys.
struct Slot {
  Slot() {}
  ~Slot() {}
  union {
    corogen::detail::box b;
  };
  void *address() { return &b; }
  void destroy() { corogen::detail::destroy_at(b); }
};

bool insideSlot(Slot &s, const void *p) {
  auto *begin = reinterpret_cast<const unsigned char *>(&s);
  auto *q = static_cast<const unsigned char *>(p);
  return q >= begin && q < begin + sizeof(Slot);
}

TEST(Box, MadeOnceNamedAgainOnResume) {
  Events ev;
  struct Local {
    Events *ev;
    int v;
    ~Local() { ev->push_back("~Local " + std::to_string(v)); }
  };
  int made = 0;
  Slot s;
  auto make = [&](void *at) {
    ++made;
    return ::new (at) Local{&ev, 7};
  };
  Local &first = corogen::detail::enter_box(false, s.address(), make);
  static_assert(std::is_same<decltype(corogen::detail::enter_box(false, s.address(), make)),
                             Local &>::value,
                "enter_box names the object with its own type");
  first.v = 8;
  Local &again = corogen::detail::enter_box(true, s.address(), make);
  EXPECT_EQ(&first, &again);
  EXPECT_EQ(again.v, 8);
  EXPECT_EQ(made, 1);
  EXPECT_TRUE(insideSlot(s, &first)) << "a small object stays in the frame";
  s.destroy();
  EXPECT_EQ(ev, (Events{"~Local 8"}));
}

TEST(Box, ConstObject) {
  Slot s;
  auto make = [](void *at) { return ::new (at) const std::string("c"); };
  const std::string &c = corogen::detail::enter_box(false, s.address(), make);
  static_assert(std::is_same<decltype(corogen::detail::enter_box(false, s.address(), make)),
                             const std::string &>::value,
                "a const local stays const");
  EXPECT_EQ(c, "c");
  s.destroy();
}

TEST(Box, LargeObjectInMemoryOfItsOwn) {
  struct Big {
    long values[32];
  };
  Slot s;
  Big &b = corogen::detail::enter_box(false, s.address(), [](void *at) {
    Big *p = ::new (at) Big();
    for (int i = 0; i < 32; ++i)
      p->values[i] = i;
    return p;
  });
  EXPECT_FALSE(insideSlot(s, &b));
  EXPECT_EQ(b.values[31], 31);
  s.destroy(); // (valgrind and ASan check that the memory is freed)
}

#if defined(__cpp_aligned_new)
TEST(Box, OverAlignedObject) {
  struct alignas(64) Wide {
    int v;
  };
  Slot s;
  Wide &w = corogen::detail::enter_box(false, s.address(), [](void *at) {
    return ::new (at) Wide{3};
  });
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(&w) % 64, 0u);
  EXPECT_EQ(w.v, 3);
  s.destroy();
}
#endif

TEST(Box, ThrowingInitialiserMakesNothing) {
  struct Big {
    long values[32];
    Big() { throw std::runtime_error("no"); }
  };
  Slot s;
  EXPECT_THROW(corogen::detail::enter_box(false, s.address(),
                                          [](void *at) { return ::new (at) Big(); }),
               std::runtime_error);
  // Nothing to destroy; the memory it took is freed (valgrind, ASan).
  struct Small {
    Small() { throw std::runtime_error("no"); }
  };
  EXPECT_THROW(corogen::detail::enter_box(false, s.address(),
                                          [](void *at) { return ::new (at) Small(); }),
               std::runtime_error);
}

// What `auto &&r = e;` binds to, as the instantiation says (a boxed
// range-for in a template): a prvalue's object is kept, made in place (not
// moved), and named as an xvalue; an lvalue or an xvalue by its address.
TEST(BoundValue, KeepsAPrvalueAndTheAddressOfAGlvalue) {
  struct Counted {
    int v;
    int *moves;
    Counted(int v, int *moves) : v(v), moves(moves) {}
    Counted(Counted &&o) noexcept : v(o.v), moves(o.moves) { ++*moves; }
  };
  int moves = 0;
  auto make = [&] { return Counted(7, &moves); };
  corogen::detail::bound_value<decltype((make()))> kept([&]() -> decltype(auto) {
    return (make());
  });
  static_assert(std::is_same<decltype(kept.get()), Counted &&>::value, "named as an xvalue");
  EXPECT_EQ(kept.get().v, 7);
  EXPECT_EQ(moves, 0);

  Counted object(1, &moves);
  corogen::detail::bound_value<decltype((object))> lvalue([&]() -> decltype(auto) {
    return (object);
  });
  static_assert(std::is_same<decltype(lvalue.get()), Counted &>::value, "an lvalue");
  EXPECT_EQ(&lvalue.get(), &object);

  corogen::detail::bound_value<decltype((std::move(object)))> xvalue(
      [&]() -> decltype(auto) { return (std::move(object)); });
  static_assert(std::is_same<decltype(xvalue.get()), Counted &&>::value, "an xvalue");
  Counted &&named = xvalue.get();
  EXPECT_EQ(&named, &object);
  EXPECT_EQ(moves, 0);
}

// A fold over `,` whose pattern suspends, `(CORO_YIELD(f(ts)), ...);`, runs
// as a loop whose step reaches element i of the pack through at_index
// (detail/pack.hpp): the lambda gets that element itself, as an lvalue of
// its own type, and what it returns (at_index<bool>, for a delegation).
TEST(AtIndex, CallsTheLambdaWithElementIOnly) {
  int a = 1;
  long b = 2;
  std::string c = "three";
  std::vector<std::string> seen;
  for (std::size_t i = 0; i != 3; ++i)
    corogen::detail::at_index(
        i,
        [&](auto &&e) {
          static_assert(std::is_lvalue_reference<decltype(e)>::value, "an lvalue");
          seen.push_back(std::is_same<std::decay_t<decltype(e)>, std::string>::value
                             ? std::string("string")
                             : std::to_string(sizeof(e)));
        },
        a, b, c);
  EXPECT_EQ(seen, (Events{std::to_string(sizeof(int)), std::to_string(sizeof(long)), "string"}));

  // The element itself: a change through it is the pack's.
  corogen::detail::at_index(1, [](auto &e) { e += 40; }, a, b, c);
  EXPECT_EQ(a, 1);
  EXPECT_EQ(b, 42);

  bool started = corogen::detail::at_index<bool>(
      2, [](auto &e) { return sizeof(e) == sizeof(std::string); }, a, b, c);
  EXPECT_TRUE(started);
  // (No element: the loop never steps; the call still compiles.)
  EXPECT_FALSE(corogen::detail::at_index<bool>(0, [](auto &) { return true; }));
}

// A left fold over `<<` of an object whose pattern suspends, `(out << ...
// << CORO_YIELD(ts));`, makes each step in its element's turn, the frame
// pointing to what the step gives back, the next step's left operand
// (fold_target, detail/pack.hpp): that object, not the first one.
TEST(FoldTarget, PointsToWhatTheStepGivesBack) {
  struct Link {
    Link *next;
    std::vector<int> *got;
    Link &operator<<(int v) {
      got->push_back(v);
      return *next;
    }
  };
  std::vector<int> first, second;
  Link a{nullptr, &first};
  Link b{&a, &second};
  a.next = &b;
  Link *target = &a;
  target = corogen::detail::fold_target(target, *target << 1);
  EXPECT_EQ(target, &b);
  target = corogen::detail::fold_target(target, *target << 2);
  EXPECT_EQ(target, &a);
  EXPECT_EQ(first, std::vector<int>{1});
  EXPECT_EQ(second, std::vector<int>{2});
}

/// A value whose making, move and destruction are logged in `events`.
struct Item {
  Events *events;
  int v;
  Item(Events *e, int v) : events(e), v(v) { e->push_back("make " + std::to_string(v)); }
  Item(Item &&o) noexcept : events(o.events), v(o.v) { events->push_back("move"); }
  ~Item() { events->push_back("drop " + std::to_string(v)); }
};

// A call's expansion whose pattern suspends and makes an object of a
// class, `join(Item(int(CORO_YIELD(ts)))...)`, keeps the objects in
// fold_slots (detail/pack.hpp): each made in place from its turn's prvalue,
// with no move, passed on as the call's arguments, and destroyed last first
// with the whole, those made only where the turns stopped early.
TEST(FoldSlots, MakesInPlaceAndDestroysLastFirst) {
  Events events;
  {
    corogen::detail::fold_slots<Item, 3> values;
    for (std::size_t i = 0; i != 3; ++i)
      values.make(i, [&] { return Item(&events, int(i) * 10); });
    int sum = corogen::detail::fold_values(values, [](auto &&...v) {
      static_assert(sizeof...(v) == 3, "one per element");
      return (0 + ... + v.v);
    });
    EXPECT_EQ(sum, 30);
  }
  EXPECT_EQ(events, (Events{"make 0", "make 10", "make 20", "drop 20", "drop 10", "drop 0"}));

  // (Turns ended early, by close() or an exception: only those made die.)
  events.clear();
  {
    corogen::detail::fold_slots<Item, 3> values;
    values.make(0, [&] { return Item(&events, 7); });
  }
  EXPECT_EQ(events, (Events{"make 7", "drop 7"}));

  // (An empty pack: nothing made, nothing destroyed; a class without a
  // default constructor is no matter.)
  events.clear();
  { corogen::detail::fold_slots<Item, 0> values; }
  EXPECT_TRUE(events.empty());
}

// A call's expansion whose pattern suspends and is of a type that depends
// on a template parameter, `f(wrap(ts, int(CORO_YIELD(1)))...)`, keeps one
// value per element in fold_tuple (detail/pack.hpp), each turn reaching
// its place through at_position: a prvalue's object made in place, a
// glvalue by its address, passed on as decltype of the pattern names
// them, destroyed last first, those made only.
TEST(FoldTuple, KeepsEachElementAsItsPatternSays) {
  Events events;
  int x = 1;
  long y = 2;
  {
    corogen::detail::fold_tuple<Item, int &, long> values;
    for (std::size_t i = 0; i != 3; ++i)
      corogen::detail::at_position(
          i,
          [&](auto at, auto &element) {
            constexpr std::size_t K = decltype(at)::value;
            values.template make<K>([&]() -> decltype(auto) {
              if constexpr (K == 0)
                return (Item(&events, int(sizeof(element))));
              else
                return (element);
            });
          },
          x, x, y);
    corogen::detail::fold_values(values, [&](auto &&item, auto &&ref, auto &&copy) {
      static_assert(std::is_same<decltype(item), Item &&>::value, "a prvalue's object, an xvalue");
      static_assert(std::is_same<decltype(ref), int &>::value, "a glvalue, itself");
      static_assert(std::is_same<decltype(copy), long &&>::value, "a long prvalue, kept");
      ref = 42;
      return item.v;
    });
  }
  EXPECT_EQ(x, 42);
  EXPECT_EQ(events, (Events{"make " + std::to_string(sizeof(int)), "drop " + std::to_string(sizeof(int))}));

  // (Turns ended early: only those made die.)
  events.clear();
  {
    corogen::detail::fold_tuple<int, Item, Item> values;
    values.make<0>([] { return 5; });
    values.make<1>([&] { return Item(&events, 6); });
  }
  EXPECT_EQ(events, (Events{"make 6", "drop 6"}));

  // (An operand kept under a condition, `(ok(ts) ? use(Item(ts),
  // int(CORO_YIELD(ts))) : 0)`: made only in the turns that reach it; the
  // others' places stay empty, and only those made die, last first.)
  events.clear();
  {
    corogen::detail::fold_tuple<Item, Item, Item, Item> values;
    values.make<1>([&] { return Item(&events, 1); });
    values.make<3>([&] { return Item(&events, 3); });
  }
  EXPECT_EQ(events, (Events{"make 1", "make 3", "drop 3", "drop 1"}));
}

// A fold's pattern with operands kept before its marker, `(use(Item(ts),
// Item(ts + 10), int(CORO_YIELD(ts))), ...)`, keeps them in fold_groups
// (detail/pack.hpp), a fold_tuple for each element: made in their turns,
// read by place, and destroyed in the reverse of their making, the last
// element's first, those made only (a turn that a guard or close() ended
// early made fewer).
TEST(FoldGroups, DestroysInTheReverseOfMaking) {
  Events events;
  int x = 5;
  {
    using L = corogen::detail::fold_tuple<Item, int &>;
    corogen::detail::fold_groups<corogen::detail::fold_tuple<Item, Item>, L, L> groups;
    groups.make<0, 0>([&] { return Item(&events, 1); });
    groups.make<0, 1>([&] { return Item(&events, 2); });
    groups.make<1, 0>([&] { return Item(&events, 3); });
    groups.make<1, 1>([&]() -> int & { return x; });
    groups.make<2, 0>([&] { return Item(&events, 4); });
    EXPECT_EQ((groups.get<0, 1>().v), 2);
    groups.get<1, 1>() = 7;
  }
  EXPECT_EQ(x, 7);
  EXPECT_EQ(events, (Events{"make 1", "make 2", "make 3", "make 4", "drop 4", "drop 3", "drop 2",
                            "drop 1"}));
}

// A call's values kept beside the operands each turn keeps are the last of
// each element's group: fold_group_values passes the J-th of each, as
// fold_values passes a fold_tuple's, and each dies before its operands.
TEST(FoldGroupValues, PassesEachGroupsLastAndDropsItFirst) {
  Events events;
  {
    using L = corogen::detail::fold_tuple<int, Item>;
    corogen::detail::fold_groups<L, L> groups;
    groups.make<0, 0>([] { return 1; });
    groups.make<0, 1>([&] { return Item(&events, 10); });
    groups.make<1, 0>([] { return 2; });
    groups.make<1, 1>([&] { return Item(&events, 20); });
    int sum = corogen::detail::fold_group_values<1>(groups,
                                                    [](auto &&...v) { return (0 + ... + v.v); });
    EXPECT_EQ(sum, 30);
  }
  EXPECT_EQ(events, (Events{"make 10", "make 20", "drop 20", "drop 10"}));
}

// A fold that expands no function parameter pack, but a template parameter
// pack of types or of constants, `(CORO_YIELD(Ns), ...);`, reaches each
// element through its place alone: at_place calls the turn with the place
// (detail/pack.hpp), which names the element, a constant through
// nth_value, itself a constant expression.
TEST(AtPlace, GivesEachTurnItsPlaceAndNthValueItsConstant) {
  std::vector<std::size_t> places;
  for (std::size_t i = 0; i != 3; ++i)
    corogen::detail::at_place<void, 3>(i, [&](auto at) { places.push_back(decltype(at)::value); });
  EXPECT_EQ(places, (std::vector<std::size_t>{0, 1, 2}));
  int got = corogen::detail::at_place<int, 3>(1, [](auto at) {
    return corogen::detail::nth_value<decltype(at)::value>(10, 'a', 30L) + 0;
  });
  EXPECT_EQ(got, int('a'));
  static_assert(corogen::detail::nth_value<2>(1, 2u, 3L) == 3L, "a constant expression");
  static_assert(std::is_same<decltype(corogen::detail::nth_value<1>(1, 2u, 3L)), unsigned>::value,
                "of its element's type");
}

// A fold's pattern that runs its marker under `&&` or `||` whose operands'
// types only the instantiation shows, `((ok(ts) && CORO_YIELD(ts)), ...)`,
// is tested in the element's turn where the operator is the built-in one:
// builtin_logical (detail/pack.hpp) takes operands of arithmetic and
// pointer types, of any value category, and refuses a class (whose `&&`
// may be a user's) and an enumeration (alike).
TEST(BuiltinLogical, TakesArithmeticAndPointerOperandsOnly) {
  struct Flag {
    explicit operator bool() const { return true; }
  };
  enum Mode { Off, On };
  using corogen::detail::builtin_logical;
  EXPECT_TRUE((builtin_logical<bool, int>::value));
  EXPECT_TRUE((builtin_logical<const long &, double &&>::value));
  EXPECT_TRUE((builtin_logical<int *, std::nullptr_t>::value));
  EXPECT_TRUE((builtin_logical<int Flag::*, bool>::value));
  EXPECT_FALSE((builtin_logical<Flag, bool>::value));
  EXPECT_FALSE((builtin_logical<bool, const Flag &>::value));
  EXPECT_FALSE((builtin_logical<Mode, bool>::value));
}

TEST(HeldPlace, KeepsEachTurnsTemporaryAtItsPlaceAsAnXvalue) {
  // (`held_place(held.v[i] = (<text>))`: the temporary a reference binds
  // is the place, which lives on after the turn.)
  corogen::detail::fold_array<int, 2> held;
  const int *refs[2];
  for (int i = 0; i != 2; ++i) {
    const int &r = corogen::detail::held_place(held.v[i] = (10 + i));
    refs[i] = &r;
  }
  static_assert(std::is_same<decltype(corogen::detail::held_place(held.v[0] = 1)), int &&>::value,
                "an xvalue, as the materialised temporary was");
  EXPECT_EQ(refs[0], &held.v[0]);
  EXPECT_EQ(*refs[0], 10);
  EXPECT_EQ(*refs[1], 11);
}

TEST(Tested, GivesTheConditionsValueAfterDroppingWhatTheTurnsKept) {
  std::vector<std::string> log;
  auto drop = [&] { log.push_back("drop"); };
  bool value = corogen::detail::tested((log.push_back("test"), false), drop);
  EXPECT_FALSE(value);
  EXPECT_TRUE(corogen::detail::tested(true, drop));
  EXPECT_EQ(log, (std::vector<std::string>{"test", "drop", "drop"}));
}

TEST(RefersToNothing, TakesPrvaluesOfArithmeticAndEnumerationTypesOnly) {
  enum Mode { Off, On };
  struct Holder {
    const int &r;
  };
  using corogen::detail::refers_to_nothing;
  EXPECT_TRUE((refers_to_nothing<int>::value));
  EXPECT_TRUE((refers_to_nothing<const double>::value));
  EXPECT_TRUE((refers_to_nothing<Mode>::value));
  EXPECT_FALSE((refers_to_nothing<int &>::value));
  EXPECT_FALSE((refers_to_nothing<int &&>::value));
  EXPECT_FALSE((refers_to_nothing<const int *>::value));
  EXPECT_FALSE((refers_to_nothing<Holder>::value));
}

} // namespace
