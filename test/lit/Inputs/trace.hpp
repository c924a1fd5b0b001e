// Shared by the behaviour tests in run/: a class that prints its lifetime,
// and drive(), which runs a generator of ints that it sends values to.
//
// Every constructor, move and destructor prints one line. A moved-from object
// prints "dtor (moved-from) <name>" when it dies, so that a test sees which
// object each destruction belongs to. Misuse of an object's lifetime is not
// left to the CHECK lines: destroying an object twice, constructing one over
// a live one (which a frame slot reused at the same address would otherwise
// hide), or leaving one alive at exit, prints an error and makes the program
// exit with status 1.
#ifndef COROGEN_LIT_TRACE_HPP
#define COROGEN_LIT_TRACE_HPP

#include <corogen/corogen.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>
#include <string>

namespace trace {

/// Prints its arguments on one line.
template <class... A> void say(const A &...a) {
  (std::cout << ... << a) << std::endl;
}

/// The addresses of the Tracers alive, checked at exit.
struct registry {
  std::set<const void *> alive;
  ~registry() {
    if (alive.empty())
      return;
    std::cout << "ERROR: " << alive.size() << " object(s) never destroyed" << std::endl;
    std::_Exit(1);
  }
  void add(const void *p, const std::string &name) {
    if (!alive.insert(p).second) {
      std::cout << "ERROR: " << name << " constructed over a live object" << std::endl;
      std::_Exit(1);
    }
  }
  void remove(const void *p, const std::string &name) {
    if (alive.erase(p) != 1) {
      std::cout << "ERROR: " << name << " destroyed twice or never constructed" << std::endl;
      std::_Exit(1);
    }
  }
};
inline registry &live() {
  static registry r;
  return r;
}

/// An object with a name whose lifetime is printed.
class Tracer {
public:
  explicit Tracer(std::string name) : m_name(std::move(name)) {
    live().add(this, m_name);
    say("ctor ", m_name);
  }
  Tracer(const Tracer &o) : m_name(o.m_name) {
    live().add(this, m_name);
    say("copy ", m_name);
  }
  Tracer(Tracer &&o) noexcept : m_name(o.m_name) {
    o.m_moved = true;
    live().add(this, m_name);
    say("move ", m_name);
  }
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() {
    live().remove(this, m_name);
    say(m_moved ? "dtor (moved-from) " : "dtor ", m_name);
  }
  const std::string &name() const { return m_name; }

private:
  std::string m_name;
  bool m_moved = false;
};

/// Runs a generator that yields and is sent ints, sending one more than
/// each value it yields, and prints each value, then "stop".
template <class G> void drive(G g) {
  try {
    int v = g.next();
    for (;;) {
      say("got ", v);
      v = g.send(v + 1);
    }
  } catch (corogen::stop_iteration &) {
    say("stop");
  }
}

/// Runs a generator of ints to its first yield, prints that value, closes
/// it, and prints "closed" (before the generator is destroyed).
template <class G> void close_at_first(G g) {
  say("got ", g.next());
  g.close();
  say("closed");
}

} // namespace trace

#endif // COROGEN_LIT_TRACE_HPP
