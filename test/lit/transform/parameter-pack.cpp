// The frame of a generator with a parameter pack: the pack is a tuple
// member, built in the constructor from one parameter per element, each
// moved (or bound) once; the body runs inside a lambda that takes the
// elements as a pack of its own name, and its uses name that pack (but
// `sizeof...` and `decltype` still name the function's parameter).
// RUN: %corogen %s --no-line-directives -o - -- %cxxflags | FileCheck %s
#include <corogen/corogen.hpp>

template <class... Ts> corogen::generator<int> count(Ts... args) {
  CORO_YIELD(static_cast<int>(sizeof...(args)));
}
// (Each pattern has a {{[ ]}} where this file's text has something else, so
// that no CHECK line matches itself in the output, which copies comments.)
// CHECK: using corogen_type_0 ={{[ ]}}::std::tuple<decltype(args)...>;
// CHECK: void corogen_body() {{[{]}} ::corogen::detail::unpack(this->corogen_args, [&](decltype(args) &...corogen_args_elements) { switch (this->corogen_point)
// CHECK: static_cast<int>(sizeof...(args)){{[)]}};
// CHECK: this->corogen_fall_off();{{[ ]}}}); }
// CHECK: union {{[{]}} corogen_type_0 corogen_args; };
// CHECK: explicit corogen_frame(decltype(args) &&...corogen_arg_0) {{[{]}} (void)::new (::corogen::detail::slot_address(corogen_args)) corogen_type_0(static_cast<decltype(args) &&>(corogen_arg_0)...)
// CHECK: return ::corogen::detail::make_generator<corogen_frame, corogen::generator<int, void, void>>(static_cast<decltype(args) &&>(args)...){{[;]}}
