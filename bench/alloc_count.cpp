//===- alloc_count.cpp - Replacement operator new that counts -------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Replaces the global operator new and delete with malloc and free plus a
/// relaxed atomic counter (see alloc_count.hpp).
///
//===----------------------------------------------------------------------===//

#include "alloc_count.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<std::size_t> Allocations{0};
std::atomic<std::size_t> Bytes{0};

void *allocate(std::size_t size) {
  Allocations.fetch_add(1, std::memory_order_relaxed);
  Bytes.fetch_add(size, std::memory_order_relaxed);
  if (void *p = std::malloc(size == 0 ? 1 : size))
    return p;
  throw std::bad_alloc();
}
} // namespace

std::size_t corogen_bench::allocation_count() noexcept {
  return Allocations.load(std::memory_order_relaxed);
}

std::size_t corogen_bench::allocated_bytes() noexcept {
  return Bytes.load(std::memory_order_relaxed);
}

void *operator new(std::size_t size) { return allocate(size); }
void *operator new[](std::size_t size) { return allocate(size); }
void *operator new(std::size_t size, const std::nothrow_t &) noexcept {
  Allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept {
  Allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void *p) noexcept { std::free(p); }
void operator delete[](void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }
void operator delete[](void *p, std::size_t) noexcept { std::free(p); }
