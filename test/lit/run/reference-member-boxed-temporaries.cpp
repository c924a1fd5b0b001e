// A reference member of an aggregate bound to a temporary of a class of the
// body, which the frame cannot name (`Ref a{Local{...}, 1, Local{...}};`):
// C++ keeps the temporary alive as long as the local ([class.temporary]
// p6), and the frame keeps it in a box of its own, made in place from its
// text (`new auto(Local{...})`: no copy or move in the trace), destroyed
// after the local, in reverse order of construction, wherever the local's
// scope is left: at its end, by close(), by an exception, by a goto back
// past the declaration. Before a marker of the initialiser, made before
// the suspension (and destroyed by close() there), also inside another
// such temporary; on one side of `?:` only, a flag says whether it was
// made (also where the local itself is kept in a box, as these are); text
// that holds a lambda-expression, where no marker follows it; a braced
// list alone, made as `new auto(Local{...})` (or through an alias that
// corogen declares after the class's definition, where another
// declaration of the body has its name).
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::say;
using trace::Tracer;

int length(const Tracer &t) {
  say("length ", t.name());
  return 1;
}
std::string fail() {
  say("fail");
  throw std::runtime_error("fail");
}

corogen::generator<int, int> boxed(bool c) {
  struct Local {
    Tracer t;
    ~Local() { say("dtor local ", t.name()); }
  };
  struct Ref {
    const Local &r;
    int k;
    Local &&x;
  };
  struct Nest {
    const Ref &in;
    int k;
  };
  Ref a{Local{Tracer("a1")}, 1, Local{Tracer("a2")}};
  Ref b{Local{Tracer("b1")}, CORO_YIELD(2), Local{Tracer("b2")}};
  Ref d{c ? static_cast<const Local &>(Local{Tracer("d1")}) : a.r, 3, static_cast<Local &&>(a.x)};
  Nest n{Ref{Local{Tracer("n1")}, 4, Local{Tracer("n2")}}, length(Tracer("tmp")) + int(CORO_YIELD(5))};
  CORO_YIELD(a.k + b.k + d.k + n.k);
  say("use ", a.r.t.name(), " ", a.x.t.name(), " ", b.r.t.name(), " ", b.x.t.name(), " ",
      d.r.t.name(), " ", n.in.r.t.name(), " ", n.in.x.t.name());
}
// CHECK-LABEL: {{^}}boxed true
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor a2
// CHECK-NEXT: ctor b1
// CHECK-NEXT: got 2
// CHECK-NEXT: ctor b2
// CHECK-NEXT: ctor d1
// CHECK-NEXT: ctor n1
// CHECK-NEXT: ctor n2
// CHECK-NEXT: ctor tmp
// CHECK-NEXT: length tmp
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor tmp
// CHECK-NEXT: got 14
// CHECK-NEXT: use a1 a2 b1 b2 d1 n1 n2
// CHECK-NEXT: dtor local n2
// CHECK-NEXT: dtor n2
// CHECK-NEXT: dtor local n1
// CHECK-NEXT: dtor n1
// CHECK-NEXT: dtor local d1
// CHECK-NEXT: dtor d1
// CHECK-NEXT: dtor local b2
// CHECK-NEXT: dtor b2
// CHECK-NEXT: dtor local b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor local a2
// CHECK-NEXT: dtor a2
// CHECK-NEXT: dtor local a1
// CHECK-NEXT: dtor a1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}boxed false
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor a2
// CHECK-NEXT: ctor b1
// CHECK-NEXT: got 2
// CHECK-NEXT: ctor b2
// CHECK-NEXT: ctor n1
// CHECK-NEXT: ctor n2
// CHECK-NEXT: ctor tmp
// CHECK-NEXT: length tmp
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor tmp
// CHECK-NEXT: got 14
// CHECK-NEXT: use a1 a2 b1 b2 a1 n1 n2
// CHECK-NEXT: dtor local n2
// CHECK-NEXT: dtor n2
// CHECK-NEXT: dtor local n1
// CHECK-NEXT: dtor n1
// CHECK-NEXT: dtor local b2
// CHECK-NEXT: dtor b2
// CHECK-NEXT: dtor local b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor local a2
// CHECK-NEXT: dtor a2
// CHECK-NEXT: dtor local a1
// CHECK-NEXT: dtor a1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}boxed closed
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor a2
// CHECK-NEXT: ctor b1
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor local b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor local a2
// CHECK-NEXT: dtor a2
// CHECK-NEXT: dtor local a1
// CHECK-NEXT: dtor a1
// CHECK-NEXT: closed
// CHECK-LABEL: {{^}}boxed closed later
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor a2
// CHECK-NEXT: ctor b1
// CHECK-NEXT: got 2
// CHECK-NEXT: ctor b2
// CHECK-NEXT: ctor d1
// CHECK-NEXT: ctor n1
// CHECK-NEXT: ctor n2
// CHECK-NEXT: ctor tmp
// CHECK-NEXT: length tmp
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor tmp
// CHECK-NEXT: dtor local n2
// CHECK-NEXT: dtor n2
// CHECK-NEXT: dtor local n1
// CHECK-NEXT: dtor n1
// CHECK-NEXT: dtor local d1
// CHECK-NEXT: dtor d1
// CHECK-NEXT: dtor local b2
// CHECK-NEXT: dtor b2
// CHECK-NEXT: dtor local b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor local a2
// CHECK-NEXT: dtor a2
// CHECK-NEXT: dtor local a1
// CHECK-NEXT: dtor a1
// CHECK-NEXT: closed

