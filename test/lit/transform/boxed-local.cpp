// A local whose type the frame cannot name (a lambda's closure, an object of
// a class defined in the body) is kept in a box: its slot is a runtime
// `box`, its declaration stays in the body as a reference made by
// `enter_box` with the declaration's own initialiser, and a resume into its
// scope enters through the declaration (a region, like a try block's) and
// dispatches after it. The region nests in try blocks and they in it.
// RUN: %corogen %s --dump-ir -- %cxxflags | FileCheck %s --check-prefix=IR
// RUN: %corogen %s --no-line-directives -o - -- %cxxflags | FileCheck %s
#include <corogen/corogen.hpp>

corogen::generator<int> g() {
  int base = 1;
  // IR: slot local corogen_add (add) : ::corogen::detail::box boxed live 1
  // IR: slot local corogen_local_p (p) : ::corogen::detail::box boxed live 2
  // IR: state 1 yield at [[#@LINE+4]]:3 in box 1
  // IR: state 2 yield at [[#@LINE+10]]:5 in box 3
  // CHECK: {{[c]}}orogen_box_1: auto &add = ::corogen::detail::enter_box(corogen_target != 0, ::corogen::detail::slot_address(corogen_add), [&](void *corogen_at) { return ::new (corogen_at) auto([&, &base = corogen_base](int a) { return a + base; }); }); ::corogen::detail::unused(add); if (corogen_target == 0) this->corogen_live = 1; switch (corogen_target) { case 1: goto corogen_resume_1; case 2: goto corogen_try_2; default: break; }
  auto add = [&](int a) { return a + base; };
  CORO_YIELD(add(1));
  try {
    struct P {
      int v;
    };
    // CHECK: {{[c]}}orogen_box_3: auto &p = {{.*}}return ::new (corogen_at) P{2}; }); ::corogen::detail::unused(p); if (corogen_target == 0) this->corogen_live = 2; switch (corogen_target) { case 2: goto corogen_resume_2; default: break; }
    P p{2};
    CORO_YIELD(add(p.v));
    // `decltype` of it names the object's type, not the reference's.
    // CHECK: {{[:]}}:std::remove_reference_t<decltype(p)> q = p;
    decltype(p) q = p;
    (void)q;
  } catch (...) {
  }
  // IR: box 1 in 0
  // IR: try 2 in 1
  // IR: box 3 in 2
}

// An array, and an object of an unnamed class its declaration defines, are
// made as the member of a class made in the box, which the declaration's own
// text declares (with the bound the list gives); the list initialises it.
corogen::generator<int> arrays() {
  struct P {
    int v;
  };
  // CHECK: {{[c]}}orogen_box_1: auto &ps = ::corogen::detail::enter_box(corogen_target != 0, ::corogen::detail::slot_address(corogen_ps), [&](void *corogen_at) { struct corogen_ps_array { P ps[2]; }; return ::new (corogen_at) corogen_ps_array{{[{][{][{]}}1}, {2}}}; }).ps; ::corogen::detail::unused(ps);
  P ps[] = {{1}, {2}};
  // CHECK: {{[c]}}orogen_box_2: auto &one = ::corogen::detail::enter_box(corogen_target != 0, ::corogen::detail::slot_address(corogen_one), [&](void *corogen_at) { struct corogen_one_array { struct {
  // CHECK-NEXT: int w;
  // CHECK-NEXT: } one; }; return ::new (corogen_at) corogen_one_array; }).one; ::corogen::detail::unused(one);
  struct {
    int w;
  } one;
  one.w = 3;
  CORO_YIELD(ps[1].v + one.w);
}

