// A recursive generator: an in-order walk of a binary tree that delegates to
// itself for each subtree. Python twin:
//   def inorder(n):
//       if n is None: return
//       yield from inorder(n.left); yield n.value; yield from inorder(n.right)
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

struct Node {
  int value;
  const Node *left;
  const Node *right;
};

corogen::generator<int> inorder(const Node *n) {
  if (n == nullptr)
    CORO_RETURN();
  CORO_YIELD_FROM(inorder(n->left));
  CORO_YIELD(n->value);
  CORO_YIELD_FROM(inorder(n->right));
}

int main() {
  // The tree 4(2(1, 3), 6(-, 7)).
  const Node n1{1, nullptr, nullptr}, n3{3, nullptr, nullptr}, n7{7, nullptr, nullptr};
  const Node n2{2, &n1, &n3}, n6{6, nullptr, &n7};
  const Node root{4, &n2, &n6};
  for (int v : inorder(&root))
    say(v);
  // CHECK:      1
  // CHECK-NEXT: 2
  // CHECK-NEXT: 3
  // CHECK-NEXT: 4
  // CHECK-NEXT: 6
  // CHECK-NEXT: 7
  for (int v : inorder(nullptr))
    say("empty tree ", v);
  say("end");
  // CHECK-NEXT: end
}
