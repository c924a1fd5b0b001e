// A local living across a suspension whose initialiser binds a reference
// member of an aggregate to a temporary: C++ keeps that temporary alive as
// long as the local ([class.temporary] p6). Each such temporary gets a slot
// of its own, made where it stands in the initialiser (no copy or move:
// the trace would show it), and destroyed after the local, in reverse
// order of construction, wherever the local's scope is left: at its end,
// by close(), by an exception, by a goto back past the declaration. A
// temporary made before the initialiser throws is destroyed as the
// exception leaves. The order is the standard's, which clang follows; g++
// destroys such temporaries before the local they belong to (a g++ bug).
// Nested: a reference member bound to a temporary aggregate whose own
// reference members bind temporaries; a member of a temporary; a converted
// temporary; and the forms where only g++ extends the temporary (a prvalue
// aggregate that makes the local, a cast to a reference), which both
// compilers keep in the output.
// RUN: %run-both %s %t | %check-trace %s
#include <corogen/corogen.hpp>
#include "trace.hpp"

#include <stdexcept>
#include <string>

using trace::say;
using trace::Tracer;

struct Holder {
  const Tracer &t;
  int k;
  Tracer &&u;
  ~Holder() { say("dtor holder ", t.name(), " ", u.name()); }
};
struct Pair {
  const Tracer &first;
  const std::string &label;
};
struct Outer {
  Holder h;
  const Pair &p;
};
struct Late {
  int k;
  const Tracer &t;
};
struct Box {
  int v;
};
struct Ints {
  const int &a;
  const int &b;
};

int next(int v) {
  say("next ", v);
  return v;
}
int length(const Tracer &t) {
  say("length ", t.name());
  return 1;
}
int fail() {
  say("fail");
  throw std::runtime_error("fail");
}

corogen::generator<int, int> basic() {
  Holder h{Tracer("t1"), next(2), Tracer("t2")};
  CORO_YIELD(h.k);
  say("use ", h.t.name(), " ", h.u.name());
}
// CHECK-LABEL: basic
// CHECK-NEXT: ctor t1
// CHECK-NEXT: next 2
// CHECK-NEXT: ctor t2
// CHECK-NEXT: got 2
// CHECK-NEXT: use t1 t2
// CHECK-NEXT: dtor holder t1 t2
// CHECK-NEXT: dtor t2
// CHECK-NEXT: dtor t1
// CHECK-NEXT: stop

corogen::generator<int, int> throwing() {
  CORO_YIELD(1);
  Holder h{Tracer("t3"), fail(), Tracer("t4")};
  CORO_YIELD(h.k);
}
// CHECK-LABEL: throwing
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor t3
// CHECK-NEXT: fail
// CHECK-NEXT: dtor t3
// CHECK-NEXT: caught fail

corogen::generator<int, int> closed() {
  Holder h{Tracer("t5"), 5, Tracer("t6")};
  CORO_YIELD(h.k);
  say("not reached");
}
// CHECK-LABEL: closed
// CHECK-NEXT: ctor t5
// CHECK-NEXT: ctor t6
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor holder t5 t6
// CHECK-NEXT: dtor t6
// CHECK-NEXT: dtor t5
// CHECK-NEXT: closed

corogen::generator<int, int> again() {
  int round = 0;
back:
  Holder h{Tracer("g" + std::to_string(round)), round, Tracer("h" + std::to_string(round))};
  CORO_YIELD(h.k);
  if (++round < 2)
    goto back;
  say("done");
}
// CHECK-LABEL: again
// CHECK-NEXT: ctor g0
// CHECK-NEXT: ctor h0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor holder g0 h0
// CHECK-NEXT: dtor h0
// CHECK-NEXT: dtor g0
// CHECK-NEXT: ctor g1
// CHECK-NEXT: ctor h1
// CHECK-NEXT: got 1
// CHECK-NEXT: done
// CHECK-NEXT: dtor holder g1 h1
// CHECK-NEXT: dtor h1
// CHECK-NEXT: dtor g1
// CHECK-NEXT: stop

