//===- runtime_bench.cpp - corogen against its peers ----------------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Each workload three ways: `hand`, a hand-written switch state machine
/// class with no runtime; `corogen`, an annotated generator that corogen
/// transforms when the bench is built (corogen_target_sources), driven
/// through the runtime; `coro20`, a C++20 coroutine generator (a minimal one,
/// defined here). Benchmarks are named workload/implementation[/argument];
/// bench/run.sh turns the JSON output into ratios. Needs C++20 for the
/// coroutines only.
///
//===----------------------------------------------------------------------===//

#include "alloc_count.hpp"

#include <corogen/corogen.hpp>

#include <benchmark/benchmark.h>

#include <coroutine>
#include <cstddef>
#include <exception>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

//===----------------------------------------------------------------------===//
// The C++20 peers
//===----------------------------------------------------------------------===//

/// A minimal C++20 generator that yields `Y` and is sent `S` (void: nothing).
template <class Y, class S = void> class coro_gen {
public:
  struct promise_type;
  using handle_type = std::coroutine_handle<promise_type>;

  struct sent_awaiter {
    promise_type *p;
    bool await_ready() const noexcept { return false; }
    void await_suspend(handle_type) const noexcept {}
    S await_resume() const noexcept { return p->sent; }
  };
  struct promise_type {
    const Y *value = nullptr;
    S sent{};
    coro_gen get_return_object() { return coro_gen(handle_type::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    sent_awaiter yield_value(const Y &v) noexcept {
      value = std::addressof(v);
      return {this};
    }
    void return_void() noexcept {}
    void unhandled_exception() { throw; }
  };

  explicit coro_gen(handle_type h) noexcept : m_h(h) {}
  coro_gen(coro_gen &&o) noexcept : m_h(std::exchange(o.m_h, nullptr)) {}
  ~coro_gen() {
    if (m_h)
      m_h.destroy();
  }
  bool next() {
    m_h.resume();
    return !m_h.done();
  }
  Y send(S s) {
    m_h.promise().sent = std::move(s);
    m_h.resume();
    return *m_h.promise().value;
  }
  const Y &value() const noexcept { return *m_h.promise().value; }

private:
  handle_type m_h;
};

template <class Y> class coro_gen<Y, void> {
public:
  struct promise_type {
    const Y *value = nullptr;
    coro_gen get_return_object() { return coro_gen(handle_type::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(const Y &v) noexcept {
      value = std::addressof(v);
      return {};
    }
    void return_void() noexcept {}
    void unhandled_exception() { throw; }
  };
  using handle_type = std::coroutine_handle<promise_type>;

  explicit coro_gen(handle_type h) noexcept : m_h(h) {}
  coro_gen(coro_gen &&o) noexcept : m_h(std::exchange(o.m_h, nullptr)) {}
  ~coro_gen() {
    if (m_h)
      m_h.destroy();
  }
  bool next() {
    m_h.resume();
    return !m_h.done();
  }
  const Y &value() const noexcept { return *m_h.promise().value; }

private:
  handle_type m_h;
};

/// A C++20 generator that can `co_yield` another one (a yield from): the
/// root points at the innermost generator, so resuming costs O(1) at any
/// depth (cppcoro's recursive_generator).
template <class Y> class rec_gen {
public:
  struct promise_type;
  using handle_type = std::coroutine_handle<promise_type>;

  struct promise_type {
    const Y *value = nullptr; ///< in the root
    promise_type *root = this;
    promise_type *leaf = this; ///< in the root: the generator that runs
    promise_type *parent = nullptr;

    rec_gen get_return_object() { return rec_gen(handle_type::from_promise(*this)); }
    std::suspend_always initial_suspend() noexcept { return {}; }
    auto final_suspend() noexcept {
      struct awaiter {
        bool await_ready() const noexcept { return false; }
        std::coroutine_handle<> await_suspend(handle_type h) noexcept {
          promise_type &p = h.promise();
          if (p.parent == nullptr)
            return std::noop_coroutine();
          p.root->leaf = p.parent;
          return handle_type::from_promise(*p.parent);
        }
        void await_resume() noexcept {}
      };
      return awaiter{};
    }
    std::suspend_always yield_value(const Y &v) noexcept {
      root->value = std::addressof(v);
      return {};
    }
    auto yield_value(rec_gen &&sub) noexcept {
      struct awaiter {
        promise_type *self;
        handle_type sub;
        bool await_ready() const noexcept { return false; }
        std::coroutine_handle<> await_suspend(handle_type) noexcept {
          promise_type &s = sub.promise();
          s.root = self->root;
          s.parent = self;
          self->root->leaf = &s;
          return sub;
        }
        void await_resume() noexcept {}
      };
      return awaiter{this, sub.m_h};
    }
    void return_void() noexcept {}
    void unhandled_exception() { throw; }
  };

  explicit rec_gen(handle_type h) noexcept : m_h(h) {}
  rec_gen(rec_gen &&o) noexcept : m_h(std::exchange(o.m_h, nullptr)) {}
  ~rec_gen() {
    if (m_h)
      m_h.destroy();
  }
  bool next() {
    handle_type::from_promise(*m_h.promise().leaf).resume();
    return !m_h.done();
  }
  const Y &value() const noexcept { return *m_h.promise().value; }

private:
  handle_type m_h;
};

//===----------------------------------------------------------------------===//
// Reporting
//===----------------------------------------------------------------------===//

/// Runs the timing loop `body`, which handles `items` items (values, sends,
/// generators or nodes) an iteration, and reports `items`, the heap
/// allocations per iteration and the bytes per allocation (a frame's size); run.sh divides the time by `items`. Every
/// consumer hands each partial result to DoNotOptimize, so that no compiler
/// folds a hand-written loop into a formula.
template <class Body> void measure(benchmark::State &state, double items, Body body) {
  std::size_t allocations = corogen_bench::allocation_count();
  std::size_t bytes = corogen_bench::allocated_bytes();
  for (auto _ : state)
    body();
  allocations = corogen_bench::allocation_count() - allocations;
  bytes = corogen_bench::allocated_bytes() - bytes;
  state.counters["items"] = items;
  state.counters["allocs"] =
      static_cast<double>(allocations) / static_cast<double>(state.iterations());
  // Bytes per allocation: the size of a generator's frame.
  state.counters["frame_bytes"] =
      allocations == 0 ? 0.0 : static_cast<double>(bytes) / static_cast<double>(allocations);
}

//===----------------------------------------------------------------------===//
// Sum of a range, per value
//===----------------------------------------------------------------------===//

constexpr int RangeSize = 1024;

class range_sm {
public:
  explicit range_sm(int n) : m_n(n) {}
  bool next(int &out) {
    switch (m_point) {
    case 0: break;
    case 1: goto resume_1;
    }
    for (m_i = 0; m_i < m_n; ++m_i) {
      out = m_i;
      m_point = 1;
      return true;
    resume_1:;
    }
    m_point = 2;
    return false;
  }

private:
  int m_n, m_i = 0, m_point = 0;
};

corogen::generator<int> range_corogen(int n) {
  for (int i = 0; i < n; ++i)
    CORO_YIELD(i);
}

coro_gen<int> range_coro(int n) {
  for (int i = 0; i < n; ++i)
    co_yield i;
}

void sum_hand(benchmark::State &state) {
  measure(state, RangeSize, [] {
    range_sm sm(RangeSize);
    int sum = 0, v;
    while (sm.next(v))
      benchmark::DoNotOptimize(sum += v);
  });
}

void sum_corogen(benchmark::State &state) {
  measure(state, RangeSize, [] {
    int sum = 0;
    for (int v : range_corogen(RangeSize))
      benchmark::DoNotOptimize(sum += v);
  });
}

void sum_coro20(benchmark::State &state) {
  measure(state, RangeSize, [] {
    auto g = range_coro(RangeSize);
    int sum = 0;
    while (g.next())
      benchmark::DoNotOptimize(sum += g.value());
  });
}

//===----------------------------------------------------------------------===//
// Sum of a range yielded inside two nested try blocks, per value
//===----------------------------------------------------------------------===//

// C++ forbids a jump into a try block: a resume re-enters each try that
// holds the suspension through its top and dispatches again inside it
// (docs/architecture.md). This workload measures that against `sum`'s flat
// loop; no exception is thrown. The hand-written class is `sum`'s (a state
// machine that no one throws into needs no try).

corogen::generator<int> range_try_corogen(int n) {
  for (int i = 0; i < n; ++i) {
    try {
      try {
        CORO_YIELD(i);
      } catch (const std::logic_error &) {
        CORO_YIELD(-1);
      }
    } catch (const std::exception &) {
      CORO_YIELD(-2);
    }
  }
}

// (C++20 forbids co_yield in a handler: these handlers only count.)
int caught = 0;

coro_gen<int> range_try_coro(int n) {
  for (int i = 0; i < n; ++i) {
    try {
      try {
        co_yield i;
      } catch (const std::logic_error &) {
        ++caught;
      }
    } catch (const std::exception &) {
      ++caught;
    }
  }
}

void sum_try_corogen(benchmark::State &state) {
  measure(state, RangeSize, [] {
    int sum = 0;
    for (int v : range_try_corogen(RangeSize))
      benchmark::DoNotOptimize(sum += v);
  });
}

void sum_try_coro20(benchmark::State &state) {
  measure(state, RangeSize, [] {
    auto g = range_try_coro(RangeSize);
    int sum = 0;
    while (g.next())
      benchmark::DoNotOptimize(sum += g.value());
  });
}

//===----------------------------------------------------------------------===//
// Send-heavy running average, per send
//===----------------------------------------------------------------------===//

constexpr int Sends = 1024;

class average_sm {
public:
  double send(double term) {
    m_total += term;
    ++m_count;
    m_average = m_total / m_count;
    return m_average;
  }

private:
  double m_total = 0, m_average = 0;
  long m_count = 0;
};

/// def averager():
///     total = count = average = 0
///     while True:
///         term = yield average
///         total += term; count += 1; average = total / count
corogen::generator<double, double> average_corogen() {
  double total = 0, average = 0;
  long count = 0;
  for (;;) {
    double term = CORO_YIELD(average);
    total += term;
    ++count;
    average = total / count;
  }
}

coro_gen<double, double> average_coro() {
  double total = 0, average = 0;
  long count = 0;
  for (;;) {
    double term = co_yield average;
    total += term;
    ++count;
    average = total / count;
  }
}

void average_hand(benchmark::State &state) {
  measure(state, Sends, [] {
    average_sm sm;
    double last = 0;
    for (int i = 0; i < Sends; ++i)
      benchmark::DoNotOptimize(last = sm.send(i));
  });
}

void average_corogen(benchmark::State &state) {
  measure(state, Sends, [] {
    auto g = corogen::primed(average_corogen());
    double last = 0;
    for (int i = 0; i < Sends; ++i)
      benchmark::DoNotOptimize(last = g.send(i));
  });
}

void average_coro20(benchmark::State &state) {
  measure(state, Sends, [] {
    auto g = average_coro();
    g.next();
    double last = 0;
    for (int i = 0; i < Sends; ++i)
      benchmark::DoNotOptimize(last = g.send(i));
  });
}

//===----------------------------------------------------------------------===//
// Create, drain 3 values, destroy; per generator
//===----------------------------------------------------------------------===//

class three_sm {
public:
  explicit three_sm(int base) : m_base(base) {}
  bool next(int &out) {
    switch (m_point) {
    case 0: out = m_base; m_point = 1; return true;
    case 1: out = m_base + 1; m_point = 2; return true;
    case 2: out = m_base + 2; m_point = 3; return true;
    }
    return false;
  }

private:
  int m_base, m_point = 0;
};

corogen::generator<int> three_corogen(int base) {
  CORO_YIELD(base);
  CORO_YIELD(base + 1);
  CORO_YIELD(base + 2);
}

coro_gen<int> three_coro(int base) {
  co_yield base;
  co_yield base + 1;
  co_yield base + 2;
}

void create_hand(benchmark::State &state) {
  int base = 0;
  measure(state, 1, [&] {
    three_sm sm(base++);
    int sum = 0, v;
    while (sm.next(v))
      benchmark::DoNotOptimize(sum += v);
  });
}

void create_corogen(benchmark::State &state) {
  int base = 0;
  measure(state, 1, [&] {
    int sum = 0;
    for (int v : three_corogen(base++))
      benchmark::DoNotOptimize(sum += v);
  });
}

void create_coro20(benchmark::State &state) {
  int base = 0;
  measure(state, 1, [&] {
    auto g = three_coro(base++);
    int sum = 0;
    while (g.next())
      benchmark::DoNotOptimize(sum += g.value());
  });
}

//===----------------------------------------------------------------------===//
// Delegation chains, per value
//===----------------------------------------------------------------------===//

/// A chain of `depth` hand-written levels, each delegating to the next; the
/// innermost counts for ever. The root keeps a pointer to the innermost
/// level, as corogen's chains do.
class chain_sm {
public:
  explicit chain_sm(int depth) {
    m_levels.reserve(static_cast<std::size_t>(depth) + 1);
    for (int d = depth; d >= 0; --d)
      m_levels.push_back(std::make_unique<level>(d));
    m_leaf = m_levels.back().get();
  }
  int next() { return m_leaf->next(); }

private:
  struct level {
    explicit level(int d) : depth(d) {}
    int next() {
      switch (point) {
      case 0: break;
      case 1: goto resume_1;
      }
      for (i = 0;; ++i) {
        point = 1;
        return i;
      resume_1:;
      }
    }
    int depth, i = 0, point = 0;
  };
  std::vector<std::unique_ptr<level>> m_levels;
  level *m_leaf;
};

/// def level(depth):
///     if depth == 0:
///         i = 0
///         while True: yield i; i += 1
///     yield from level(depth - 1)
corogen::generator<int> level_corogen(int depth) {
  if (depth == 0) {
    for (int i = 0;; ++i)
      CORO_YIELD(i);
  }
  CORO_YIELD_FROM(level_corogen(depth - 1));
}

rec_gen<int> level_coro(int depth) {
  if (depth == 0) {
    for (int i = 0;; ++i)
      co_yield i;
  }
  co_yield level_coro(depth - 1);
}

void delegation_hand(benchmark::State &state) {
  chain_sm sm(static_cast<int>(state.range(0)));
  measure(state, 1, [&] { benchmark::DoNotOptimize(sm.next()); });
}

void delegation_corogen(benchmark::State &state) {
  auto g = level_corogen(static_cast<int>(state.range(0)));
  g.next();
  measure(state, 1, [&] { benchmark::DoNotOptimize(g.next()); });
}

void delegation_coro20(benchmark::State &state) {
  auto g = level_coro(static_cast<int>(state.range(0)));
  g.next();
  measure(state, 1, [&] {
    g.next();
    benchmark::DoNotOptimize(g.value());
  });
}

//===----------------------------------------------------------------------===//
// In-order traversal of a tree by a recursive generator, per node
//===----------------------------------------------------------------------===//

struct node {
  int value;
  node *left, *right;
};

/// A balanced tree of 2^levels - 1 nodes, numbered in order.
class tree {
public:
  explicit tree(int levels) { m_root = build(levels); }
  const node *root() const noexcept { return m_root; }
  int size() const noexcept { return static_cast<int>(m_nodes.size()); }

private:
  node *build(int levels) {
    if (levels == 0)
      return nullptr;
    node *left = build(levels - 1);
    m_nodes.push_back(std::make_unique<node>(node{size(), left, nullptr}));
    node *self = m_nodes.back().get();
    self->right = build(levels - 1);
    return self;
  }
  std::vector<std::unique_ptr<node>> m_nodes;
  node *m_root;
};

/// The recursion written by hand: one heap-allocated level per node, the
/// innermost level reached in O(1), as a recursive generator does it.
class inorder_sm {
public:
  explicit inorder_sm(const node *root) : m_leaf(root ? new level{root, nullptr, 0} : nullptr) {}
  inorder_sm(const inorder_sm &) = delete;
  inorder_sm &operator=(const inorder_sm &) = delete;
  ~inorder_sm() {
    while (m_leaf != nullptr)
      delete std::exchange(m_leaf, m_leaf->parent);
  }
  bool next(int &out) {
    while (m_leaf != nullptr) {
      level *l = m_leaf;
      switch (l->point) {
      case 0:
        if (l->n->left != nullptr) {
          l->point = 1;
          m_leaf = new level{l->n->left, l, 0};
          continue;
        }
        [[fallthrough]];
      case 1:
        l->point = 2;
        out = l->n->value;
        return true;
      case 2:
        if (l->n->right != nullptr) {
          l->point = 3;
          m_leaf = new level{l->n->right, l, 0};
          continue;
        }
        [[fallthrough]];
      default:
        m_leaf = l->parent;
        delete l;
      }
    }
    return false;
  }

private:
  struct level {
    const node *n;
    level *parent;
    int point;
  };
  level *m_leaf;
};

/// def inorder(n):
///     if n.left: yield from inorder(n.left)
///     yield n.value
///     if n.right: yield from inorder(n.right)
corogen::generator<int> inorder_corogen(const node *n) {
  if (n->left != nullptr)
    CORO_YIELD_FROM(inorder_corogen(n->left));
  CORO_YIELD(n->value);
  if (n->right != nullptr)
    CORO_YIELD_FROM(inorder_corogen(n->right));
}

rec_gen<int> inorder_coro(const node *n) {
  if (n->left != nullptr)
    co_yield inorder_coro(n->left);
  co_yield n->value;
  if (n->right != nullptr)
    co_yield inorder_coro(n->right);
}

constexpr int TreeLevels = 10;

void tree_hand(benchmark::State &state) {
  tree t(TreeLevels);
  measure(state, t.size(), [&] {
    inorder_sm sm(t.root());
    long sum = 0;
    int v;
    while (sm.next(v))
      benchmark::DoNotOptimize(sum += v);
  });
}

void tree_corogen(benchmark::State &state) {
  tree t(TreeLevels);
  measure(state, t.size(), [&] {
    long sum = 0;
    for (int v : inorder_corogen(t.root()))
      benchmark::DoNotOptimize(sum += v);
  });
}

void tree_coro20(benchmark::State &state) {
  tree t(TreeLevels);
  measure(state, t.size(), [&] {
    auto g = inorder_coro(t.root());
    long sum = 0;
    while (g.next())
      benchmark::DoNotOptimize(sum += g.value());
  });
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

using bench_fn = void (*)(benchmark::State &);

struct workload {
  const char *name;
  bench_fn hand, corogen, coro20;
  bool by_depth;
};

const workload Workloads[] = {
    {"sum", sum_hand, sum_corogen, sum_coro20, false},
    {"sum_try", sum_hand, sum_try_corogen, sum_try_coro20, false},
    {"average", average_hand, average_corogen, average_coro20, false},
    {"create_drain3", create_hand, create_corogen, create_coro20, false},
    {"delegation", delegation_hand, delegation_corogen, delegation_coro20, true},
    {"tree", tree_hand, tree_corogen, tree_coro20, false},
};

void register_all() {
  for (const workload &w : Workloads) {
    const std::pair<const char *, bench_fn> impls[] = {
        {"hand", w.hand}, {"corogen", w.corogen}, {"coro20", w.coro20}};
    for (const auto &impl : impls) {
      std::string name = std::string(w.name) + "/" + impl.first;
      benchmark::internal::Benchmark *b = benchmark::RegisterBenchmark(name.c_str(), impl.second);
      if (w.by_depth)
        b->Arg(1)->Arg(8)->Arg(64)->Arg(512);
      // Three short repetitions, reported as their median: about 40 s in all.
      b->MinTime(0.2)->Repetitions(3)->ReportAggregatesOnly(true);
    }
  }
}

} // namespace

int main(int argc, char **argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv))
    return 1;
  register_all();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
