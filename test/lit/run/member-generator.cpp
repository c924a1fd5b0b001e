// A member generator keeps `this`: it reads and writes private members
// (named with and without `this->`) and calls private member functions, and
// the object sees the changes between resumptions.
// RUN: %run-both %s %t | FileCheck %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

using trace::say;

class Account {
public:
  explicit Account(int rate) : m_rate(rate) {}

  corogen::generator<int> grow(int years) {
    for (int y = 0; y < years; ++y) {
      addInterest();
      CORO_YIELD(this->m_balance);
    }
  }
  int balance() const { return m_balance; }
  void deposit(int amount) { m_balance += amount; }

private:
  void addInterest() { m_balance += m_balance * m_rate / 100; }
  int m_rate;
  int m_balance = 100;
};

int main() {
  Account a(10);
  corogen::generator<int> g = a.grow(3);
  int v = g.next();
  say("got ", v, ", balance ", a.balance());
  // CHECK:      got 110, balance 110
  a.deposit(90);
  say("got ", g.next());
  // CHECK-NEXT: got 220
  say("got ", g.next());
  // CHECK-NEXT: got 242
}
