//===- runtime_test.cpp - The generator protocol (SPEC section 4) --------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Drives hand-written frames (frames.hpp) through corogen::generator and
/// checks SPEC section 4 row by row, with Python's generators as the oracle.
/// Delegation (section 5) is in delegation_test.cpp.
///
//===----------------------------------------------------------------------===//

#include "delegation_frames.hpp"
#include "frames.hpp"

#include <corogen/corogen.hpp>

#include <gtest/gtest.h>

#include <exception>
#include <iterator>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

using namespace corogen_test;
using corogen::gen_state;
using Events = std::vector<std::string>;

// SPEC section 4: the exception hierarchy.
static_assert(std::is_base_of<std::exception, corogen::stop_iteration>::value,
              "stop_iteration derives from std::exception");
static_assert(std::is_base_of<std::logic_error, corogen::generator_error>::value,
              "generator_error derives from std::logic_error");
static_assert(!std::is_base_of<std::exception, corogen::generator_exit>::value,
              "catch (const std::exception &) must not swallow close()");

// Handles are movable, not copyable; a default-constructed one is closed.
static_assert(!std::is_copy_constructible<int_gen>::value, "handles are not copyable");
static_assert(!std::is_copy_assignable<int_gen>::value, "handles are not copyable");
static_assert(std::is_nothrow_move_constructible<int_gen>::value, "handles move freely");
static_assert(std::is_nothrow_move_assignable<int_gen>::value, "handles move freely");
static_assert(std::is_nothrow_default_constructible<int_gen>::value, "");

// The protocol's signatures.
static_assert(std::is_same<decltype(std::declval<int_gen &>().next()), int>::value, "");
static_assert(std::is_void<decltype(std::declval<corogen::generator<void, int> &>().next())>::value,
              "a generator of void yields nothing");
static_assert(std::is_same<decltype(std::declval<int_gen &>().result()), int &>::value, "");
static_assert(std::is_same<int_gen::iterator::iterator_category, std::input_iterator_tag>::value,
              "iteration is input iteration");

namespace {

/// The message of the generator_error that `f` throws, or "" if none.
template <class F> std::string generator_error_of(F &&f) {
  try {
    f();
  } catch (const corogen::generator_error &e) {
    return e.what();
  }
  return "";
}

} // namespace

// --- next ------------------------------------------------------------------

TEST(Next, RunsToFirstYieldAndReturnsItsValue) {
  Log log;
  auto g = coroutine2(log, 10);
  EXPECT_TRUE(log.events.empty());
  EXPECT_EQ(g.next(), 10);
  EXPECT_EQ(log.events, Events{">>> coroutine started: 10"});
}

TEST(Next, ReturnsEachYieldedValueInTurn) {
  auto g = counter(3);
  EXPECT_EQ(g.next(), 0);
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(g.next(), 2);
}

