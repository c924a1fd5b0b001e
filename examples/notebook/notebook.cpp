//===- notebook.cpp - The seed notebook's C++ twin ------------------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The seed notebook (shared/seed-notebook.txt), cell by cell, finished as the
/// chapter it follows (Fluent Python, ch. 16) finishes: `sumer` primed by the
/// decorator, then an averager that returns its result through `yield from`.
/// It prints what the notebook prints, one line per line of output, without
/// Jupyter's blank lines; expected.txt holds that output, derived by hand from
/// the Python notebook.
///
/// Where C++ cannot print what Python prints:
/// - `c1, type(c1)` shows `(<generator object coroutine1>, generator)`: the
///   tuple Python shows, without the object's address, which changes from run
///   to run.
/// - An exception that escapes a cell is shown as the plain REPL shows its
///   last line: `StopIteration`, `TypeError: <message>`.
///
//===----------------------------------------------------------------------===//

#include <corogen/corogen.hpp>

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

// ## Coroutine
// - yield: Main-routine <-> Sub-routine
// - coroutine 제어, coroutine 상태, 양방향 값 전송
// - yield from

// What the REPL shows for a cell's value: its repr.
void show(int value) { std::printf("%d\n", value); }
void show_str(const char *value) { std::printf("'%s'\n", value); }

/// The Python exception that a corogen::generator_error stands for: the
/// message is Python's, word for word (SPEC section 4), the class is not kept.
const char *python_type(const corogen::generator_error &e) {
  const std::string message = e.what();
  if (message == "can't send non-None value to a just-started generator")
    return "TypeError";
  if (message == "generator already executing")
    return "ValueError";
  return "RuntimeError";
}

/// Runs one cell; an exception that escapes it is shown as the REPL shows it.
template <class Cell> void cell(Cell &&body) {
  try {
    body();
  } catch (const corogen::stop_iteration &) {
    std::puts("StopIteration");
  } catch (const corogen::generator_error &e) {
    std::printf("%s: %s\n", python_type(e), e.what());
  }
}

// In [2]:
// def coroutine1():
//     print('>>> coroutine started.')
//     i = yield  # 양방향 통신 가능!
//     print('>>> coroutine received : {}'.format(i))
//
// It yields nothing (Python's None: `void`) and is sent an int. A `next()`
// would send a value-initialised int, 0, where Python sends None.
corogen::generator<void, int> coroutine1() {
  std::printf(">>> coroutine started.\n");
  int i = CORO_YIELD(); // 양방향 통신 가능!
  std::printf(">>> coroutine received : %d\n", i);
}

// In [12]:
// def coroutine2(x):
//     print('>>> coroutine started: {}'.format(x))
//     y = yield x
//     print('>>> coroutine received: {}'.format(y))
//     z = yield x + y
//     print('>>> coroutine received: {}'.format(z))
corogen::generator<int, int> coroutine2(int x) {
  std::printf(">>> coroutine started: %d\n", x);
  int y = CORO_YIELD(x);
  std::printf(">>> coroutine received: %d\n", y);
  int z = CORO_YIELD(x + y);
  std::printf(">>> coroutine received: %d\n", z);
}

// ### decorator 패턴
// - 선 next 호출 없이 coroutine 생성 가능
//
// In [21]:
// def coroutine(func):
//     '''Decorator run until yield'''
//     @wraps(func)
//     def primer(*args, **kwargs):
//         gen = func(*args, **kwargs)
//         next(gen)
//         return gen
//
// The notebook's cell lacks the decorator's own `return primer`, so as
// written `@coroutine` would make `sumer` None; Fluent Python's
// coroutil.coroutine has it, and so does this twin. `func` is called, then
// corogen::primed advances the generator to its first yield.
template <class Func> auto coroutine(Func func) {
  return [func](auto &&...args) {
    return corogen::primed(func(std::forward<decltype(args)>(args)...));
  };
}

namespace undecorated {

// In [22]:
// @coroutine
// def sumer():
//     total = 0
//     term = 0
//     while True:
//         term = yield total
//         total += term
corogen::generator<int, int> sumer() {
  int total = 0;
  int term = 0;
  while (true) {
    term = CORO_YIELD(total);
    total += term;
  }
}

} // namespace undecorated

// `@coroutine def sumer` is `sumer = coroutine(sumer)`.
const auto sumer = coroutine(&undecorated::sumer);

// Fluent Python, ch. 16, coroaverager3.py: the averager returns its result,
// which the delegating generator receives as the value of `yield from`.
//
// Result = namedtuple('Result', 'count average')
struct Result {
  int count;
  std::optional<double> average;
};

// The subgenerator. It yields nothing and is sent a number or None: a
// std::optional<double>, whose value-initialised state is Python's None.
//
// def averager():
//     total = 0.0
//     count = 0
//     average = None
//     while True:
//         term = yield
//         if term is None:
//             break
//         total += term
//         count += 1
//         average = total/count
//     return Result(count, average)
corogen::generator<void, std::optional<double>, Result> averager() {
  double total = 0.0;
  int count = 0;
  std::optional<double> average;
  while (true) {
    std::optional<double> term = CORO_YIELD();
    if (!term)
      break;
    total += *term;
    count += 1;
    average = total / count;
  }
  CORO_RETURN(Result{count, average});
}

