// A file without a generator: the output is a copy of it.
#include <corogen/corogen.hpp>

corogen::generator<int> not_a_generator() { return {}; }

int main() { return 0; }
