//===- tree.cpp - In-order traversal by a recursive generator -------------===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A binary search tree walked in order by a generator that delegates to
/// itself for each subtree (PEP 380's `yield from`): the values reach the
/// consumer straight from the innermost generator, whatever the depth, and
/// each delegation's value is the size of the subtree it walked.
///
//===----------------------------------------------------------------------===//

#include <corogen/corogen.hpp>

#include <cstdio>
#include <memory>
#include <string>

namespace tree {

template <class T> struct node {
  explicit node(T v) : value(std::move(v)) {}
  T value;
  std::unique_ptr<node> left, right;
};

/// Inserts `v` into the search tree rooted at `root` (duplicates go right).
template <class T> void insert(std::unique_ptr<node<T>> &root, T v) {
  if (root == nullptr) {
    root.reset(new node<T>(std::move(v)));
    return;
  }
  std::unique_ptr<node<T>> &child = v < root->value ? root->left : root->right;
  insert(child, std::move(v));
}

/// Yields the values of the tree rooted at `n` in order and returns how many
/// it yielded.
///
/// def inorder(n):
///     if n is None:
///         return 0
///     left = yield from inorder(n.left)
///     yield n.value
///     right = yield from inorder(n.right)
///     return left + 1 + right
template <class T> corogen::generator<T, void, int> inorder(const node<T> *n) {
  if (n == nullptr)
    CORO_RETURN(0);
  int left = CORO_YIELD_FROM(inorder(n->left.get()));
  CORO_YIELD(n->value);
  int right = CORO_YIELD_FROM(inorder(n->right.get()));
  CORO_RETURN(left + 1 + right);
}

} // namespace tree

int main() {
  std::unique_ptr<tree::node<int>> numbers;
  for (int v : {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 5})
    tree::insert(numbers, v);

  // Range-for: one next() a step, until the root generator returns.
  auto walk = tree::inorder(numbers.get());
  const char *separator = "";
  for (int v : walk) {
    std::printf("%s%d", separator, v);
    separator = " ";
  }
  std::printf("\n%d values\n", walk.result());

  // Driven by hand, with the protocol's states: a delegating generator is
  // suspended while its innermost delegate is.
  std::unique_ptr<tree::node<std::string>> words;
  for (const char *w : {"pear", "apple", "quince", "fig", "banana"})
    tree::insert(words, std::string(w));
  auto g = tree::inorder(words.get());
  std::printf("%s\n", corogen::getgeneratorstate(g));
  std::printf("%s\n", g.next().c_str());
  std::printf("%s\n", corogen::getgeneratorstate(g));
  std::printf("%s\n", g.next().c_str());
  // close() closes the innermost generator first, then each delegator out to
  // the root: the rest of the tree is never walked.
  g.close();
  std::printf("%s\n", corogen::getgeneratorstate(g));
  try {
    g.next();
  } catch (const corogen::stop_iteration &) {
    std::printf("StopIteration\n");
  }

  // An empty tree: the generator returns at once.
  auto none = tree::inorder<int>(nullptr);
  for (int v : none)
    std::printf("%d\n", v);
  std::printf("%d values\n", none.result());
  return 0;
}
