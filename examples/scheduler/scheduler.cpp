//===- scheduler.cpp - Round-robin tasks on one thread --------------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Cooperative multitasking with generators: each task is a generator that
/// yields to give up its turn; the scheduler keeps the ready tasks in a
/// std::deque, resumes the one in front with next(), puts it at the back,
/// and drops it once it has finished (next() throws stop_iteration). Tasks
/// may delegate to sub-tasks (CORO_YIELD_FROM) and spawn new tasks.
///
/// The Python it follows:
///
/// def run(ready):                      # ready: a collections.deque
///     while ready:
///         task = ready.popleft()
///         try:
///             next(task)
///         except StopIteration:
///             continue
///         ready.append(task)
///
//===----------------------------------------------------------------------===//

#include <corogen/corogen.hpp>

#include <cstdio>
#include <deque>
#include <string>
#include <utility>

namespace scheduler {

/// A task: resumed once a turn, it runs until it yields or finishes.
using task = corogen::generator<void>;

/// Runs tasks round-robin until none is left.
class round_robin {
public:
  void spawn(task t) { m_ready.push_back(std::move(t)); }

  /// Runs until every task has finished; returns how many turns it gave.
  int run() {
    int turns = 0;
    while (!m_ready.empty()) {
      task t = std::move(m_ready.front());
      m_ready.pop_front();
      ++turns;
      try {
        t.next();
      } catch (const corogen::stop_iteration &) {
        continue; // finished: dropped
      }
      m_ready.push_back(std::move(t));
    }
    return turns;
  }

private:
  std::deque<task> m_ready;
};

/// Counts down from `n`, one step a turn.
task countdown(std::string name, int n) {
  while (n > 0) {
    std::printf("%s: %d\n", name.c_str(), n);
    --n;
    CORO_YIELD();
  }
  std::printf("%s: done\n", name.c_str());
}

/// Two phases, each a sub-task it delegates to: the scheduler resumes the
/// phase directly, and sees `job` as one task.
task job(std::string name) {
  CORO_YIELD_FROM(countdown(name + ".fetch", 2));
  CORO_YIELD_FROM(countdown(name + ".parse", 1));
  std::printf("%s: done\n", name.c_str());
}

/// Spawns a task during its first turn.
task spawner(round_robin &runner, std::string name) {
  std::printf("%s: spawning D\n", name.c_str());
  runner.spawn(countdown("D", 2));
  CORO_YIELD();
  std::printf("%s: done\n", name.c_str());
}

} // namespace scheduler

int main() {
  using namespace scheduler;
  round_robin tasks;
  tasks.spawn(countdown("A", 3));
  tasks.spawn(job("B"));
  tasks.spawn(spawner(tasks, "S"));
  int turns = tasks.run();
  std::printf("%d turns\n", turns);
  return 0;
}