// The delegating generator.
//
// def grouper(results, key):
//     while True:
//         results[key] = yield from averager()
//
// `results` stays a reference to the client's dictionary; `key` is copied
// into the generator, as Python keeps its own reference to it. As in Python,
// `results[key]` is evaluated once the delegation has returned (C++17
// evaluates an assignment's right side first).
corogen::generator<void, std::optional<double>> grouper(std::map<std::string, Result> &results,
                                                         std::string key) {
  while (true) {
    results[key] = CORO_YIELD_FROM(averager());
  }
}

// def report(results):
//     for key, result in sorted(results.items()):
//         group, unit = key.split(';')
//         print('{:2} {:5} averaging {:.2f}{}'.format(
//               result.count, group, result.average, unit))
//
// A std::map iterates in key order, as `sorted(results.items())` does.
void report(const std::map<std::string, Result> &results) {
  for (const auto &entry : results) {
    const std::string &key = entry.first;
    const Result &result = entry.second;
    const std::string::size_type semicolon = key.find(';');
    const std::string group = key.substr(0, semicolon);
    const std::string unit = key.substr(semicolon + 1);
    std::printf("%2d %-5s averaging %.2f%s\n", result.count, group.c_str(), *result.average,
                unit.c_str());
  }
}

// The client code, a.k.a. the caller.
//
// def main(data):
//     results = {}
//     for key, values in data.items():
//         group = grouper(results, key)
//         next(group)
//         for value in values:
//             group.send(value)
//         group.send(None)  # important!
//     report(results)
using Data = std::vector<std::pair<std::string, std::vector<double>>>;
void client(const Data &data) {
  std::map<std::string, Result> results;
  for (const auto &entry : data) {
    auto group = grouper(results, entry.first);
    group.next();
    for (double value : entry.second)
      group.send(value);
    group.send(std::nullopt); // important!
  }
  report(results);
}

// data = {...}, the book's sample data. A dict keeps its insertion order, and
// so does this vector.
const Data data = {
    {"girls;kg", {40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5}},
    {"girls;m", {1.6, 1.51, 1.4, 1.3, 1.41, 1.39, 1.33, 1.46, 1.45, 1.43}},
    {"boys;kg", {39.0, 40.8, 43.2, 40.8, 43.1, 38.6, 41.4, 40.6, 36.3}},
    {"boys;m", {1.38, 1.5, 1.32, 1.25, 1.37, 1.48, 1.25, 1.49, 1.46}},
};

} // namespace

int main() {
  // ### Generator 선언

  // In [8]: c1 = coroutine1()
  //         c1, type(c1)
  corogen::generator<void, int> c1 = coroutine1();
  std::printf("(<generator object coroutine1>, generator)\n");

  // #### 기본으로 None 전달

  // In [9]: next(c1)
  cell([&] { c1.next(); });

  // In [10]: c1.send(100)
  cell([&] { c1.send(100); });

  // In [11]: c2 = coroutine1()
  //          c2.send(100)
  corogen::generator<void, int> c2 = coroutine1();
  cell([&] { c2.send(100); });

  // > `yield`로 일단 멈춰놔야 `send`로 값을 전달할 수 있음

  // ### 코루틴 예제
  // - GEN_CREATED: 처음 대기 상태
  // - GEN_RUNNING: 실행 상태
  // - GEN_SUSPENDED: yield 대기 상태
  // - GEN_CLOSED: 실행 완료 상태

  // In [12]: c3 = coroutine2(10)
  corogen::generator<int, int> c3 = coroutine2(10);

  // In [13]: from inspect import getgeneratorstate
  using corogen::getgeneratorstate;

  // `next` method 호출 전
  // In [14]: getgeneratorstate(c3)
  show_str(getgeneratorstate(c3));

  // In [15]: next(c3)
  cell([&] { show(c3.next()); });

  // y값 받기 전 대기 상태
  // In [16]: getgeneratorstate(c3)
  show_str(getgeneratorstate(c3));

  // In [17]: c3.send(15)  # return 10 + 15
  cell([&] { show(c3.send(15)); });

  // In [19]: c3.send(20)
  cell([&] { show(c3.send(20)); });

  // 실행 완료 상태
  // In [20]: getgeneratorstate(c3)
  show_str(getgeneratorstate(c3));

  // In [None]: su = sumer() -- primed by the decorator: already at its first
  // yield, ready for send.
  auto su = sumer();
  cell([&] { show(su.send(10)); });
  cell([&] { show(su.send(30)); });
  cell([&] { show(su.send(5)); });

  // main(data) -- `client` here, as C++ has its own main.
  client(data);
  return 0;
}
