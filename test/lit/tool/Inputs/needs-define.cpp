// Parses only when COROGEN_LIT_FLAG is defined on the command line.
#include <corogen/corogen.hpp>

#ifndef COROGEN_LIT_FLAG
#error "COROGEN_LIT_FLAG is not defined"
#endif

corogen::generator<int> flagged() { CORO_YIELD(COROGEN_LIT_FLAG); }