corogen::generator<int, int> nested() {
  Outer o{{Tracer("n1"), 1, Tracer("n2")}, Pair{Tracer("n3"), "label"}};
  const Ints i{Box{next(4)}.v, next(5) + 1};
  CORO_YIELD(i.a + i.b);
  say("use ", o.h.t.name(), " ", o.h.u.name(), " ", o.p.first.name(), " ", o.p.label);
}
// CHECK-LABEL: nested
// CHECK-NEXT: ctor n1
// CHECK-NEXT: ctor n2
// CHECK-NEXT: ctor n3
// CHECK-NEXT: next 4
// CHECK-NEXT: next 5
// CHECK-NEXT: got 10
// CHECK-NEXT: use n1 n2 n3 label
// CHECK-NEXT: dtor holder n1 n2
// CHECK-NEXT: dtor n3
// CHECK-NEXT: dtor n2
// CHECK-NEXT: dtor n1
// CHECK-NEXT: stop

corogen::generator<int, int> prvalues() {
  auto d = Holder{Tracer("p1"), 7, Tracer("p2")};
  Holder e(Holder{Tracer("p3"), 8, static_cast<Tracer &&>(Tracer("p4"))});
  CORO_YIELD(d.k + e.k);
  say("use ", d.t.name(), " ", d.u.name(), " ", e.t.name(), " ", e.u.name());
}
// CHECK-LABEL: prvalues
// CHECK-NEXT: ctor p1
// CHECK-NEXT: ctor p2
// CHECK-NEXT: ctor p3
// CHECK-NEXT: ctor p4
// CHECK-NEXT: got 15
// CHECK-NEXT: use p1 p2 p3 p4
// CHECK-NEXT: dtor holder p3 p4
// CHECK-NEXT: dtor p4
// CHECK-NEXT: dtor p3
// CHECK-NEXT: dtor holder p1 p2
// CHECK-NEXT: dtor p2
// CHECK-NEXT: dtor p1
// CHECK-NEXT: stop

corogen::generator<int, int> references() {
  const Holder &r = Holder{Tracer("r1"), 9, Tracer("r2")};
  Holder &&s(Holder{Tracer("r3"), 10, Tracer("r4")});
  const int &k = Holder{Tracer("r5"), 11, Tracer("r6")}.k;
  const Outer &o{Outer{{Tracer("r7"), 12, Tracer("r8")}, Pair{Tracer("r9"), "inner"}}};
  CORO_YIELD(r.k + s.k + k + o.h.k);
  say("use ", r.t.name(), " ", r.u.name(), " ", s.t.name(), " ", s.u.name(), " ",
      o.h.t.name(), " ", o.p.first.name(), " ", o.p.label);
}
// CHECK-LABEL: references
// CHECK-NEXT: ctor r1
// CHECK-NEXT: ctor r2
// CHECK-NEXT: ctor r3
// CHECK-NEXT: ctor r4
// CHECK-NEXT: ctor r5
// CHECK-NEXT: ctor r6
// CHECK-NEXT: ctor r7
// CHECK-NEXT: ctor r8
// CHECK-NEXT: ctor r9
// CHECK-NEXT: got 42
// CHECK-NEXT: use r1 r2 r3 r4 r7 r9 inner
// CHECK-NEXT: dtor holder r7 r8
// CHECK-NEXT: dtor r9
// CHECK-NEXT: dtor r8
// CHECK-NEXT: dtor r7
// CHECK-NEXT: dtor holder r5 r6
// CHECK-NEXT: dtor r6
// CHECK-NEXT: dtor r5
// CHECK-NEXT: dtor holder r3 r4
// CHECK-NEXT: dtor r4
// CHECK-NEXT: dtor r3
// CHECK-NEXT: dtor holder r1 r2
// CHECK-NEXT: dtor r2
// CHECK-NEXT: dtor r1
// CHECK-NEXT: stop

corogen::generator<int, int> reference_throwing() {
  CORO_YIELD(1);
  const Holder &r = Holder{Tracer("x1"), fail(), Tracer("x2")};
  CORO_YIELD(r.k);
}
// CHECK-LABEL: reference_throwing
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor x1
// CHECK-NEXT: fail
// CHECK-NEXT: dtor x1
// CHECK-NEXT: caught fail

corogen::generator<int, int> reference_again() {
  int round = 0;
back:
  const Holder &h = Holder{Tracer("a" + std::to_string(round)), round, Tracer("b" + std::to_string(round))};
  CORO_YIELD(h.k);
  if (++round < 2)
    goto back;
  say("done");
}
// CHECK-LABEL: reference_again
// CHECK-NEXT: ctor a0
// CHECK-NEXT: ctor b0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor holder a0 b0
// CHECK-NEXT: dtor b0
// CHECK-NEXT: dtor a0
// CHECK-NEXT: ctor a1
// CHECK-NEXT: ctor b1
// CHECK-NEXT: got 1
// CHECK-NEXT: done
// CHECK-NEXT: dtor holder a1 b1
// CHECK-NEXT: dtor b1
// CHECK-NEXT: dtor a1
// CHECK-NEXT: stop

