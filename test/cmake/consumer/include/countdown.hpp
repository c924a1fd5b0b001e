#ifndef COUNTDOWN_HPP
#define COUNTDOWN_HPP
#include <corogen/corogen.hpp>
corogen::generator<int, void, int> countdown(int from);
#endif
