// Included by counter.cpp.
#ifndef COROGEN_LIT_COUNTER_LIMIT_HPP
#define COROGEN_LIT_COUNTER_LIMIT_HPP
constexpr int kCounterLimit = 3;
#endif