corogen::generator<int, int> reference_closed() {
  const Holder &h = Holder{Tracer("c1"), 5, Tracer("c2")};
  CORO_YIELD(h.k);
  say("not reached");
}
// CHECK-LABEL: reference_closed
// CHECK-NEXT: ctor c1
// CHECK-NEXT: ctor c2
// CHECK-NEXT: got 5
// CHECK-NEXT: dtor holder c1 c2
// CHECK-NEXT: dtor c2
// CHECK-NEXT: dtor c1
// CHECK-NEXT: closed

corogen::generator<int, int> reference_array() {
  const Holder (&hs)[2] = {{Tracer("e1"), 1, Tracer("e2")}, {Tracer("e3"), 2, Tracer("e4")}};
  CORO_YIELD(hs[0].k + hs[1].k);
  say("use ", hs[0].t.name(), " ", hs[1].u.name());
}
// CHECK-LABEL: reference_array
// CHECK-NEXT: ctor e1
// CHECK-NEXT: ctor e2
// CHECK-NEXT: ctor e3
// CHECK-NEXT: ctor e4
// CHECK-NEXT: got 3
// CHECK-NEXT: use e1 e4
// CHECK-NEXT: dtor holder e3 e4
// CHECK-NEXT: dtor holder e1 e2
// CHECK-NEXT: dtor e4
// CHECK-NEXT: dtor e3
// CHECK-NEXT: dtor e2
// CHECK-NEXT: dtor e1
// CHECK-NEXT: stop

// On one side of `?:` only: a flag says whether each was made.
corogen::generator<int, int> conditional(bool c) {
  Tracer keep("keep");
  Holder h{c ? static_cast<const Tracer &>(Tracer("q1")) : keep, 1, c ? Tracer("q2") : Tracer("q3")};
  const Pair &p = c ? Pair{Tracer("q4"), "four"} : Pair{keep, "kept"};
  CORO_YIELD(h.k);
  say("use ", h.t.name(), " ", h.u.name(), " ", p.first.name(), " ", p.label);
}
// CHECK-LABEL: conditional true
// CHECK-NEXT: ctor keep
// CHECK-NEXT: ctor q1
// CHECK-NEXT: ctor q2
// CHECK-NEXT: ctor q4
// CHECK-NEXT: got 1
// CHECK-NEXT: use q1 q2 q4 four
// CHECK-NEXT: dtor q4
// CHECK-NEXT: dtor holder q1 q2
// CHECK-NEXT: dtor q2
// CHECK-NEXT: dtor q1
// CHECK-NEXT: dtor keep
// CHECK-NEXT: stop
// CHECK-LABEL: conditional false
// CHECK-NEXT: ctor keep
// CHECK-NEXT: ctor q3
// CHECK-NEXT: got 1
// CHECK-NEXT: use keep q3 keep kept
// CHECK-NEXT: dtor holder keep q3
// CHECK-NEXT: dtor q3
// CHECK-NEXT: dtor keep
// CHECK-NEXT: stop
// CHECK-LABEL: conditional closed
// CHECK-NEXT: ctor keep
// CHECK-NEXT: ctor q1
// CHECK-NEXT: ctor q2
// CHECK-NEXT: ctor q4
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor q4
// CHECK-NEXT: dtor holder q1 q2
// CHECK-NEXT: dtor q2
// CHECK-NEXT: dtor q1
// CHECK-NEXT: dtor keep
// CHECK-NEXT: closed

corogen::generator<int, int> conditional_loop() {
  for (int i = 0; i < 3; ++i) {
    std::string n = std::to_string(i);
    Holder h{i % 2 ? static_cast<const Tracer &>(Tracer("odd" + n))
                   : static_cast<const Tracer &>(Tracer("even" + n)),
             i, Tracer("u" + n)};
    CORO_YIELD(h.k);
  }
}
// CHECK-LABEL: conditional loop
// CHECK-NEXT: ctor even0
// CHECK-NEXT: ctor u0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor holder even0 u0
// CHECK-NEXT: dtor u0
// CHECK-NEXT: dtor even0
// CHECK-NEXT: ctor odd1
// CHECK-NEXT: ctor u1
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor holder odd1 u1
// CHECK-NEXT: dtor u1
// CHECK-NEXT: dtor odd1
// CHECK-NEXT: ctor even2
// CHECK-NEXT: ctor u2
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor holder even2 u2
// CHECK-NEXT: dtor u2
// CHECK-NEXT: dtor even2
// CHECK-NEXT: stop

