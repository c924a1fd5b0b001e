//===- delegation_test.cpp - CORO_YIELD_FROM (SPEC section 5) ------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Drives hand-written delegating frames (frames.hpp) and checks SPEC
/// section 5 rule by rule, with PEP 380 as the oracle: the expected event
/// lists are what the Python twins in frames.hpp print.
///
//===----------------------------------------------------------------------===//

#include "delegation_frames.hpp"
#include "frames.hpp"

#include <corogen/corogen.hpp>

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace corogen_test;
using corogen::gen_state;
using Events = std::vector<std::string>;

// --- values and sends ------------------------------------------------------------

TEST(YieldFrom, PassesSubsValuesToTheCaller) {
  Log log;
  auto g = outer(log, inner(log, 3));
  std::vector<int> seen;
  for (int v : g)
    seen.push_back(v);
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2, 300}));
}

TEST(YieldFrom, ForwardsSentValuesToTheSub) {
  Log log;
  auto g = outer(log, inner(log, 3));
  EXPECT_EQ(g.next(), 0);
  EXPECT_EQ(g.send(10), 1);
  EXPECT_EQ(g.send(11), 2);
  EXPECT_EQ(g.send(12), 300);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_EQ(g.result(), 1300);
  EXPECT_EQ(log.events, (Events{"+outer", "outer start", "+inner", "inner got 10", "inner got 11",
                                "inner got 12", "-inner", "outer got 300", "-outer"}));
}

TEST(YieldFrom, NextStaysNextInTheSub) {
  Log log;
  auto g = outer(log, inner(log, 2));
  g.next();
  g.next();
  EXPECT_EQ(log.events.back(), "inner got 0");
}

TEST(YieldFrom, EvaluatesToTheSubsReturnValue) {
  Log log;
  auto g = outer(log, inner(log, 1));
  g.next();
  EXPECT_EQ(g.next(), 100);
  EXPECT_EQ(log.events.back(), "outer got 100");
}

// --- throw_exception -----------------------------------------------------------

TEST(YieldFrom, ThrowIsHandledInTheSub) {
  Log log;
  auto g = outer(log, inner(log, 3));
  g.next();
  EXPECT_EQ(g.throw_exception(std::invalid_argument("bad")), 1);
  EXPECT_EQ(log.events, (Events{"+outer", "outer start", "+inner", "inner caught bad"}));
}

TEST(YieldFrom, ThrowUnhandledInSubPropagatesAtTheYieldFrom) {
  Log log;
  auto g = outer(log, inner(log, 3));
  g.next();
  EXPECT_EQ(g.throw_exception(std::runtime_error("boom")), -1);
  EXPECT_EQ(log.events, (Events{"+outer", "outer start", "+inner", "-inner", "outer caught boom"}));
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_EQ(g.result(), 999);
}

