// An annotated source: needs the target's include directories and
// definitions, which corogen_target_sources passes to the tool.
#include "countdown.hpp"

corogen::generator<int, void, int> countdown(int from) {
  int steps = 0;
  for (int i = from; i > 0; i -= COUNTDOWN_STEP) {
    CORO_YIELD(i);
    ++steps;
  }
  CORO_RETURN(steps);
}