// A reference bound to a glvalue `?:` keeps the temporary on the side that
// runs.
corogen::generator<int, int> conditional_reference(bool c) {
  Tracer keep("k");
  const Tracer &r = c ? static_cast<const Tracer &>(Tracer("cr1")) : keep;
  const Tracer &s =
      c ? static_cast<const Tracer &>(Tracer("cr2")) : static_cast<const Tracer &>(Tracer("cr3"));
  CORO_YIELD(1);
  say("use ", r.name(), " ", s.name());
}
// CHECK-LABEL: conditional_reference true
// CHECK-NEXT: ctor k
// CHECK-NEXT: ctor cr1
// CHECK-NEXT: ctor cr2
// CHECK-NEXT: got 1
// CHECK-NEXT: use cr1 cr2
// CHECK-NEXT: dtor cr2
// CHECK-NEXT: dtor cr1
// CHECK-NEXT: dtor k
// CHECK-NEXT: stop
// CHECK-LABEL: conditional_reference false
// CHECK-NEXT: ctor k
// CHECK-NEXT: ctor cr3
// CHECK-NEXT: got 1
// CHECK-NEXT: use k cr3
// CHECK-NEXT: dtor cr3
// CHECK-NEXT: dtor k
// CHECK-NEXT: stop
// CHECK-LABEL: conditional_reference closed
// CHECK-NEXT: ctor k
// CHECK-NEXT: ctor cr3
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor cr3
// CHECK-NEXT: dtor k
// CHECK-NEXT: closed

// A marker before every such temporary: they are made after the resume,
// with the local.
corogen::generator<int, int> marker_first() {
  Late l{CORO_YIELD(1), Tracer("m1")};
  CORO_YIELD(l.k);
  say("use ", l.t.name());
}
// CHECK-LABEL: marker_first
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor m1
// CHECK-NEXT: got 2
// CHECK-NEXT: use m1
// CHECK-NEXT: dtor m1
// CHECK-NEXT: stop
// CHECK-LABEL: marker_first closed
// CHECK-NEXT: got 1
// CHECK-NEXT: closed

// A kept operand with a destructor before the marker dies at the
// statement's end; the temporary made after the resume lives on with the
// local, also where the local has no destructor of its own.
corogen::generator<int, int> marker_first_kept() {
  Late l{length(Tracer("mk-tmp")) + int(CORO_YIELD(1)), Tracer("mk")};
  CORO_YIELD(l.k);
  say("use ", l.t.name());
}
// CHECK-LABEL: marker_first_kept
// CHECK-NEXT: ctor mk-tmp
// CHECK-NEXT: length mk-tmp
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor mk
// CHECK-NEXT: dtor mk-tmp
// CHECK-NEXT: got 3
// CHECK-NEXT: use mk
// CHECK-NEXT: dtor mk
// CHECK-NEXT: stop
// CHECK-LABEL: marker_first_kept closed
// CHECK-NEXT: ctor mk-tmp
// CHECK-NEXT: length mk-tmp
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor mk
// CHECK-NEXT: dtor mk-tmp
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor mk
// CHECK-NEXT: closed

// A marker after such a temporary: it is made before the suspension, in
// its slot, and lives on with the local (close() and an exception thrown at
// the suspension destroy it); the temporaries of the statement made after it
// die at the statement's end. A marker inside such a temporary: it is made
// after the resume. Also one inside a braced element or inside an
// aggregate temporary that an operand makes, a reference local bound to the
// aggregate temporary, a structured binding, and two markers with a
// temporary between them.
struct Two {
  const Tracer &a;
  int k;
  const Tracer &b;
  int j;
};
struct Wrap {
  Late l;
  int k;
};