// Several boxed locals in one declaration, which defines a named class:
// the class's definition goes first, then each local gets a declaration of
// its own that repeats the specifiers (the class named), in a region of its
// own, which ends with its dispatch where its `,` stood.
corogen::generator<int> together() {
  // IR-LABEL: generator together
  // IR: edit split-declaration @[[#SPLIT:]] defines P
  // IR-NEXT: edit construct @{{[0-9]+}} slot corogen_a split-from @[[#SPLIT]]
  // IR-NEXT: edit construct @{{[0-9]+}} slot corogen_local_p split-from @[[#SPLIT]]
  // IR-NEXT: edit construct @{{[0-9]+}} slot corogen_arr split-from @[[#SPLIT]]
  // CHECK-LABEL: together()
  // CHECK: {{^}}  struct P {
  // CHECK-NEXT: int v;
  // CHECK-NEXT: }; corogen_box_1: auto &a = {{.*}}return ::new (corogen_at) const P {1}; }); ::corogen::detail::unused(a); if (corogen_target == 0) this->corogen_live = 1; switch (corogen_target) { case 1: goto corogen_box_2; default: break; } corogen_box_2: auto &p = {{.*}}return ::new (corogen_at) const P *(::corogen::detail::copy_init<const P *>(&a)); }); ::corogen::detail::unused(p); {{.*}} corogen_box_3: auto &arr = {{.*}}{ struct corogen_arr_array { const P arr[2]; }; return ::new (corogen_at) corogen_arr_array{{[{][{][{]}}2}, {3}}}; }).arr; ::corogen::detail::unused(arr); if (corogen_target == 0) this->corogen_live = 3; switch (corogen_target) { case 1: goto corogen_resume_1; default: break; }
  const struct P {
    int v;
  } a{1}, *p = &a, arr[] = {{2}, {3}};
  CORO_YIELD(p->v + arr[1].v);
  // IR: box 1 in 0
  // IR-NEXT: box 2 in 1
  // IR-NEXT: box 3 in 2
}

// A class that a variable of its name hides is named by its class-key in
// each declaration (the runtime's type_t keeps a new-expression from
// reading `struct P {` as a definition); an unnamed class defined for
// several variables, and an unnamed enumeration without enumerators,
// through a typedef of a pointer to it, declared with the definition.
corogen::generator<int> named_otherwise() {
  // IR-LABEL: generator named_otherwise
  // IR: edit split-declaration @{{[0-9]+}} defines ::corogen::detail::type_t<struct P>
  // IR: edit split-declaration @{{[0-9]+}} defines ::corogen::detail::pointee<corogen_unnamed_[[U:[0-9]+]]> through corogen_unnamed_[[U]]{{$}}
  // IR: edit split-declaration @{{[0-9]+}} defines ::corogen::detail::pointee<corogen_unnamed_[[E:[0-9]+]]> through corogen_unnamed_[[E]]{{$}}
  // CHECK-LABEL: named_otherwise()
  // CHECK: {{^}}  struct P { int v; }; corogen_box_1: auto &p = {{.*}}return ::new (corogen_at) ::corogen::detail::type_t<struct P> {1}; });
  // CHECK: {{^}}  typedef struct { int v; } *corogen_unnamed_[[U:[0-9]+]]; corogen_box_2: auto &a = {{.*}}return ::new (corogen_at) ::corogen::detail::pointee<corogen_unnamed_[[U]]> {2}; }); {{.*}} corogen_box_3: auto &b = {{.*}}return ::new (corogen_at) ::corogen::detail::pointee<corogen_unnamed_[[U]]> {3}; });
  // CHECK: {{^}}  typedef enum : int {} *corogen_unnamed_[[E:[0-9]+]]; corogen_box_4: auto &e = {{.*}}return ::new (corogen_at) ::corogen::detail::pointee<corogen_unnamed_[[E]]> {}; });
  int P = 1;
  struct P { int v; } p{1};
  struct { int v; } a{2}, b{3};
  enum : int {} e{};
  CORO_YIELD(P + p.v + a.v + b.v + int(e));
}

// A structured binding whose `get` is the user's: the box keeps the object,
// and each binding a box of its own, the runtime's binding made once from
// the object, after it (their liveness follows the object's, before the
// dispatch); each name is declared again as a reference to what its
// binding refers to, and decltype of it names tuple_element's type.
template <class T> struct Own {
  T t;
  template <std::size_t I> const T &get() const { return t; }
};
namespace std {
template <class T> struct tuple_size<::Own<T>> : integral_constant<size_t, 1> {};
template <class T> struct tuple_element<0, ::Own<T>> {
  using type = const T &;
};
} // namespace std
corogen::generator<int> bound_once() {
  struct P {
    int v;
  };
  // IR-LABEL: generator bound_once
  // IR: slot local corogen_bindings (corogen_bindings_object) : ::corogen::detail::box boxed live 1
  // IR-NEXT: slot local corogen_binding (corogen_bound_w) : ::corogen::detail::box boxed live 2
  // IR: edit construct @{{[0-9]+}} slot corogen_bindings binds w in corogen_binding{{$}}
  // CHECK-LABEL: bound_once()
  // CHECK: {{[c]}}orogen_box_1: auto &corogen_bindings_object = {{.*}}return ::new (corogen_at) auto(Own<P>{{[{][{]}}4}}); }); ::corogen::detail::unused(corogen_bindings_object); if (corogen_target == 0) this->corogen_live = 1; auto &corogen_bound_w = ::corogen::detail::enter_box(corogen_target != 0, ::corogen::detail::slot_address(corogen_binding), [&](void *corogen_at) { return ::new (corogen_at) ::corogen::detail::boxed_binding<decltype(corogen_bindings_object), 0, 1, false>(corogen_bindings_object); }); if (corogen_target == 0) this->corogen_live = 2; auto &w = corogen_bound_w.ref(); ::corogen::detail::unused(w); switch (corogen_target) {
  auto [w] = Own<P>{{4}};
  CORO_YIELD(w.v);
  // CHECK: {{[:]}}:corogen::detail::binding_declared<decltype(corogen_bound_w)> x = (*{{.*}}ref_address(w)
  decltype(w) x = w;
  CORO_YIELD(x.v);
}