TEST(YieldFrom, ThrowUnhandledAnywherePropagatesToTheCaller) {
  Log log;
  auto g = outer(log, inner(log, 3));
  g.next();
  EXPECT_THROW(g.throw_exception(std::domain_error("k")), std::domain_error);
  EXPECT_EQ(log.events, (Events{"+outer", "outer start", "+inner", "-inner", "-outer"}));
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(YieldFrom, ExceptionFromSubPropagatesAtTheYieldFrom) {
  Log log;
  auto g = outer(log, inner(log, 3));
  g.next();
  EXPECT_EQ(g.send(-5), -1);
  EXPECT_EQ(log.events.back(), "outer caught negative");
}

// --- close -------------------------------------------------------------------

TEST(YieldFrom, CloseClosesTheSubFirstThenTheDelegator) {
  Log log;
  auto g = outer(log, inner(log, 3));
  g.next();
  g.close();
  EXPECT_EQ(log.events, (Events{"+outer", "outer start", "+inner", "inner exit", "-inner",
                                "outer exit", "-outer"}));
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(YieldFrom, DestroyingTheDelegatorClosesTheSubFirst) {
  Log log;
  {
    auto g = outer(log, handler(log, exit_policy::rethrow));
    g.next();
  }
  EXPECT_EQ(log.events,
            (Events{"+outer", "outer start", "+t", "exit", "-t", "outer exit", "-outer"}));
}

TEST(YieldFrom, SubIgnoringExitMakesCloseFail) {
  // PEP 380: the error of the sub's close() is raised in the delegator, which
  // does not handle it here.
  Log log;
  auto g = outer(log, handler(log, exit_policy::yield_again));
  g.next();
  EXPECT_THROW(g.close(), corogen::generator_error);
  EXPECT_EQ(g.state(), gen_state::closed);
  EXPECT_EQ(log.live, 0);
}

// --- states ------------------------------------------------------------------

TEST(YieldFrom, DelegatorIsSuspendedWhileSubIsSuspended) {
  Log log;
  auto g = outer(log, inner(log, 3));
  g.next();
  EXPECT_EQ(g.state(), gen_state::suspended);
  EXPECT_STREQ(corogen::getgeneratorstate(g), "GEN_SUSPENDED");
}

TEST(YieldFrom, DelegatorIsRunningWhileSubRuns) {
  Log log;
  duplex_gen g;
  std::string state, message;
  g = outer(log, reenter(&g, reentry::next, &state, &message));
  g.next();
  EXPECT_EQ(state, "GEN_RUNNING");
}

TEST(YieldFrom, ReentryFromTheSubThrowsGeneratorError) {
  Log log;
  duplex_gen g;
  std::string state, message;
  g = outer(log, reenter(&g, reentry::send, &state, &message));
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(message, "generator already executing");
}

// --- finished subs -----------------------------------------------------------

TEST(YieldFrom, FinishedSubYieldsNothingAndGivesItsValue) {
  Log log;
  auto sub = inner(log, 2);
  for (int v : sub)
    (void)v;
  ASSERT_EQ(sub.state(), gen_state::closed);
  log.events.clear();
  auto g = outer(log, std::move(sub));
  EXPECT_EQ(g.next(), 200);
  EXPECT_EQ(log.events, (Events{"+outer", "outer start", "outer got 200"}));
}

TEST(YieldFrom, MoveOnlyReturnValueOfTemporarySub) {
  // Regression: taking a sub's result needed a copyable return type.
  auto g = unbox(21);
  EXPECT_EQ(g.next(), 21);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_EQ(g.result(), 42);
}

// --- other types ---------------------------------------------------------------

TEST(YieldFrom, ConvertsValuesAndSendsForSubOfOtherTypes) {
  auto sub = short_echo(3);
  auto g = widen(sub);
  EXPECT_EQ(g.next(), 0L);
  EXPECT_EQ(g.send(5), 5L);
  EXPECT_EQ(g.send(6), 6L);
  EXPECT_THROW(g.send(7), corogen::stop_iteration);
  EXPECT_EQ(g.result(), 3L);
}

TEST(YieldFrom, SubOfOtherTypesIsSuspendedThroughTheDelegator) {
  auto sub = short_echo(3);
  auto g = widen(sub);
  g.next();
  EXPECT_EQ(sub.state(), gen_state::suspended);
  EXPECT_EQ(g.state(), gen_state::suspended);
}

TEST(YieldFrom, CloseReachesSubOfOtherTypes) {
  auto sub = short_echo(3);
  auto g = widen(sub);
  g.next();
  g.close();
  EXPECT_EQ(sub.state(), gen_state::closed);
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(YieldFrom, ThrowReachesSubOfOtherTypes) {
  auto sub = short_echo(3);
  auto g = widen(sub);
  g.next();
  EXPECT_THROW(g.throw_exception(std::runtime_error("x")), std::runtime_error);
  EXPECT_EQ(sub.state(), gen_state::closed);
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(YieldFrom, SubThatIsSentNothingDropsSentValues) {
  auto g = spell();
  EXPECT_EQ(g.next(), "a");
  EXPECT_EQ(g.send(5), "b");
  EXPECT_EQ(g.send(6), "2");
  EXPECT_THROW(g.next(), corogen::stop_iteration);
}

// --- ranges --------------------------------------------------------------------

TEST(YieldFromRange, YieldsEachElementOfVectorTemporaryAndArray) {
  std::vector<int> seen;
  for (int v : ranges({1, 2}))
    seen.push_back(v);
  EXPECT_EQ(seen, (std::vector<int>{1, 2, 3, 4, 5, 6, -1, 0}));
}

TEST(YieldFromRange, EmptyRangeYieldsNothing) {
  std::vector<int> seen;
  for (int v : ranges({}))
    seen.push_back(v);
  EXPECT_EQ(seen, (std::vector<int>{3, 4, 5, 6, -1, 0}));
}

TEST(YieldFromRange, DropsSentValues) {
  auto g = ranges({1, 2});
  std::vector<int> seen{g.next()};
  for (int i = 0; i < 6; ++i)
    seen.push_back(g.send(100 + i));
  EXPECT_EQ(seen, (std::vector<int>{1, 2, 3, 4, 5, 6, -1}));
  EXPECT_EQ(g.send(42), 42);
}

TEST(YieldFromRange, CloseDuringRangeClosesGenerator) {
  auto g = ranges({1, 2});
  g.next();
  g.next();
  g.next();
  g.close();
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(YieldFromRange, ThrowDuringRangePropagatesAtTheYieldFrom) {
  auto g = ranges({1, 2});
  g.next();
  EXPECT_THROW(g.throw_exception(std::runtime_error("x")), std::runtime_error);
  EXPECT_EQ(g.state(), gen_state::closed);
}

// --- recursion -----------------------------------------------------------------

TEST(YieldFrom, RecursiveChain10000DeepYieldsEveryValue) {
  const int depth = 10000;
  Log log;
  auto g = chain(log, depth);
  long long sum = 0;
  int count = 0, expected = depth;
  bool in_order = true;
  for (int v : g) {
    in_order = in_order && v == expected--;
    sum += v;
    ++count;
  }
  EXPECT_TRUE(in_order);
  EXPECT_EQ(count, depth + 1);
  EXPECT_EQ(sum, 1LL * depth * (depth + 1) / 2);
  EXPECT_EQ(g.result(), depth);
  EXPECT_EQ(log.live, 0);
}

TEST(YieldFrom, DestroyingSuspended10000DeepChainClosesEveryLevel) {
  const int depth = 10000;
  Log log;
  {
    auto g = chain(log, depth);
    for (int i = 0; i <= depth; ++i)
      g.next();
    EXPECT_EQ(log.live, depth + 1);
    EXPECT_EQ(g.state(), gen_state::suspended);
  }
  EXPECT_EQ(log.live, 0);
}