TEST(Next, ThrowsStopIterationWhenGeneratorReturns) {
  auto g = counter(1);
  g.next();
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(Next, OnClosedGeneratorThrowsStopIteration) {
  auto g = counter(0);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
}

TEST(Next, PendingYieldReceivesValueInitialisedSentValue) {
  // Python: next(c3) sends None; x + None would fail there, 10 + 0 here.
  Log log;
  auto g = coroutine2(log, 10);
  g.next();
  EXPECT_EQ(g.next(), 10);
  EXPECT_EQ(log.events.back(), ">>> coroutine received: 0");
}

TEST(Next, OnVoidGeneratorRunsToTheYield) {
  Log log;
  auto g = coroutine1(log);
  g.next();
  EXPECT_EQ(log.events, Events{">>> coroutine started."});
  EXPECT_EQ(g.state(), gen_state::suspended);
}

// --- send ------------------------------------------------------------------

TEST(Send, ResumesPendingYieldWithTheValue) {
  Log log;
  auto g = coroutine2(log, 10);
  g.next();
  EXPECT_EQ(g.send(15), 25);
  EXPECT_EQ(log.events.back(), ">>> coroutine received: 15");
}

TEST(Send, ToVoidYieldingGeneratorDeliversTheValue) {
  Log log;
  auto g = coroutine1(log);
  g.next();
  EXPECT_THROW(g.send(100), corogen::stop_iteration);
  EXPECT_EQ(log.events.back(), ">>> coroutine received : 100");
}

TEST(Send, OnCreatedGeneratorThrowsGeneratorError) {
  Log log;
  auto g = coroutine1(log);
  EXPECT_EQ(generator_error_of([&] { g.send(100); }),
            "can't send non-None value to a just-started generator");
  EXPECT_TRUE(log.events.empty());
  EXPECT_EQ(g.state(), gen_state::created);
}

TEST(Send, ThrowsStopIterationWhenGeneratorReturns) {
  Log log;
  auto g = coroutine2(log, 10);
  g.next();
  g.send(15);
  EXPECT_THROW(g.send(20), corogen::stop_iteration);
  EXPECT_EQ(log.events.back(), ">>> coroutine received: 20");
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(Send, OnClosedGeneratorThrowsStopIteration) {
  auto g = counter(0);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  auto s = echo<int>();
  s.next();
  s.close();
  EXPECT_THROW(s.send(1), corogen::stop_iteration);
}

TEST(Send, ConvertsArgumentToSendType) {
  // Regression: send() once deduced its parameter from the argument, and the
  // frame then read an int, a double or a const char * as the send type.
  auto l = echo<long>();
  l.next();
  EXPECT_EQ(l.send(7), 7L);
  EXPECT_EQ(l.send(2.0), 2L);
  auto s = echo<std::string>();
  s.next();
  EXPECT_EQ(s.send("abc"), "abc");
}

// --- throw_exception ---------------------------------------------------------

TEST(ThrowException, UnhandledPropagatesAndClosesGenerator) {
  Log log;
  auto g = traced(log, Tracer(log, "param"));
  g.next();
  EXPECT_THROW(g.throw_exception(std::runtime_error("boom")), std::runtime_error);
  EXPECT_EQ(g.state(), gen_state::closed);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
}

TEST(ThrowException, UnhandledDestroysLocalsBeforeItPropagates) {
  Log log;
  auto g = traced(log, Tracer(log, "param"));
  g.next();
  g.next();
  try {
    g.throw_exception(std::runtime_error("boom"));
    FAIL() << "the exception did not propagate";
  } catch (const std::runtime_error &) {
    EXPECT_EQ(log.live, 0);
  }
  EXPECT_EQ(log.events, (Events{"+param", "+param", "-param", "+a", "+b", "-b", "-a", "-param"}));
}

TEST(ThrowException, AcceptsExceptionPtr) {
  auto g = counter(3);
  g.next();
  std::exception_ptr e = std::make_exception_ptr(std::out_of_range("ptr"));
  try {
    g.throw_exception(e);
    FAIL() << "the exception did not propagate";
  } catch (const std::out_of_range &caught) {
    EXPECT_STREQ(caught.what(), "ptr");
  }
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(ThrowException, CaughtByHandlerThatYieldsAgainReturnsNextValue) {
  Log log;
  auto g = handler(log, exit_policy::rethrow);
  EXPECT_EQ(g.next(), 0);
  EXPECT_EQ(g.throw_exception(std::invalid_argument("bad")), 1);
  EXPECT_EQ(log.events, (Events{"+t", "caught bad"}));
  EXPECT_EQ(g.state(), gen_state::suspended);
}

TEST(ThrowException, CaughtByHandlerThatReturnsThrowsStopIteration) {
  Log log;
  auto g = handler(log, exit_policy::rethrow);
  g.next();
  EXPECT_THROW(g.throw_exception(std::out_of_range("x")), corogen::stop_iteration);
  EXPECT_EQ(g.result(), -3);
  EXPECT_EQ(log.live, 0);
}

TEST(ThrowException, OnCreatedGeneratorRaisesWithoutRunningBody) {
  Log log;
  auto g = traced(log, Tracer(log, "param"));
  EXPECT_THROW(g.throw_exception(std::runtime_error("early")), std::runtime_error);
  EXPECT_EQ(log.events, (Events{"+param", "+param", "-param", "-param"}));
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(ThrowException, OnCreatedGeneratorWithHandlersSkipsThem) {
  Log log;
  auto g = handler(log, exit_policy::rethrow);
  EXPECT_THROW(g.throw_exception(std::invalid_argument("early")), std::invalid_argument);
  EXPECT_TRUE(log.events.empty());
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(ThrowException, OnClosedGeneratorThrowsTheException) {
  auto g = counter(0);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_THROW(g.throw_exception(std::invalid_argument("late")), std::invalid_argument);
}

// --- close -----------------------------------------------------------------

TEST(Close, DestroysLiveLocalsInnermostFirst) {
  Log log;
  auto g = traced(log, Tracer(log, "param"));
  g.next();
  g.next();
  log.events.clear();
  g.close();
  EXPECT_EQ(log.events, (Events{"-b", "-a", "-param"}));
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(Close, RaisesGeneratorExitThatHandlersCatch) {
  Log log;
  auto g = handler(log, exit_policy::rethrow);
  g.next();
  g.close();
  EXPECT_EQ(log.events, (Events{"+t", "exit", "-t"}));
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(Close, HandlerThatYieldsAgainThrowsIgnoredGeneratorExit) {
  Log log;
  auto g = handler(log, exit_policy::yield_again);
  g.next();
  EXPECT_EQ(generator_error_of([&] { g.close(); }), "generator ignored GeneratorExit");
  EXPECT_EQ(g.state(), gen_state::suspended);
}

TEST(Close, GeneratorThatIgnoredExitGoesOnFromItsYield) {
  Log log;
  auto g = handler(log, exit_policy::yield_again);
  g.next();
  EXPECT_THROW(g.close(), corogen::generator_error);
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(g.next(), 2);
}

TEST(Close, GeneratorThatIgnoredExitByDelegatingGoesOnNormally) {
  // Regression: the generator stayed marked as closing, so its first yield
  // after the delegation was reported as "generator ignored GeneratorExit".
  auto g = stubborn();
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(generator_error_of([&] { g.close(); }), "generator ignored GeneratorExit");
  EXPECT_EQ(g.state(), gen_state::suspended);
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(g.next(), 7);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
}

TEST(Close, HandlerThatReturnsClosesQuietly) {
  Log log;
  auto g = handler(log, exit_policy::return_value);
  g.next();
  g.close();
  EXPECT_EQ(g.state(), gen_state::closed);
  EXPECT_EQ(log.live, 0);
}

TEST(Close, ExceptionFromHandlerPropagates) {
  Log log;
  auto g = handler(log, exit_policy::throw_error);
  g.next();
  EXPECT_THROW(g.close(), std::runtime_error);
  EXPECT_EQ(g.state(), gen_state::closed);
  EXPECT_EQ(log.events, (Events{"+t", "exit", "-t"}));
}

TEST(Close, IsNotCaughtByCatchOfStdException) {
  Log log;
  auto g = swallower(log);
  g.next();
  EXPECT_EQ(g.throw_exception(std::runtime_error("err")), 1);
  g.close();
  EXPECT_EQ(log.events, Events{"swallowed err"});
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(Close, OnCreatedGeneratorClosesWithoutRunningBody) {
  Log log;
  auto g = handler(log, exit_policy::yield_again);
  g.close();
  EXPECT_TRUE(log.events.empty());
  EXPECT_EQ(g.state(), gen_state::closed);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
}

TEST(Close, OnCreatedGeneratorDestroysParameterCopies) {
  Log log;
  auto g = traced(log, Tracer(log, "param"));
  EXPECT_EQ(log.live, 1);
  g.close();
  EXPECT_EQ(log.live, 0);
}

TEST(Close, OnClosedGeneratorDoesNothing) {
  Log log;
  auto g = handler(log, exit_policy::rethrow);
  g.next();
  g.close();
  g.close();
  EXPECT_EQ(log.events, (Events{"+t", "exit", "-t"}));
}

// --- state and getgeneratorstate -------------------------------------------

TEST(State, FollowsCreatedSuspendedClosed) {
  auto g = counter(1);
  EXPECT_EQ(g.state(), gen_state::created);
  g.next();
  EXPECT_EQ(g.state(), gen_state::suspended);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(State, IsRunningWhileBodyRuns) {
  duplex_gen g;
  std::string state, message;
  g = reenter(&g, reentry::next, &state, &message);
  g.next();
  EXPECT_EQ(state, "GEN_RUNNING");
}

TEST(GetGeneratorState, SpellsPythonsNames) {
  // The notebook: c3 = coroutine2(10); getgeneratorstate(c3) ...
  Log log;
  auto c3 = coroutine2(log, 10);
  EXPECT_STREQ(corogen::getgeneratorstate(c3), "GEN_CREATED");
  c3.next();
  EXPECT_STREQ(corogen::getgeneratorstate(c3), "GEN_SUSPENDED");
  c3.send(15);
  EXPECT_THROW(c3.send(20), corogen::stop_iteration);
  EXPECT_STREQ(corogen::getgeneratorstate(c3), "GEN_CLOSED");
  EXPECT_STREQ(corogen::state_name(gen_state::running), "GEN_RUNNING");
}

// --- result ----------------------------------------------------------------

TEST(Result, IsTheReturnedValue) {
  auto g = counter(2);
  g.next();
  g.next();
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_EQ(g.result(), 2);
}

TEST(Result, FallingOffTheEndGivesValueInitialisedResult) {
  auto g = once(5);
  EXPECT_EQ(g.next(), 5);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_EQ(g.result(), 0);
}

TEST(Result, MayBeMoveOnly) {
  auto g = boxed(4);
  g.next();
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  std::unique_ptr<int> p = std::move(g.result());
  EXPECT_EQ(*p, 8);
}

TEST(Result, BeforeReturnThrowsGeneratorError) {
  auto g = counter(2);
  EXPECT_EQ(generator_error_of([&] { g.result(); }), "generator has not returned a value");
  g.next();
  EXPECT_THROW(g.result(), corogen::generator_error);
}

TEST(Result, AfterCloseThrowsGeneratorError) {
  auto g = counter(2);
  g.next();
  g.close();
  EXPECT_THROW(g.result(), corogen::generator_error);
}

// --- range-for ---------------------------------------------------------------

TEST(RangeFor, VisitsEveryYieldedValue) {
  std::vector<int> seen;
  for (int v : counter(4))
    seen.push_back(v);
  EXPECT_EQ(seen, (std::vector<int>{0, 1, 2, 3}));
}

TEST(RangeFor, LeavesTheResultToRead) {
  auto g = counter(3);
  int sum = 0;
  for (auto &&v : g)
    sum += v;
  EXPECT_EQ(sum, 3);
  EXPECT_EQ(g.result(), 3);
  EXPECT_EQ(g.state(), gen_state::closed);
}

TEST(RangeFor, OverEmptyGeneratorDoesNothing) {
  int steps = 0;
  for (int v : counter(0))
    steps += 1 + v;
  EXPECT_EQ(steps, 0);
}

TEST(RangeFor, ExceptionFromBodyPropagatesFromIncrement) {
  Log log;
  auto g = thrower(log);
  std::vector<int> seen;
  EXPECT_THROW(
      {
        for (int v : g)
          seen.push_back(v);
      },
      std::runtime_error);
  EXPECT_EQ(seen, std::vector<int>{1});
  EXPECT_EQ(g.state(), gen_state::closed);
}

// --- primed ------------------------------------------------------------------

TEST(Primed, AdvancesToTheFirstYield) {
  Log log;
  auto g = corogen::primed(coroutine2(log, 10));
  EXPECT_EQ(log.events, Events{">>> coroutine started: 10"});
  EXPECT_EQ(g.state(), gen_state::suspended);
  EXPECT_EQ(g.send(15), 25);
}

TEST(Primed, SumerAcceptsSendsAtOnce) {
  // The notebook's @coroutine sumer.
  auto su = corogen::primed(sumer());
  EXPECT_EQ(su.send(100), 100);
  EXPECT_EQ(su.send(200), 300);
  EXPECT_EQ(su.send(300), 600);
}

// --- destructor ----------------------------------------------------------------

TEST(Destructor, ClosesSuspendedGeneratorAndDestroysLiveLocals) {
  Log log;
  {
    auto g = traced(log, Tracer(log, "param"));
    g.next();
    g.next();
    EXPECT_EQ(log.live, 3);
  }
  EXPECT_EQ(log.live, 0);
  EXPECT_EQ(log.events, (Events{"+param", "+param", "-param", "+a", "+b", "-b", "-a", "-param"}));
}

TEST(Destructor, RunsHandlersOfSuspendedGenerator) {
  Log log;
  { auto g = corogen::primed(handler(log, exit_policy::rethrow)); }
  EXPECT_EQ(log.events, (Events{"+t", "exit", "-t"}));
}

TEST(Destructor, SwallowsIgnoredGeneratorExit) {
  Log log;
  EXPECT_NO_THROW({ auto g = corogen::primed(handler(log, exit_policy::yield_again)); });
  EXPECT_EQ(log.events, (Events{"+t", "exit", "-t"}));
}

TEST(Destructor, SwallowsExceptionFromHandler) {
  Log log;
  EXPECT_NO_THROW({ auto g = corogen::primed(handler(log, exit_policy::throw_error)); });
  EXPECT_EQ(log.live, 0);
}

TEST(Destructor, OfCreatedGeneratorDoesNotRunBody) {
  Log log;
  { auto g = handler(log, exit_policy::rethrow); }
  EXPECT_TRUE(log.events.empty());
}

// --- handles ---------------------------------------------------------------

TEST(Handle, MovedFromBehavesClosed) {
  auto g = counter(3);
  g.next();
  auto h = std::move(g);
  EXPECT_EQ(g.state(), gen_state::closed);
  EXPECT_STREQ(corogen::getgeneratorstate(g), "GEN_CLOSED");
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_THROW(g.throw_exception(std::invalid_argument("x")), std::invalid_argument);
  EXPECT_NO_THROW(g.close());
  EXPECT_THROW(g.result(), corogen::generator_error);
  EXPECT_EQ(h.next(), 1);
}

TEST(Handle, MovedFromDuplexHandleThrowsStopIterationOnSend) {
  auto g = echo<int>();
  auto h = std::move(g);
  EXPECT_THROW(g.send(1), corogen::stop_iteration);
}

TEST(Handle, DefaultConstructedIsClosed) {
  int_gen g;
  EXPECT_EQ(g.state(), gen_state::closed);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
  EXPECT_TRUE(g.begin() == g.end());
}

TEST(Handle, MoveNeverMovesTheFrame) {
  auto g = where();
  const int *before = g.next();
  auto h = std::move(g);
  EXPECT_EQ(h.next(), before);
  corogen::generator<const int *> k;
  k = std::move(h);
  EXPECT_EQ(k.next(), before);
}

TEST(Handle, MoveAssignmentClosesTheGeneratorItReplaces) {
  Log log;
  auto g = traced(log, Tracer(log, "old"));
  g.next();
  g = counter(1);
  EXPECT_EQ(log.live, 0);
  EXPECT_EQ(g.next(), 0);
}

// --- finishing -------------------------------------------------------------

TEST(Finish, ReturnDestroysLocalsAndParametersBeforeTheCallReturns) {
  Log log;
  auto g = traced(log, Tracer(log, "param"));
  g.next();
  g.next();
  g.next();
  EXPECT_EQ(log.live, 2);
  try {
    g.next();
    FAIL() << "the generator did not return";
  } catch (const corogen::stop_iteration &) {
    EXPECT_EQ(log.live, 0);
  }
  EXPECT_EQ(g.result(), 4);
}

TEST(Finish, LocalsAreConstructedWhereTheirDeclarationRuns) {
  Log log;
  auto g = traced(log, Tracer(log, "param"));
  EXPECT_EQ(log.live, 1);
  g.next();
  EXPECT_EQ(log.live, 2);
  g.next();
  EXPECT_EQ(log.live, 3);
  g.next();
  EXPECT_EQ(log.live, 2);
}

// --- exceptions escaping the body ------------------------------------------

TEST(Escape, ExceptionFromBodyPropagatesFromNext) {
  Log log;
  auto g = thrower(log);
  g.next();
  try {
    g.next();
    FAIL() << "the exception did not propagate";
  } catch (const std::runtime_error &e) {
    EXPECT_STREQ(e.what(), "boom");
    EXPECT_EQ(log.live, 0);
  }
}

TEST(Escape, ExceptionFromBodyClosesTheGenerator) {
  Log log;
  auto g = thrower(log);
  g.next();
  EXPECT_THROW(g.next(), std::runtime_error);
  EXPECT_EQ(g.state(), gen_state::closed);
  EXPECT_THROW(g.next(), corogen::stop_iteration);
}

TEST(Escape, ExceptionFromBodyPropagatesFromSend) {
  Log log;
  auto g = inner(log, 3);
  g.next();
  EXPECT_THROW(g.send(-1), std::runtime_error);
  EXPECT_EQ(g.state(), gen_state::closed);
}

// --- re-entry ------------------------------------------------------------------

TEST(Reentry, NextFromInsideThrowsGeneratorError) {
  duplex_gen g;
  std::string state, message;
  g = reenter(&g, reentry::next, &state, &message);
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(message, "generator already executing");
}

TEST(Reentry, SendFromInsideThrowsGeneratorError) {
  duplex_gen g;
  std::string state, message;
  g = reenter(&g, reentry::send, &state, &message);
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(message, "generator already executing");
}

TEST(Reentry, ThrowExceptionFromInsideThrowsGeneratorError) {
  duplex_gen g;
  std::string state, message;
  g = reenter(&g, reentry::throw_exception, &state, &message);
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(message, "generator already executing");
}

TEST(Reentry, CloseFromInsideThrowsGeneratorError) {
  duplex_gen g;
  std::string state, message;
  g = reenter(&g, reentry::close, &state, &message);
  EXPECT_EQ(g.next(), 1);
  EXPECT_EQ(message, "generator already executing");
}

TEST(Reentry, UncaughtErrorPropagatesAndClosesGenerator) {
  duplex_gen g;
  std::string state, message;
  g = reenter(&g, reentry::next, &state, &message);
  g.next();
  EXPECT_EQ(generator_error_of([&] { g.next(); }), "generator already executing");
  EXPECT_EQ(g.state(), gen_state::closed);
}

// --- names -------------------------------------------------------------------

TEST(FrameNames, BodyReachesUserFunctionsNamedLikeRuntimeInternals) {
  // Regression: frame_core's helpers (finished, resumed, innermost, raise,
  // release_sub, clear_value, ...) were not spelled corogen_*, so in a body
  // they hid the user's functions of the same names.
  auto g = names();
  EXPECT_EQ(g.next(), 1 + 2 + 4 + 8 + 16);
  EXPECT_EQ(g.next(), 32);
}
