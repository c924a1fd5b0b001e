//===- alloc_count.hpp - Counting heap allocations in the benchmark -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// How many times the global operator new has run, so that the benchmark can
/// report heap allocations per iteration. The replacement operators live in
/// alloc_count.cpp, a separate translation unit, so that no optimiser sees
/// into them: to the code measured they are as opaque as malloc.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_BENCH_ALLOC_COUNT_HPP
#define COROGEN_BENCH_ALLOC_COUNT_HPP

#include <cstddef>

namespace corogen_bench {
/// Calls of the global operator new (all forms) so far, on any thread.
std::size_t allocation_count() noexcept;
/// Bytes requested by those allocations: for a generator, its frame's size.
std::size_t allocated_bytes() noexcept;
} // namespace corogen_bench

#endif // COROGEN_BENCH_ALLOC_COUNT_HPP