corogen::generator<int, int> marker_after() {
  Holder h{Tracer("ma1"), length(Tracer("ma-tmp")) + int(CORO_YIELD(1)), Tracer("ma2")};
  say("made");
  CORO_YIELD(h.k);
  say("use ", h.t.name(), " ", h.u.name());
}
// CHECK-LABEL: marker_after
// CHECK-NEXT: ctor ma1
// CHECK-NEXT: ctor ma-tmp
// CHECK-NEXT: length ma-tmp
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor ma2
// CHECK-NEXT: dtor ma-tmp
// CHECK-NEXT: made
// CHECK-NEXT: got 3
// CHECK-NEXT: use ma1 ma2
// CHECK-NEXT: dtor holder ma1 ma2
// CHECK-NEXT: dtor ma2
// CHECK-NEXT: dtor ma1
// CHECK-NEXT: stop
// CHECK-LABEL: marker_after closed
// CHECK-NEXT: ctor ma1
// CHECK-NEXT: ctor ma-tmp
// CHECK-NEXT: length ma-tmp
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor ma-tmp
// CHECK-NEXT: dtor ma1
// CHECK-NEXT: closed
// CHECK-LABEL: marker_after thrown
// CHECK-NEXT: ctor ma1
// CHECK-NEXT: ctor ma-tmp
// CHECK-NEXT: length ma-tmp
// CHECK-NEXT: dtor ma-tmp
// CHECK-NEXT: dtor ma1
// CHECK-NEXT: caught thrown

// One made after a kept temporary with a destructor: the chain takes it
// past that temporary once the statement has destroyed it. (Before,
// refused, as one on one side of `?:` was.)
corogen::generator<int, int> marker_after_kept() {
  Two w{Tracer("kb1"), length(Tracer("kb-tmp")), Tracer("kb2"), CORO_YIELD(1)};
  CORO_YIELD(w.k + w.j);
  say("use ", w.a.name(), " ", w.b.name());
}
// CHECK-LABEL: marker_after_kept
// CHECK-NEXT: ctor kb1
// CHECK-NEXT: ctor kb-tmp
// CHECK-NEXT: length kb-tmp
// CHECK-NEXT: ctor kb2
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor kb-tmp
// CHECK-NEXT: got 3
// CHECK-NEXT: use kb1 kb2
// CHECK-NEXT: dtor kb2
// CHECK-NEXT: dtor kb1
// CHECK-NEXT: stop
// CHECK-LABEL: marker_after_kept closed
// CHECK-NEXT: ctor kb1
// CHECK-NEXT: ctor kb-tmp
// CHECK-NEXT: length kb-tmp
// CHECK-NEXT: ctor kb2
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor kb2
// CHECK-NEXT: dtor kb-tmp
// CHECK-NEXT: dtor kb1
// CHECK-NEXT: closed
// CHECK-LABEL: marker_after_kept closed later
// CHECK-NEXT: ctor kb1
// CHECK-NEXT: ctor kb-tmp
// CHECK-NEXT: length kb-tmp
// CHECK-NEXT: ctor kb2
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor kb-tmp
// CHECK-NEXT: got 3
// CHECK-NEXT: dtor kb2
// CHECK-NEXT: dtor kb1
// CHECK-NEXT: closed

// One made on one side of `?:` only, before a marker: a flag, set false
// before the statement, says whether it was made.
corogen::generator<int, int> marker_after_conditional(bool c) {
  Tracer keep("keep");
  for (int i = 0; i < 2; ++i) {
    Two w{(c && i == 0) ? static_cast<const Tracer &>(Tracer("mc" + std::to_string(i))) : keep, i,
          keep, CORO_YIELD(i)};
    say("use ", w.a.name());
  }
}
// CHECK-LABEL: marker_after_conditional true
// CHECK-NEXT: ctor keep
// CHECK-NEXT: ctor mc0
// CHECK-NEXT: got 0
// CHECK-NEXT: use mc0
// CHECK-NEXT: dtor mc0
// CHECK-NEXT: got 1
// CHECK-NEXT: use keep
// CHECK-NEXT: dtor keep
// CHECK-NEXT: stop
// CHECK-LABEL: marker_after_conditional false
// CHECK-NEXT: ctor keep
// CHECK-NEXT: got 0
// CHECK-NEXT: use keep
// CHECK-NEXT: got 1
// CHECK-NEXT: use keep
// CHECK-NEXT: dtor keep
// CHECK-NEXT: stop
// CHECK-LABEL: marker_after_conditional closed
// CHECK-NEXT: ctor keep
// CHECK-NEXT: ctor mc0
// CHECK-NEXT: got 0
// CHECK-NEXT: dtor mc0
// CHECK-NEXT: dtor keep
// CHECK-NEXT: closed

corogen::generator<int, int> marker_inside() {
  Late l{0, Tracer("in" + std::to_string(int(CORO_YIELD(1))))};
  CORO_YIELD(l.k);
  say("use ", l.t.name());
}
// CHECK-LABEL: marker_inside
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor in2
// CHECK-NEXT: got 0
// CHECK-NEXT: use in2
// CHECK-NEXT: dtor in2
// CHECK-NEXT: stop