// `decltype(auto)` of an object: the box makes it with `auto` (and its
// const); of a reference, the declaration stays.
corogen::generator<int> decltype_auto() {
  struct P {
    int v;
  };
  // CHECK-LABEL: decltype_auto()
  // CHECK: auto &a = {{.*}}return ::new (corogen_at) const auto(P{5}); });
  decltype(auto) a = static_cast<const P>(P{5});
  // CHECK: decltype(auto) r = (*{{.*}}auto(::corogen::detail::ref_address((a))); }));
  decltype(auto) r = (a);
  CORO_YIELD(a.v + r.v);
}

// An operand of such a type kept across a suspension, read by value (or a
// glvalue other than a variable named alone), is kept in a box made by its
// own text (keep_in_box) and named after the resume through the same text
// again, which boxed_object does not run.
template <class F> int call(F f, int v) { return f(v); }
template <class T> int bump(T &t, int v) { return t.n += v; }

corogen::generator<int, int> operands() {
  // IR-LABEL: generator operands
  // IR: slot local corogen_operand : ::corogen::detail::box boxed live 2
  // IR: edit spill @{{[0-9]+}} slot corogen_operand before 1 boxed-value
  // IR: edit spill @{{[0-9]+}} slot corogen_operand_2 before 2 boxed-address
  // CHECK-LABEL: operands()
  // CHECK: (void)::corogen::detail::keep_in_box(::corogen::detail::slot_address(corogen_operand), [&](void *at) { return ::new (at) auto(add); }), (void)(this->corogen_live = 2); { this->corogen_yield(1); {{.*}} corogen_resume_1: {{.*}} } (void)::new {{.*}}call(::corogen::detail::as_xvalue(::corogen::detail::boxed_object(::corogen::detail::slot_address(corogen_operand), [&](void *at) { return ::new (at) auto(add); })), this->corogen_take_sent()){{.*}}; ::corogen::detail::destroy_at(corogen_operand); this->corogen_live = 1;
  auto add = [k = 1](int a) { return a + k; };
  int r = call(add, CORO_YIELD(1));
  struct Counter {
    int n;
  };
  Counter cs[2] = {{1}, {2}};
  // CHECK: (void)::corogen::detail::keep_in_box(::corogen::detail::slot_address(corogen_operand_2), [&](void *at) { return ::new (at) auto(::corogen::detail::ref_address(cs[r])); }); { {{.*}} } {{.*}}bump((*::corogen::detail::boxed_object(::corogen::detail::slot_address(corogen_operand_2), [&](void *at) { return ::new (at) auto(::corogen::detail::ref_address(cs[r])); })), this->corogen_take_sent())
  CORO_YIELD(bump(cs[r], CORO_YIELD(2)));
}

// A lambda-expression there is made by a member function of the frame,
// declared before corogen_body, which both making functions call: its one
// text makes one closure type.
corogen::generator<int, int> lambdas() {
  // IR-LABEL: generator lambdas
  // IR: edit spill @{{[0-9]+}} slot corogen_operand before 1 boxed-value made-by-member
  // CHECK-LABEL: lambdas()
  // CHECK-SAME: ::type { auto corogen_make_[[N:[0-9]+]](void *corogen_at) { return ::new (corogen_at) auto([base(corogen_base)](int a) { return a + base; }); } void corogen_body() {
  // CHECK: (void)::corogen::detail::keep_in_box(::corogen::detail::slot_address(corogen_operand), [&](void *at) { return this->corogen_make_[[N]](at); }){{.*}}call(::corogen::detail::as_xvalue(::corogen::detail::boxed_object(::corogen::detail::slot_address(corogen_operand), [&](void *at) { return this->corogen_make_[[N]](at); })), this->corogen_take_sent())
  int base = 1;
  int r = call([base](int a) { return a + base; }, CORO_YIELD(1));
  CORO_YIELD(r);
}
