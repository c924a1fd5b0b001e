#include <corogen/corogen.hpp>

corogen::generator<int> broken() {
  CORO_YIELD(1)
}