// All of a macro's call makes the temporary: the call's text makes it in
// its slot, before a marker or after it.
#define MAKE_TRACER(n) Tracer(n)
corogen::generator<int, int> macro_call() {
  Holder h{MAKE_TRACER("mm1"), CORO_YIELD(1), MAKE_TRACER("mm2")};
  CORO_YIELD(h.k);
  say("use ", h.t.name(), " ", h.u.name());
}
// CHECK-LABEL: macro_call
// CHECK-NEXT: ctor mm1
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor mm2
// CHECK-NEXT: got 2
// CHECK-NEXT: use mm1 mm2
// CHECK-NEXT: dtor holder mm1 mm2
// CHECK-NEXT: dtor mm2
// CHECK-NEXT: dtor mm1
// CHECK-NEXT: stop
// CHECK-LABEL: macro_call closed
// CHECK-NEXT: ctor mm1
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor mm1
// CHECK-NEXT: closed

// A marker's own value bound to a reference member: a temporary made after
// the resume, or, before a later marker, kept across it.
struct IntRef {
  const int &i;
  int k;
};
corogen::generator<int, int> marker_value() {
  IntRef a{CORO_YIELD(1), 5};
  IntRef b{int(CORO_YIELD(2)) + 1, CORO_YIELD(3)};
  CORO_YIELD(a.i + a.k + b.i + b.k);
  say("use ", a.i, " ", b.i, " ", b.k);
}
// CHECK-LABEL: marker_value
// CHECK-NEXT: got 1
// CHECK-NEXT: got 2
// CHECK-NEXT: got 3
// CHECK-NEXT: got 15
// CHECK-NEXT: use 2 4 4
// CHECK-NEXT: stop

corogen::generator<int, int> markers_between() {
  Two w{Tracer("w1"), CORO_YIELD(1), Tracer("w2"), CORO_YIELD(2)};
  CORO_YIELD(w.k + w.j);
  say("use ", w.a.name(), " ", w.b.name());
}
// CHECK-LABEL: markers_between
// CHECK-NEXT: ctor w1
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor w2
// CHECK-NEXT: got 2
// CHECK-NEXT: got 5
// CHECK-NEXT: use w1 w2
// CHECK-NEXT: dtor w2
// CHECK-NEXT: dtor w1
// CHECK-NEXT: stop
// CHECK-LABEL: markers_between closed
// CHECK-NEXT: ctor w1
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor w2
// CHECK-NEXT: got 2
// CHECK-NEXT: dtor w2
// CHECK-NEXT: dtor w1
// CHECK-NEXT: closed

corogen::generator<int, int> marker_after_nested() {
  Wrap b{{0, Tracer("nb")}, CORO_YIELD(1)};
  Wrap c{Late{0, Tracer("nc")}, CORO_YIELD(2)};
  CORO_YIELD(b.k + c.k);
  say("use ", b.l.t.name(), " ", c.l.t.name());
}
// CHECK-LABEL: marker_after_nested
// CHECK-NEXT: ctor nb
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor nc
// CHECK-NEXT: got 2
// CHECK-NEXT: got 5
// CHECK-NEXT: use nb nc
// CHECK-NEXT: dtor nc
// CHECK-NEXT: dtor nb
// CHECK-NEXT: stop

corogen::generator<int, int> marker_after_bound() {
  const Holder &r = Holder{Tracer("mr1"), CORO_YIELD(1), Tracer("mr2")};
  auto [t, k, u] = Holder{Tracer("mr3"), CORO_YIELD(2), Tracer("mr4")};
  CORO_YIELD(r.k + k);
  say("use ", r.t.name(), " ", r.u.name(), " ", t.name(), " ", u.name());
}
// CHECK-LABEL: marker_after_bound
// CHECK-NEXT: ctor mr1
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor mr2
// CHECK-NEXT: ctor mr3
// CHECK-NEXT: got 2
// CHECK-NEXT: ctor mr4
// CHECK-NEXT: got 5
// CHECK-NEXT: use mr1 mr2 mr3 mr4
// CHECK-NEXT: dtor holder mr3 mr4
// CHECK-NEXT: dtor mr4
// CHECK-NEXT: dtor mr3
// CHECK-NEXT: dtor holder mr1 mr2
// CHECK-NEXT: dtor mr2
// CHECK-NEXT: dtor mr1
// CHECK-NEXT: stop

