//===- pipeline.cpp - A pipeline of generators ----------------------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Source, filter, map and sink, each a generator that takes the stage before
/// it by value: `chain` delegates to its inputs with CORO_YIELD_FROM, `keep`,
/// `map` and `take` iterate theirs with a range-for, and the sink `printer` is
/// pushed values with send().
///
/// Each stage holds a `trace`, which prints "<stage> closed" when the stage's
/// frame is destroyed; in the Python twin it is a `try: ... finally:
/// print('<stage> closed')` around the generator's body. Once `take` has had
/// enough it finishes, and destroying its input closes every stage upstream:
/// each destroys its locals, then its input, which closes the stage before
/// it; a delegating stage closes its delegate first (PEP 342, PEP 380).
///
//===----------------------------------------------------------------------===//

#include <corogen/corogen.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <utility>

namespace pipeline {

/// Prints "<stage> closed" when destroyed: the stage's frame has finished.
class trace {
public:
  explicit trace(const char *stage) : m_stage(stage) {}
  trace(const trace &) = delete;
  trace &operator=(const trace &) = delete;
  ~trace() { std::printf("%s closed\n", m_stage); }

private:
  const char *m_stage;
};

/// A source: start, start + 1, ..., stop - 1.
corogen::generator<int> numbers(int start, int stop) {
  trace t("numbers");
  for (int i = start; i < stop; ++i)
    CORO_YIELD(i);
}

/// A source without end: start, start + 1, ...
corogen::generator<int> count(int start) {
  trace t("count");
  for (int i = start;; ++i)
    CORO_YIELD(i);
}

/// The values of `a`, then those of `b`.
corogen::generator<int> chain(corogen::generator<int> a, corogen::generator<int> b) {
  trace t("chain");
  CORO_YIELD_FROM(std::move(a));
  CORO_YIELD_FROM(std::move(b));
}

/// The filter: the values of `in` for which `pred` holds.
template <class Pred> corogen::generator<int> keep(Pred pred, corogen::generator<int> in) {
  trace t("keep");
  for (int v : in) {
    if (pred(v))
      CORO_YIELD(v);
  }
}

/// The map: `fn` of each value of `in`.
template <class Fn> corogen::generator<std::string> map(Fn fn, corogen::generator<int> in) {
  trace t("map");
  for (int v : in) {
    CORO_YIELD(fn(v));
  }
}

/// The first `n` values of `in`; it stops pulling from `in` after the n-th.
corogen::generator<std::string> take(int n, corogen::generator<std::string> in) {
  trace t("take");
  if (n <= 0)
    CORO_RETURN();
  for (const std::string &line : in) {
    CORO_YIELD(line);
    if (--n == 0)
      break;
  }
}

/// The sink: prints each line it is sent; sent nothing (Python's None), it
/// returns how many lines it printed.
corogen::generator<void, std::optional<std::string>, int> printer(std::string prefix) {
  int lines = 0;
  while (true) {
    std::optional<std::string> line = CORO_YIELD();
    if (!line)
      break;
    std::printf("%s%s\n", prefix.c_str(), line->c_str());
    ++lines;
  }
  CORO_RETURN(lines);
}

/// Pushes every value of `in` into `sink`, then sends it None and returns
/// what it returned.
int drain(corogen::generator<std::string> in,
          corogen::generator<void, std::optional<std::string>, int> sink) {
  sink.next(); // prime it
  for (std::string &line : in)
    sink.send(std::move(line));
  try {
    sink.send(std::nullopt);
  } catch (const corogen::stop_iteration &) {
    return sink.result();
  }
  return -1; // the sink did not finish
}

} // namespace pipeline

int main() {
  using namespace pipeline;
  auto is_odd = [](int v) { return v % 2 != 0; };
  auto square = [](int v) {
    return std::to_string(v) + " * " + std::to_string(v) + " = " + std::to_string(v * v);
  };
  auto lines = take(4, map(square, keep(is_odd, chain(numbers(1, 4), count(10)))));
  int printed = drain(std::move(lines), printer("> "));
  std::printf("%d lines\n", printed);
  return 0;
}
