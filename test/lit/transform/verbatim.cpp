// Everything outside generator definitions is copied byte for byte: here,
// the text between the VERBATIM lines (tabs, trailing blanks, comments,
// macros, strings that spell markers, a function returning a generator that
// has no marker, text between two generators and after the last one).
// RUN: %corogen %s -o %t.cpp -- %cxxflags
// RUN: sed -n '/VERBATIM[-]BEGIN/,/VERBATIM[-]END/p' %s > %t.expected
// RUN: sed -n '/VERBATIM[-]BEGIN/,/VERBATIM[-]END/p' %t.cpp > %t.actual
// RUN: diff %t.expected %t.actual
// RUN: FileCheck %s < %t.cpp
#include <corogen/corogen.hpp>

// VERBATIM-BEGIN 1
/* A block comment	with a tab,  */   
#define TWICE(x) ((x) * 2)   
#define UNUSED_MARKER() CORO_YIELD(1)
static const char *spelled = R"(CORO_YIELD(1); CORO_RETURN(2);)";

	int  helper (int x)   {return TWICE( x );}	

corogen::generator<int> no_marker() { return {}; }
// VERBATIM-END 1

corogen::generator<int> first() {
  CORO_YIELD(helper(1));
} // after the first brace
// CHECK: {{[}]}} // after the first brace{{$}}
// VERBATIM-BEGIN 2
int between = 42 ;  // between the generators
// VERBATIM-END 2

corogen::generator<int> second() { CORO_YIELD(*spelled); }

// VERBATIM-BEGIN 3
int main() {
  for (int v : first()) (void)v;   
  return between - 42;
}
// VERBATIM-END 3