corogen::generator<int, int> marker_after_loop() {
  for (int i = 0; i < 2; ++i) {
    std::string n = std::to_string(i);
    Late l{int(CORO_YIELD(i)) - 1, Tracer("lp" + n)};
    Two w{Tracer("lw" + n), CORO_YIELD(10 + i), l.t, l.k};
  }
}
// CHECK-LABEL: marker_after_loop
// CHECK-NEXT: got 0
// CHECK-NEXT: ctor lp0
// CHECK-NEXT: ctor lw0
// CHECK-NEXT: got 10
// CHECK-NEXT: dtor lw0
// CHECK-NEXT: dtor lp0
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor lp1
// CHECK-NEXT: ctor lw1
// CHECK-NEXT: got 11
// CHECK-NEXT: dtor lw1
// CHECK-NEXT: dtor lp1
// CHECK-NEXT: stop

// A local that does not live across a suspension but whose initialiser
// suspends after such a temporary joins the frame (also the prvalue form,
// where only g++ extends the temporary); so does one destroyed after a
// frame local, which must die before it.
corogen::generator<int, int> marker_after_plain() {
  auto b = Holder{Tracer("pv1"), CORO_YIELD(1), Tracer("pv2")};
  say("use ", b.t.name(), " ", b.u.name());
}
// CHECK-LABEL: marker_after_plain
// CHECK-NEXT: ctor pv1
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor pv2
// CHECK-NEXT: use pv1 pv2
// CHECK-NEXT: dtor holder pv1 pv2
// CHECK-NEXT: dtor pv2
// CHECK-NEXT: dtor pv1
// CHECK-NEXT: stop

corogen::generator<int, int> promoted() {
  {
    Tracer kept("pk");
    CORO_YIELD(1);
    Late l{2, Tracer("pl")};
    say("use ", l.t.name());
  }
  CORO_YIELD(3);
}
// CHECK-LABEL: promoted
// CHECK-NEXT: ctor pk
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor pl
// CHECK-NEXT: use pl
// CHECK-NEXT: dtor pl
// CHECK-NEXT: dtor pk
// CHECK-NEXT: got 3
// CHECK-NEXT: stop

// A local of a class of the body (kept in a box) keeps them too, with
// markers before and after them, and so does a reference bound to such an
// aggregate temporary. (Before, refused.)
corogen::generator<int, int> local_class() {
  struct Local {
    const Tracer &t;
    int k;
    ~Local() { say("dtor local ", t.name()); }
  };
  Local l{Tracer("lc1"), 1};
  Local m{Tracer("lc2"), CORO_YIELD(l.k)};
  auto n = Local{Tracer("lc3"), CORO_YIELD(m.k)};
  const Local &r = Local{Tracer("lc4"), 4};
  CORO_YIELD(n.k);
  say("use ", l.t.name(), " ", m.t.name(), " ", n.t.name(), " ", r.t.name());
}
// CHECK-LABEL: local_class
// CHECK-NEXT: ctor lc1
// CHECK-NEXT: ctor lc2
// CHECK-NEXT: got 1
// CHECK-NEXT: ctor lc3
// CHECK-NEXT: got 2
// CHECK-NEXT: ctor lc4
// CHECK-NEXT: got 3
// CHECK-NEXT: use lc1 lc2 lc3 lc4
// CHECK-NEXT: dtor local lc4
// CHECK-NEXT: dtor lc4
// CHECK-NEXT: dtor local lc3
// CHECK-NEXT: dtor lc3
// CHECK-NEXT: dtor local lc2
// CHECK-NEXT: dtor lc2
// CHECK-NEXT: dtor local lc1
// CHECK-NEXT: dtor lc1
// CHECK-NEXT: stop
// CHECK-LABEL: local_class closed
// CHECK-NEXT: ctor lc1
// CHECK-NEXT: ctor lc2
// CHECK-NEXT: got 1
// CHECK-NEXT: dtor lc2
// CHECK-NEXT: dtor local lc1
// CHECK-NEXT: dtor lc1
// CHECK-NEXT: closed

// A structured binding's object made from a prvalue of the aggregate keeps
// them too, as g++ does (clang destroys them at the end of the declaration,
// and its own program then reads a dead object).
corogen::generator<int, int> binding() {
  auto [t, k, u] = Holder{Tracer("s1"), 4, Tracer("s2")};
  CORO_YIELD(k);
  say("use ", t.name(), " ", u.name());
}
// CHECK-LABEL: binding
// CHECK-NEXT: ctor s1
// CHECK-NEXT: ctor s2
// CHECK-NEXT: got 4
// CHECK-NEXT: use s1 s2
// CHECK-NEXT: dtor holder s1 s2
// CHECK-NEXT: dtor s2
// CHECK-NEXT: dtor s1
// CHECK-NEXT: stop