corogen::generator<int, int> again() {
  struct Local {
    Tracer t;
    ~Local() { say("dtor local ", t.name()); }
  };
  struct Late {
    int k;
    const Local &r;
  };
  int round = 0;
back:
  Late l{round, Local{Tracer("g" + std::to_string(round))}};
  CORO_YIELD(l.k);
  if (++round < 2)
    goto back;
  say("done");
}
// CHECK-LABEL: {{^}}again
// CHECK-NEXT: ctor g0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor local g0
// CHECK-NEXT: dtor g0
// CHECK-NEXT: ctor g1
// CHECK-NEXT: got 1
// CHECK-NEXT: done
// CHECK-NEXT: dtor local g1
// CHECK-NEXT: dtor g1
// CHECK-NEXT: stop

// A braced list alone, `{Tracer("l1")}`: made as `new auto(Local{...})`,
// the class named in the body; before a marker too.
corogen::generator<int, int> bare_lists() {
  struct Local {
    Tracer t;
    ~Local() { say("dtor local ", t.name()); }
  };
  struct Ref {
    const Local &r;
    int k;
    Local &&x;
  };
  Ref a{{Tracer("l1")}, 1, {Tracer("l2")}};
  Ref b{{Tracer("l3")}, CORO_YIELD(2), {Tracer("l4")}};
  CORO_YIELD(a.k + b.k);
  say("use ", a.r.t.name(), " ", a.x.t.name(), " ", b.r.t.name(), " ", b.x.t.name());
}
// CHECK-LABEL: {{^}}bare_lists
// CHECK-NEXT: ctor l1
// CHECK-NEXT: ctor l2
// CHECK-NEXT: ctor l3
// CHECK-NEXT: got 2
// CHECK-NEXT: ctor l4
// CHECK-NEXT: got 4
// CHECK-NEXT: use l1 l2 l3 l4
// CHECK-NEXT: dtor local l4
// CHECK-NEXT: dtor l4
// CHECK-NEXT: dtor local l3
// CHECK-NEXT: dtor l3
// CHECK-NEXT: dtor local l2
// CHECK-NEXT: dtor l2
// CHECK-NEXT: dtor local l1
// CHECK-NEXT: dtor l1
// CHECK-NEXT: stop
// CHECK-LABEL: {{^}}bare_lists closed
// CHECK-NEXT: ctor l1
// CHECK-NEXT: ctor l2
// CHECK-NEXT: ctor l3
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor local l3
// CHECK-NEXT: dtor l3
// CHECK-NEXT: dtor local l2
// CHECK-NEXT: dtor l2
// CHECK-NEXT: dtor local l1
// CHECK-NEXT: dtor l1
// CHECK-NEXT: closed

// A braced list alone of a class whose name another declaration of the
// body has (a variable in an inner block, where the list stands, and a
// class of the same name in another block): the box names the class
// through an alias that corogen declares after its definition.
corogen::generator<int, int> shadowed_name() {
  struct Local {
    Tracer t;
  };
  struct Ref {
    const Local &r;
  };
  {
    struct Local {
      int other;
    };
    (void)Local{0};
  }
  {
    int Local = 1;
    Ref a{{Tracer("s1")}};
    CORO_YIELD(Local);
    say("use ", a.r.t.name());
  }
}
// CHECK-LABEL: {{^}}shadowed_name
// CHECK-NEXT: ctor s1
// CHECK-NEXT: got 1
// CHECK-NEXT: use s1
// CHECK-NEXT: dtor s1
// CHECK-NEXT: stop

// Text that holds a lambda-expression, where no marker follows it.
corogen::generator<int, int> lambda_text() {
  struct Local {
    Tracer t;
    ~Local() { say("dtor local ", t.name()); }
  };
  struct Late {
    int k;
    const Local &r;
  };
  Late l{int(CORO_YIELD(1)), Local{Tracer([] { return std::string("l1"); }())}};
  CORO_YIELD(l.k);
  say("use ", l.r.t.name());
}
// CHECK-LABEL: {{^}}lambda_text
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor l1
// CHECK-NEXT: got 2
// CHECK-NEXT: use l1
// CHECK-NEXT: dtor local l1
// CHECK-NEXT: dtor l1
// CHECK-NEXT: stop

corogen::generator<int, int> throwing() {
  struct Local {
    Tracer t;
    ~Local() { say("dtor local ", t.name()); }
  };
  struct Two {
    const Local &r;
    const Local &s;
  };
  CORO_YIELD(1);
  Two t{Local{Tracer("t1")}, Local{Tracer(fail())}};
  CORO_YIELD(2);
  say("not reached ", t.r.t.name());
}
// CHECK-LABEL: {{^}}throwing
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor t1
// CHECK-NEXT: fail
// CHECK-NEXT: dtor local t1
// CHECK-NEXT: dtor t1
// CHECK-NEXT: caught fail

int main() {
  say("boxed true");
  trace::drive(boxed(true));
  say("boxed false");
  trace::drive(boxed(false));
  say("boxed closed");
  trace::close_at_first(boxed(true));
  say("boxed closed later");
  {
    auto g = boxed(true);
    say("got ", g.next());
    say("got ", g.send(3));
    g.close();
    say("closed");
  }
  say("again");
  trace::drive(again());
  say("bare_lists");
  trace::drive(bare_lists());
  say("bare_lists closed");
  trace::close_at_first(bare_lists());
  say("shadowed_name");
  trace::drive(shadowed_name());
  say("lambda_text");
  trace::drive(lambda_text());
  say("throwing");
  try {
    trace::drive(throwing());
  } catch (std::runtime_error &e) {
    say("caught ", e.what());
  }
}