// And a structured binding's reference bound to such an aggregate temporary.
corogen::generator<int, int> bound_binding() {
  const auto &[t, k, u] = Holder{Tracer("b1"), 5, Tracer("b2")};
  CORO_YIELD(k);
  say("use ", t.name(), " ", u.name());
}
// CHECK-LABEL: bound_binding
// CHECK-NEXT: ctor b1
// CHECK-NEXT: ctor b2
// CHECK-NEXT: got 5
// CHECK-NEXT: use b1 b2
// CHECK-NEXT: dtor holder b1 b2
// CHECK-NEXT: dtor b2
// CHECK-NEXT: dtor b1
// CHECK-NEXT: stop

int main() {
  say("basic");
  trace::drive(basic());
  say("throwing");
  try {
    trace::drive(throwing());
  } catch (std::runtime_error &e) {
    say("caught ", e.what());
  }
  say("closed");
  trace::close_at_first(closed());
  say("again");
  trace::drive(again());
  say("nested");
  trace::drive(nested());
  say("prvalues");
  trace::drive(prvalues());
  say("references");
  trace::drive(references());
  say("reference_throwing");
  try {
    trace::drive(reference_throwing());
  } catch (std::runtime_error &e) {
    say("caught ", e.what());
  }
  say("reference_again");
  trace::drive(reference_again());
  say("reference_closed");
  trace::close_at_first(reference_closed());
  say("reference_array");
  trace::drive(reference_array());
  say("conditional true");
  trace::drive(conditional(true));
  say("conditional false");
  trace::drive(conditional(false));
  say("conditional closed");
  trace::close_at_first(conditional(true));
  say("conditional loop");
  trace::drive(conditional_loop());
  say("conditional_reference true");
  trace::drive(conditional_reference(true));
  say("conditional_reference false");
  trace::drive(conditional_reference(false));
  say("conditional_reference closed");
  trace::close_at_first(conditional_reference(false));
  say("marker_first");
  trace::drive(marker_first());
  say("marker_first closed");
  trace::close_at_first(marker_first());
  say("marker_first_kept");
  trace::drive(marker_first_kept());
  say("marker_first_kept closed");
  {
    auto g = marker_first_kept();
    say("got ", g.next());
    say("got ", g.send(2));
    g.close();
    say("closed");
  }
  say("marker_after");
  trace::drive(marker_after());
  say("marker_after closed");
  trace::close_at_first(marker_after());
  say("marker_after thrown");
  try {
    auto g = marker_after();
    g.next();
    g.throw_exception(std::runtime_error("thrown"));
  } catch (std::runtime_error &e) {
    say("caught ", e.what());
  }
  say("marker_after_kept");
  trace::drive(marker_after_kept());
  say("marker_after_kept closed");
  trace::close_at_first(marker_after_kept());
  say("marker_after_kept closed later");
  {
    auto g = marker_after_kept();
    say("got ", g.next());
    say("got ", g.send(2));
    g.close();
    say("closed");
  }
  say("marker_after_conditional true");
  trace::drive(marker_after_conditional(true));
  say("marker_after_conditional false");
  trace::drive(marker_after_conditional(false));
  say("marker_after_conditional closed");
  trace::close_at_first(marker_after_conditional(true));
  say("marker_inside");
  trace::drive(marker_inside());
  say("macro_call");
  trace::drive(macro_call());
  say("macro_call closed");
  trace::close_at_first(macro_call());
  say("marker_value");
  trace::drive(marker_value());
  say("markers_between");
  trace::drive(markers_between());
  say("markers_between closed");
  {
    auto g = markers_between();
    say("got ", g.next());
    say("got ", g.send(2));
    g.close();
    say("closed");
  }
  say("marker_after_nested");
  trace::drive(marker_after_nested());
  say("marker_after_bound");
  trace::drive(marker_after_bound());
  say("marker_after_loop");
  trace::drive(marker_after_loop());
  say("marker_after_plain");
  trace::drive(marker_after_plain());
  say("promoted");
  trace::drive(promoted());
  say("local_class");
  trace::drive(local_class());
  say("local_class closed");
  trace::close_at_first(local_class());
  say("binding");
  trace::drive(binding());
  say("bound_binding");
  trace::drive(bound_binding());
}
